# SPDX-License-Identifier: Apache-2.0
"""Change reports from Python, on the sample and its illustrative predecessor."""

from pathlib import Path

import pandas as pd
import pytest

import planwerk
from planwerk.history import diff

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "oberhausen"


def test_predecessor_to_sample():
    old = planwerk.load(SAMPLE / "concept-2020.txtpb")
    new = planwerk.load(SAMPLE / "concept.txtpb")
    changes = diff(old, new, {"ind-sgb2": "ind-sgb2-quote"})
    assert list(changes.columns) == ["kind", "change", "id", "old_id", "field", "before", "after"]
    assert list(changes["change"].cat.categories) == [
        "added", "removed", "renamed", "retitled", "moved", "target_changed", "deadline_changed",
        "responsibility_changed",
    ]
    rows = [tuple(r) for r in changes.astype({"kind": str, "change": str}).itertuples(index=False)]
    assert ("goal", "responsibility_changed", "sz-3.2", "sz-3.2", "responsible_actor_id", "jobcenter", "ki") in rows
    assert ("indicator", "renamed", "ind-sgb2-quote", "ind-sgb2", "id", "ind-sgb2", "ind-sgb2-quote") in rows
    kinds = {(r[0], r[1]) for r in rows}
    assert ("goal", "added") in kinds and ("goal", "removed") in kinds
    assert ("measure", "moved") in kinds and ("indicator", "target_changed") in kinds
    # Missing values are None, not "": an added goal has no old id, no field.
    added = changes[changes["change"] == "added"].iloc[0]
    assert pd.isna(added["old_id"]) and pd.isna(added["field"]) and added["id"]
    assert diff(new, new).empty


def test_bad_rename():
    new = planwerk.load(SAMPLE / "concept.txtpb")
    with pytest.raises(planwerk.InvalidArgumentError, match="rename"):
        diff(new, new, {"a": "b"})
