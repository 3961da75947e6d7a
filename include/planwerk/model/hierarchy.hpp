// SPDX-License-Identifier: Apache-2.0
// The goal hierarchy, walked safely. A concept that loads may still have
// goals that are each other's parents (validation reports PW101), so every
// walk up the tree goes through these functions, which end on a cycle, and
// whole-tree questions are answered in one linear pass instead of one walk
// per goal.
#pragma once

#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"

namespace planwerk::model {

/// Calls visit(g) for `goal` and each goal above it, nearest first, until
/// visit returns false or the top is reached. A walk takes at most as many
/// steps as the concept has goals, so a parent cycle ends it; inside a cycle
/// a goal may be visited more than once (use ancestors() to have each once).
template <class Visit>
void for_each_ancestor(const Concept& c, Index goal, Visit&& visit) {
  const auto& goals = c.goals();
  for (std::size_t steps = 0; goal != npos && goal < goals.size() && steps < goals.size(); ++steps) {
    if (!visit(goal)) return;
    goal = goals[goal].parent;
  }
}

/// `goal` and the goals above it, nearest first, each once (a parent cycle
/// ends the list where it would repeat). Empty for npos.
PLANWERK_API std::vector<Index> ancestors(const Concept& c, Index goal);

/// For every goal, the action field it belongs to: its own, else its nearest
/// ancestor's; npos if none. Linear in the number of goals.
PLANWERK_API std::vector<Index> goal_action_fields(const Concept& c);

/// For every goal, its direct subgoals in document order.
PLANWERK_API std::vector<std::vector<Index>> goal_children(const Concept& c);

}  // namespace planwerk::model
