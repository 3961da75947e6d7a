// SPDX-License-Identifier: Apache-2.0
// OParl import against the real files in ../shared/data/oparl (their README
// says what each holds); the expected counts were taken from the files with
// Python's json module, independently of this reader.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <google/protobuf/util/message_differencer.h>

#include "planwerk/error.hpp"
#include "support/text.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/model/validate.hpp"
#include "planwerk/schedule/icalendar.hpp"
#include "planwerk/schedule/meetings.hpp"
#include "planwerk/sources/oparl.hpp"

namespace planwerk::sources::oparl {
namespace {

const std::string data_dir = std::string(PLANWERK_SHARED_DATA) + "/oparl/";
const std::string karlsruhe = data_dir + "karlsruhe";
const std::string body = "https://web1.karlsruhe.de/oparl/bodies/0001/";

using test::read_file;

model::Concept empty_concept() {
  v1::Concept doc;
  doc.set_id("import");
  return model::from_proto(doc);
}

std::size_t count_of(const std::string& text, std::string_view part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::size_t warnings_saying(const std::vector<Warning>& warnings, std::string_view text) {
  return static_cast<std::size_t>(std::count_if(warnings.begin(), warnings.end(), [&](const Warning& w) {
    return w.message.find(text) != std::string::npos;
  }));
}

const model::Committee& committee_from(const model::Concept& c, const std::string& source) {
  for (const auto& k : c.committees()) {
    if (k.source_id == source) return k;
  }
  throw std::runtime_error("no committee from " + source);
}

const model::Proposal& proposal_from(const model::Concept& c, const std::string& source) {
  for (const auto& p : c.proposals()) {
    if (p.source_id == source) return p;
  }
  throw std::runtime_error("no proposal from " + source);
}

TEST(OparlKarlsruhe, ReadsEveryObject) {
  const Data data = read_folder(karlsruhe);
  EXPECT_EQ(data.organizations.size(), 97u);  // organizations.json: 27 committees, 70 offices
  EXPECT_EQ(data.meetings.size(), 84u);       // meetings/*.json
  EXPECT_EQ(data.papers.size(), 115u);        // papers/*.json
  std::size_t consultations = 0;
  for (const auto& p : data.papers) consultations += p.consultations.size();
  EXPECT_EQ(consultations, 275u);  // embedded in the papers
  // consultations.json holds 262 consultations of papers not in the mirror:
  // each is a warning naming it, none stops the rest.
  EXPECT_EQ(warnings_saying(data.warnings, "is not in the data: left out"), 262u);
  EXPECT_EQ(data.warnings.size(), 262u);
  const Meeting* m = data.meeting(body + "meetings/10024");
  ASSERT_NE(m, nullptr);
  // "start": "2025-03-19T17:00:00+01:00": the local day and time.
  EXPECT_EQ(model::format_date(m->date), "2025-03-19");
  EXPECT_EQ(m->start_time, "17:00");
  EXPECT_EQ(m->location, "Bürgersaal im Rathaus, Pfinztalstr. 33");
}

TEST(OparlKarlsruhe, ConsultationsInTheOrderOfTheirMeetings) {
  const Data data = read_folder(karlsruhe);
  // Paper 2022/0230 lists the council (GR, 2022-03-29) before the
  // committee that prepares it (AUG, 2022-03-22).
  const auto paper = std::find_if(data.papers.begin(), data.papers.end(),
                                  [&](const Paper& p) { return p.id == body + "papers/vo/46516"; });
  ASSERT_NE(paper, data.papers.end());
  ASSERT_EQ(paper->consultations.size(), 2u);
  EXPECT_EQ(model::format_date(paper->consultations[0].date), "2022-03-22");
  EXPECT_EQ(model::format_date(paper->consultations[1].date), "2022-03-29");
  EXPECT_EQ(paper->consultations[1].organizations.front(), body + "organizations/gr/32130");  // Gemeinderat
  // And so for every paper (20 of the 115 are listed out of order).
  for (const auto& p : data.papers) {
    EXPECT_TRUE(std::is_sorted(p.consultations.begin(), p.consultations.end(),
                               [](const Consultation& a, const Consultation& b) { return a.date < b.date; }))
        << p.id;
  }
}

TEST(OparlKarlsruhe, MergesIntoCommitteesMeetingsAndProposals) {
  const model::Concept before = empty_concept();
  const auto result = merge(before, read_folder(karlsruhe));
  // 18 organisations hold the meetings and consultations (all "gr/").
  EXPECT_EQ(result.counts.committees_added, 18u);
  EXPECT_EQ(result.counts.committees_updated, 0u);
  EXPECT_EQ(result.counts.meetings, 84u);  // each meeting has one organisation
  EXPECT_EQ(result.counts.proposals_added, 115u);
  EXPECT_EQ(result.counts.consultations, 275u);
  const auto& c = result.plan;
  EXPECT_EQ(c.committees().size(), 18u);
  EXPECT_EQ(c.proposals().size(), 115u);
  EXPECT_TRUE(before.committees().empty());  // the concept passed in is untouched
  const auto& council = committee_from(c, body + "organizations/gr/32130");
  EXPECT_EQ(council.id, "gr-32130");
  EXPECT_EQ(council.name, "Gemeinderat");
  EXPECT_EQ(council.meeting_records.size(), 17u);
  EXPECT_EQ(model::format_date(council.meeting_records.front().date), "2022-02-22");
  const auto& p = proposal_from(c, body + "papers/vo/46516");
  EXPECT_EQ(p.id, "vo-46516");
  EXPECT_EQ(p.reference, "2022/0230");
  ASSERT_EQ(p.consultations.size(), 2u);
  EXPECT_EQ(c.committees()[p.consultations[1].committee].id, "gr-32130");
  const auto findings = model::check_rules(c);
  EXPECT_TRUE(std::none_of(findings.begin(), findings.end(),
                           [](const auto& d) { return d.severity == model::Severity::error; }));
}

TEST(OparlKarlsruhe, ASecondImportUpdatesInsteadOfDuplicating) {
  const Data data = read_folder(karlsruhe);
  const auto first = merge(empty_concept(), data);
  const auto second = merge(first.plan, data);
  EXPECT_EQ(second.counts.committees_added, 0u);
  EXPECT_EQ(second.counts.committees_updated, 18u);
  EXPECT_EQ(second.counts.proposals_added, 0u);
  EXPECT_EQ(second.counts.proposals_updated, 115u);
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(model::to_proto(first.plan),
                                                                 model::to_proto(second.plan)));
}

TEST(OparlKarlsruhe, CadenceCheckOnTheRealMeetingHistory) {
  auto doc = model::to_proto(merge(empty_concept(), read_folder(karlsruhe)).plan);
  doc.set_period_start("2022-01-01");
  doc.set_period_end("2026-12-31");
  for (auto& c : *doc.mutable_committees()) {
    if (c.id() != "gr-32130") continue;
    c.mutable_cadence()->set_min_meetings(2);
    c.mutable_cadence()->set_period(v1::CADENCE_PERIOD_YEAR);
  }
  // The council met 3, 1, 4, 5, 4 times in 2022..2026: 2023 falls short.
  const auto findings = model::check_rules(model::from_proto(doc));
  const auto pw108 = std::find_if(findings.begin(), findings.end(), [](const auto& d) { return d.code == "PW108"; });
  ASSERT_NE(pw108, findings.end());
  EXPECT_EQ(pw108->entity, "gr-32130");
  EXPECT_NE(pw108->message.find("2023 has 1"), std::string::npos) << pw108->message;
  EXPECT_EQ(pw108->message.find("2022"), std::string::npos) << pw108->message;
}

TEST(OparlKarlsruhe, MeetingsInTheCalendarExportWithTimePlaceAndCancellation) {
  auto doc = model::to_proto(merge(empty_concept(), read_folder(karlsruhe)).plan);
  for (auto& c : *doc.mutable_committees()) {
    if (c.id() != "gr-32130") continue;
    c.mutable_meeting_records(0)->set_cancelled(true);  // 2022-02-22
  }
  const auto plan = model::from_proto(doc);
  schedule::IcsOptions options;
  options.stamp = "20260101T000000Z";
  options.committees = {"gr-32130"};
  const std::string ics = schedule::to_icalendar(plan, nullptr, options);
  // 17 recorded meetings, one of them cancelled: still sent, as cancelled,
  // so that a subscribed calendar drops it.
  EXPECT_EQ(count_of(ics, "BEGIN:VEVENT"), 17u);
  EXPECT_EQ(count_of(ics, "STATUS:CANCELLED"), 1u);
  // "start": "2022-03-29T15:30:00+02:00", "location": {"description": "Bürgersaal, Rathaus am Marktplatz"}
  const auto at = ics.find("UID:meeting-gr-32130-20220329@import.planwerk");
  ASSERT_NE(at, std::string::npos);
  const std::string event = ics.substr(at, ics.find("END:VEVENT", at) - at);
  EXPECT_NE(event.find("DTSTART:20220329T153000\r\n"), std::string::npos) << event;
  EXPECT_NE(event.find("LOCATION:Bürgersaal\\, Rathaus am Marktplatz"), std::string::npos) << event;
  const auto cancelled = ics.find("UID:meeting-gr-32130-20220222@import.planwerk");
  ASSERT_NE(cancelled, std::string::npos);
  EXPECT_LT(ics.find("STATUS:CANCELLED", cancelled), ics.find("END:VEVENT", cancelled));
}

TEST(OparlKarlsruhe, RealSequencesOfSimilarPapers) {
  const auto plan = merge(empty_concept(), read_folder(karlsruhe)).plan;
  // Nine papers went from the youth welfare committee (JHA, gr-36218) to
  // the council (GR, gr-32130); the first three on 2022-02-02 and 2022-02-22:
  // in Baden-Württemberg 3 + 5 + 5 + 2 = 15 working days (Feb 2-4, 7-11,
  // 14-18, 21-22; no holiday).
  const auto f = schedule::similar_sequences(plan, schedule::Calendar(schedule::State::BW), {"gr-36218", "gr-32130"});
  ASSERT_EQ(f.rows(), 9u);
  EXPECT_EQ(f["reference"].texts()[0], "2022/0062");
  EXPECT_EQ(f["first"].dates()[0], (Day{2022, 2, 2}));
  EXPECT_EQ(f["last"].dates()[0], (Day{2022, 2, 22}));
  EXPECT_EQ(f["working_days"].integers()[0], 15);
  // The other way round (council first): four papers (counted with Python).
  EXPECT_EQ(schedule::similar_sequences(plan, schedule::Calendar(), {"gr-32130", "gr-36218"}).rows(), 4u);
  try {
    schedule::similar_sequences(plan, schedule::Calendar(), {"nope"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::not_found);
  }
}

TEST(OparlMapping, ExistingCommitteesAndTheCouncil) {
  v1::Concept doc;
  doc.set_id("karlsruhe");
  auto* rat = doc.add_committees();
  rat->set_id("rat");
  rat->set_name("Rat der Stadt");
  const auto base = model::from_proto(doc);
  Mapping mapping;
  mapping.council = body + "organizations/gr/32130";
  mapping.committees[body + "organizations/gr/32130"] = "rat";
  const auto result = merge(base, read_folder(karlsruhe), mapping);
  EXPECT_EQ(result.counts.committees_added, 17u);
  EXPECT_EQ(result.counts.committees_updated, 1u);
  const auto& c = result.plan.committees()[0];
  EXPECT_EQ(c.id, "rat");
  EXPECT_EQ(c.name, "Rat der Stadt");  // a mapped committee keeps its own name
  EXPECT_EQ(c.kind, v1::COMMITTEE_KIND_COUNCIL);
  EXPECT_EQ(c.source_id, mapping.council);
  EXPECT_EQ(c.meeting_records.size(), 17u);
  // The next import finds it by its source id, without the mapping.
  const auto again = merge(result.plan, read_folder(karlsruhe));
  EXPECT_EQ(again.counts.committees_added, 0u);
  EXPECT_EQ(again.plan.committees()[0].id, "rat");
}

TEST(OparlMapping, AmbiguousMergesAreRefused) {
  const Data data = read_folder(karlsruhe);
  auto refused = [&](const v1::Concept& doc, const Mapping& mapping, ErrorCode code, const std::string& words) {
    const auto base = model::from_proto(doc);
    const auto before = model::to_proto(base);
    try {
      merge(base, data, mapping);
      ADD_FAILURE() << "not refused: " << words;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), code) << e.what();
      EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
    }
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(before, model::to_proto(base)));
  };
  v1::Concept doc;
  doc.set_id("c");
  auto* a = doc.add_committees();
  a->set_id("gemeinderat");
  a->set_name("Gemeinderat");
  // Same name, no source id, no mapping: the same body or not?
  refused(doc, {}, ErrorCode::conflict, "has the name of committee \"gemeinderat\"");
  // Two organisations onto one committee.
  Mapping two;
  two.committees[body + "organizations/gr/32130"] = "gemeinderat";
  two.committees[body + "organizations/gr/34531"] = "gemeinderat";
  refused(doc, two, ErrorCode::conflict, "would both be committee \"gemeinderat\"");
  // A mapping onto a committee the concept lacks.
  Mapping unknown;
  unknown.committees[body + "organizations/gr/32130"] = "rat";
  refused(doc, unknown, ErrorCode::not_found, "no committee with that id");
  // Two committees from one source.
  a->set_source_id(body + "organizations/gr/32130");
  auto* b = doc.add_committees();
  b->set_id("rat");
  b->set_source_id(body + "organizations/gr/32130");
  refused(doc, {}, ErrorCode::conflict, "both come from");
  // A mapping onto a committee imported from another organisation.
  b->set_source_id(body + "organizations/gr/99999");
  Mapping other;
  other.committees[body + "organizations/gr/34531"] = "rat";
  refused(doc, other, ErrorCode::conflict, "which was imported from");
}

