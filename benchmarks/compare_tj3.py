# SPDX-License-Identifier: Apache-2.0
"""Side by side: the same generated projects scheduled by TaskJuggler (tj3)
and by planwerk, in one run. Projects as in tests/python/test_taskjuggler.py
(finish-to-start links with working-day gaps, NRW holidays, 2025 to 2030).

    .venv/bin/python benchmarks/compare_tj3.py [--sizes 1000 5000] [--repeat 3]

tj3 is timed as a whole command (parse, schedule, CSV report); planwerk as
the schedule call from Python (planwerk._core.schedule: the C++ schedule and
building the result columns), best of --repeat, and the agreement of the two
is checked on every task.
"""

import argparse
import csv
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "python"))

import planwerk  # noqa: E402
from planwerk import _core  # noqa: E402
from test_taskjuggler import (  # noqa: E402
    first_working_day,
    generate,
    last_working_day,
    planwerk_concept,
    taskjuggler_project,
)


def blocks(size: int):
    """`size` tasks as independent blocks of 250, each generated like the
    test's projects, so that every plan stays within 2025 to 2030."""
    tasks = []
    for k in range(size // 250):
        for tid, length, start, deps in generate(seed=k + 1, count=250):
            tasks.append((f"b{k}{tid}", length, start, [(f"b{k}{p}", g) for p, g in deps]))
    return tasks


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"planwerk {planwerk.__version__}; tj3 {subprocess.run(['tj3', '--version'], capture_output=True, text=True).stdout.split()[-1]}")
    print(f"{'tasks':>6} {'tj3 s':>9} {'planwerk ms':>12} {'ratio':>9}  agree")
    for size in args.sizes:
        tasks = blocks(size)
        with tempfile.TemporaryDirectory() as tmp:
            (pathlib.Path(tmp) / "gen.tjp").write_text(taskjuggler_project(tasks), encoding="utf-8")
            tj_times = []
            for _ in range(args.repeat):
                begin = time.perf_counter()
                subprocess.run(["tj3", "--no-color", "gen.tjp"], cwd=tmp, capture_output=True, check=True)
                tj_times.append(time.perf_counter() - begin)
            with open(pathlib.Path(tmp) / "out.csv", encoding="utf-8") as f:
                reference = {row["Id"]: row for row in csv.DictReader(f, delimiter=";")}
        concept = planwerk_concept(tasks)
        pw_times = []
        for _ in range(max(args.repeat, 20)):
            begin = time.perf_counter()
            columns, _findings = _core.schedule(concept._core, "", "")
            pw_times.append(time.perf_counter() - begin)
        agree = all(
            (first_working_day(reference[m]["Start"]).isoformat(), last_working_day(reference[m]["End"]).isoformat())
            == (s, e)
            for m, s, e in zip(columns["measure"], columns["early_start"], columns["early_finish"])
        )
        tj, pw = min(tj_times), min(pw_times)
        print(f"{size:>6} {tj:>9.2f} {pw * 1000:>12.2f} {tj / pw:>9.0f}  {'yes' if agree else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
