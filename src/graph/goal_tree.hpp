// SPDX-License-Identifier: Apache-2.0
// Walking the goal hierarchy upwards, shared by impact and coverage.
#pragma once

#include <vector>

#include "planwerk/model/concept.hpp"
#include "planwerk/model/hierarchy.hpp"

namespace planwerk::graph::detail {

// Marks `goal` and every goal above it. Stops at a goal already marked:
// what lies above it is marked already, so all marks together cost one
// visit per goal.
inline void mark_with_ancestors(const model::Concept& plan, model::Index goal, std::vector<bool>& marks) {
  model::for_each_ancestor(plan, goal, [&](model::Index up) {
    if (marks[up]) return false;
    marks[up] = true;
    return true;
  });
}

// Goals served, directly or through a goal below them, by a measure for
// which counts(measure) holds.
template <class Counts>
std::vector<bool> served_goals(const model::Concept& plan, Counts counts) {
  std::vector<bool> served(plan.goals().size(), false);
  for (const auto& m : plan.measures()) {
    if (!counts(m)) continue;
    for (const auto& c : m.contributions) mark_with_ancestors(plan, c.goal, served);
  }
  return served;
}

inline bool is_active(const model::Measure& m) {
  return m.status != v1::MEASURE_STATUS_CANCELLED && m.status != v1::MEASURE_STATUS_SUSPENDED;
}

template <class Marks>
std::vector<model::Index> indices_where(const Marks& marks, bool value) {
  std::vector<model::Index> out;
  for (model::Index i = 0; i < marks.size(); ++i) {
    if (static_cast<bool>(marks[i]) == value) out.push_back(i);
  }
  return out;
}

}  // namespace planwerk::graph::detail
