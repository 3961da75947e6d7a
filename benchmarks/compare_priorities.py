#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The annual programme side by side (issue 16, docs/benchmarks.md): one
random problem of tests/priorities/random_problems.py (default 1,000
candidates, 5 years, 3 pools, predecessors, latest starts, capacity)
solved by

  (a) planwerk prioritize with CBC and with GLPK (the command line tool,
      --no-explain --no-marginals: the solve alone);
  (b) the independent PuLP model (tests/priorities/reference_model.py) with
      PuLP's bundled CBC and with HiGHS (highspy);

each with the same time limit, printing status, value, gap and seconds.

Usage: compare_priorities.py [CANDIDATES] [SECONDS] (defaults 1000, 30);
PLANWERK_CLI names the tool (default build/release/src/cli/planwerk).
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time
import warnings

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "priorities"))
import random_problems  # noqa: E402
import reference_model  # noqa: E402

import pulp  # noqa: E402

warnings.filterwarnings("ignore")
CANDIDATES = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
SECONDS = float(sys.argv[2]) if len(sys.argv) > 2 else 30
CLI = os.environ.get("PLANWERK_CLI", str(ROOT / "build" / "release" / "src" / "cli" / "planwerk"))


def planwerk_run(path: str, solver: str) -> None:
    started = time.perf_counter()
    out = subprocess.run([CLI, "prioritize", "--problem", path, "--json", "--no-explain", "--no-marginals",
                          "--solver", solver, "--time-limit", str(SECONDS)], capture_output=True, text=True)
    wall = time.perf_counter() - started
    d = json.loads(out.stdout)
    print(f"planwerk {solver:5s} {d['status']:11s} value {d['value']:12.4f} gap {d['gap'] * 100:6.3f} % "
          f"{d['seconds']:6.2f} s solve, {wall:6.2f} s in all")


def pulp_run(problem: dict, name: str, make) -> None:
    # The reference model asks for PULP_CBC_CMD; hand it this solver instead.
    original = pulp.PULP_CBC_CMD
    pulp.PULP_CBC_CMD = lambda msg=False, timeLimit=None: make(original)
    try:
        started = time.perf_counter()
        status, value, _ = reference_model.solve(problem)
        wall = time.perf_counter() - started
    finally:
        pulp.PULP_CBC_CMD = original
    print(f"PuLP     {name:5s} {status:11s} value {value:12.4f}            {wall:6.2f} s in all (with modelling)")


def main() -> None:
    problem = random_problems.problem(7, CANDIDATES, years=5)
    print(f"{CANDIDATES} candidates, {len(problem['years'])} years, {len(problem['pools'])} pools, "
          f"time limit {SECONDS:g} s")
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "problem.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(problem, f)
        for solver in ("cbc", "glpk"):
            planwerk_run(path, solver)
    pulp_run(problem, "cbc", lambda cbc: cbc(msg=False, timeLimit=SECONDS))
    pulp_run(problem, "highs", lambda cbc: pulp.HiGHS(msg=False, timeLimit=SECONDS))


if __name__ == "__main__":
    main()
