"""Change reports between versions of a concept (Fortschreibung)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Optional

from . import _core
from ._frame import to_dataframe

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .concept import Concept


def diff(before: "Concept", after: "Concept", renames: Optional[Dict[str, str]] = None) -> "pandas.DataFrame":
    """What changed from ``before`` to ``after``, matched by id; ``renames``
    maps old ids to new ones. One row per change: ``kind`` ("goal",
    "measure", "indicator") and ``change`` ("added", "removed", "renamed",
    "retitled", "moved", "target_changed", "deadline_changed",
    "responsibility_changed") as categoricals; the entity's ``id`` in the new
    version and ``old_id`` in the old one, the ``field`` and its values
    ``before`` and ``after`` (None where there is none). Raises
    InvalidArgumentError for a rename that names no entity."""
    return to_dataframe(_core.history_diff(before._core, after._core, dict(renames or {})))
