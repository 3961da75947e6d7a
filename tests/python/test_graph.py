# SPDX-License-Identifier: Apache-2.0
"""Graph analyses from Python."""

import pandas as pd
import pytest

import planwerk
from conftest import ROOT

BUDGET = ROOT / "examples" / "oberhausen" / "haushalt.txtpb"

RING = 'measures { id: "x" dependencies { predecessor_id: "y" } } measures { id: "y" dependencies { predecessor_id: "x" } }'


def test_order_chains_and_redundant_links(concept):
    g = concept.graph
    assert g.cycles().empty and list(g.cycles().columns) == ["cycle", "position", "measure"]
    order = g.order()
    assert list(order["position"]) == list(range(41))
    ids = list(order["measure"])
    assert ids[0] == "m-02"
    assert ids.index("m-13") < ids.index("m-14") < ids.index("m-15")
    chains = g.critical_chains()
    assert isinstance(chains["chain"].dtype, pd.CategoricalDtype)
    assert list(chains["chain"].cat.categories) == ["links", "duration"]
    links = chains[chains["chain"] == "links"]
    assert list(links["measure"]) == ["m-25", "m-26", "m-28"] and set(links["length"]) == {2}
    # m-23: 2017-01-02 to 2026-12-18 = 2600 weekdays; m-24: 2027-01-04 to
    # 2030-12-16 = 1031 weekdays; 2600 + 1031 = 3631.
    duration = chains[chains["chain"] == "duration"]
    assert list(duration["measure"]) == ["m-23", "m-24"] and set(duration["length"]) == {3631}
    redundant = g.redundant_links()
    assert redundant.to_dict("records") == [{"measure": "m-38", "predecessor": "m-35", "position": 0}]


def ids_of(frame, role):
    return list(frame.loc[frame["role"] == role, "id"])


def test_impact_of_delay_and_cancellation(concept):
    delay = concept.graph.impact("m-13", delay=10)
    assert delay.astype({"role": str}).to_dict("records") == [
        {"role": "downstream", "id": "m-14", "shift": 10},
        {"role": "downstream", "id": "m-15", "shift": 10},
        {"role": "goal", "id": "sz-2.2", "shift": 0},
        {"role": "goal", "id": "oz-2.2.2", "shift": 0},
        {"role": "guiding_goal", "id": "lz-bildung", "shift": 0},
    ]
    cancel = concept.graph.impact("m-25", cancel=True)
    assert ids_of(cancel, "downstream") == ["m-26", "m-28"]
    assert ids_of(cancel, "goal_without_active_measure") == []
    # Cancelling the last active measure of a goal leaves it unsupported.
    concept.set_measure_status("m-28", "cancelled")
    assert ids_of(concept.graph.impact("m-29", cancel=True), "goal_without_active_measure") == ["sz-4.2"]


def test_impact_bad_arguments(concept):
    with pytest.raises(planwerk.InvalidArgumentError, match="either delay=N or cancel=True"):
        concept.graph.impact("m-13")
    with pytest.raises(planwerk.InvalidArgumentError, match="either"):
        concept.graph.impact("m-13", delay=3, cancel=True)
    with pytest.raises(planwerk.InvalidArgumentError, match="whole number"):
        concept.graph.impact("m-13", delay=2.5)  # type: ignore[arg-type]
    with pytest.raises(planwerk.InvalidArgumentError, match="cannot be negative"):
        concept.graph.impact("m-13", delay=-1)
    with pytest.raises(planwerk.NotFoundError, match='no measure with id "nope"'):
        concept.graph.impact("nope", cancel=True)


def test_coverage_and_conflicts(concept):
    gaps = concept.graph.coverage()
    assert list(gaps["gap"].cat.categories) == [
        "goal_without_measures", "goal_without_indicators", "measure_without_goals", "indicator_without_goals",
        "actor_without_assignment",
    ]
    assert list(gaps.loc[gaps["gap"] == "goal_without_indicators", "id"]) == [
        "oz-2.1.1", "oz-2.2.2", "oz-3.1.1", "oz-4.1.1", "oz-5.1.1", "oz-6.1.1", "jz-2026-wegweiser",
    ]
    assert not (gaps["gap"] == "measure_without_goals").any()
    assert not (gaps["gap"] == "actor_without_assignment").any()
    assert concept.graph.conflicts().empty
    budget = planwerk.load(BUDGET)
    cross = concept.graph.cross_conflicts(budget)
    assert cross.astype({"side": str}).to_dict("records") == [
        {"first": "oberhausen-2025:sz-5.1", "second": "oberhausen-haushalt-2025:hk-konsolidierung",
         "side": "first", "measure": m}
        for m in ("m-30", "m-31", "m-32")
    ] + [
        {"first": "oberhausen-2025:sz-5.1", "second": "oberhausen-haushalt-2025:hk-konsolidierung",
         "side": "second", "measure": "hm-freiwillige-leistungen"}
    ]
    with pytest.raises(planwerk.ConflictError, match="already holds"):
        concept.graph.cross_conflicts(concept)


def test_cycles_block_order(tmp_path):
    c = planwerk.loads(RING, "text")
    assert c.graph.cycles().to_dict("records") == [
        {"cycle": 0, "position": 0, "measure": "x"},
        {"cycle": 0, "position": 1, "measure": "y"},
    ]
    with pytest.raises(planwerk.ConflictError, match='the first: "x" -> "y" -> "x"'):
        c.graph.order()
    with pytest.raises(planwerk.ConflictError):
        c.graph.critical_chains()


def test_dot_and_raw_tables(concept):
    dot = concept.graph.to_dot("goals")
    assert dot.startswith('digraph "goals" {')
    assert '"goal:sz-2.2" -> "goal:oz-2.2.1";' in dot
    across = concept.graph.to_dot("relations", planwerk.load(BUDGET))
    assert '"oberhausen-haushalt-2025:hk-konsolidierung" -> "oberhausen-2025:sz-5.1"' in across
    with pytest.raises(planwerk.InvalidArgumentError, match='unknown view "pie"'):
        concept.graph.to_dot("pie")
    with pytest.raises(planwerk.InvalidArgumentError, match="only the relations view"):
        concept.graph.to_dot("goals", planwerk.load(BUDGET))
    assert set(concept.graph.table("order")) == {"position", "measure"}
    with pytest.raises(planwerk.InvalidArgumentError, match='unknown analysis "nope"'):
        concept.graph.table("nope")
