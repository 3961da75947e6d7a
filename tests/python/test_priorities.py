# SPDX-License-Identifier: Apache-2.0
"""planwerk.priorities on the sample: the programme as DataFrames, checked
against the command line tool, against the weights' formula computed here
from the concept and the monitoring, and against the rules of a programme
(every candidate started or explained, every pool account balanced); the
refusals; the GIL released while it solves."""

import json
import os
import pathlib
import subprocess
import threading
import time

import pytest

import planwerk
import planwerk.monitor
import planwerk.priorities
import planwerk.report
from planwerk.v1 import concept_pb2 as pb

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "oberhausen" / "concept.txtpb"
OBSERVATIONS = ROOT / "examples" / "oberhausen" / "observations.csv"
CLI = os.environ.get("PLANWERK_CLI", str(ROOT / "build" / "release" / "src" / "cli" / "planwerk"))


@pytest.fixture(scope="module")
def plan():
    return planwerk.load(SAMPLE)


@pytest.fixture(scope="module")
def data(plan):
    return planwerk.monitor.read_observations(plan, OBSERVATIONS)


@pytest.fixture(scope="module")
def programme(plan, data):
    return planwerk.priorities.prioritize(plan, "2026-2028", data, frontier=True)


def test_the_same_programme_as_the_command_line_tool(programme):
    done = subprocess.run([CLI, "prioritize", str(SAMPLE), "--data", str(OBSERVATIONS), "--horizon", "2026-2028",
                           "--frontier", "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    cli = json.loads(done.stdout)
    assert programme.status == cli["status"] == "optimal"
    assert programme.value == pytest.approx(cli["value"], rel=1e-9)
    assert list(zip(programme.starts["measure"], programme.starts["year"])) == [
        (s["candidate"], s["year"]) for s in cli["starts"]]
    assert programme.notes == cli["notes"]
    assert list(programme.frontier["value"]) == pytest.approx([f["value"] for f in cli["frontier"]])


def test_the_frames_agree_with_each_other(plan, programme):
    assert programme.horizon == (2026, 2028)
    assert programme.gap == 0
    # The value is what the starts add up to.
    assert programme.starts["value"].sum() == pytest.approx(programme.value, rel=1e-9)
    # Every pool account balances and none is overdrawn.
    pools = programme.pools
    assert len(pools) == 3 * 3
    assert (pools["amount"] - pools["committed"] - pools["programme"] - pools["left"]).abs().max() < 1e-6
    assert (pools["left"] > -1e-6).all()
    # Every candidate (proposed or planned, not started) is started or explained.
    wanted = {pb.MEASURE_STATUS_PROPOSED, pb.MEASURE_STATUS_PLANNED}
    candidates = {m.id for m in plan.measures if m.status in wanted and not m.actual_start}
    assert len(candidates) == 26
    started = set(programme.starts["measure"])
    left_out = set(programme.left_out["measure"])
    assert started | left_out == candidates
    assert not started & left_out
    # A pool named as a blocker really lacks money in that year.
    for _, row in programme.left_out[programme.left_out["kind"] == "pool"].iterrows():
        assert row["shortfall"] > 0
        assert 2026 <= row["blocking_year"] <= 2028
    # At 60 % of every pool the programme is worth less than at 140 %.
    values = list(programme.frontier["value"])
    assert len(values) == 9
    assert values == sorted(values)
    assert values[4] == pytest.approx(programme.value, rel=1e-9)


def test_the_weights_follow_the_documented_formula(plan, data, programme):
    # W = P x U with P = 1 + (Pmax - priority + 1) / Pmax (1 without a
    # priority) and U = 1 + gap + 0.5 off_track, gap = 1 - score / 100 of
    # the goal's roll-up (0.5 without data): computed here from the concept
    # and monitor.evaluate, independently of the core's code.
    evaluation = planwerk.monitor.evaluate(plan, data)
    rollup = evaluation.rollup
    scores = {row["id"]: row["score"] for _, row in rollup[rollup["level"] == "goal"].iterrows()}
    pmax = max(g.priority for g in plan.goals)
    weights = programme.weights.set_index("goal")
    assert len(weights) == len(plan.goals)
    for goal in plan.goals:
        p = 1.0 if goal.priority == 0 else 1 + (pmax - goal.priority + 1) / pmax
        score = scores.get(goal.id)
        gap = 0.5 if score is None or score != score else min(1.0, max(0.0, 1 - score / 100))
        row = weights.loc[goal.id]
        assert row["priority_factor"] == pytest.approx(p)
        assert row["gap"] == pytest.approx(gap)
        assert row["weight"] == pytest.approx(p * (1 + gap + 0.5 * bool(row["off_track"])))


def test_money_the_treasurer_has_not_agreed_and_a_callers_weights(plan, data, programme):
    # Without the innovation budget 2027 the value cannot rise.
    without = planwerk.priorities.prioritize(plan, (2026, 2028), data, pools={"bp-innovation-2027": 0},
                                             marginals=False)
    assert without.value <= programme.value + 1e-9
    assert (without.pools[without.pools["pool"] == "bp-innovation-2027"]["programme"] == 0).all()
    # A caller's weight replaces the formula and is marked as given.
    given = planwerk.priorities.prioritize(plan, 2026, weights={"sz-6.2": 7.5}, marginals=False, explain=False)
    row = given.weights.set_index("goal").loc["sz-6.2"]
    assert row["weight"] == 7.5 and bool(row["given"])
    assert given.horizon == (2026, 2026)


def test_the_report_gets_its_page(plan, data, programme, tmp_path):
    files = planwerk.report.write(plan, tmp_path / "site", data, programme=programme)
    assert "programme.html" in set(files["file"])
    page = (tmp_path / "site" / "programme.html").read_text(encoding="utf-8")
    assert "<h1" in page and "Jahresprogramm" in page


def test_refusals(plan, data):
    with pytest.raises(planwerk.ConflictError, match="capacity of fb-gesundheit in 2026"):
        planwerk.priorities.prioritize(plan, "2026-2028", capacity=1)
    with pytest.raises(planwerk.NotFoundError, match='pool "nowhere"'):
        planwerk.priorities.prioritize(plan, "2026-2028", pools={"nowhere": 1})
    with pytest.raises(planwerk.NotFoundError, match='goal weight for "g-none"'):
        planwerk.priorities.prioritize(plan, "2026-2028", weights={"g-none": 1})
    with pytest.raises(planwerk.InvalidArgumentError, match="ends before it starts"):
        planwerk.priorities.prioritize(plan, "2028-2026")
    with pytest.raises(planwerk.InvalidArgumentError, match="expected YEAR-YEAR"):
        planwerk.priorities.prioritize(plan, "next year")
    with pytest.raises(planwerk.InvalidArgumentError, match="horizon"):
        planwerk.priorities.prioritize(plan, ("a", "b"))
    with pytest.raises(planwerk.InvalidArgumentError, match="solver"):
        planwerk.priorities.prioritize(plan, 2026, solver="simplex")
    with pytest.raises(planwerk.InvalidArgumentError, match="capacity"):
        planwerk.priorities.prioritize(plan, 2026, capacity=0)
    with pytest.raises(planwerk.InvalidArgumentError, match="time_limit"):
        planwerk.priorities.prioritize(plan, 2026, time_limit=0)


def test_the_gil_is_released_while_it_solves(plan, data):
    # A Python thread keeps counting while the frontier is solved (nine
    # solves and the marginal values: well over the interpreter's switch
    # interval); with the GIL held it would stand still.
    ticks = []
    stop = threading.Event()

    def count():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    thread = threading.Thread(target=count)
    thread.start()
    try:
        started = time.perf_counter()
        planwerk.priorities.prioritize(plan, "2026-2028", data, frontier=True)
        finished = time.perf_counter()
    finally:
        stop.set()
        thread.join()
    during = [t for t in ticks if started < t < finished]
    assert finished - started > 0.05
    assert len(during) >= 5
