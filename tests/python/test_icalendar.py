# SPDX-License-Identifier: Apache-2.0
"""The iCalendar export, read back with the independent `icalendar` package."""

import datetime as dt

import icalendar
import pytest

import planwerk
from planwerk import pb
from planwerk.schedule import schedule, to_icalendar


def test_sample_calendar_parses_with_stable_uids(concept):
    text = to_icalendar(concept, as_of="2025-11-24", stamp="20251124T080000Z")
    cal = icalendar.Calendar.from_ical(text)
    events = [c for c in cal.walk("VEVENT")]
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))
    # Committee meetings: Rat 2, Verwaltungsvorstand 1, Integrationsrat 3,
    # Ausschuss 1, LIO 21, AK Vielfalt 10, AK Flucht 9 = 47; then 9
    # participation events, 6 milestones, 27 goal deadlines, 41 measures,
    # and the recurring formats over the plan period (2025-10-01 to
    # 2030-12-31): the conference on the last Friday of the second quarter,
    # 2026 to 2030 = 5, and the survey every two years on 1 May from 2025's
    # series, which begins after May: 2027 and 2029 = 2.
    meetings = sum(len(c.meetings) for c in concept.committees)
    assert meetings == 47
    assert len(events) == meetings + 9 + 6 + 27 + 41 + 5 + 2
    survey = sorted(e.decoded("DTSTART") for e in events if str(e["UID"]).startswith("format-pf-buergerbefragung"))
    # 1 May is a holiday: 1 May 2027 is a Saturday, moved to Monday 3 May;
    # 1 May 2029 is a Tuesday, moved to Wednesday 2 May.
    assert survey == [dt.date(2027, 5, 3), dt.date(2029, 5, 2)]
    ir = next(e for e in events if str(e["UID"]) == "meeting-integrationsrat-20250902@oberhausen-2025.planwerk")
    assert ir.decoded("DTSTART") == dt.date(2025, 9, 2)
    assert str(ir["SUMMARY"]) == "Sitzung: Integrationsrat"
    assert all(e.decoded("DTSTAMP") == dt.datetime(2025, 11, 24, 8, 0, tzinfo=dt.timezone.utc) for e in events)
    # The scheduled measures match the schedule (DTEND is exclusive).
    frame = schedule(concept, as_of="2025-11-24").table
    m14 = next(e for e in events if str(e["UID"]) == "measure-m-14@oberhausen-2025.planwerk")
    row = frame.set_index("measure").loc["m-14"]
    assert m14.decoded("DTSTART") == row.early_start.date()
    assert m14.decoded("DTEND") == row.early_finish.date() + dt.timedelta(days=1)
    # Same input, same output.
    assert text == to_icalendar(concept, as_of="2025-11-24", stamp="20251124T080000Z")


def test_escaping_and_folding_survive_a_round_trip():
    title = "Sprachförderung; Eltern, Kinder \\ Schule\nzweite Zeile " + "ä" * 60
    c = planwerk.from_proto(
        pb.Concept(
            id="c",
            period_start="2026-01-05",
            measures=[pb.Measure(id="m", title=title, duration_days=1)],
        )
    )
    text = to_icalendar(c, stamp="20260101T000000Z")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    event = next(iter(icalendar.Calendar.from_ical(text).walk("VEVENT")))
    assert str(event["SUMMARY"]) == title


def test_without_schedule_and_bad_dates(concept):
    text = to_icalendar(concept, scheduled=False, stamp="20251124T080000Z")
    assert "UID:measure-" not in text
    with pytest.raises(planwerk.InvalidArgumentError, match="as_of is not a date"):
        to_icalendar(concept, as_of="24.11.2025")


def test_parts_choose_what_goes_in(concept):
    def uids(**kwargs):
        text = to_icalendar(concept, stamp="20251124T080000Z", **kwargs)
        return [str(e["UID"]) for e in icalendar.Calendar.from_ical(text).walk("VEVENT")]

    # A council calendar: the 47 meetings only (test above for the count).
    council = uids(parts=["meetings"])
    assert len(council) == 47 and all(u.startswith("meeting-") for u in council)
    # Participation: 9 events and 5 + 2 recurring format dates.
    public = uids(parts=["participation", "deadlines"])
    assert sum(u.startswith(("event-", "format-")) for u in public) == 16
    assert sum(u.startswith("deadline-") for u in public) == 27 and len(public) == 43
    assert len(uids()) == len(uids(parts=["meetings", "participation", "milestones", "deadlines", "measures"]))
    with pytest.raises(planwerk.InvalidArgumentError, match='"minutes" is not meetings'):
        to_icalendar(concept, parts=["minutes"])
    with pytest.raises(planwerk.InvalidArgumentError, match="not one string"):
        to_icalendar(concept, parts="meetings")
    with pytest.raises(planwerk.InvalidArgumentError, match="parts is empty"):
        to_icalendar(concept, parts=[])
