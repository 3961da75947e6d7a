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

and, with --frontier, planwerk's nine-point frontier (every pool at 60 % to
140 %) with its wall time.

Usage: compare_priorities.py [--candidates 1000] [--seconds 30] [--gap 0]
[--frontier]; --gap is the relative gap every solver may stop within (0:
proven optimal). PLANWERK_CLI names the tool (default
build/release/src/cli/planwerk).
"""
import argparse
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
ARGS = argparse.ArgumentParser(description=__doc__.split("\n")[0])
ARGS.add_argument("--candidates", type=int, default=1000)
ARGS.add_argument("--seconds", type=float, default=30)
ARGS.add_argument("--gap", type=float, default=0)
ARGS.add_argument("--frontier", action="store_true")
OPTIONS = ARGS.parse_args()
CANDIDATES, SECONDS, GAP = OPTIONS.candidates, OPTIONS.seconds, OPTIONS.gap
CLI = os.environ.get("PLANWERK_CLI", str(ROOT / "build" / "release" / "src" / "cli" / "planwerk"))


def planwerk_run(path: str, solver: str, frontier: bool = False) -> None:
    started = time.perf_counter()
    command = [CLI, "prioritize", "--problem", path, "--json", "--no-explain", "--no-marginals", "--solver", solver,
               "--time-limit", str(SECONDS)]
    if GAP > 0:
        command += ["--gap", str(GAP)]
    if frontier:
        command.append("--frontier")
    out = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - started
    d = json.loads(out.stdout)
    print(f"planwerk {solver:5s} {d['status']:11s} value {d['value']:12.4f} gap {d['gap'] * 100:6.3f} % "
          f"{d['seconds']:6.2f} s solve, {wall:6.2f} s in all")
    if frontier:
        points = ", ".join(f"{f['scale'] * 100:.0f} %: {f['value']:.1f} ({f['status']})" for f in d["frontier"])
        print(f"  frontier of {len(d['frontier'])} points with the main solve: {wall:.2f} s; {points}")


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
          f"time limit {SECONDS:g} s, relative gap {GAP:g}")
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "problem.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(problem, f)
        for solver in ("cbc", "glpk"):
            planwerk_run(path, solver)
        if OPTIONS.frontier:
            planwerk_run(path, "cbc", frontier=True)
    gap = {"gapRel": GAP} if GAP > 0 else {}
    pulp_run(problem, "cbc", lambda cbc: cbc(msg=False, timeLimit=SECONDS, **gap))
    pulp_run(problem, "highs", lambda cbc: pulp.HiGHS(msg=False, timeLimit=SECONDS, **gap))


if __name__ == "__main__":
    main()
