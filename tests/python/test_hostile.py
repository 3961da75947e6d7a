# SPDX-License-Identifier: Apache-2.0
"""Hostile inputs, each at the level where a user meets it: the command line
(PLANWERK_CLI, set by scripts/test.sh) and the Python package. Every case
must end in a clear error naming what and where, within bounded time and
memory; docs/hostile-inputs.md lists them with their bounds. Cases that ran
forever before run in a subprocess with a time-out, so that a regression
fails instead of hanging the suite."""

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

import planwerk
import planwerk.monitor
import planwerk.schedule

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "oberhausen" / "concept.txtpb"
CORPUS = ROOT / "tests" / "corpus" / "loadable"
CLI = os.environ.get("PLANWERK_CLI", "")

needs_cli = pytest.mark.skipif(not CLI, reason="PLANWERK_CLI names no planwerk tool (scripts/test.sh sets it)")


def cli(*args, timeout=60):
    return subprocess.run([CLI, *map(str, args)], capture_output=True, timeout=timeout)


def out(result):
    return (result.stdout + result.stderr).decode("utf-8", "replace")


# ---- the defects found from outside, at the command line -----------------------------------


@needs_cli
def test_monitor_ends_on_a_goal_parent_cycle(tmp_path):
    data = tmp_path / "obs.csv"
    data.write_text("indicator,period,value\ni,2020,1\ni,2021,2\n")
    result = cli("monitor", CORPUS / "goal_parent_cycle.txtpb", "--data", data, "--as-of", "2025", timeout=30)
    assert result.returncode == 0, out(result)
    assert "goal a:" in out(result)


@needs_cli
def test_monitor_on_a_concept_without_indicators(tmp_path):
    data = tmp_path / "obs.csv"
    data.write_text("indicator,period,value\n")
    result = cli("monitor", CORPUS / "no_indicators.txtpb", "--data", data, timeout=30)
    assert result.returncode == 0, out(result)  # it was a segmentation fault (-11)
    assert "concept c:" in out(result)


@needs_cli
def test_a_comment_without_a_final_newline(tmp_path):
    data = tmp_path / "obs.csv"
    data.write_bytes(b"#abc")  # took forever: the dialect scan never left the comment
    result = cli("monitor", SAMPLE, "--data", data, timeout=10)
    assert result.returncode == 2
    assert "obs.csv: no header line" in out(result)


@needs_cli
def test_a_bom_and_a_comment_with_a_semicolon_leave_the_dialect_to_the_header(tmp_path):
    data = tmp_path / "obs.csv"
    data.write_bytes(b"\xef\xbb\xbf# Quelle; Stadt\nindicator,period,value\nind-betreuung-u3,2020,29.5\n")
    result = cli("monitor", SAMPLE, "--data", data, "--as-of", "2025")
    assert result.returncode == 0, out(result)  # read as the official dialect, the header was one column


@needs_cli
def test_info_on_a_chain_of_100000_goals_is_linear(tmp_path):
    concept = tmp_path / "chain.txtpb"
    lines = ['id: "chain"', 'action_fields { id: "f" }', 'goals { id: "g0" action_field_id: "f" }']
    lines += [f'goals {{ id: "g{i}" parent_goal_id: "g{i - 1}" }}' for i in range(1, 100_000)]
    concept.write_text("\n".join(lines))
    result = cli("info", concept, timeout=60)  # minutes before (a scan of all goals per goal)
    assert result.returncode == 0, out(result)[-500:]
    text = out(result)
    # Levels beyond 16 are not indented further, so the output stays linear.
    assert "(level 99999) g99999" in text
    assert max(len(line) for line in text.splitlines()) < 200


@needs_cli
def test_a_100_mb_line_of_commas_stays_within_bounded_memory(tmp_path):
    data = tmp_path / "wide.csv"
    with open(data, "wb") as f:
        f.write(b"indicator,period,value\n")
        f.write(b"," * 100_000_000)
    probe = (
        "import resource, subprocess, sys\n"
        "r = subprocess.run(sys.argv[1:], capture_output=True)\n"
        "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.stderr.write(r.stderr.decode())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, CLI, "monitor", str(SAMPLE), "--data", str(data)],
        capture_output=True, timeout=120, text=True,
    )
    code, peak_kib = map(int, result.stdout.split())
    assert code == 2
    assert "wide.csv line 2: 100000001 fields, the header has 3" in result.stderr
    # The file is read whole (100 MB); fields beyond the header's are not
    # kept. About 5 GB before: every field was materialised first.
    assert peak_kib < 600 * 1024, f"peak {peak_kib} KiB"


