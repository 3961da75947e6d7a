# SPDX-License-Identifier: Apache-2.0
"""The one result type in Python: every analysis comes back as a pandas
DataFrame with the column types of planwerk's frames (docs/c-api.md#frames)."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest

import planwerk
import planwerk.history
import planwerk.monitor as pm
from planwerk._frame import to_dataframe
from planwerk.schedule import schedule


def test_types_and_missing_values_map_to_pandas():
    # What the core hands over for each column type, one missing value each
    # in the second row (validity 0).
    missing = np.array([1, 0], dtype=np.uint8)
    frame = to_dataframe([
        ("r", "real", np.array([1.5, np.nan]), None, None),
        ("i", "integer", np.array([7, 0], dtype=np.int64), None, missing),
        ("c", "category", np.array([1, -1], dtype=np.int32), ["a", "b"], None),
        ("t", "text", ["x", ""], None, missing),
        # 20454 days after 1970-01-01 is 2026-01-01 (56 years, 14 of them leap: 56 * 365 + 14 = 20454).
        ("d", "date", np.array([20454, 0], dtype=np.int64), None, missing),
        ("b", "boolean", np.array([1, 0], dtype=np.uint8), None, missing),
    ])
    assert list(frame.columns) == ["r", "i", "c", "t", "d", "b"]
    assert frame["r"].dtype == np.float64 and np.isnan(frame["r"][1])
    assert str(frame["i"].dtype) == "Int64" and frame["i"][0] == 7 and frame["i"][1] is pd.NA
    assert list(frame["c"].cat.categories) == ["a", "b"] and frame["c"][0] == "b" and pd.isna(frame["c"][1])
    assert frame["t"][0] == "x" and pd.isna(frame["t"][1])  # None, or NaN under pandas 3's string type
    assert frame["d"][0] == pd.Timestamp(2026, 1, 1) and pd.isna(frame["d"][1])
    assert str(frame["b"].dtype) == "boolean" and bool(frame["b"][0]) and frame["b"][1] is pd.NA


def test_without_missing_values_columns_keep_plain_numpy_dtypes():
    frame = to_dataframe([
        ("i", "integer", np.array([1, 2], dtype=np.int64), None, None),
        ("b", "boolean", np.array([0, 1], dtype=np.uint8), None, None),
    ])
    assert frame["i"].dtype == np.int64 and frame["b"].dtype == bool


def test_every_result_is_a_dataframe(concept, tmp_path):
    g = concept.graph
    for result in (g.cycles(), g.order(), g.critical_chains(), g.redundant_links(), g.coverage(), g.conflicts(),
                   g.impact("m-13", delay=1), schedule(concept).table,
                   planwerk.history.diff(concept, concept), pm.process_status(concept, "2025-12-31").status):
        assert isinstance(result, pd.DataFrame)


def test_process_status_names_its_two_frames(concept):
    process = pm.process_status(concept, dt.date(2025, 12, 31))
    assert list(process.status.columns[:3]) == ["level", "id", "measures"]
    assert list(process.status["level"].cat.categories) == ["goal", "action_field", "concept"]
    # The concept's row counts every measure of the sample once: 41.
    whole = process.status[process.status["level"] == "concept"]
    assert len(whole) == 1 and int(whole["measures"].iloc[0]) == 41
    assert "participants" in process.participation.columns
    with pytest.raises(planwerk.InvalidArgumentError, match="as_of"):
        pm.process_status(concept, "")


def test_every_field_of_every_entity_as_a_dataframe(concept):
    measures = concept.measures.to_frame()
    assert len(measures) == 41 and list(measures.columns[:3]) == ["id", "title", "description"]
    # The frame says what the schema messages say, field by field.
    m14 = measures.set_index("id").loc["m-14"]
    message = concept.measures["m-14"]
    assert m14["title"] == message.title
    assert m14["start"] == pd.Timestamp(message.start) == pd.Timestamp(2026, 8, 3)
    assert m14["status"] == "planned"
    assert '"predecessor_id":"m-13"' in m14["dependencies"]
    assert pd.isna(m14["actual_start"])
    assert list(measures["status"].cat.categories[:3]) == ["unspecified", "proposed", "planned"]
    header = concept.header_frame()
    assert len(header) == 1 and header["id"][0] == "oberhausen-2025"
    assert header["period_start"][0] == pd.Timestamp(2025, 10, 1)
    assert "measures" not in header.columns
    for kind in planwerk.Kind:
        assert len(concept.entities(kind).to_frame()) == len(concept.entities(kind))
