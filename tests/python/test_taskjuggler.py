# SPDX-License-Identifier: Apache-2.0
"""planwerk's schedule against TaskJuggler (Debian's tj3), an independent
scheduler: generated projects of 250 tasks with finish-to-start links and
working-day gaps, on the NRW holidays, spread over 2025 to 2030. Each task's
first and last working day must agree exactly.

TaskJuggler's holidays come from the Python `holidays` package, so planwerk's
own NRW calendar is checked on the way. TaskJuggler reports a task's start as
the end of the gap before it (17:00 on the last day off work) and its end as
17:00 of its last day; the first and last working days are read from those
timestamps with the same independent calendar. TaskJuggler has no SS, FF or
SF links on as-soon-as-possible tasks, no negative lags and no float: those
are checked by hand in tests/schedule/test_schedule.cpp and
tests/graph/test_algorithms.cpp.
"""

import csv
import datetime as dt
import random
import shutil
import subprocess

import holidays
import pytest

import planwerk
from planwerk import pb
from planwerk.schedule import schedule

NRW = holidays.country_holidays("DE", subdiv="NW", years=range(2025, 2033))


def is_working(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in NRW


def working_on_or_after(day: dt.date) -> dt.date:
    while not is_working(day):
        day += dt.timedelta(days=1)
    return day


def working_on_or_before(day: dt.date) -> dt.date:
    while not is_working(day):
        day -= dt.timedelta(days=1)
    return day


def first_working_day(stamp: str) -> dt.date:
    day, time = dt.date.fromisoformat(stamp[:10]), stamp[11:]
    # At or after the end of a working day, work begins on the next one.
    return working_on_or_after(day + dt.timedelta(days=1) if time >= "17:00" else day)


def last_working_day(stamp: str) -> dt.date:
    day, time = dt.date.fromisoformat(stamp[:10]), stamp[11:]
    return working_on_or_before(day if time > "09:00" else day - dt.timedelta(days=1))


def generate(seed: int, count: int = 250):
    """Tasks (id, length, start or None, [(predecessor, gap)]): a root every
    25 tasks starting somewhere in 2025 to mid-2029, the others after one or
    two of the 30 tasks before them, with gaps of 0 to 10 working days."""
    rng = random.Random(seed)
    tasks = []
    for i in range(count):
        length = rng.randint(1, 25)
        if i % 25 == 0:
            start = dt.date(2025, 1, 2) + dt.timedelta(days=rng.randint(0, 4 * 365 + 150))
            tasks.append((f"t{i}", length, start, []))
            continue
        first = max(0, i - 30)
        preds = sorted(rng.sample(range(first, i), k=min(i - first, rng.randint(1, 2))))
        tasks.append((f"t{i}", length, None, [(f"t{p}", rng.randint(0, 10)) for p in preds]))
    return tasks


def taskjuggler_project(tasks) -> str:
    lines = ['project gen "Generated" 2025-01-01 - 2032-12-31 {', '  timezone "Europe/Berlin"', "}"]
    for day, name in sorted(NRW.items()):
        lines.append(f'leaves holiday "{name}" {day.isoformat()}')
    for tid, length, start, deps in tasks:
        lines.append(f'task {tid} "{tid}" {{')
        if start is not None:
            lines.append(f"  start {start.isoformat()}")
        if deps:
            links = ", ".join(f"{p} {{ gaplength {g}d }}" if g else p for p, g in deps)
            lines.append(f"  depends {links}")
        lines.append(f"  length {length}d")
        lines.append("}")
    lines += [
        'taskreport "out" {',
        "  formats csv",
        "  columns id, start, end",
        '  timeformat "%Y-%m-%d %H:%M"',
        "}",
    ]
    return "\n".join(lines) + "\n"


def planwerk_concept(tasks) -> planwerk.Concept:
    doc = pb.Concept(id="generated", period_start="2025-01-01", calendar=pb.CalendarSpec(state="NW"))
    for tid, length, start, deps in tasks:
        doc.measures.add(
            id=tid,
            duration_days=length,
            start=start.isoformat() if start else "",
            dependencies=[pb.Dependency(predecessor_id=p, lag=g) for p, g in deps],
        )
    return planwerk.from_proto(doc)


@pytest.mark.parametrize("seed", [1, 2])
def test_schedule_agrees_with_taskjuggler(tmp_path, seed):
    if shutil.which("tj3") is None:
        pytest.fail("tj3 is not installed: scripts/setup.sh installs Debian's tj3")
    tasks = generate(seed)
    (tmp_path / "gen.tjp").write_text(taskjuggler_project(tasks), encoding="utf-8")
    run = subprocess.run(["tj3", "--no-color", "gen.tjp"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    with open(tmp_path / "out.csv", encoding="utf-8") as f:
        reference = {row["Id"]: row for row in csv.DictReader(f, delimiter=";")}
    result = schedule(planwerk_concept(tasks))
    frame, findings = result.table, result.findings
    assert findings == []
    assert len(reference) == len(tasks) == len(frame)
    mismatches = []
    for row in frame.itertuples():
        tj = reference[row.measure]
        expected = (first_working_day(tj["Start"]), last_working_day(tj["End"]))
        if (row.early_start.date(), row.early_finish.date()) != expected:
            mismatches.append((row.measure, row.early_start, row.early_finish, tj["Start"], tj["End"]))
    assert mismatches == []
    # The projects do reach across the years asked for.
    assert min(frame.early_start).year == 2025 and max(frame.early_finish).year >= 2029
