"""planwerk.sources: the OParl import from Python, against the real
Karlsruhe mirror (../shared/data/oparl/karlsruhe). Expected counts were
taken from the files with the json module (tests/sources/test_oparl.cpp)."""

import json
import os
import subprocess

import pytest

import planwerk
import planwerk.sources
from conftest import ROOT, SHARED_DATA

KARLSRUHE = SHARED_DATA / "oparl" / "karlsruhe"
BODY = "https://web1.karlsruhe.de/oparl/bodies/0001/"


def test_folder_into_a_new_concept():
    concept, warnings = planwerk.sources.import_oparl(KARLSRUHE)
    assert len(concept.committees) == 18
    assert len(concept.proposals) == 115
    assert list(warnings.columns) == ["object_id", "origin", "message"]
    # consultations.json: 262 consultations of papers the mirror lacks
    assert len(warnings) == 262
    assert warnings.message.str.contains("is not in the data").all()
    paper = next(p for p in concept.proposals if p.source_id == BODY + "papers/vo/46516")
    # listed council-first in the file; the committee met a week earlier
    assert [c.date for c in paper.consultations] == ["2022-03-22", "2022-03-29"]
    assert paper.consultations[1].committee_id == "gr-32130"


def test_merge_with_a_mapping_keeps_the_concept_passed_in(concept):
    before = concept.to_bytes("binary")
    merged, _ = planwerk.sources.import_oparl(
        KARLSRUHE, into=concept, council=BODY + "organizations/gr/32130",
        committees={BODY + "organizations/gr/32130": "rat"},
    )
    assert concept.to_bytes("binary") == before
    rat = next(c for c in merged.committees if c.id == "rat")
    assert rat.source_id == BODY + "organizations/gr/32130"
    assert len(rat.meeting_records) == 17
    # the sample's 6 committees + 17 new ones
    assert len(merged.committees) == len(concept.committees) + 17


def test_ambiguous_and_unknown_mappings_raise():
    with pytest.raises(planwerk.NotFoundError, match="no committee with that id"):
        planwerk.sources.import_oparl(KARLSRUHE, committees={BODY + "organizations/gr/32130": "rat"})
    base = planwerk.Concept("c")
    base.put(planwerk.pb.Committee(id="gr", name="Gemeinderat"))
    with pytest.raises(planwerk.ConflictError, match="has the name of committee \"gr\""):
        planwerk.sources.import_oparl(KARLSRUHE, into=base)
    with pytest.raises(planwerk.FileError):
        planwerk.sources.import_oparl(SHARED_DATA / "no-such-folder")
    with pytest.raises(planwerk.ParseError):
        planwerk.sources.import_oparl_documents([], council=None, committees={"a": ""})


def test_documents_in_memory():
    page = {"data": [
        {"id": "https://x/org/1", "type": "https://schema.oparl.org/1.0/Organization", "name": "Rat"},
        {"id": "https://x/m/1", "type": "https://schema.oparl.org/1.0/Meeting", "start": "2024-05-02T18:30:00+02:00",
         "organization": ["https://x/org/1"], "cancelled": True},
    ], "links": {}}
    concept, warnings = planwerk.sources.import_oparl_documents([json.dumps(page), b"{\"id\": "])
    record = concept.committees[0].meeting_records[0]
    assert (record.date, record.start_time, record.cancelled) == ("2024-05-02", "18:30", True)
    assert warnings.origin.tolist() == ["document 1"]
    assert "not JSON" in warnings.message[0]


def test_cli_import(tmp_path):
    cli = os.environ.get("PLANWERK_CLI", str(ROOT / "build" / "release" / "src" / "cli" / "planwerk"))
    out = tmp_path / "k.txtpb"
    done = subprocess.run([cli, "import", "oparl", str(KARLSRUHE), "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "committees: 18 added" in done.stdout
    assert "proposals: 115 added, 0 updated, with 275 consultations" in done.stdout
    assert done.stderr.count("warning: ") == 262
    assert len(planwerk.load(out).proposals) == 115
    bad = subprocess.run([cli, "import", "oparl", str(KARLSRUHE)], capture_output=True, text=True)
    assert bad.returncode == 2 and "no --out FILE given" in bad.stderr
