"""The Python example program runs on the sample."""

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
