// SPDX-License-Identifier: Apache-2.0
// Loading documents into the model: resolution, structural errors, and the
// round trip back to a document.
#include <gtest/gtest.h>

#include <google/protobuf/util/message_differencer.h>

#include "planwerk/io/document.hpp"
#include "support/text.hpp"

namespace planwerk::model {
namespace {

using test::codes;
using test::parse;

const char* small = R"(
  id: "c" title: "Small"
  action_fields { id: "af" title: "Field" }
  actors { id: "ki" name: "KI" kind: ACTOR_KIND_ADMINISTRATION_UNIT }
  goals { id: "g2" kind: GOAL_KIND_OPERATIONAL parent_goal_id: "g1" responsible_actor_id: "ki" }
  goals { id: "g1" kind: GOAL_KIND_STRATEGIC action_field_id: "af" responsible_actor_id: "ki" deadline: "2030-12-31" }
  measures { id: "m1" contributions { goal_id: "g2" weight: 0.5 } }
  measures { id: "m2" dependencies { predecessor_id: "m1" type: LINK_TYPE_SS lag: -3 } contributions { goal_id: "g1" } }
)";

TEST(FromProto, ResolvesReferencesToIndices) {
  Concept c = from_proto(parse(small));
  ASSERT_EQ(c.goals().size(), 2u);
  // g2 is listed first, so it is index 0 and its parent g1 is index 1.
  EXPECT_EQ(c.goals()[0].parent, 1u);
  EXPECT_EQ(c.goals()[1].action_field, 0u);
  EXPECT_EQ(c.goals()[1].deadline, Date(2030, 12, 31));
  EXPECT_EQ(c.measures()[0].contributions[0].goal, 0u);
  EXPECT_EQ(*c.measures()[0].contributions[0].weight, 0.5);
  EXPECT_FALSE(c.measures()[1].contributions[0].weight.has_value());
  EXPECT_EQ(c.measures()[1].dependencies[0].predecessor, 0u);
  EXPECT_EQ(c.measures()[1].dependencies[0].type, v1::LINK_TYPE_SS);
  EXPECT_EQ(c.measures()[1].dependencies[0].lag, -3);
  // Unset link type and lag unit read as FS and working days.
  EXPECT_EQ(c.find(Kind::goal, "g1"), std::optional<Index>(1));
  EXPECT_EQ(c.find(Kind::goal, "nope"), std::nullopt);
  EXPECT_EQ(c.find(Kind::measure, "g1"), std::nullopt);  // ids are per kind
}

TEST(FromProto, DefaultsForUnsetLinkTypeAndLagUnit) {
  Concept c = from_proto(parse(R"(measures { id: "a" } measures { id: "b" dependencies { predecessor_id: "a" } })"));
  EXPECT_EQ(c.measures()[1].dependencies[0].type, v1::LINK_TYPE_FS);
  EXPECT_EQ(c.measures()[1].dependencies[0].lag_unit, v1::LAG_UNIT_WORKING_DAYS);
}

TEST(FromProto, RoundTripIsExact) {
  v1::Concept doc = io::read_document(test::sample_path());
  Concept c = from_proto(doc);
  v1::Concept again = to_proto(c);
  // Fields the model normalises: unset link types become FS, unset lag
  // units working days, unset monitoring types outcome, unset target kinds
  // final, unset holiday rules "move to the next working day". Normalise the original the same way before comparing.
  for (auto& m : *doc.mutable_measures()) {
    for (auto& d : *m.mutable_dependencies()) {
      if (d.type() == v1::LINK_TYPE_UNSPECIFIED) d.set_type(v1::LINK_TYPE_FS);
      if (d.lag_unit() == v1::LAG_UNIT_UNSPECIFIED) d.set_lag_unit(v1::LAG_UNIT_WORKING_DAYS);
    }
  }
  for (auto& c : *doc.mutable_committees()) {
    if (c.holiday_rule() == v1::HOLIDAY_RULE_UNSPECIFIED) c.set_holiday_rule(v1::HOLIDAY_RULE_MOVE_TO_NEXT_WORKING_DAY);
  }
  for (auto& i : *doc.mutable_indicators()) {
    if (i.monitoring_type() == v1::MONITORING_TYPE_UNSPECIFIED) i.set_monitoring_type(v1::MONITORING_TYPE_OUTCOME);
    for (auto& t : *i.mutable_targets())
      if (t.kind() == v1::TARGET_KIND_UNSPECIFIED) t.set_kind(v1::TARGET_KIND_FINAL);
  }
  std::string diff;
  google::protobuf::util::MessageDifferencer differ;
  differ.ReportDifferencesToString(&diff);
  EXPECT_TRUE(differ.Compare(doc, again)) << diff;
  // And the model built from the round-tripped document is the same again.
  EXPECT_EQ(to_proto(from_proto(again)).SerializeAsString(), again.SerializeAsString());
}

TEST(FromProto, ReportsEveryStructuralProblemWithIdAndField) {
  auto doc = parse(R"(
    goals { id: "g1" parent_goal_id: "missing" }
    goals { id: "g1" }
    goals { id: "" }
    measures { id: "m1" start: "2025-02-30" dependencies { predecessor_id: "m9" } contributions { goal_id: "g1" weight: -1 } }
    stakeholders { id: "s" interest: 7 }
  )");
  auto problems = check_structure(doc);
  // Duplicate g1 (PW002), empty id (PW001), dangling parent (PW003),
  // bad start date (PW004), dangling predecessor (PW003), negative weight
  // (PW004), interest 7 (PW004).
  ASSERT_EQ(problems.size(), 7u);
  auto has = [&](const std::string& code, const std::string& entity, const std::string& field,
                 const std::string& text) {
    return std::any_of(problems.begin(), problems.end(), [&](const Diagnostic& d) {
      return d.code == code && d.entity == entity && d.field == field && d.message.find(text) != std::string::npos &&
             d.severity == Severity::error;
    });
  };
  EXPECT_TRUE(has("PW002", "g1", "goals[1].id", "goals[0] and goals[1]"));
  EXPECT_TRUE(has("PW001", "", "goals[2].id", "has no id"));
  EXPECT_TRUE(has("PW003", "g1", "goals[0].parent_goal_id", "unknown goal \"missing\""));
  EXPECT_TRUE(has("PW004", "m1", "measures[0].start", "2025-02-30"));
  EXPECT_TRUE(has("PW003", "m1", "measures[0].dependencies[0].predecessor_id", "unknown measure \"m9\""));
  EXPECT_TRUE(has("PW004", "m1", "measures[0].contributions[0].weight", "positive"));
  EXPECT_TRUE(has("PW004", "s", "stakeholders[0].interest", "between 1 and 5"));

  try {
    from_proto(doc);
    FAIL() << "from_proto accepted a broken document";
  } catch (const ModelError& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_model);
    EXPECT_EQ(e.diagnostics().size(), 7u);
    EXPECT_NE(std::string(e.what()).find("7 problems"), std::string::npos);
  }
}

