"""Change reports between versions of a concept (Fortschreibung)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Optional

from . import _core

if TYPE_CHECKING:  # pragma: no cover
    from .concept import Concept


@dataclass(frozen=True)
class Change:
    """One change: ``kind`` ("goal", "measure", "indicator"), ``change``
    ("added", "removed", "renamed", "retitled", "moved", "target_changed",
    "deadline_changed", "responsibility_changed"), the entity's ``id`` in the
    new version and ``old_id`` in the old one, the ``field`` and its values
    ``before`` and ``after``."""

    kind: str
    change: str
    id: str
    old_id: str
    field: str
    before: str
    after: str


def diff(before: "Concept", after: "Concept", renames: Optional[Dict[str, str]] = None) -> List[Change]:
    """What changed from ``before`` to ``after``, matched by id; ``renames``
    maps old ids to new ones. Raises InvalidArgumentError for a rename that
    names no entity."""
    return [Change(*row) for row in _core.history_diff(before._core, after._core, dict(renames or {}))]
