# SPDX-License-Identifier: Apache-2.0
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


def test_diagnostic_codes_are_a_frame():
    codes = planwerk.diagnostic_codes()
    assert list(codes.columns) == ["code", "severity", "name", "summary"]
    assert list(codes["severity"].cat.categories) == ["error", "warning", "info"]
    by_code = codes.set_index("code")
    assert by_code.loc["PW102", "name"] == "strategic-goal-not-measurable"
    assert by_code.loc["PW108", "severity"] == "warning"
    assert list(codes["code"]) == sorted(codes["code"]) and len(codes) >= 25


def test_every_code_is_documented():
    from conftest import ROOT

    text = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    for c in planwerk.diagnostic_codes().itertuples(index=False):
        assert f"| {c.code} | {c.severity} | `{c.name}` |" in text, c.code


def test_findings_are_a_list_with_a_frame(sample_path):
    found = planwerk.validate_file(sample_path)
    assert isinstance(found, planwerk.Diagnostics) and isinstance(found, list)
    assert found == list(found) and not found.has_errors
    frame = found.to_frame()
    # The sample's three: m-09 and m-31 miss interim deadlines (PW115), ak-flucht
    # meets too rarely (PW108).
    assert list(frame["code"]) == ["PW115", "PW115", "PW108"]
    assert list(frame["kind"].astype(str)) == ["measure", "measure", "committee"]
    assert list(frame["severity"].astype(str)) == ["warning"] * 3
    assert list(frame["entity"]) == ["m-09", "m-31", "ak-flucht"]
    broken = planwerk.validate_bytes('{"goals": [{"id": "g", "parent_goal_id": "nope"}]}', "json")
    assert broken.has_errors and broken.to_frame()["severity"].astype(str).tolist() == ["error"]
    assert len(planwerk.Diagnostics().to_frame()) == 0
