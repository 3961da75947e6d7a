# SPDX-License-Identifier: Apache-2.0
"""Loading, conversion and the package surface."""

import datetime as dt
import pathlib

import pytest

import planwerk
from planwerk import pb


def test_schema_version():
    # The version itself: tests/python/test_release.py.
    assert planwerk.SCHEMA_VERSION == 1


def test_load_sample_header_and_counts(concept):
    assert concept.id == "oberhausen-2025"
    assert concept.municipality == "Stadt Oberhausen"
    assert concept.status == pb.CONCEPT_STATUS_ADOPTED
    assert concept.adoption_date == dt.date(2025, 9, 29)
    assert concept.period == (dt.date(2025, 10, 1), dt.date(2030, 12, 31))
    assert [p.id for p in concept.predecessors] == ["kiko", "ki-arbeiten", "hki-frueher"]
    counts = concept.counts()
    assert counts["goals"] == 27
    assert counts["measures"] == 41
    assert counts["indicators"] == 17
    assert counts["districts"] == 6
    assert counts["action_fields"] == 6
    assert len(concept.goals) == 27


def test_attribute_access_to_every_kind(concept):
    for kind in planwerk.Kind:
        entities = concept.entities(kind)
        assert len(entities) == len(getattr(concept, kind.list_name))
        for item in entities:
            assert isinstance(item, kind.message_type)
            assert item.id
    goal = concept.goals["oz-1.1.1"]
    assert goal.kind == pb.GOAL_KIND_OPERATIONAL
    assert goal.parent_goal_id == "sz-1.1"
    assert goal.responsible_actor_id == "fb-buergerservice"
    measure = concept.measures[13]
    assert measure.id == "m-14"
    assert [(c.goal_id, c.weight if c.HasField("weight") else None) for c in measure.contributions] == [
        ("oz-2.2.2", None),
        ("sz-2.2", 0.5),
    ]
    assert measure.dependencies[0].predecessor_id == "m-13"
    assert measure.dependencies[0].lag == 20
    assert "m-14" in concept.measures
    assert "m-99" not in concept.measures
    assert concept.measures[-1].id == "m-41"
    assert [m.id for m in concept.measures[:2]] == ["m-01", "m-02"]


def test_entities_are_copies(concept):
    goal = concept.goals["sz-1.1"]
    goal.title = "changed in Python only"
    assert concept.goals["sz-1.1"].title != "changed in Python only"


def test_lookup_errors(concept):
    with pytest.raises(planwerk.NotFoundError) as info:
        concept.goals["nope"]
    assert isinstance(info.value, KeyError)
    assert str(info.value) == 'no goal with id "nope"'
    with pytest.raises(IndexError, match="past the end"):
        concept.goals[27]
    with pytest.raises(planwerk.InvalidArgumentError, match="unknown kind 'gaol'"):
        concept.entities("gaol")


@pytest.mark.parametrize("fmt", ["binary", "json", "text"])
def test_bytes_round_trip(concept, fmt):
    data = concept.to_bytes(fmt)
    again = planwerk.loads(data)  # format detected from content
    assert again.to_bytes("binary") == concept.to_bytes("binary")


def test_proto_and_dict_round_trip(concept):
    message = concept.to_proto()
    assert isinstance(message, pb.Concept)
    assert planwerk.from_proto(message).to_bytes() == concept.to_bytes()
    d = concept.to_dict()
    assert d["measures"][13]["id"] == "m-14"
    assert d["measures"][13]["dependencies"][0] == {
        "predecessor_id": "m-13",
        "type": "LINK_TYPE_FS",
        "lag": 20,
        "lag_unit": "LAG_UNIT_WORKING_DAYS",
    }
    assert planwerk.from_dict(d).to_bytes() == concept.to_bytes()


def test_save_and_load_every_format(concept, tmp_path: pathlib.Path):
    for name in ("c.pb", "c.json", "c.txtpb"):
        concept.save(tmp_path / name)
        assert planwerk.load(tmp_path / name).to_bytes() == concept.to_bytes()
    with pytest.raises(planwerk.InvalidArgumentError, match="extension names no format"):
        concept.save(tmp_path / "c.unknown")


def test_file_errors(tmp_path: pathlib.Path):
    with pytest.raises(planwerk.FileError) as info:
        planwerk.load(tmp_path / "absent.json")
    assert isinstance(info.value, OSError)
    assert "absent.json: cannot open for reading" in str(info.value)
    assert info.value.code == 2


def test_parse_errors_name_the_position():
    with pytest.raises(planwerk.ParseError, match="line 2, column 7"):
        planwerk.loads('id: "x"\ntitle x', "text")  # "title" is columns 1-5, x is column 7
    with pytest.raises(planwerk.ParseError, match="not valid JSON"):
        planwerk.loads('{"id": 3', "json")
    with pytest.raises(planwerk.ParseError, match="truncated or corrupt"):
        planwerk.loads(b"\x12\x40short", "binary")
    with pytest.raises(planwerk.ParseError, match="tittle"):
        planwerk.from_dict({"tittle": "x"})


def test_newer_schema_is_refused():
    with pytest.raises(planwerk.UnsupportedVersionError, match="schema version 9"):
        planwerk.loads('{"schema_version": 9, "future_field": true}', "json")


def test_structural_problems_carry_all_diagnostics():
    text = 'goals { id: "g" parent_goal_id: "x" } goals { id: "g" } measures { id: "m" start: "2025-02-30" }'
    with pytest.raises(planwerk.ModelError) as info:
        planwerk.loads(text, "text")
    found = [(d.code, d.entity, d.field) for d in info.value.diagnostics]
    assert found == [
        ("PW002", "g", "goals[1].id"),
        ("PW003", "g", "goals[0].parent_goal_id"),
        ("PW004", "m", "measures[0].start"),
    ]
    assert all(d.severity is planwerk.Severity.ERROR for d in info.value.diagnostics)


def test_bad_format_name():
    with pytest.raises(planwerk.InvalidArgumentError, match="unknown format 'yaml'"):
        planwerk.loads(b"", "yaml")
    with pytest.raises(planwerk.InvalidArgumentError):
        planwerk.from_proto("not a message")  # type: ignore[arg-type]


def test_type_information_ships_with_the_package():
    import importlib.resources

    files = importlib.resources.files("planwerk")
    assert (files / "py.typed").is_file()
    assert (files / "_core.pyi").is_file()
    assert (files / "v1" / "concept_pb2.pyi").is_file()