TEST(OparlMapping, FromJson) {
  const auto m = mapping_from_json(R"({"council": "https://x/o/1", "committees": {"https://x/o/2": "jha"}})", "map.json");
  EXPECT_EQ(m.council, "https://x/o/1");
  EXPECT_EQ(m.committees.at("https://x/o/2"), "jha");
  for (const char* bad : {"[]", "{\"council\": 1}", "{\"committees\": []}", "{\"committees\": {\"a\": \"\"}}",
                          "{\"comittees\": {}}", "{"}) {
    try {
      mapping_from_json(bad, "map.json");
      ADD_FAILURE() << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::parse);
      EXPECT_EQ(std::string(e.what()).rfind("map.json: ", 0), 0u) << e.what();
    }
  }
}

TEST(OparlSpec, TheExamplesOfBothVersions) {
  for (const char* version : {"1.0", "1.1"}) {
    const Data data = read_folder(data_dir + "spec/" + version + "/examples");
    EXPECT_EQ(data.organizations.size(), 1u) << version;
    EXPECT_EQ(data.meetings.size(), 1u) << version;
    EXPECT_EQ(data.papers.size(), 1u) << version;
    ASSERT_EQ(data.papers[0].consultations.size(), 1u) << version;  // embedded in Paper-01.json
    EXPECT_EQ(model::format_date(data.meetings[0].date), "2013-01-04") << version;
  }
}

