// SPDX-License-Identifier: Apache-2.0
// The edit API: every edit applies whole or leaves the concept unchanged.
#include <gtest/gtest.h>

#include "support/text.hpp"

namespace planwerk::model {
namespace {

using test::parse;

const char* base = R"(
  id: "c"
  actors { id: "ki" name: "KI" }
  actors { id: "fb" name: "FB" }
  goals { id: "g1" kind: GOAL_KIND_STRATEGIC responsible_actor_id: "ki" }
  goals { id: "g2" parent_goal_id: "g1" }
  measures { id: "m1" contributions { goal_id: "g1" } }
  measures { id: "m2" dependencies { predecessor_id: "m1" } contributions { goal_id: "g2" } }
  measures { id: "m3" dependencies { predecessor_id: "m2" } }
)";

std::string snapshot(const Concept& c) { return to_proto(c).SerializeAsString(); }

TEST(Put, AddsANewEntityAndFindsItById) {
  Concept c = test::concept_from(base);
  c.put(parse<v1::Goal>(R"(id: "a0" parent_goal_id: "g1" responsible_actor_id: "fb")"));
  ASSERT_EQ(c.goals().size(), 3u);
  // Appended at the end; the id index stays sorted ("a0" < "g1").
  EXPECT_EQ(c.find(Kind::goal, "a0"), std::optional<Index>(2));
  EXPECT_EQ(c.goals()[2].parent, 0u);
  EXPECT_EQ(c.goals()[2].responsible, 1u);
  EXPECT_EQ(c.find(Kind::goal, "g2"), std::optional<Index>(1));
}

TEST(Put, ReplacesInPlaceKeepingIndexAndReferrers) {
  Concept c = test::concept_from(base);
  c.put(parse<v1::Measure>(R"(id: "m1" title: "renamed" status: MEASURE_STATUS_COMPLETED)"));
  ASSERT_EQ(c.measures().size(), 3u);
  EXPECT_EQ(c.measures()[0].title, "renamed");
  EXPECT_EQ(c.measures()[0].status, v1::MEASURE_STATUS_COMPLETED);
  // m2 still points at index 0.
  EXPECT_EQ(c.measures()[1].dependencies[0].predecessor, 0u);
}

TEST(Put, AnEntityMayReferToItself) {
  Concept c = test::concept_from(base);
  c.put(parse<v1::Measure>(R"(id: "m4" dependencies { predecessor_id: "m4" })"));
  EXPECT_EQ(c.measures()[3].dependencies[0].predecessor, 3u);
}

TEST(Put, RejectsDanglingReferencesAndLeavesConceptUnchanged) {
  Concept c = test::concept_from(base);
  const std::string before = snapshot(c);
  try {
    c.put(parse<v1::Measure>(R"(id: "m9" dependencies { predecessor_id: "nope" } start: "2025-13-01")"));
    FAIL() << "put accepted a dangling reference";
  } catch (const ModelError& e) {
    ASSERT_EQ(e.diagnostics().size(), 2u);
    EXPECT_EQ(e.diagnostics()[0].code, "PW004");  // start is read before the dependencies
    EXPECT_EQ(e.diagnostics()[1].code, "PW003");
    EXPECT_EQ(e.diagnostics()[1].entity, "m9");
    EXPECT_NE(std::string(e.what()).find("unknown measure \"nope\""), std::string::npos);
  }
  EXPECT_EQ(snapshot(c), before);
  EXPECT_EQ(c.find(Kind::measure, "m9"), std::nullopt);
}

TEST(Put, RejectsAnEmptyId) {
  Concept c = test::concept_from(base);
  EXPECT_THROW(c.put(parse<v1::Actor>(R"(name: "no id")")), ModelError);
  EXPECT_EQ(c.actors().size(), 2u);
}

TEST(Put, ByRunTimeKindChecksTheMessageType) {
  Concept c = test::concept_from(base);
  v1::Goal goal = parse<v1::Goal>(R"(id: "gx")");
  put_message(c, Kind::goal, goal);
  EXPECT_TRUE(c.find(Kind::goal, "gx"));
  try {
    put_message(c, Kind::measure, goal);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
    EXPECT_NE(std::string(e.what()).find("planwerk.v1.Measure"), std::string::npos);
  }
}

TEST(Remove, RefusesWhileReferencedAndNamesReferrers) {
  Concept c = test::concept_from(base);
  const std::string before = snapshot(c);
  try {
    c.remove(Kind::goal, "g1");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::conflict);
    const std::string what = e.what();
    EXPECT_NE(what.find("goal \"g2\""), std::string::npos) << what;
    EXPECT_NE(what.find("measure \"m1\""), std::string::npos) << what;
  }
  EXPECT_EQ(snapshot(c), before);
}

