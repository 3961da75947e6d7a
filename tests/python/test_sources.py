# SPDX-License-Identifier: Apache-2.0
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
    # The computed path beside the real sequences of papers that passed the
    # same committees (tests/sources/test_oparl.cpp counts them).
    consult = subprocess.run([cli, "consult", str(out), "--ready", "2026-01-05", "--via", "gr-36218,gr-32130"],
                             capture_output=True, text=True)
    assert consult.returncode == 0, consult.stderr
    assert "9 papers passed the same committees in the same order" in consult.stdout
    assert "  2022/0062  2022-02-02 to 2022-02-22  15 working days" in consult.stdout
    bad = subprocess.run([cli, "import", "oparl", str(KARLSRUHE)], capture_output=True, text=True)
    assert bad.returncode == 2 and "no --out FILE given" in bad.stderr


# ---- a live server on the loopback address (tests/python/oparl_server.py) ----

from oparl_server import OparlServer  # noqa: E402


def _same(a, b):
    return a.to_bytes("binary") == b.to_bytes("binary")


def test_url_reads_every_page_and_equals_the_folder_import():
    with OparlServer(KARLSRUHE) as server:
        concept, warnings, stats = planwerk.sources.import_oparl_url(server.base + "/oparl/system")
    from_folder, folder_warnings = planwerk.sources.import_oparl(KARLSRUHE)
    # The lists hold 97 organisations, 84 meetings and 115 papers: 5 + 5 + 6
    # pages of 20 plus the body list.
    assert stats["pages"] == 1 + 5 + 5 + 6
    assert stats["requests"] == 1 + stats["pages"]  # the system, then each page once
    assert len(concept.committees) == 18 and len(concept.proposals) == 115
    # The same concept as from the files (the list pages lack consultations.json,
    # whose 262 orphan consultations are the folder's warnings).
    assert _same(concept, from_folder)
    assert len(warnings) == 0 and len(folder_warnings) == 262
    # Nothing left the loopback address: every request reached this server.
    assert all(path.startswith("/oparl/") for path in server.requests)


def test_cache_asks_only_for_what_changed(tmp_path):
    cache = tmp_path / "cache"
    with OparlServer(KARLSRUHE) as server:
        first, _, stats1 = planwerk.sources.import_oparl_url(server.base + "/oparl/system", cache=cache)
        assert stats1["modified_since"] == ""
        state = json.loads((cache / "state.json").read_text())
        assert state["modified_since"].endswith("Z")
        # One paper changes on the server after the first read.
        paper = server.lists["papers"][0]
        paper["name"] = "Geänderter Titel"
        paper["modified"] = "2099-01-01T00:00:00+01:00"
        server.requests.clear()
        second, _, stats2 = planwerk.sources.import_oparl_url(server.base + "/oparl/system", into=first, cache=cache)
    assert stats2["modified_since"] == state["modified_since"]
    # Each of the three lists answers with one page (only the changed paper).
    assert stats2["pages"] == 1 + 3
    assert all("modified_since=" in p for p in server.requests if p.startswith(("/oparl/papers", "/oparl/meetings")))
    changed = next(p for p in second.proposals if p.source_id == paper["id"])
    assert changed.title == "Geänderter Titel"
    assert len(second.proposals) == 115 and len(second.committees) == 18


def test_retries_after_503_and_gives_up_on_time_outs():
    with OparlServer(KARLSRUHE) as server:
        server.fail_once = {"/oparl/meetings"}
        concept, _, stats = planwerk.sources.import_oparl_url(server.base + "/oparl/system", backoff=0.01)
        # Each of the 5 pages of meetings is answered 503 once, then 200.
        assert stats["retries"] == 5 and len(concept.proposals) == 115
        assert stats["requests"] == 18 + 5
        server.slow, server.delay = {"/oparl/papers"}, 1.0
        with pytest.raises(planwerk.FileError, match=r"/oparl/papers.*tried 2 times"):
            planwerk.sources.import_oparl_url(server.base + "/oparl/system", timeout=0.2, retries=1, backoff=0.01)


def test_the_request_budget_and_bad_urls():
    with OparlServer(KARLSRUHE) as server:
        with pytest.raises(planwerk.OutOfRangeError, match="request budget of 5 requests"):
            planwerk.sources.import_oparl_url(server.base + "/oparl/system", request_budget=5)
        with pytest.raises(planwerk.FileError, match="HTTP 404"):
            planwerk.sources.import_oparl_url(server.base + "/oparl/nothing-here")
    with pytest.raises(planwerk.InvalidArgumentError, match="only http and https"):
        planwerk.sources.import_oparl_url("file:///etc/passwd")


def test_objects_the_lists_miss_are_read_one_by_one():
    with OparlServer(KARLSRUHE) as server:
        concept, warnings, stats = planwerk.sources.import_oparl_url(server.base + "/oparl/small")
        asked = list(server.requests)
    # The organisation of the meeting was read by its URL; the other is gone.
    assert "/oparl/small/org/1" in asked and "/oparl/small/org/404" in asked
    assert [c.name for c in concept.committees] == ["Integrationsrat"]
    assert len(concept.committees[0].meeting_records) == 1
    gone = warnings[warnings.object_id.str.endswith("/org/404")]
    assert "missing on the server (HTTP 404)" in gone.message.iloc[0]


def test_cli_import_from_a_url(tmp_path):
    cli = os.environ.get("PLANWERK_CLI", str(ROOT / "build" / "release" / "src" / "cli" / "planwerk"))
    out = tmp_path / "k.txtpb"
    with OparlServer(KARLSRUHE) as server:
        done = subprocess.run([cli, "import", "oparl", "--url", server.base + "/oparl/system", "--cache",
                               str(tmp_path / "c"), "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "fetched 17 list pages in 18 requests (0 retries)" in done.stdout
    assert len(planwerk.load(out).proposals) == 115


def test_imported_meetings_in_the_calendar_read_by_an_independent_parser():
    import datetime

    import icalendar

    import planwerk.schedule

    concept, _ = planwerk.sources.import_oparl(KARLSRUHE)
    rat = next(c for c in concept.committees if c.id == "gr-32130")
    record = rat.meeting_records[0]
    record.cancelled = True  # 2022-02-22
    concept.put(rat)
    ics = planwerk.schedule.to_icalendar(concept, scheduled=False, stamp="20260101T000000Z", parts=["meetings"])
    events = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")}
    assert len(events) == 84  # every recorded meeting, the cancelled one as cancelled
    assert sum(uid.startswith("meeting-gr-32130-") for uid in events) == 17
    held = events["meeting-gr-32130-20220329@oparl-import.planwerk"]
    # "start": "2022-03-29T15:30:00+02:00": local (floating) time
    assert held.decoded("DTSTART") == datetime.datetime(2022, 3, 29, 15, 30)
    assert str(held["LOCATION"]) == "Bürgersaal, Rathaus am Marktplatz"
    assert str(events["meeting-gr-32130-20220222@oparl-import.planwerk"]["STATUS"]) == "CANCELLED"
    # One committee's calendar: its 17 meetings only; an unknown id is refused.
    council = planwerk.schedule.to_icalendar(concept, scheduled=False, stamp="20260101T000000Z",
                                             parts=["meetings"], committees=["gr-32130"])
    assert len(icalendar.Calendar.from_ical(council).walk("VEVENT")) == 17
    with pytest.raises(planwerk.NotFoundError, match="nope"):
        planwerk.schedule.to_icalendar(concept, scheduled=False, committees=["nope"])
