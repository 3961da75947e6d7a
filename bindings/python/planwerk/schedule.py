# SPDX-License-Identifier: Apache-2.0
"""Calendars: the public holidays of the German states (1990 to 2100)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, List, Optional, Sequence, Tuple, Union

from . import _core
from ._frame import to_dataframe
from .diagnostics import Diagnostics
from .errors import InvalidArgumentError

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .concept import Concept

#: The states by their ISO 3166-2:DE codes.
STATES = ("BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH")


def public_holidays(state: str, year: int, *, catholic_municipality: bool = False) -> "pandas.DataFrame":
    """The public holidays of a state ("NW", ...) in a year, by date: a
    DataFrame with ``date`` (datetime64) and ``name`` (German).
    ``catholic_municipality`` adds Mariä Himmelfahrt in Bavaria and
    Fronleichnam in Saxony and Thuringia."""
    return to_dataframe(_core.public_holidays(state, year, catholic_municipality))


def _date_text(value: Union[_dt.date, str, None]) -> str:
    return value.isoformat() if isinstance(value, _dt.date) else (value or "")


@dataclass(frozen=True)
class Schedule:
    """What :func:`schedule` returns: ``table``, one row per measure in
    document order (measure, duration, early_start, early_finish,
    late_start, late_finish as datetime64, total_float, free_float, critical
    as bool), and ``findings``, the PW201 diagnostics for deadlines that
    cannot be met."""

    table: "pandas.DataFrame"
    findings: Diagnostics


def schedule(
    concept: "Concept",
    start: Union[_dt.date, str, None] = None,
    as_of: Union[_dt.date, str, None] = None,
) -> Schedule:
    """The critical path schedule on the concept's calendar (docs/schedule.md).
    ``start`` defaults to the plan period's start; ``as_of`` is the status
    date for a plan under way (actual starts and finishes, remaining days)."""
    columns, findings = _core.schedule(concept._core, _date_text(start), _date_text(as_of))
    return Schedule(to_dataframe(columns), Diagnostics._from_tuples(findings))


def to_icalendar(
    concept: "Concept",
    *,
    scheduled: bool = True,
    start: Union[_dt.date, str, None] = None,
    as_of: Union[_dt.date, str, None] = None,
    stamp: Optional[str] = None,
    parts: Optional[Sequence[str]] = None,
    committees: Optional[Sequence[str]] = None,
) -> str:
    """RFC 5545 text: meetings, participation events, milestones, deadlines
    and (with ``scheduled``) each measure's scheduled span, as all-day events
    with stable UIDs; meetings recorded with a start time (imported from a
    council information system) as timed events with their place, cancelled
    ones with STATUS:CANCELLED. ``stamp`` ("YYYYMMDDTHHMMSSZ") fixes DTSTAMP. ``parts``
    chooses what goes in, from "meetings", "participation", "milestones",
    "deadlines" and "measures" (None: all), e.g. ``["meetings"]`` for a
    council calendar; ``committees`` (ids) keeps only those committees'
    meetings (None: every committee; an unknown id raises NotFoundError)."""
    if isinstance(parts, str):
        raise InvalidArgumentError("parts is a list of names, not one string")
    chosen = [str(p) for p in parts] if parts is not None else []
    if parts is not None and not chosen:
        raise InvalidArgumentError("parts is empty: name at least one part, or pass None for all")
    if isinstance(committees, str):
        raise InvalidArgumentError("committees is a list of ids, not one string")
    return _core.icalendar(concept._core, scheduled, _date_text(start), _date_text(as_of), stamp or "", chosen,
                           [str(c) for c in committees or []])


def expand(rule: str, start: Union[_dt.date, str], end: Union[_dt.date, str]) -> "pandas.DataFrame":
    """The dates of an RFC 5545 recurrence rule (the subset in
    docs/schedule.md) from ``start`` to ``end``, both included, as a
    DataFrame with one column ``date`` (datetime64). ``rule`` is "FREQ=..."
    or lines "DTSTART:...", "RRULE:...", "EXDATE:..."."""
    return to_dataframe(_core.expand_recurrence(rule, _date_text(start), _date_text(end)))
