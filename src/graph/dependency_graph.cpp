// SPDX-License-Identifier: Apache-2.0
#include "planwerk/graph/dependency_graph.hpp"

#include <utility>

namespace planwerk::graph {

DependencyGraph dependency_graph(const model::Concept& plan) {
  const auto& measures = plan.measures();
  std::size_t links = 0;
  for (const auto& m : measures) links += m.dependencies.size();
  std::vector<std::pair<Vertex, Vertex>> ends;
  std::vector<Link> data;
  ends.reserve(links);
  data.reserve(links);
  for (Vertex v = 0; v < measures.size(); ++v) {
    const auto& deps = measures[v].dependencies;
    for (std::uint32_t k = 0; k < deps.size(); ++k) {
      ends.emplace_back(deps[k].predecessor, v);
      data.push_back({deps[k].lag, k, deps[k].type, deps[k].lag_unit});
    }
  }
  // Boost sorts the edges by source with a stable counting sort, so each
  // vertex's out-edges keep the order of the list built above.
  return DependencyGraph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), data.begin(),
                         static_cast<Vertex>(measures.size()));
}

std::int64_t weekdays_between(model::Date first, model::Date last) {
  if (!model::is_set(first) || !model::is_set(last) || last < first) return 0;
  const std::int64_t days = (last - first).days() + 1;
  std::int64_t count = (days / 7) * 5;
  // The remaining days start on first's weekday (0 = Sunday ... 6 = Saturday).
  int weekday = first.day_of_week().as_number();
  for (std::int64_t i = 0; i < days % 7; ++i, weekday = (weekday + 1) % 7) count += (weekday != 0 && weekday != 6);
  return count;
}

std::vector<std::int64_t> working_day_durations(const model::Concept& plan) {
  std::vector<std::int64_t> out;
  out.reserve(plan.measures().size());
  for (const auto& m : plan.measures())
    out.push_back(m.duration_days ? static_cast<std::int64_t>(*m.duration_days) : weekdays_between(m.start, m.end));
  return out;
}

}  // namespace planwerk::graph