@needs_cli
def test_an_argument_that_is_not_utf8():
    result = subprocess.run([CLI, "graph", str(SAMPLE), "--impact", b"m-\xe9"], capture_output=True, timeout=30)
    assert result.returncode == 2
    assert "argument 4 is not valid UTF-8 (byte 3 is 0xE9)" in out(result)


@needs_cli
@pytest.mark.parametrize(
    "body, message",
    [
        # "ind-betreuung-u3,2020,1" is 16 + 1 + 4 + 1 + 1 = 23 bytes: the bad one is byte 24.
        (b"ind-betreuung-u3,2020,1\xe9\n", "obs.csv line 2, byte 24: not valid UTF-8"),
        (b"ind-betreuung-u3,2020,1\x00\n", "obs.csv line 2, byte 24: a NUL byte"),
        (b"ind-betreuung-u3,2020,1e309\n", "\"1e309\" is not a number"),
        (b"ind-betreuung-u3,2020,NaN\n", "\"NaN\" is not a number"),
        (b"ind-betreuung-u3,2020,1.000,5\n", "line 2: 4 fields, the header has 3"),
        (b'ind-betreuung-u3,2020,"1.000,5"\n', "\"1.000,5\" is not a number"),
        (b"ind-betreuung-u3,0000-00-00,1\n", "\"0000-00-00\" is neither a year nor a date"),
        (b"ind-betreuung-u3,2024-02-30,1\n", "\"2024-02-30\" is neither a year nor a date"),
        (b"ind-betreuung-u3,99999-01-01,1\n", "\"99999-01-01\" is neither a year nor a date"),
    ],
)
def test_bad_values_in_the_plain_dialect(tmp_path, body, message):
    data = tmp_path / "obs.csv"
    data.write_bytes(b"indicator,period,value\n" + body)
    result = cli("monitor", SAMPLE, "--data", data, timeout=30)
    assert result.returncode == 2, out(result)
    assert message in out(result)


@needs_cli
def test_minus_zero_is_a_number(tmp_path):
    data = tmp_path / "obs.csv"
    data.write_bytes(b"indicator,period,value\nind-betreuung-u3,2020,-0\n")
    assert cli("monitor", SAMPLE, "--data", data, timeout=30).returncode == 0


@needs_cli
@pytest.mark.parametrize(
    "document, name, message",
    [
        ("x{" * 1_000_000, "deep.txtpb", "nested deeper than 64 levels"),
        ('{"a":' * 1_000_000, "deep.json", "nested deeper than 64 levels"),
        ('id: "c" measures { id: "m" start: "2024-02-30" }', "day.txtpb", "2024-02-30"),
        ('id: "c" measures { id: "m" start: "0000-00-00" }', "zero.txtpb", "0000-00-00"),
        ('id: "c" measures { id: "m" start: "99999-01-01" }', "big.txtpb", "99999-01-01"),
        ('id: "c" goals { id: "a\\nb" }', "newline.txtpb", "control character (0x0A) at byte 2"),
        ('id: "c" goals { id: "' + "g" * 100_000 + '" }', "long.txtpb", "has 100000 bytes, more than the 1024"),
    ],
)
def test_hostile_documents(tmp_path, document, name, message):
    path = tmp_path / name
    path.write_text(document)
    result = cli("validate", path, timeout=30)
    assert result.returncode in (1, 2), out(result)[-300:]
    assert message in out(result), out(result)[-300:]


@needs_cli
def test_a_million_nested_groups_in_binary(tmp_path):
    # Start-group tags of an unknown field 1000, a million deep.
    tag = bytes([0xC3, 0x3E])  # (1000 << 3) | 3 as a varint
    path = tmp_path / "deep.pb"
    path.write_bytes(tag * 1_000_000)
    result = cli("validate", path, timeout=30)
    assert result.returncode == 2, out(result)[-300:]
    assert "deep.pb: not a valid binary planwerk.v1.Concept" in out(result)


@needs_cli
def test_a_dependency_on_itself(tmp_path):
    result = cli("graph", CORPUS / "dependency_cycle.txtpb", "--cycles", timeout=30)
    assert "self -> self" in out(result)


# ---- the Python package ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "rule, message",
    [
        ("RRULE:FREQ=DAILY;COUNT=1000000000", "FREQ"),
        ("RRULE:FREQ=WEEKLY;COUNT=1000000000", "is not a number from 1 to 100000"),
        ("RRULE:FREQ=WEEKLY;INTERVAL=0", "is not a number from 1 to 1000"),
        ("RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0", "is not a number from -366 to 366"),
        ("DTSTART:14000101\nRRULE:FREQ=WEEKLY", "DTSTART 1400-01-01 is outside the calendar"),
    ],
)
def test_hostile_recurrence_rules(rule, message):
    with pytest.raises(planwerk.PlanwerkError, match=message):
        planwerk.schedule.expand(rule, "2025-01-01", "2025-12-31")


