# SPDX-License-Identifier: Apache-2.0
"""The schedule from Python."""

import datetime as dt

import pandas as pd
import pytest

import planwerk
from planwerk import pb
from planwerk.schedule import schedule


def test_schedule_frame_and_findings(concept):
    result = schedule(concept)
    frame, findings = result.table, result.findings
    assert len(frame) == 41
    assert str(frame["early_start"].dtype).startswith("datetime64") and frame["critical"].dtype == bool
    rows = frame.set_index("measure")
    # m-14 starts no earlier than its planned 3 August 2026, later than 20
    # working days after m-13's planned finish on 30 June (29 July).
    assert rows.loc["m-14"].early_start == pd.Timestamp(2026, 8, 3)
    assert rows.loc["m-14"].duration > 0 and not rows.loc["m-14"].critical
    assert [(f.code, f.entity) for f in findings] == [("PW201", "m-09")]
    # On 24 November m-13, planned from 3 November, has not started: it
    # cannot start before the status date, and m-14 moves after 3 August.
    result = schedule(concept, as_of="2025-11-24")
    frame, findings = result.table, result.findings
    rows = frame.set_index("measure")
    assert rows.loc["m-13"].early_start == pd.Timestamp(2025, 11, 24)
    assert rows.loc["m-14"].early_start > pd.Timestamp(2026, 8, 3)
    assert [(f.code, f.entity) for f in findings] == [("PW201", "m-09")]
    assert findings[0].severity is planwerk.Severity.ERROR


def test_plan_under_way():
    c = planwerk.from_proto(
        pb.Concept(
            id="c",
            period_start="2025-12-01",
            calendar=pb.CalendarSpec(state="NW"),
            measures=[
                pb.Measure(id="a", duration_days=5, actual_start="2025-12-29"),
                pb.Measure(id="b", duration_days=2, dependencies=[pb.Dependency(predecessor_id="a")]),
            ],
        )
    )
    frame = schedule(c, as_of=dt.date(2026, 1, 5)).table
    # a: 29, 30, 31 Dec and 2 Jan done (1 Jan is a holiday), 1 day left: 5 Jan.
    # b: 6 and 7 Jan.
    assert list(frame.early_finish.dt.date) == [dt.date(2026, 1, 5), dt.date(2026, 1, 7)]


def test_bad_input():
    no_start = planwerk.from_proto(pb.Concept(id="c", measures=[pb.Measure(id="m")]))
    with pytest.raises(planwerk.InvalidArgumentError, match="needs a start"):
        schedule(no_start)
    with pytest.raises(planwerk.OutOfRangeError, match="outside the calendar"):
        schedule(no_start, start="1985-01-01")
    with pytest.raises(planwerk.InvalidArgumentError, match="start is not a date"):
        schedule(no_start, start="01.01.2026")
    bad_state = planwerk.from_proto(pb.Concept(id="c", period_start="2026-01-05", calendar=pb.CalendarSpec(state="XX")))
    with pytest.raises(planwerk.InvalidArgumentError, match='calendar.state "XX" is not a German state code'):
        schedule(bad_state)
    assert [d.code for d in bad_state.validate()][-1] == "PW203"
