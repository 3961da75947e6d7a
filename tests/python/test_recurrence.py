# SPDX-License-Identifier: Apache-2.0
"""Recurrence rules against python-dateutil's rrule, an independent RFC 5545
implementation, on 2000 generated rules of the supported subset."""

import datetime as dt
import random

import pytest
from dateutil import rrule

import planwerk
from planwerk.schedule import expand

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def dates(frame):
    """The date column of an expansion as datetime.date values."""
    assert list(frame.columns) == ["date"]
    return list(frame["date"].dt.date)


def random_rule(rng: random.Random) -> str:
    freq = rng.choice(["YEARLY", "MONTHLY", "WEEKLY"])
    parts = [f"FREQ={freq}"]
    if rng.random() < 0.5:
        parts.append(f"INTERVAL={rng.randint(1, 3)}")
    if rng.random() < 0.5:
        parts.append("BYMONTH=" + ",".join(str(m) for m in sorted(rng.sample(range(1, 13), rng.randint(1, 4)))))
    if rng.random() < 0.6:
        # All with ordinals or none: dateutil returns no dates at all for a
        # BYDAY that mixes them ("-1WE,SU"), which RFC 5545 allows and
        # planwerk expands (tested below by hand).
        with_ordinals = freq != "WEEKLY" and rng.random() < 0.5
        days = []
        for day in rng.sample(DAYS, rng.randint(1, 3)):
            ordinal = str(rng.choice([1, 2, 3, 4, -1, -2])) if with_ordinals else ""
            days.append(ordinal + day)
        parts.append("BYDAY=" + ",".join(days))
    elif freq != "WEEKLY" and rng.random() < 0.5:
        parts.append("BYMONTHDAY=" + ",".join(str(d) for d in rng.sample([1, 2, 10, 15, 28, 29, 30, 31, -1, -2], 2)))
    if rng.random() < 0.3 and any(p.startswith("BYDAY=") and "," in p for p in parts):
        # Only where a period holds several days: dateutil takes seconds to
        # find that a rule like FREQ=WEEKLY;BYSETPOS=2 never matches.
        parts.append("BYSETPOS=" + str(rng.choice([1, 2, -1])))
    limit = rng.random()
    if limit < 0.3:
        parts.append(f"COUNT={rng.randint(1, 12)}")
    elif limit < 0.6:
        parts.append("UNTIL=" + (dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 900))).strftime("%Y%m%d"))
    return ";".join(parts)


def test_two_thousand_rules_agree_with_dateutil():
    rng = random.Random(20251122)
    checked = 0
    for _ in range(2000):
        rule = random_rule(rng)
        dtstart = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
        if "BYSETPOS" in rule:
            # In a first period that DTSTART cuts short, dateutil takes the
            # set positions among the days from DTSTART on, RFC 5545 among the
            # whole interval's (planwerk; see test_set_position_in_a_short_first_period).
            # From the start of a period both agree.
            if "FREQ=WEEKLY" in rule:
                dtstart -= dt.timedelta(days=dtstart.weekday())
            elif "FREQ=MONTHLY" in rule:
                dtstart = dtstart.replace(day=1)
            else:
                dtstart = dtstart.replace(month=1, day=1)
        text = f"DTSTART:{dtstart:%Y%m%d}\nRRULE:{rule}"
        start, end = dt.date(2025, 6, 1), dt.date(2028, 12, 31)
        reference = [
            d.date()
            for d in rrule.rrulestr(text).between(
                dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time()), inc=True
            )
        ]
        assert dates(expand(text, start, end)) == reference, text
        checked += len(reference)
    assert checked > 10000  # the rules do produce dates


def test_mixed_ordinals_by_hand():
    # Sundays of September 2025 (7, 14, 21, 28) and its last Wednesday (24).
    assert dates(expand("FREQ=YEARLY;BYMONTH=9;BYDAY=-1WE,SU", "2025-09-01", "2025-09-30")) == [
        dt.date(2025, 9, d) for d in (7, 14, 21, 24, 28)
    ]


def test_set_position_in_a_short_first_period():
    # The week of Wed 20 Aug 2025 holds Mon 18, Fri 22 and Sun 24; its second
    # is the 22nd, though the series starts on the 20th.
    assert dates(expand("DTSTART:20250820\nRRULE:FREQ=WEEKLY;BYDAY=SU,MO,FR;BYSETPOS=2;COUNT=2", "2025-08-01", "2025-12-31")) == [
        dt.date(2025, 8, 22),
        dt.date(2025, 8, 29),
    ]


def test_errors_are_parse_errors():
    with pytest.raises(planwerk.ParseError, match="only YEARLY, MONTHLY and WEEKLY"):
        expand("FREQ=DAILY", "2026-01-01", "2026-12-31")