TEST(OparlMst, TheExamplesWithConsistentIds) {
  // meine-stadt-transparent's copy of the 1.1 examples whose references
  // resolve: one of each, and nothing to warn about.
  const auto result = merge(empty_concept(), read_folder(data_dir + "mst-testdata/oparl"));
  EXPECT_TRUE(result.warnings.empty()) << result.warnings.front().message;
  EXPECT_EQ(result.counts.committees_added, 1u);
  EXPECT_EQ(result.counts.meetings, 1u);
  EXPECT_EQ(result.counts.proposals_added, 1u);
  EXPECT_EQ(result.counts.consultations, 1u);
}

TEST(OparlMst, MissingObjectsAndBrokenJson) {
  // A meeting whose organisations and person no longer exist on the server.
  const Data missing = read_folder(data_dir + "mst-testdata/oparl-missing");
  ASSERT_EQ(missing.meetings.size(), 1u);
  EXPECT_TRUE(missing.meetings[0].organizations.empty());
  EXPECT_GE(warnings_saying(missing.warnings, "is not in the data (missing or 404)"), 1u);
  for (const auto& w : missing.warnings) EXPECT_EQ(w.object_id, missing.meetings[0].id);
  // One document that is not JSON among good ones.
  Reader reader;
  reader.add_document(read_file(data_dir + "mst-testdata/broken_json.broken_json"), "broken_json.broken_json");
  reader.add_document(read_file(karlsruhe + "/papers/46516.json"), "46516.json");
  const Data data = reader.finish();
  EXPECT_EQ(data.papers.size(), 1u);
  ASSERT_EQ(warnings_saying(data.warnings, "not JSON"), 1u);
  EXPECT_EQ(data.warnings.front().origin, "broken_json.broken_json");
  // A number too large for a double: nlohmann/json's out_of_range, not a
  // parse error; still one document left out with a warning.
  Reader big;
  big.add_document(R"({"id": "https://x/org/1", "type": "https://schema.oparl.org/1.1/Organization", "x": 1e99999})",
                   "big.json");
  const Data b = big.finish();
  ASSERT_EQ(b.warnings.size(), 1u);
  EXPECT_NE(b.warnings[0].message.find("not JSON (number overflow parsing '1e99999')"), std::string::npos)
      << b.warnings[0].message;
}

