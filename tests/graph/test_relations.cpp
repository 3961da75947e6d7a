// SPDX-License-Identifier: Apache-2.0
// Goal relations across concepts, and the DOT helpers.
#include <gtest/gtest.h>

#include "planwerk/graph/dot.hpp"
#include "planwerk/graph/relations.hpp"
#include "support/text.hpp"

namespace planwerk::graph {
namespace {

const char* city = R"(
  id: "city"
  goals { id: "housing" relations { kind: GOAL_RELATION_KIND_CONFLICTS concept_id: "budget" goal_id: "save" }
                        relations { kind: GOAL_RELATION_KIND_SUPPORTS concept_id: "region" goal_id: "r1" } }
  goals { id: "idle" relations { kind: GOAL_RELATION_KIND_CONFLICTS concept_id: "budget" goal_id: "save" } }
  goals { id: "sub" parent_goal_id: "housing" }
  measures { id: "build" contributions { goal_id: "sub" } }
  measures { id: "old" status: MEASURE_STATUS_CANCELLED contributions { goal_id: "idle" } }
)";
const char* budget = R"(
  id: "budget"
  goals { id: "save" relations { kind: GOAL_RELATION_KIND_CONFLICTS concept_id: "city" goal_id: "housing" } }
  measures { id: "cut" contributions { goal_id: "save" } }
)";

TEST(ConceptSet, QualifiedIdsAndLookups) {
  const auto a = test::concept_from(city);
  const auto b = test::concept_from(budget);
  ConceptSet set;
  set.add(a);
  set.add(b);
  EXPECT_EQ(set.size(), 2u);
  EXPECT_EQ(set.find("budget:save"), (GoalRef{1, 0}));
  EXPECT_EQ(set.qualified_id({0, 2}), "city:sub");
  auto code = [&](std::string_view q) { return test::error_code_of([&] { set.find(q); }); };
  EXPECT_EQ(code("budget:nope"), ErrorCode::not_found);
  EXPECT_EQ(code("nowhere:save"), ErrorCode::not_found);
  EXPECT_EQ(code("no-colon"), ErrorCode::invalid_argument);
  try {
    set.add(a);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::conflict);
    EXPECT_STREQ(e.what(), "the set already holds a concept \"city\"");
  }
  EXPECT_THROW(set.add(test::concept_from("goals { id: \"g\" }")), Error);  // no id
}

TEST(ConceptSet, RelationsUnresolvedAndCrossConflicts) {
  const auto a = test::concept_from(city);
  const auto b = test::concept_from(budget);
  ConceptSet set;
  set.add(a);
  set.add(b);
  // Resolved: housing -> save, idle -> save, save -> housing; "region" is
  // not loaded.
  const auto rel = set.relations();
  ASSERT_EQ(rel.size(), 3u);
  EXPECT_EQ(set.qualified_id(rel[0].from), "city:housing");
  EXPECT_EQ(set.qualified_id(rel[0].to), "budget:save");
  const auto missing = set.unresolved();
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].concept_id, "region");
  EXPECT_EQ(missing[0].goal_id, "r1");
  // housing is pursued (by "build", through "sub") and so is save ("cut"):
  // one conflict, reported once though marked both ways. idle's only
  // measure is cancelled, so that conflict is not pursued on both sides.
  const auto cross = set.cross_conflicts();
  ASSERT_EQ(cross.size(), 1u);
  EXPECT_EQ(set.qualified_id(cross[0].first), "city:housing");
  EXPECT_EQ(set.qualified_id(cross[0].second), "budget:save");
  EXPECT_EQ(cross[0].first_measures, (std::vector<model::Index>{0}));
  EXPECT_EQ(cross[0].second_measures, (std::vector<model::Index>{0}));
}

TEST(Dot, ViewNamesAndActionFields) {
  for (View v : {View::dependencies, View::goals, View::contributions, View::relations})
    EXPECT_EQ(view_from_name(view_name(v)), v);
  EXPECT_EQ(view_from_name("pie"), std::nullopt);
  const auto plan = test::concept_from(R"(
    action_fields { id: "af" title: "Feld \"eins\"" }
    goals { id: "top" action_field_id: "af" } goals { id: "low" parent_goal_id: "top" } goals { id: "lost" }
    measures { id: "own" action_field_id: "af" } measures { id: "via" contributions { goal_id: "low" } }
    measures { id: "none" } measures { id: "n2" dependencies { predecessor_id: "own" type: LINK_TYPE_SS lag: -2 } })");
  EXPECT_EQ(action_field_of_goal(plan, 1), 0u);
  EXPECT_EQ(action_field_of_goal(plan, 2), model::npos);
  EXPECT_EQ(action_field_of_measure(plan, 1), 0u);
  EXPECT_EQ(action_field_of_measure(plan, 2), model::npos);
  EXPECT_THROW(action_field_of_measure(plan, 9), Error);
  const std::string dot = to_dot(plan, View::dependencies);
  // Quotes in titles are escaped; the link shows its type and lead.
  EXPECT_NE(dot.find("label=\"af\\nFeld \\\"eins\\\"\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("\"measure:own\" -> \"measure:n2\" [label=\"SS -2 wd\"]"), std::string::npos) << dot;
}

}  // namespace
}  // namespace planwerk::graph
