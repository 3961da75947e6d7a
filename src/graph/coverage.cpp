// SPDX-License-Identifier: Apache-2.0
// Coverage gaps and goal conflicts.
#include <algorithm>
#include <map>

#include "goal_tree.hpp"
#include "planwerk/graph/analysis.hpp"

namespace planwerk::graph {

Coverage coverage(const model::Concept& plan) {
  Coverage out;
  const auto served = detail::served_goals(
      plan, [](const model::Measure& m) { return m.status != v1::MEASURE_STATUS_CANCELLED; });
  out.goals_without_measures = detail::indices_where(served, false);

  std::vector<bool> measured(plan.goals().size(), false);
  for (const auto& ind : plan.indicators()) {
    for (Index g : ind.goals) measured[g] = true;
  }
  out.goals_without_indicators = detail::indices_where(measured, false);

  for (Index m = 0; m < plan.measures().size(); ++m) {
    if (plan.measures()[m].contributions.empty()) out.measures_without_goals.push_back(m);
  }
  for (Index i = 0; i < plan.indicators().size(); ++i) {
    if (plan.indicators()[i].goals.empty()) out.indicators_without_goals.push_back(i);
  }

  std::vector<bool> assigned(plan.actors().size(), false);
  auto mark = [&](Index a) {
    if (a != model::npos) assigned[a] = true;
  };
  for (const auto& g : plan.goals()) mark(g.responsible);
  for (const auto& m : plan.measures()) {
    mark(m.responsible);
    for (Index a : m.partners) mark(a);
  }
  for (const auto& c : plan.committees()) {
    for (Index a : c.members) mark(a);
  }
  for (const auto& a : plan.actors()) mark(a.parent);
  for (const auto& f : plan.participation_formats()) mark(f.organiser);
  for (const auto& s : plan.stakeholders()) mark(s.actor);
  for (const auto& p : plan.budget_pools()) mark(p.manager);
  out.actors_without_assignment = detail::indices_where(assigned, false);
  return out;
}

std::vector<GoalConflict> goal_conflicts(const model::Concept& plan) {
  // Each conflicting pair once, smaller index first.
  std::map<std::pair<Index, Index>, GoalConflict> pairs;
  const auto& goals = plan.goals();
  for (Index g = 0; g < goals.size(); ++g) {
    for (const auto& rel : goals[g].relations) {
      if (rel.kind != v1::GOAL_RELATION_KIND_CONFLICTS || rel.goal == model::npos || rel.goal == g) continue;
      const auto key = std::minmax(g, rel.goal);
      pairs.emplace(key, GoalConflict{key.first, key.second, {}});
    }
  }
  if (pairs.empty()) return {};
  for (Index m = 0; m < plan.measures().size(); ++m) {
    const auto& contributions = plan.measures()[m].contributions;
    for (std::size_t i = 0; i < contributions.size(); ++i) {
      for (std::size_t j = i + 1; j < contributions.size(); ++j) {
        auto it = pairs.find(std::minmax(contributions[i].goal, contributions[j].goal));
        if (it != pairs.end() && (it->second.shared_measures.empty() || it->second.shared_measures.back() != m))
          it->second.shared_measures.push_back(m);
      }
    }
  }
  std::vector<GoalConflict> out;
  for (auto& [key, conflict] : pairs) {
    if (!conflict.shared_measures.empty()) out.push_back(std::move(conflict));
  }
  return out;
}

}  // namespace planwerk::graph