def test_a_month_listed_twice_counts_once():
    # 1 January 2025 and 2026, once each (BYMONTH=1,1 counted the month twice).
    days = planwerk.schedule.expand("RRULE:FREQ=YEARLY;BYMONTH=1,1;BYMONTHDAY=1", "2025-01-01", "2026-12-31")
    assert [d.isoformat() for d in days["date"].dt.date] == ["2025-01-01", "2026-01-01"]


def run_python(code, timeout=60):
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout)


def test_evaluate_with_period_zero_ends():
    # It spun forever: the cache of checked periods started zeroed.
    result = run_python(
        "import planwerk, planwerk.monitor as m\n"
        f"c = planwerk.load({str(SAMPLE)!r})\n"
        "try:\n"
        "    m.evaluate(c, {'indicator': ['ind-betreuung-u3'], 'period': [0], 'value': [1.0]})\n"
        "except planwerk.InvalidArgumentError as e:\n"
        "    print('refused:', e)\n"
    )
    assert result.returncode == 0, result.stderr
    assert "refused:" in result.stdout and "period" in result.stdout


@pytest.mark.parametrize(
    "options, message",
    [
        ({"min_points": 0}, "min_points"),
        ({"min_points": 1}, "min_points"),
        ({"min_share": float("nan")}, "min_share"),
        ({"min_share": 7}, "min_share"),
        ({"as_of": -1}, "as_of"),
    ],
)
def test_monitor_options_the_docs_forbid(options, message):
    concept = planwerk.load(SAMPLE)
    data = {"indicator": ["ind-betreuung-u3"], "period": [2020], "value": [1.0]}
    with pytest.raises(planwerk.PlanwerkError, match=message):
        planwerk.monitor.evaluate(concept, data, **options)


def test_text_that_is_not_utf8_is_refused_with_its_place():
    with pytest.raises(planwerk.ModelError, match=r"goals\[0\].title is not valid UTF-8 \(byte 3 is 0xDF\)"):
        planwerk.loads(b'id: "c" goals { id: "g" title: "Ma\xdf" }', "text")
    with pytest.raises(planwerk.InvalidArgumentError, match="control character"):
        planwerk.Concept("a\nb")


# ---- the corpus of invalid but loadable concepts ---------------------------------------------


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txtpb")), ids=lambda p: p.stem)
def test_corpus_through_the_python_package(path):
    concept = planwerk.load(path)
    concept.validate()
    g = concept.graph
    for call in (g.cycles, g.order, g.critical_chains, g.redundant_links, g.coverage, g.conflicts):
        try:
            call()
        except planwerk.PlanwerkError:
            pass
    if len(concept.measures):
        try:
            g.impact(concept.measures.ids()[0], delay=10)
        except planwerk.PlanwerkError:
            pass
    for call in (
        lambda: planwerk.schedule.schedule(concept, start="2026-01-05"),
        lambda: planwerk.schedule.to_icalendar(concept),
        lambda: planwerk.monitor.process_status(concept, "2025-12-31"),
    ):
        try:
            call()
        except planwerk.PlanwerkError:
            pass
    for fmt in ("binary", "json", "text"):
        assert planwerk.loads(concept.to_bytes(fmt), fmt).id == concept.id


@needs_cli
@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txtpb")), ids=lambda p: p.stem)
def test_corpus_through_every_command(tmp_path, path):
    data = tmp_path / "obs.csv"
    data.write_text("indicator,period,value\n")
    commands = [
        ["validate", path],
        ["info", path],
        ["graph", path, "--cycles", "--order", "--critical", "--redundant", "--coverage", "--conflicts"],
        ["graph", path, "--dot", "goals"],
        ["schedule", path, "--critical", "--ics", tmp_path / "out.ics"],
        ["schedule", path, "--start", "2026-01-05"],
        ["consult", path, "--ready", "2026-01-05", "--via", "rat"],
        ["monitor", path, "--data", data, "--as-of", "2025"],
        ["diff", path, path, "--json"],
        ["convert", path, tmp_path / "out.json"],
    ]
    for command in commands:
        result = cli(*command, timeout=60)
        # 0 or 1 (findings) or 2 (refused input): never a signal.
        assert result.returncode in (0, 1, 2), f"{command}: {result.returncode}\n{out(result)[-400:]}"
        if result.returncode == 2:
            assert out(result).strip(), f"{command}: exit 2 without a message"
