// SPDX-License-Identifier: Apache-2.0
// Change reports between two hand-built versions.
#include <gtest/gtest.h>

#include "planwerk/history/diff.hpp"
#include "support/text.hpp"

namespace planwerk::history {
namespace {

const char* const v1_text = R"(
  id: "v1"
  action_fields { id: "a" title: "A" } action_fields { id: "b" title: "B" }
  actors { id: "x" name: "X" } actors { id: "y" name: "Y" }
  goals { id: "g1" kind: GOAL_KIND_STRATEGIC title: "Old title" action_field_id: "a" responsible_actor_id: "x" deadline: "2028-12-31" }
  goals { id: "g2" kind: GOAL_KIND_STRATEGIC title: "Dropped" action_field_id: "a" }
  measures { id: "m1" title: "M" action_field_id: "a" responsible_actor_id: "x" end: "2027-06-30" contributions { goal_id: "g1" } }
  indicators { id: "old-id" title: "I" goal_ids: "g1" targets { value: 30 date: "2030-01-01" } }
)";

const char* const v2_text = R"(
  id: "v2"
  action_fields { id: "a" title: "A" } action_fields { id: "b" title: "B" }
  actors { id: "x" name: "X" } actors { id: "y" name: "Y" }
  goals { id: "g1" kind: GOAL_KIND_STRATEGIC title: "New title" action_field_id: "b" responsible_actor_id: "y" deadline: "2029-12-31" }
  goals { id: "g3" kind: GOAL_KIND_STRATEGIC title: "New goal" action_field_id: "a" }
  measures { id: "m1" title: "M" action_field_id: "a" responsible_actor_id: "x" end: "2027-06-30" contributions { goal_id: "g1" } }
  indicators { id: "new-id" title: "I" goal_ids: "g1" targets { value: 35 date: "2030-01-01" } }
)";

TEST(Diff, EveryKindOfChange) {
  const auto a = test::concept_from(v1_text), b = test::concept_from(v2_text);
  const auto changes = diff(a, b, {{"old-id", "new-id"}});
  EXPECT_EQ(to_text(changes),
            "goal g1: retitled title: \"Old title\" -> \"New title\"\n"
            "goal g1: moved action_field_id: \"a\" -> \"b\"\n"
            "goal g1: deadline_changed deadline: \"2028-12-31\" -> \"2029-12-31\"\n"
            "goal g1: responsibility_changed responsible_actor_id: \"x\" -> \"y\"\n"
            "goal g3: added \"New goal\"\n"
            "goal g2: removed \"Dropped\"\n"
            "indicator new-id: renamed id: \"old-id\" -> \"new-id\"\n"
            "indicator new-id: moved goal_ids: \"a\" -> \"b\"\n"
            "indicator new-id: target_changed targets: \"30 by 2030-01-01\" -> \"35 by 2030-01-01\"\n");
  // The measure did not change.
  for (const auto& c : changes) EXPECT_NE(c.kind, model::Kind::measure);
}

TEST(Diff, WithoutTheRenameTheIndicatorIsRemovedAndAdded) {
  const auto a = test::concept_from(v1_text), b = test::concept_from(v2_text);
  const auto text = to_text(diff(a, b));
  EXPECT_NE(text.find("indicator new-id: added"), std::string::npos);
  EXPECT_NE(text.find("indicator old-id: removed"), std::string::npos);
}

TEST(Diff, SameVersionHasNoChangesAndBadRenamesAreErrors) {
  const auto a = test::concept_from(v1_text), b = test::concept_from(v2_text);
  EXPECT_TRUE(diff(a, a).empty());
  EXPECT_EQ(to_json({}), "[]\n");
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { diff(a, b, {{"nope", "new-id"}}); }, &message), ErrorCode::invalid_argument);
  EXPECT_NE(message.find("rename \"nope\" -> \"new-id\""), std::string::npos) << message;
  EXPECT_EQ(test::error_code_of([&] { diff(a, b, {{"g1", "g3"}, {"g2", "g3"}}); }, &message), ErrorCode::invalid_argument);
}

TEST(Diff, JsonEscapes) {
  const std::vector<Change> changes{{model::Kind::goal, ChangeType::retitled, "g", "g", "title", "a \"b\"\n", "c\\d"}};
  EXPECT_EQ(to_json(changes),
            "[\n  {\"kind\": \"goal\", \"change\": \"retitled\", \"id\": \"g\", \"old_id\": \"g\", \"field\": \"title\", "
            "\"before\": \"a \\\"b\\\"\\n\", \"after\": \"c\\\\d\"}\n]\n");
}

}  // namespace
}  // namespace planwerk::history
