// SPDX-License-Identifier: Apache-2.0
// Rules on goals and guiding goals.
#include <algorithm>

#include "checks.hpp"

namespace planwerk::model::detail {
namespace {

// Coarse to fine: a parent should not be finer than its child.
int level(v1::GoalKind k) {
  switch (k) {
    case v1::GOAL_KIND_STRATEGIC: return 1;
    case v1::GOAL_KIND_OPERATIONAL: return 2;
    case v1::GOAL_KIND_ANNUAL:
    case v1::GOAL_KIND_INTERIM: return 3;
    default: return 0;  // unspecified: no claim
  }
}

// Parent links form a functional graph (one parent each), so every cycle is
// found by walking from each goal until the walk meets itself or known ground.
void check_parent_cycles(const Concept& c, Findings& f) {
  const auto& goals = c.goals();
  enum : char { unvisited, on_path, done };
  std::vector<char> state(goals.size(), unvisited);
  std::vector<Index> path;
  for (Index start = 0; start < goals.size(); ++start) {
    path.clear();
    Index g = start;
    while (g != npos && state[g] == unvisited) {
      state[g] = on_path;
      path.push_back(g);
      g = goals[g].parent;
    }
    if (g != npos && state[g] == on_path) {
      // The cycle is the tail of the path from g; report it from its first
      // goal in document order, so the same cycle always reads the same.
      auto first = std::find(path.begin(), path.end(), g);
      std::vector<Index> cycle(first, path.end());
      std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
      std::string chain;
      for (Index i : cycle) chain += "\"" + goals[i].id + "\" -> ";
      chain += "\"" + goals[cycle.front()].id + "\"";
      f.add("PW101", Kind::goal, goals[cycle.front()].id, at(Kind::goal, cycle.front()) + ".parent_goal_id",
            "goal parentage forms a cycle: " + chain);
    }
    for (Index i : path) state[i] = done;
  }
}

// Goals that have at least one indicator with a complete baseline and a
// complete target.
std::vector<bool> measurable_goals(const Concept& c) {
  std::vector<bool> measurable(c.goals().size(), false);
  for (const auto& ind : c.indicators()) {
    const bool baseline = std::any_of(ind.baselines.begin(), ind.baselines.end(),
                                      [](const Baseline& b) { return b.value && is_set(b.date); });
    const bool target = std::any_of(ind.targets.begin(), ind.targets.end(),
                                    [](const Target& t) { return t.value && is_set(t.date); });
    if (!baseline || !target) continue;
    for (Index g : ind.goals) measurable[g] = true;
  }
  return measurable;
}

}  // namespace

void check_goals(const Concept& c, Findings& f) {
  const auto& goals = c.goals();
  const Header& h = c.header();
  check_parent_cycles(c, f);
  const auto measurable = measurable_goals(c);
  std::vector<bool> guiding_used(c.guiding_goals().size(), false);

  for (Index i = 0; i < goals.size(); ++i) {
    const Goal& g = goals[i];
    if (g.guiding_goal != npos) guiding_used[g.guiding_goal] = true;
    if (g.kind == v1::GOAL_KIND_STRATEGIC && !measurable[i]) {
      f.add("PW102", Kind::goal, g.id, at(Kind::goal, i),
            "strategic goal \"" + g.id +
                "\" is not measurable: no indicator linked to it has a baseline and a target, each with value "
                "and date");
    }
    if (g.responsible == npos) {
      f.add("PW103", Kind::goal, g.id, at(Kind::goal, i) + ".responsible_actor_id",
            "goal \"" + g.id + "\" has no responsible unit");
    }
    if (is_set(g.deadline) && ((is_set(h.period_start) && g.deadline < h.period_start) ||
                               (is_set(h.period_end) && g.deadline > h.period_end))) {
      f.add("PW116", Kind::goal, g.id, at(Kind::goal, i) + ".deadline",
            "goal \"" + g.id + "\" has its deadline " + format_date(g.deadline) + " outside the plan period " +
                format_date(h.period_start) + " to " + format_date(h.period_end));
    }
    if (g.parent != npos) {
      const Goal& p = goals[g.parent];
      if (level(p.kind) != 0 && level(g.kind) != 0 && level(p.kind) > level(g.kind)) {
        f.add("PW117", Kind::goal, g.id, at(Kind::goal, i) + ".parent_goal_id",
              "goal \"" + g.id + "\" (" + v1::GoalKind_Name(g.kind) + ") has the finer goal \"" + p.id + "\" (" +
                  v1::GoalKind_Name(p.kind) + ") as its parent");
      }
    } else if (g.action_field == npos) {
      f.add("PW118", Kind::goal, g.id, at(Kind::goal, i),
            "goal \"" + g.id + "\" has neither an action field nor a parent goal");
    }
  }
  for (Index i = 0; i < guiding_used.size(); ++i) {
    if (!guiding_used[i]) {
      const auto& gg = c.guiding_goals()[i];
      f.add("PW122", Kind::guiding_goal, gg.id, at(Kind::guiding_goal, i),
            "guiding goal \"" + gg.id + "\" is not broken down into any goal");
    }
  }
}

}  // namespace planwerk::model::detail
