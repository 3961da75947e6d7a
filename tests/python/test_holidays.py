# SPDX-License-Identifier: Apache-2.0
"""Every public holiday of every state, compared with the independent Python
`holidays` package (which starts in 1991; 1990 is checked by hand in
tests/schedule/test_calendar.cpp)."""

import datetime as dt

import holidays
import pytest

import planwerk
from planwerk.schedule import STATES, public_holidays

YEARS = range(1991, 2101)


@pytest.mark.parametrize("state", STATES)
def test_every_holiday_of_every_year_matches_the_holidays_package(state):
    reference = holidays.country_holidays("DE", subdiv=state, years=YEARS, categories=(holidays.PUBLIC,))
    catholic = holidays.country_holidays(
        "DE", subdiv=state, years=YEARS, categories=(holidays.PUBLIC, holidays.CATHOLIC)
    )
    for year in YEARS:
        ours = set(public_holidays(state, year)["date"].dt.date)
        theirs = {d for d in reference if d.year == year}
        assert ours == theirs, (state, year, sorted(ours ^ theirs))
        ours = set(public_holidays(state, year, catholic_municipality=True)["date"].dt.date)
        theirs = {d for d in catholic if d.year == year}
        assert ours == theirs, (state, year, "catholic", sorted(ours ^ theirs))


def test_names_and_errors():
    frame = public_holidays("NW", 2025)
    assert list(frame.columns) == ["date", "name"]
    nw = dict(zip(frame["date"].dt.date, frame["name"]))
    assert nw[dt.date(2025, 6, 19)] == "Fronleichnam"
    assert nw[dt.date(2025, 10, 3)] == "Tag der Deutschen Einheit"
    with pytest.raises(planwerk.InvalidArgumentError, match='unknown German state "XX"'):
        public_holidays("XX", 2025)
    with pytest.raises(planwerk.OutOfRangeError, match="from 1990 to 2100, not 2101"):
        public_holidays("NW", 2101)