TEST(Remove, ShiftsLaterIndicesDown) {
  Concept c = test::concept_from(base);
  c.remove(Kind::measure, "m3");  // nobody refers to m3
  c.put(parse<v1::Measure>(R"(id: "m0")"));
  // Now m0 is index 2; remove m1? It is referred to by m2, so remove m2's
  // link first by replacing m2.
  c.put(parse<v1::Measure>(R"(id: "m2" dependencies { predecessor_id: "m0" })"));
  c.remove(Kind::measure, "m1");
  // Left: m2 (was index 1, now 0) and m0 (was 2, now 1); m2's link to m0
  // must have moved from 2 to 1.
  ASSERT_EQ(c.measures().size(), 2u);
  EXPECT_EQ(c.measures()[0].id, "m2");
  EXPECT_EQ(c.measures()[0].dependencies[0].predecessor, 1u);
  EXPECT_EQ(c.find(Kind::measure, "m0"), std::optional<Index>(1));
  EXPECT_EQ(c.find(Kind::measure, "m2"), std::optional<Index>(0));
  EXPECT_EQ(c.find(Kind::measure, "m1"), std::nullopt);
}

TEST(Remove, SelfReferenceDoesNotBlock) {
  Concept c = test::concept_from(base);
  c.put(parse<v1::Measure>(R"(id: "loop" dependencies { predecessor_id: "loop" })"));
  c.remove(Kind::measure, "loop");
  EXPECT_EQ(c.measures().size(), 3u);
}

TEST(Remove, UnknownIdIsNotFound) {
  Concept c = test::concept_from(base);
  try {
    c.remove(Kind::actor, "ghost");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::not_found);
    EXPECT_STREQ(e.what(), "no actor with id \"ghost\"");
  }
}

TEST(SetHeader, FromADocumentWithoutEntities) {
  Concept c = test::concept_from(base);
  c.set_header(header_from_proto(parse(R"(id: "c" title: "Neu" period_start: "2026-01-01" calendar { state: "NW" })")));
  EXPECT_EQ(c.header().title, "Neu");
  EXPECT_EQ(c.header().period_start, Date(2026, 1, 1));
  EXPECT_EQ(c.header().calendar.state, "NW");
  try {
    header_from_proto(parse(R"(adoption_date: "2026-02-30")"));
    FAIL();
  } catch (const ModelError& e) {
    ASSERT_EQ(e.diagnostics().size(), 1u);
    EXPECT_EQ(e.diagnostics()[0].field, "adoption_date");
  }
  try {
    header_from_proto(parse(R"(title: "x" goals { id: "g" })"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
  }
}

TEST(TypedEdits, SetStatusDatesAndResponsible) {
  Concept c = test::concept_from(base);
  c.set_measure_status("m2", v1::MEASURE_STATUS_IN_PROGRESS);
  EXPECT_EQ(c.measures()[1].status, v1::MEASURE_STATUS_IN_PROGRESS);
  c.set_measure_dates("m2", Date(2026, 1, 5), Date(2026, 3, 31));
  EXPECT_EQ(c.measures()[1].end, Date(2026, 3, 31));
  c.set_goal_responsible("g2", "fb");
  EXPECT_EQ(c.goals()[1].responsible, 1u);
  c.set_goal_responsible("g2", "");
  EXPECT_EQ(c.goals()[1].responsible, npos);
}

TEST(TypedEdits, RejectBadInputWithoutChange) {
  Concept c = test::concept_from(base);
  const std::string before = snapshot(c);
  EXPECT_EQ(test::error_code_of([&] { c.set_measure_status("m2", static_cast<v1::MeasureStatus>(77)); }),
            ErrorCode::invalid_argument);
  EXPECT_EQ(test::error_code_of([&] { c.set_measure_status("nope", v1::MEASURE_STATUS_PLANNED); }), ErrorCode::not_found);
  EXPECT_EQ(test::error_code_of([&] { c.set_measure_dates("m2", Date(2026, 3, 31), Date(2026, 1, 5)); }),
            ErrorCode::invalid_argument);
  EXPECT_EQ(test::error_code_of([&] { c.set_goal_responsible("g2", "ghost"); }), ErrorCode::not_found);
  EXPECT_EQ(test::error_code_of([&] { c.set_goal_responsible("ghost", "ki"); }), ErrorCode::not_found);
  EXPECT_EQ(snapshot(c), before);
}

}  // namespace
}  // namespace planwerk::model