TEST(OparlLeniency, WhatRealServersGetWrong) {
  Reader reader;
  reader.add_document(R"({"data": [
    {"id": "https://x/org/1", "type": "https://schema.oparl.org/1.0/Organization", "name": "Rat", "x-vendor": 1},
    {"id": "https://x/meeting/1", "type": "https://schema.oparl.org/1.0/Meeting", "start": "2024-05-02T18:30:00+02:00",
     "organization": "https://x/org/1"},
    {"id": "https://x/meeting/2", "type": "https://schema.oparl.org/1.0/Meeting", "start": "0000-00-00",
     "organization": ["https://x/org/1"]},
    {"id": "https://x/meeting/3", "type": "https://schema.oparl.org/1.0/Meeting", "start": "N/A",
     "organization": {"id": "https://x/org/1"}, "cancelled": "true"},
    {"id": "https://x/paper/1", "type": "https://schema.oparl.org/1.0/Paper", "date": "2024-04-01T00:00:00+02:00",
     "name": "N/A", "consultation": [
       {"id": "https://x/c/2", "type": "https://schema.oparl.org/1.0/Consultation", "meeting": "https://x/meeting/9"},
       {"id": "https://x/c/1", "type": "https://schema.oparl.org/1.0/Consultation", "meeting": "https://x/meeting/1",
        "role": "unbekannt", "authoritative": true}]},
    {"id": "https://x/paper/2", "type": "https://schema.oparl.org/1.0/Paper", "deleted": true}
  ], "links": {}})", "page1");
  const Data data = reader.finish();
  auto says = [&](const std::string& id, std::string_view text) {
    return std::any_of(data.warnings.begin(), data.warnings.end(), [&](const Warning& w) {
      return w.object_id == id && w.message.find(text) != std::string::npos && (w.origin == "page1" || w.origin.empty());
    });
  };
  EXPECT_TRUE(says("https://x/org/1", "not define, ignored: x-vendor"));
  EXPECT_TRUE(says("https://x/meeting/1", "where a list belongs"));       // a string for a list
  EXPECT_TRUE(says("https://x/meeting/2", "placeholder \"0000-00-00\""));  // and left out of the meetings
  EXPECT_TRUE(says("https://x/meeting/3", "an object where a list belongs"));
  EXPECT_TRUE(says("https://x/meeting/3", "the text \"true\", not a boolean"));
  EXPECT_TRUE(says("https://x/paper/1", "a date-time where a date belongs"));
  EXPECT_TRUE(says("https://x/c/2", "meeting https://x/meeting/9 is not in the data"));
  ASSERT_EQ(data.papers.size(), 1u);
  const Paper& p = data.papers[0];
  EXPECT_EQ(p.name, "");  // "N/A"
  EXPECT_EQ(model::format_date(p.date), "2024-04-01");
  ASSERT_EQ(p.consultations.size(), 2u);
  EXPECT_EQ(p.consultations[0].id, "https://x/c/1");  // dated first
  EXPECT_EQ(p.consultations[0].role, "unbekannt");
  EXPECT_EQ(p.consultations[0].organizations, std::vector<std::string>{"https://x/org/1"});  // from its meeting
  EXPECT_EQ(data.deleted, std::vector<std::string>{"https://x/paper/2"});
  // Into a concept: the undated, committee-less consultation is left out
  // with a warning; the meeting without a date is not recorded.
  const auto merged = merge(empty_concept(), data);
  ASSERT_EQ(merged.plan.proposals().size(), 1u);
  EXPECT_EQ(merged.plan.proposals()[0].consultations.size(), 1u);
  EXPECT_EQ(merged.plan.committees()[0].meeting_records.size(), 1u);
  EXPECT_TRUE(std::any_of(merged.warnings.begin(), merged.warnings.end(),
                          [](const Warning& w) { return w.object_id == "https://x/c/2"; }));
}