TEST(FromProto, UnknownEnumNumbersAreInvalidValues) {
  auto doc = parse(R"(goals { id: "g" kind: 99 } measures { id: "m" status: 42 })");
  auto problems = check_structure(doc);
  EXPECT_EQ(codes(problems), (std::vector<std::string>{"PW004", "PW004"}));
  EXPECT_EQ(problems[0].field, "goals[0].kind");
  EXPECT_EQ(problems[1].field, "measures[0].status");
}

TEST(FromProto, RejectsNewerSchemaVersion) {
  auto doc = parse(R"(schema_version: 2 id: "future")");
  try {
    from_proto(doc);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::unsupported_version);
    EXPECT_NE(std::string(e.what()).find("schema version 2"), std::string::npos);
  }
}

TEST(FromProto, ForeignGoalRelationsAreKeptAsIds) {
  Concept c = from_proto(parse(R"(
    goals { id: "g" relations { kind: GOAL_RELATION_KIND_CONFLICTS concept_id: "region" goal_id: "r1" } }
  )"));
  const auto& rel = c.goals()[0].relations[0];
  EXPECT_EQ(rel.goal, npos);
  EXPECT_EQ(rel.foreign_concept, "region");
  EXPECT_EQ(rel.foreign_goal, "r1");
  EXPECT_EQ(to_proto(c).goals(0).relations(0).concept_id(), "region");
}

TEST(EntityToProto, ExportsOneEntityWithIdsAndChecksRange) {
  Concept c = from_proto(parse(small));
  v1::Goal g = entity_to_proto<Kind::goal>(c, 0);
  EXPECT_EQ(g.id(), "g2");
  EXPECT_EQ(g.parent_goal_id(), "g1");
  auto any = entity_to_message(c, Kind::measure, 1);
  EXPECT_EQ(any->GetDescriptor()->name(), "Measure");
  EXPECT_THROW(entity_to_proto<Kind::goal>(c, 2), Error);
  try {
    entity_to_message(c, Kind::measure, 5);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::out_of_range);
  }
}

}  // namespace
}  // namespace planwerk::model
