"""Validation findings."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import List, Optional, Tuple

from .kinds import Kind


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


@dataclass(frozen=True)
class DiagnosticCode:
    """A description of one code, as listed in docs/diagnostics.md."""

    code: str
    severity: Severity
    name: str
    summary: str


def diagnostic_codes() -> List[DiagnosticCode]:
    """Every code planwerk can report."""
    from . import _core

    return [DiagnosticCode(c, Severity(s), n, t) for c, s, n, t in _core.diagnostic_codes()]


def has_errors(diagnostics: List[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)
