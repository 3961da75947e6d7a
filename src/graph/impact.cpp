// SPDX-License-Identifier: Apache-2.0
// What a delay or a cancellation of one measure sets off.
#include <algorithm>

#include "goal_tree.hpp"
#include "planwerk/graph/analysis.hpp"
#include "planwerk/graph/order.hpp"
#include "planwerk/graph/reach.hpp"

namespace planwerk::graph {

Impact impact(const model::Concept& plan, Index measure, Disruption change, std::int64_t delay_days) {
  plan.checked(model::Kind::measure, measure);
  if (change == Disruption::delay && delay_days < 0)
    throw Error(ErrorCode::invalid_argument, "a delay cannot be negative (" + std::to_string(delay_days) + " days)");
  if (change == Disruption::delay && delay_days > max_delay_days)
    throw Error(ErrorCode::out_of_range, "a delay of " + std::to_string(delay_days) + " working days is more than the " +
                                             std::to_string(max_delay_days) + " an impact is computed for");

  const DependencyGraph g = dependency_graph(plan);
  std::vector<Vertex> downstream = downstream_of(g, measure);
  downstream.erase(std::remove(downstream.begin(), downstream.end(), measure), downstream.end());
  const auto order = topological_order(g);
  if (order) {
    // Dependency order reads better than discovery order.
    std::vector<std::size_t> position(num_vertices(g));
    for (std::size_t i = 0; i < order->size(); ++i) position[(*order)[i]] = i;
    std::sort(downstream.begin(), downstream.end(), [&](Vertex a, Vertex b) { return position[a] < position[b]; });
  }

  Impact result;
  std::vector<bool> goals(plan.goals().size(), false);
  for (const auto& c : plan.measures()[measure].contributions) detail::mark_with_ancestors(plan, c.goal, goals);

  if (change == Disruption::delay) {
    if (!order) {
      const auto cycles = find_cycles(g);
      throw Error(ErrorCode::conflict, "cannot propagate a delay through cyclic dependencies (measure \"" +
                                           plan.measures()[cycles.front().witness.front()].id + "\" is on a cycle)");
    }
    const auto durations = working_day_durations(plan);
    const auto duration = boost::make_iterator_property_map(durations.begin(), get(boost::vertex_index, g));
    const auto base = forward_pass(g, *order, duration, get(boost::edge_bundle, g));
    std::vector<std::int64_t> earliest = base.start;
    earliest[measure] += delay_days;
    const auto delayed = forward_pass(g, *order, duration, get(boost::edge_bundle, g), &earliest);
    for (Vertex v : downstream) {
      const std::int64_t shift = delayed.start[v] - base.start[v];
      result.downstream.push_back({v, shift});
      if (shift > 0) {
        for (const auto& c : plan.measures()[v].contributions) detail::mark_with_ancestors(plan, c.goal, goals);
      }
    }
  } else {
    for (Vertex v : downstream) result.downstream.push_back({v, 0});
    const auto before = detail::served_goals(plan, [](const model::Measure& m) { return detail::is_active(m); });
    const model::Measure* cancelled = &plan.measures()[measure];
    const auto after = detail::served_goals(
        plan, [&](const model::Measure& m) { return &m != cancelled && detail::is_active(m); });
    for (Index gi = 0; gi < before.size(); ++gi) {
      if (before[gi] && !after[gi]) result.goals_without_active_measure.push_back(gi);
    }
  }

  result.goals = detail::indices_where(goals, true);
  std::vector<bool> guiding(plan.guiding_goals().size(), false);
  for (Index gi : result.goals) {
    if (plan.goals()[gi].guiding_goal != model::npos) guiding[plan.goals()[gi].guiding_goal] = true;
  }
  result.guiding_goals = detail::indices_where(guiding, true);
  return result;
}

}  // namespace planwerk::graph
