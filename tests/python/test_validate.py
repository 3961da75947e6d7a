"""Validation from Python."""

import planwerk
from planwerk import Kind, Severity


def test_sample_diagnostics(concept):
    found = concept.validate()
    assert [(d.code, d.severity, d.entity) for d in found] == [
        ("PW115", Severity.WARNING, "m-09"),
        ("PW115", Severity.WARNING, "m-31"),
        ("PW108", Severity.WARNING, "ak-flucht"),
    ]
    assert found[0].kind is Kind.MEASURE
    assert found[0].field == "measures[8].contributions[1]"
    assert str(found[2]) == (
        'PW108 warning ak-flucht: committee "ak-flucht" must meet at least 2 times per year, but 2027 has 1'
    )
    assert not planwerk.has_errors(found)


def test_check_reports_structure_of_documents_that_do_not_load(sample_path):
    assert [d.code for d in planwerk.validate_file(sample_path)] == ["PW115", "PW115", "PW108"]
    found = planwerk.validate_bytes('{"goals": [{"id": "g", "parent_goal_id": "nope"}]}', "json")
    assert [(d.code, d.entity) for d in found] == [("PW003", "g")]
    assert planwerk.has_errors(found)


def test_rules_on_a_hand_built_concept():
    c = planwerk.Concept("test")
    c.put(planwerk.pb.Actor(id="ki"))
    c.put(planwerk.pb.Goal(id="g", kind=planwerk.pb.GOAL_KIND_STRATEGIC, responsible_actor_id="ki"))
    # A strategic goal without an indicator is not measurable (PW102), and
    # with neither action field nor parent it has no place (PW118).
    assert [d.code for d in c.validate()] == ["PW102", "PW118"]
    c.put(
        {
            "id": "i",
            "polarity": "POLARITY_HIGHER_IS_BETTER",
            "goal_ids": ["g"],
            "baselines": [{"value": 10, "date": "2024-12-31"}],
            "targets": [{"value": 12, "date": "2030-12-31"}],
        },
        kind="indicator",
    )
    assert [d.code for d in c.validate()] == ["PW118"]


def test_diagnostic_codes_are_listed():
    codes = {c.code: c for c in planwerk.diagnostic_codes()}
    assert codes["PW102"].name == "strategic-goal-not-measurable"
    assert codes["PW108"].severity is Severity.WARNING
    assert len(codes) >= 25


def test_every_code_is_documented():
    from conftest import ROOT

    text = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    for c in planwerk.diagnostic_codes():
        assert f"| {c.code} | {c.severity.name.lower()} | `{c.name}` |" in text, c.code