TEST(OparlLeniency, DeletedObjectsAreRemovedOnTheNextImport) {
  Reader first;
  first.add_document(R"([{"id": "https://x/org/1", "type": "https://schema.oparl.org/1.1/Organization", "name": "Rat"},
    {"id": "https://x/m/1", "type": "https://schema.oparl.org/1.1/Meeting", "start": "2024-05-02",
     "organization": ["https://x/org/1"]},
    {"id": "https://x/p/1", "type": "https://schema.oparl.org/1.1/Paper", "name": "A"}])", "a");
  const auto imported = merge(empty_concept(), first.finish());
  ASSERT_EQ(imported.plan.proposals().size(), 1u);
  Reader second;
  second.add_document(R"([{"id": "https://x/m/1", "type": "https://schema.oparl.org/1.1/Meeting", "deleted": true},
    {"id": "https://x/p/1", "type": "https://schema.oparl.org/1.1/Paper", "deleted": true}])", "b");
  const auto updated = merge(imported.plan, second.finish());
  EXPECT_EQ(updated.counts.meetings_removed, 1u);
  EXPECT_EQ(updated.counts.proposals_removed, 1u);
  EXPECT_TRUE(updated.plan.proposals().empty());
  EXPECT_TRUE(updated.plan.committees()[0].meeting_records.empty());
}

TEST(OparlLeniency, BoundedNesting) {
  Reader reader;
  reader.add_document(std::string(100000, '[') + std::string(100000, ']'), "deep");
  const Data data = reader.finish();
  ASSERT_EQ(data.warnings.size(), 1u);
  EXPECT_NE(data.warnings[0].message.find("nested deeper than 64"), std::string::npos);
}

TEST(OparlFolder, AFolderThatCannotBeListed) {
  try {
    read_folder(data_dir + "no-such-folder");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::io);
    EXPECT_NE(std::string(e.what()).find("no-such-folder"), std::string::npos);
  }
}

}  // namespace
}  // namespace planwerk::sources::oparl
