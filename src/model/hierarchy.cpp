// SPDX-License-Identifier: Apache-2.0
#include "planwerk/model/hierarchy.hpp"

#include <algorithm>

namespace planwerk::model {

std::vector<Index> ancestors(const Concept& c, Index goal) {
  std::vector<Index> out;
  for_each_ancestor(c, goal, [&](Index g) {
    out.push_back(g);
    return true;
  });
  // A walk that used up every step without reaching the top met a cycle:
  // keep each goal's first visit.
  if (!out.empty() && out.size() == c.goals().size() && c.goals()[out.back()].parent != npos) {
    std::vector<Index> sorted = out;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
      std::vector<bool> seen(c.goals().size(), false);
      std::erase_if(out, [&](Index g) {
        const bool again = seen[g];
        seen[g] = true;
        return again;
      });
    }
  }
  return out;
}

std::vector<Index> goal_action_fields(const Concept& c) {
  const auto& goals = c.goals();
  enum : char { unknown, walking, known };
  std::vector<char> state(goals.size(), unknown);
  std::vector<Index> field(goals.size(), npos);
  std::vector<Index> path;
  for (Index start = 0; start < goals.size(); ++start) {
    path.clear();
    Index g = start, found = npos;
    // Up to the first goal whose field is known or its own, the top, or a
    // goal already on this walk (a cycle: no field above it).
    while (g != npos && state[g] == unknown) {
      if (goals[g].action_field != npos) {
        found = goals[g].action_field;
        break;
      }
      state[g] = walking;
      path.push_back(g);
      g = goals[g].parent;
    }
    if (g != npos && state[g] == known) found = field[g];
    if (g != npos && state[g] == unknown) {  // stopped at a goal with its own field
      field[g] = found;
      state[g] = known;
    }
    for (Index p : path) {
      field[p] = found;
      state[p] = known;
    }
  }
  return field;
}

std::vector<std::vector<Index>> goal_children(const Concept& c) {
  std::vector<std::vector<Index>> children(c.goals().size());
  for (Index g = 0; g < c.goals().size(); ++g) {
    if (const Index p = c.goals()[g].parent; p != npos) children[p].push_back(g);
  }
  return children;
}

}  // namespace planwerk::model
