# SPDX-License-Identifier: Apache-2.0
"""Edits apply whole or raise and change nothing."""

import datetime as dt

import pytest

import planwerk
from planwerk import pb


def test_put_message_and_dict(concept):
    concept.put(pb.Measure(id="m-99", title="Neu", contributions=[pb.Contribution(goal_id="sz-1.1")]))
    assert len(concept.measures) == 42
    assert concept.measures["m-99"].title == "Neu"
    concept.put({"id": "m-99", "title": "Neu, zweite Fassung"}, kind="measure")
    assert len(concept.measures) == 42
    assert concept.measures["m-99"].title == "Neu, zweite Fassung"


def test_put_rejects_dangling_reference_without_change(concept):
    before = concept.to_bytes()
    with pytest.raises(planwerk.ModelError) as info:
        concept.put(pb.Measure(id="m-98", dependencies=[pb.Dependency(predecessor_id="ghost")]))
    assert info.value.diagnostics[0].field == "measures[41].dependencies[0].predecessor_id"
    assert 'unknown measure "ghost"' in str(info.value)
    assert concept.to_bytes() == before


def test_put_argument_errors(concept):
    with pytest.raises(planwerk.InvalidArgumentError, match="needs kind="):
        concept.put({"id": "x"})
    with pytest.raises(planwerk.InvalidArgumentError, match="a measure needs a Measure, not a Goal"):
        concept.put(pb.Goal(id="x"), kind="measure")
    with pytest.raises(planwerk.ParseError, match="measure"):
        concept.put({"id": "x", "no_such_field": 1}, kind="measure")
    with pytest.raises(planwerk.InvalidArgumentError):
        concept.put(42)  # type: ignore[arg-type]
    with pytest.raises(planwerk.ModelError, match="has no id"):
        concept.put(pb.District(name="ohne id"))


def test_remove(concept):
    with pytest.raises(planwerk.ConflictError, match='still referred to by measure "m-14"'):
        concept.remove("measure", "m-13")
    concept.put(pb.Measure(id="m-99"))
    concept.remove(planwerk.Kind.MEASURE, "m-99")
    assert "m-99" not in concept.measures
    with pytest.raises(planwerk.NotFoundError):
        concept.remove("measure", "m-99")


def test_typed_edits(concept):
    concept.set_measure_status("m-14", "in_progress")
    assert concept.measures["m-14"].status == pb.MEASURE_STATUS_IN_PROGRESS
    concept.set_measure_status("m-14", pb.MEASURE_STATUS_COMPLETED)
    assert concept.measures["m-14"].status == pb.MEASURE_STATUS_COMPLETED
    concept.set_measure_dates("m-14", dt.date(2026, 9, 1), "2029-07-31")
    assert (concept.measures["m-14"].start, concept.measures["m-14"].end) == ("2026-09-01", "2029-07-31")
    concept.set_measure_dates("m-14", None, None)
    assert concept.measures["m-14"].start == ""
    concept.set_goal_responsible("sz-1.1", "vhs")
    assert concept.goals["sz-1.1"].responsible_actor_id == "vhs"
    concept.set_goal_responsible("sz-1.1", None)
    assert concept.goals["sz-1.1"].responsible_actor_id == ""


def test_typed_edit_errors_change_nothing(concept):
    before = concept.to_bytes()
    with pytest.raises(planwerk.InvalidArgumentError, match="unknown measure status 'done'"):
        concept.set_measure_status("m-14", "done")
    with pytest.raises(planwerk.InvalidArgumentError, match="unknown status 99"):
        concept.set_measure_status("m-14", 99)
    with pytest.raises(planwerk.NotFoundError):
        concept.set_measure_status("nope", "planned")
    with pytest.raises(planwerk.InvalidArgumentError, match="before start"):
        concept.set_measure_dates("m-14", "2027-01-01", "2026-01-01")
    with pytest.raises(planwerk.InvalidArgumentError, match="start is not a date"):
        concept.set_measure_dates("m-14", "01.02.2026", None)
    with pytest.raises(planwerk.InvalidArgumentError, match="not a datetime"):
        concept.set_measure_dates("m-14", dt.datetime(2026, 1, 1), None)
    with pytest.raises(planwerk.NotFoundError, match='no actor with id "ghost"'):
        concept.set_goal_responsible("sz-1.1", "ghost")
    assert concept.to_bytes() == before


def test_new_concept_needs_an_id():
    assert planwerk.Concept("x").id == "x"
    with pytest.raises(planwerk.InvalidArgumentError, match="non-empty id"):
        planwerk.Concept("")


def test_set_header(concept):
    concept.set_header(title="Neuer Titel", period_start=dt.date(2026, 1, 1), calendar=pb.CalendarSpec(state="BY"))
    assert concept.title == "Neuer Titel"
    assert concept.period == (dt.date(2026, 1, 1), dt.date(2030, 12, 31))
    assert concept.to_proto().calendar.state == "BY"
    assert len(concept.measures) == 41  # entities stay
    before = concept.to_bytes()
    with pytest.raises(planwerk.ModelError, match="adoption_date is not a date"):
        concept.set_header(adoption_date="2026-02-30")
    with pytest.raises(planwerk.InvalidArgumentError, match="'goals' is not a header field"):
        concept.set_header(goals=[])
    with pytest.raises(planwerk.InvalidArgumentError, match="'colour' is not a header field"):
        concept.set_header(colour="red")
    with pytest.raises(planwerk.InvalidArgumentError, match="title"):
        concept.set_header(title=3)
    assert concept.to_bytes() == before
