"""Change reports from Python, on the sample and its illustrative predecessor."""

from pathlib import Path

import pytest

import planwerk
from planwerk.history import Change, diff

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "oberhausen"


def test_predecessor_to_sample():
    old = planwerk.load(SAMPLE / "concept-2020.txtpb")
    new = planwerk.load(SAMPLE / "concept.txtpb")
    changes = diff(old, new, {"ind-sgb2": "ind-sgb2-quote"})
    assert Change("goal", "responsibility_changed", "sz-3.2", "sz-3.2", "responsible_actor_id", "jobcenter", "ki") in changes
    assert Change("indicator", "renamed", "ind-sgb2-quote", "ind-sgb2", "id", "ind-sgb2", "ind-sgb2-quote") in changes
    kinds = {(c.kind, c.change) for c in changes}
    assert ("goal", "added") in kinds and ("goal", "removed") in kinds
    assert ("measure", "moved") in kinds and ("indicator", "target_changed") in kinds
    assert diff(new, new) == []


def test_bad_rename():
    new = planwerk.load(SAMPLE / "concept.txtpb")
    with pytest.raises(planwerk.InvalidArgumentError, match="rename"):
        diff(new, new, {"a": "b"})
