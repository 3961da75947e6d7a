"""Calendars: the public holidays of the German states (1990 to 2100)."""

from __future__ import annotations

import datetime as _dt
from typing import List, Tuple

from . import _core

#: The states by their ISO 3166-2:DE codes.
STATES = ("BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH")


def public_holidays(state: str, year: int, *, catholic_municipality: bool = False) -> List[Tuple[_dt.date, str]]:
    """The public holidays of a state ("NW", ...) in a year, by date, with
    their German names. ``catholic_municipality`` adds Mariä Himmelfahrt in
    Bavaria and Fronleichnam in Saxony and Thuringia."""
    return [
        (_dt.date.fromisoformat(day), name)
        for day, name in _core.public_holidays(state, year, catholic_municipality)
    ]
