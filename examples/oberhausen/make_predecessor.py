#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes concept-2020.txtpb: an ILLUSTRATIVE predecessor of the sample
concept, for change reports (`planwerk diff concept-2020.txtpb concept.txtpb
--rename ind-sgb2=ind-sgb2-quote`). The differences are invented to show each
kind of change; they do not describe Oberhausen's 2020 concept.

Needs the planwerk Python package (for the schema classes). Deterministic.
"""
from pathlib import Path

from google.protobuf import text_format

import planwerk

here = Path(__file__).parent
doc = text_format.Parse((here / "concept.txtpb").read_text(encoding="utf-8"), planwerk.pb.Concept())

doc.id = "oberhausen-2020"
doc.version_label = "2020"
doc.status = planwerk.pb.CONCEPT_STATUS_SUPERSEDED
doc.adoption_date = "2020-06-29"
del doc.predecessors[:]

# Goals the 2025 update added: not yet there, nor any reference to them.
added_later = {"jz-2026-konferenz", "jz-2026-wegweiser"}
kept = [g for g in doc.goals if g.id not in added_later]
del doc.goals[:]
doc.goals.extend(kept)
for ind in doc.indicators:
    ids = [g for g in ind.goal_ids if g not in added_later]
    del ind.goal_ids[:]
    ind.goal_ids.extend(ids)
for m in doc.measures:
    kept_contributions = [c for c in m.contributions if c.goal_id not in added_later]
    del m.contributions[:]
    m.contributions.extend(kept_contributions)
for ms in doc.milestones:
    if ms.goal_id in added_later:
        ms.goal_id = ""

# A goal the update dropped.
doc.goals.add(id="sz-1.3", kind=planwerk.pb.GOAL_KIND_STRATEGIC, title="Interkulturelle Woche jährlich ausrichten",
              action_field_id="hf-teilhabe", responsible_actor_id="ki", priority=3, deadline="2024-12-31")

goals = {g.id: g for g in doc.goals}
goals["sz-1.1"].title = "Politische Teilhabe von Zugewanderten stärken"
goals["sz-3.2"].responsible_actor_id = "jobcenter"
goals["oz-2.1.1"].deadline = "2026-07-31"

measures = {m.id: m for m in doc.measures}
measures["m-20"].action_field_id = "hf-beratung"
measures["m-21"].end = "2028-12-15"

indicators = {i.id: i for i in doc.indicators}
u3 = indicators["ind-betreuung-u3"]
del u3.targets[:]
u3.targets.add(value=28, date="2028-03-01", kind=planwerk.pb.TARGET_KIND_FINAL)
indicators["ind-sgb2-quote"].id = "ind-sgb2"  # renamed in 2025

out = here / "concept-2020.txtpb"
out.write_text("# ILLUSTRATIVE predecessor of concept.txtpb, written by make_predecessor.py.\n"
               + text_format.MessageToString(doc, as_utf8=True), encoding="utf-8")
print(out)
