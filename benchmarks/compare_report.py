# SPDX-License-Identifier: Apache-2.0
"""Side by side in one run: the published report against TaskJuggler's HTML
task report, and how fast Chromium loads the action plan.

    .venv/bin/python benchmarks/compare_report.py [--size 5000] [--repeat 3]

1. The C++ benchmark's site (benchmarks/bench_report.cpp: 5,000 measures,
   500 indicators x 6 districts x 10 groups x 10 years), written by
   planwerk_bench_report; its time is the benchmark's.
2. The same generated tasks as benchmarks/compare_tj3.py (blocks of 250,
   NRW holidays): tj3 with an HTML task report (parse, schedule, report, as
   one command) against planwerk.report.write of the same tasks (schedule,
   every page, from Python).
3. Chromium (Debian's, through Playwright, file://): the load event of each
   action plan, best of --repeat, in a fresh page each time.
"""

import argparse
import os
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "python"))

import planwerk  # noqa: E402
import planwerk.report  # noqa: E402
from compare_tj3 import blocks  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from test_taskjuggler import planwerk_concept, taskjuggler_project  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
BENCH = ROOT / "build" / "release" / "benchmarks" / "planwerk_bench_report"


def load_ms(browser, path: pathlib.Path, repeat: int) -> float:
    """The best load event (navigation start to loadEventEnd) of `repeat`."""
    best = float("inf")
    for _ in range(repeat):
        page = browser.new_page()
        page.goto(path.as_uri(), wait_until="load", timeout=900_000)
        best = min(best, page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"))
        page.close()
    return best


def html_report(tasks, chart: bool) -> str:
    """The tj3 project with an HTML task report of every task (name, start,
    end, duration, with --chart also tj3's Gantt chart column) instead of
    the CSV one."""
    project = taskjuggler_project(tasks)
    head = project[: project.index('taskreport "out"')]
    columns = "name, start, end, duration" + (", chart" if chart else "")
    return head + f'taskreport "out" {{\n  formats html\n  columns {columns}\n}}\n'


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--chart", action="store_true",
                        help="tj3's report with its Gantt chart column (5,000 tasks: about 4 minutes, 214 MB)")
    args = parser.parse_args()
    tj_version = subprocess.run(["tj3", "--version"], capture_output=True, text=True).stdout.split()[-1]
    print(f"planwerk {planwerk.__version__}; tj3 {tj_version}; chromium {CHROMIUM}")
    with tempfile.TemporaryDirectory() as tmp_name, sync_playwright() as p:
        tmp = pathlib.Path(tmp_name)
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        rows = []

        # 1. The C++ benchmark's site.
        site = tmp / "bench-site"
        out = subprocess.run([str(BENCH), "--benchmark_format=csv"], env={**os.environ, "PLANWERK_BENCH_SITE": str(site)},
                             capture_output=True, text=True, check=True).stdout
        line = [x for x in out.splitlines() if x.startswith('"BM_WriteSite')][0].split(",")
        files = len([f for f in site.rglob("*") if f.is_file()])
        size = sum(f.stat().st_size for f in site.rglob("*") if f.is_file()) / 1e6
        rows.append(("planwerk C++, 5,000 measures + 500 indicators (whole site)", float(line[2]) / 1000,
                     load_ms(browser, site / "plan.html", args.repeat), f"{files} files, {size:.0f} MB"))

        # 2. The same tasks: tj3's HTML report and planwerk's site.
        tasks = blocks(args.size)
        (tmp / "gen.tjp").write_text(html_report(tasks, args.chart), encoding="utf-8")
        best = float("inf")
        for _ in range(args.repeat):
            begin = time.perf_counter()
            subprocess.run(["tj3", "--no-color", "gen.tjp"], cwd=tmp, capture_output=True, check=True)
            best = min(best, time.perf_counter() - begin)
        tj_html = tmp / "out.html"
        kind = "with chart" if args.chart else "table only"
        rows.append((f"tj3 HTML task report ({kind}), {args.size:,} tasks", best, load_ms(browser, tj_html, args.repeat),
                     f"{tj_html.stat().st_size / 1e6:.1f} MB"))
        concept = planwerk_concept(tasks)
        best = float("inf")
        for _ in range(args.repeat):
            begin = time.perf_counter()
            planwerk.report.write(concept, tmp / "pw-site", as_of="2025-01-01")
            best = min(best, time.perf_counter() - begin)
        plan = tmp / "pw-site" / "plan.html"
        rows.append((f"planwerk report (Python), the same {args.size:,} tasks", best,
                     load_ms(browser, plan, args.repeat), f"plan.html {plan.stat().st_size / 1e6:.1f} MB"))
        browser.close()
    print(f"{'':<62} {'write s':>8} {'load ms':>8}")
    for name, seconds, load, note in rows:
        print(f"{name:<62} {seconds:>8.2f} {load:>8.0f}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
