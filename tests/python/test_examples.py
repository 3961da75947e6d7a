# SPDX-License-Identifier: Apache-2.0
"""The Python example programs run on the sample."""

import csv
import subprocess
import sys

from conftest import ROOT, SAMPLE


def test_python_example_validates_the_sample():
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "python" / "validate.py"), str(SAMPLE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "27 goals, 41 measures"
    assert lines[1:] == [
        'PW115 warning m-09: measure "m-09" ends 2028-07-31, after the deadline 2027-12-31 of goal "zz-2.1-2027"',
        'PW115 warning m-31: measure "m-31" ends 2030-12-16, after the deadline 2027-12-31 of goal "oz-5.1.1"',
        'PW108 warning ak-flucht: committee "ak-flucht" must meet at least 2 times per year, but 2027 has 1',
    ]


def test_python_example_reports_unreadable_files():
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "python" / "validate.py"), "/no/such/file.json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "cannot open for reading" in result.stderr


def test_monitor_example_evaluates_schedules_and_round_trips():
    observations = ROOT / "examples" / "oberhausen" / "observations.csv"
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "python" / "monitor.py"), str(SAMPLE), str(observations)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # Counted independently of planwerk: the CSV's data rows, and the
    # indicators named in them (one whole-municipality series each).
    with observations.open(encoding="utf-8", newline="") as f:
        rows = [row for row in csv.reader(f) if row and not row[0].startswith("#")][1:]
    indicators = {row[0] for row in rows}
    assert lines[0] == f"{len(rows)} observations, {len(indicators)} indicator series"
    # Three worst, each with its attainment and a red/amber/green status.
    assert len(lines[1:4]) == 3 and all(": attainment " in line for line in lines[1:4])
    # The critical path as tests/python/test_schedule.py establishes it: m-31
    # finishes last, on 2030-12-16 (see also validate.py's PW115 above).
    assert lines[4].endswith("of 41 measures on the critical path, finishing 2030-12-16")
    assert lines[5].startswith("round trip through planwerk.v1.Concept: ")
