# SPDX-License-Identifier: Apache-2.0
"""Workspaces from Python: versions with observations out to every archive
format and back, copies that do not alias, and damaged input."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import planwerk
from planwerk.history import Version, Workspace
from planwerk.monitor import read_observations

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "oberhausen"


@pytest.fixture(scope="module")
def versions():
    old = planwerk.load(SAMPLE / "concept-2020.txtpb")
    new = planwerk.load(SAMPLE / "concept.txtpb")
    return old, new, read_observations(new, SAMPLE / "observations.csv")


def _same_observations(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert len(a) == len(b)
    for column in ("indicator", "district", "group"):
        assert list(a[column].astype(str)) == list(b[column].astype(str))
    assert np.array_equal(a["period"], b["period"])
    for column in ("value", "numerator", "denominator", "cases"):
        assert np.array_equal(a[column].to_numpy(), b[column].to_numpy(), equal_nan=True)
    assert np.array_equal(a["flags"], b["flags"]) and np.array_equal(a["status"], b["status"])


@pytest.mark.parametrize("format", ["binary", "text", "xml"])
def test_round_trip_in_every_format(versions, tmp_path, format):
    old, new, observations = versions
    w = Workspace()
    w.add("2020", old)
    w.add("Fortschreibung 2025", new, observations)
    assert len(w) == 2 and w.labels == ["2020", "Fortschreibung 2025"]

    for back in (Workspace.from_bytes(w.to_bytes(format)), _saved(w, tmp_path / f"w.{format}.pww", format)):
        assert back.labels == ["2020", "Fortschreibung 2025"]
        first, second = back[0], back[1]
        assert isinstance(first, Version)
        assert first.concept.id == "oberhausen-2020" and len(first.observations) == 0
        assert second.concept.id == "oberhausen-2025"
        assert second.concept.measures.ids() == new.measures.ids()
        # examples/oberhausen/observations.csv: 754 lines, a comment and a header.
        assert len(second.observations) == 752
        _same_observations(second.observations, observations)
        assert back[-1].label == "Fortschreibung 2025"


def _saved(w: Workspace, path: Path, format: str) -> Workspace:
    w.save(path, format)
    return Workspace.load(path)


def test_versions_are_copies(versions):
    old, new, _ = versions
    w = Workspace()
    w.add("2025", new)
    copy = w[0].concept
    first = copy.measures[0].id
    copy.set_measure_status(first, planwerk.pb.MEASURE_STATUS_SUSPENDED)
    assert copy.measures[0].status == planwerk.pb.MEASURE_STATUS_SUSPENDED
    assert w[0].concept.measures[0].status == new.measures[0].status != planwerk.pb.MEASURE_STATUS_SUSPENDED
    # The caller's concept is copied on adding as well.
    mine = planwerk.load(SAMPLE / "concept.txtpb")
    w.add("mine", mine)
    mine.set_measure_status(first, planwerk.pb.MEASURE_STATUS_SUSPENDED)
    assert w[1].concept.measures[0].status == new.measures[0].status


def test_observations_that_do_not_fit_leave_the_workspace_alone(versions):
    old, new, observations = versions
    w = Workspace()
    w.add("2025", new, observations)
    empty = planwerk.Concept("empty")
    with pytest.raises(planwerk.InvalidArgumentError, match="indicator"):
        w.add("broken", empty, {"indicator": np.zeros(1, np.int32), "period": [2020], "value": [1.0]})
    assert w.labels == ["2025"]


def test_damaged_and_wrong_input(versions, tmp_path):
    old, _, _ = versions
    w = Workspace()
    w.add("2020", old)
    data = w.to_bytes()
    with pytest.raises(planwerk.ParseError, match="truncated"):
        Workspace.from_bytes(data[: len(data) // 2], "half.pww")
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x20
    with pytest.raises(planwerk.ParseError, match="checksum"):
        Workspace.from_bytes(bytes(flipped))
    with pytest.raises(planwerk.ParseError, match="concept-2020.txtpb"):
        Workspace.load(SAMPLE / "concept-2020.txtpb")
    with pytest.raises(planwerk.FileError):
        Workspace.load(tmp_path / "missing.pww")
    with pytest.raises(planwerk.InvalidArgumentError, match="binary, text or xml"):
        w.to_bytes("zip")
    with pytest.raises(planwerk.OutOfRangeError, match="past the workspace's 1 versions"):
        w[1]
