# SPDX-License-Identifier: Apache-2.0
"""planwerk.report.write: the files, the options, the same bytes as the
command line tool, and the same bytes under other locales and time zones."""

import os
import pathlib
import subprocess
import sys

import pytest

import planwerk
import planwerk.monitor
import planwerk.report

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "oberhausen" / "concept.txtpb"
OBSERVATIONS = ROOT / "examples" / "oberhausen" / "observations.csv"


def folder_bytes(folder: pathlib.Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_write_returns_the_files_as_a_dataframe(tmp_path):
    plan = planwerk.load(SAMPLE)
    data = planwerk.monitor.read_observations(plan, OBSERVATIONS)
    files = planwerk.report.write(plan, tmp_path / "site", observations=data, title="Bericht & Plan")
    assert list(files.columns) == ["file", "bytes"]
    # The 113 files of the sample's site (tests/capi/test_capi_report.c counts them).
    assert len(files) == 113
    assert {"accessibility.html", "index.html", "plan.html", "indicators.html", "grid.html", "calendar.html",
            "participation.html", "stakeholders.html", "budget.html", "style.css", "enhance.js", "calendar/all.ics",
            "measure-m-01.html",
            "indicator-ind-betreuung-u3.html", "data/indicator-ind-betreuung-u3.csv"} <= set(files["file"])
    assert list(files["file"]) == sorted(files["file"])
    written = folder_bytes(tmp_path / "site")
    assert [len(written[f]) for f in files["file"]] == list(files["bytes"])
    index = written["index.html"].decode("utf-8")
    assert "Bericht &amp; Plan" in index
    # With observations some goal has a status other than "no data".
    assert "light-red" in index or "light-orange" in index or "light-yellow" in index or "light-green" in index


def test_the_same_bytes_as_the_command_line_tool(tmp_path):
    plan = planwerk.load(SAMPLE)
    before = planwerk.load(SAMPLE.parent / "concept-2020.txtpb")
    data = planwerk.monitor.read_observations(plan, OBSERVATIONS)
    files = planwerk.report.write(plan, tmp_path / "py", observations=data, language="en", previous=before,
                                  renames={"ind-sgb2": "ind-sgb2-quote"})
    assert "changes.html" in set(files["file"])
    cli = os.environ.get("PLANWERK_CLI", str(ROOT / "build" / "release" / "src" / "cli" / "planwerk"))
    subprocess.run([cli, "report", str(SAMPLE), "--data", str(OBSERVATIONS), "--lang", "en",
                    "--previous", str(SAMPLE.parent / "concept-2020.txtpb"), "--rename", "ind-sgb2=ind-sgb2-quote",
                    "--out", str(tmp_path / "cli")], check=True, capture_output=True)
    assert folder_bytes(tmp_path / "py") == folder_bytes(tmp_path / "cli")


def test_byte_identical_under_other_locales_and_time_zones(tmp_path):
    """Two builds under different LANG, LC_ALL and TZ (in fresh processes, so
    the C library's locale and time zone are set from them) give the same
    bytes."""
    script = (
        "import locale, sys, planwerk, planwerk.monitor, planwerk.report\n"
        "try:\n    locale.setlocale(locale.LC_ALL, '')\nexcept locale.Error:\n    pass\n"
        "plan = planwerk.load(sys.argv[1])\n"
        "data = planwerk.monitor.read_observations(plan, sys.argv[2])\n"
        "planwerk.report.write(plan, sys.argv[3], observations=data)\n"
    )
    for name, env in (("a", {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "UTC"}),
                      ("b", {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "TZ": "Pacific/Kiritimati"})):
        subprocess.run([sys.executable, "-c", script, str(SAMPLE), str(OBSERVATIONS), str(tmp_path / name)],
                       check=True, env={**os.environ, **env})
    assert folder_bytes(tmp_path / "a") == folder_bytes(tmp_path / "b")


def test_refusals(tmp_path):
    plan = planwerk.load(SAMPLE)
    with pytest.raises(planwerk.InvalidArgumentError, match="language"):
        planwerk.report.write(plan, tmp_path, language="fr")
    with pytest.raises(planwerk.InvalidArgumentError, match="as_of"):
        planwerk.report.write(plan, tmp_path, as_of="2025-02-30")
    with pytest.raises(planwerk.InvalidArgumentError, match="min_cases"):
        planwerk.report.write(plan, tmp_path, min_cases=-1)
    with pytest.raises(planwerk.FileError):
        planwerk.report.write(plan, "/proc/planwerk-report")
    with pytest.raises(planwerk.InvalidArgumentError, match="renames need a previous version"):
        planwerk.report.write(plan, tmp_path, renames={"a": "b"})
    # A rename naming an id missing from the previous version: history.diff's refusal.
    with pytest.raises(planwerk.InvalidArgumentError, match="nothing-here"):
        planwerk.report.write(plan, tmp_path / "r", previous=plan, renames={"nothing-here": "m-01"})
