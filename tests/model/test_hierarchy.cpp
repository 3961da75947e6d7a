// SPDX-License-Identifier: Apache-2.0
// The guarded walks up the goal tree (model/hierarchy.hpp).
#include <gtest/gtest.h>

#include "planwerk/model/hierarchy.hpp"
#include "support/text.hpp"

namespace planwerk::model {
namespace {

TEST(Hierarchy, AncestorsNearestFirst) {
  const auto c = test::concept_from(R"(action_fields { id: "f" }
    goals { id: "top" action_field_id: "f" } goals { id: "mid" parent_goal_id: "top" }
    goals { id: "leaf" parent_goal_id: "mid" } goals { id: "alone" })");
  EXPECT_EQ(ancestors(c, 2), (std::vector<Index>{2, 1, 0}));
  EXPECT_EQ(ancestors(c, 3), (std::vector<Index>{3}));
  EXPECT_TRUE(ancestors(c, npos).empty());
  EXPECT_TRUE(ancestors(c, 99).empty());  // past the goals: nothing, never a read past the end
  // The field of each goal: its own or its nearest ancestor's.
  EXPECT_EQ(goal_action_fields(c), (std::vector<Index>{0, 0, 0, npos}));
  EXPECT_EQ(goal_children(c)[0], (std::vector<Index>{1}));
  EXPECT_EQ(goal_children(c)[1], (std::vector<Index>{2}));
}

TEST(Hierarchy, ParentCyclesEndEveryWalk) {
  // a -> b -> c -> a (PW101), d -> a, e its own parent.
  const auto c = test::concept_from(R"(action_fields { id: "f" }
    goals { id: "a" parent_goal_id: "c" } goals { id: "b" parent_goal_id: "a" }
    goals { id: "c" parent_goal_id: "b" } goals { id: "d" parent_goal_id: "a" action_field_id: "f" }
    goals { id: "e" parent_goal_id: "e" })");
  // d, then a, c, b: each once, the walk ends where it would repeat.
  EXPECT_EQ(ancestors(c, 3), (std::vector<Index>{3, 0, 2, 1}));
  EXPECT_EQ(ancestors(c, 4), (std::vector<Index>{4}));
  std::size_t visits = 0;
  for_each_ancestor(c, 0, [&](Index) { return ++visits < 1000; });
  EXPECT_EQ(visits, 5u);  // at most as many steps as goals
  // No field above a cycle; d has its own.
  EXPECT_EQ(goal_action_fields(c), (std::vector<Index>{npos, npos, npos, 0, npos}));
}

TEST(Hierarchy, AChainOfAHundredThousandGoalsIsLinear) {
  std::string text = R"(action_fields { id: "f" } goals { id: "g0" action_field_id: "f" })";
  for (int i = 1; i < 100000; ++i)
    text += " goals { id: \"g" + std::to_string(i) + "\" parent_goal_id: \"g" + std::to_string(i - 1) + "\" }";
  const auto c = test::concept_from(text);
  const auto fields = goal_action_fields(c);  // one pass: memoised up the chain
  EXPECT_EQ(fields.back(), 0u);
  EXPECT_EQ(ancestors(c, 99999).size(), 100000u);
}

}  // namespace
}  // namespace planwerk::model
