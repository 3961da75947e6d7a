# SPDX-License-Identifier: Apache-2.0
"""Validation findings."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, List, Optional, Sequence, Tuple

from .kinds import Kind

if TYPE_CHECKING:  # pragma: no cover
    import pandas


class Severity(enum.IntEnum):
    """Equal to the C API's pw_severity."""

    ERROR = 0
    WARNING = 1
    INFO = 2


@dataclass(frozen=True)
class Diagnostic:
    """One finding: a stable ``code`` (docs/diagnostics.md), its ``severity``,
    the ``entity`` id it concerns ("" for the concept), and a ``message``.
    ``kind`` and ``field`` say where (``field`` is a path such as
    ``"measures[3].dependencies[0].predecessor_id"``)."""

    code: str
    severity: Severity
    entity: str
    message: str
    kind: Optional[Kind] = None
    field: str = ""

    def __str__(self) -> str:
        return f"{self.code} {self.severity.name.lower()} {self.entity or '-'}: {self.message}"

    @classmethod
    def _from_tuple(cls, row: Tuple[str, int, int, str, str, str]) -> "Diagnostic":
        code, severity, kind, entity, field, message = row
        return cls(code, Severity(severity), entity, message, Kind(kind) if kind else None, field)


class Diagnostics(List[Diagnostic]):
    """Findings in a stable order: a list of :class:`Diagnostic` (iterate,
    index, compare with a list) that also says whether any is an error and
    turns into a DataFrame for bulk work."""

    @classmethod
    def _from_tuples(cls, rows: Iterable[Tuple[str, int, int, str, str, str]]) -> "Diagnostics":
        return cls(Diagnostic._from_tuple(row) for row in rows)

    @property
    def has_errors(self) -> bool:
        """Whether any finding is an error."""
        return any(d.severity is Severity.ERROR for d in self)

    def to_frame(self) -> "pandas.DataFrame":
        """One row per finding: code (text), severity and kind (categoricals
        of their names; kind missing for the concept itself), entity, field
        and message (text)."""
        import pandas as pd

        severities = [s.name.lower() for s in Severity]
        kinds = [k.name.lower() for k in Kind]
        return pd.DataFrame(
            {
                "code": pd.Series([d.code for d in self], dtype=object),
                "severity": pd.Categorical([d.severity.name.lower() for d in self], categories=severities),
                "kind": pd.Categorical([d.kind.name.lower() if d.kind else None for d in self], categories=kinds),
                "entity": pd.Series([d.entity for d in self], dtype=object),
                "field": pd.Series([d.field for d in self], dtype=object),
                "message": pd.Series([d.message for d in self], dtype=object),
            }
        )


def diagnostic_codes() -> "pandas.DataFrame":
    """Every code planwerk can report, ordered by code (docs/diagnostics.md):
    code, severity (a categorical: error, warning, info), name
    ("duplicate-id") and summary."""
    from . import _core
    from ._frame import to_dataframe

    return to_dataframe(_core.diagnostic_codes())


def has_errors(diagnostics: Sequence[Diagnostic]) -> bool:
    """Whether any finding is an error (for any sequence of findings)."""
    return any(d.severity is Severity.ERROR for d in diagnostics)
