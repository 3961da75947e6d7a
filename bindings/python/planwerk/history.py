# SPDX-License-Identifier: Apache-2.0
"""Versions of a concept (Fortschreibungen): change reports between them and
workspaces that keep them with their observations in one file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Mapping, Optional, Union

from . import _core
from ._frame import to_dataframe
from .errors import OutOfRangeError

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


@dataclass(frozen=True)
class Version:
    """One version of a concept in a workspace: its ``label`` ("2020",
    "Fortschreibung 2025"), the ``concept`` (a copy: changing it leaves the
    workspace as it was) and its ``observations`` (a DataFrame with the
    columns of :func:`planwerk.monitor.read_observations`)."""

    label: str
    concept: "Concept"
    observations: "pandas.DataFrame"


class Workspace:
    """The versions of a concept (Fortschreibungen) with their observations,
    oldest first, kept as one file: a checked envelope (signature, length,
    CRC-32) around a Boost.Serialization archive in ``format`` "binary"
    (smallest, tied to the platform), "text" or "xml" (portable). Loading
    re-checks every concept as a document and every observation against its
    concept: a damaged or crafted file raises ParseError and nothing is
    read half. See docs/history.md."""

    def __init__(self) -> None:
        self._core = _core.Workspace()

    @classmethod
    def load(cls, path: Union[str, "os.PathLike[str]"]) -> "Workspace":
        """Reads a workspace file (FileError, ParseError,
        UnsupportedVersionError, ModelError)."""
        return cls._wrap(_core.workspace_load(os.fspath(path)))

    @classmethod
    def from_bytes(cls, data: bytes, source: str = "<bytes>") -> "Workspace":
        """Reads a workspace from bytes; errors name ``source``."""
        return cls._wrap(_core.workspace_from_bytes(bytes(data), source))

    @classmethod
    def _wrap(cls, core: Any) -> "Workspace":
        self = cls.__new__(cls)
        self._core = core
        return self

    def __len__(self) -> int:
        return len(self._core)

    def __getitem__(self, index: int) -> Version:
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise OutOfRangeError(f"version {index} is past the workspace's {len(self)} versions")
        from .concept import Concept
        from .monitor import _observations_frame

        concept = Concept._wrap(self._core.concept(index))
        return Version(self._core.label(index), concept, _observations_frame(concept, self._core.observations(index)))

    def __iter__(self) -> Iterator[Version]:
        return (self[i] for i in range(len(self)))

    @property
    def labels(self) -> List[str]:
        """The versions' labels, oldest first."""
        return [self._core.label(i) for i in range(len(self))]

    def add(
        self,
        label: str,
        concept: "Concept",
        observations: Union["pandas.DataFrame", Mapping[str, Any], None] = None,
    ) -> None:
        """Appends a version (the newest) with copies of ``concept`` and
        ``observations`` (the columns :func:`planwerk.monitor.evaluate`
        takes). Observations are checked against the concept as on loading
        (InvalidArgumentError naming the row); on an error the workspace is
        left as it was."""
        if observations is None:
            self._core.add(label, concept._core)
        else:
            from .monitor import _columns

            self._core.add(label, concept._core, *_columns(concept, observations))

    def to_bytes(self, format: str = "binary") -> bytes:
        """The workspace file's bytes; ``format`` is "binary", "text" or "xml"."""
        return self._core.to_bytes(format)

    def save(self, path: Union[str, "os.PathLike[str]"], format: str = "binary") -> None:
        """Writes the workspace atomically: a failed save leaves the old file."""
        self._core.save(os.fspath(path), format)

    def __repr__(self) -> str:
        return f"Workspace({self.labels!r})"
