// SPDX-License-Identifier: Apache-2.0
// Cycles, order, chains and redundant links of a concept's dependencies.
#include "planwerk/graph/analysis.hpp"

#include "planwerk/graph/order.hpp"
#include "planwerk/graph/reach.hpp"

namespace planwerk::graph {
namespace {

std::string describe(const model::Concept& plan, const Cycle<Vertex>& cycle) {
  std::string text;
  for (Vertex v : cycle.witness) text += "\"" + plan.measures()[v].id + "\" -> ";
  return text + "\"" + plan.measures()[cycle.witness.front()].id + "\"";
}

}  // namespace

std::vector<Cycle<Vertex>> dependency_cycles(const model::Concept& plan) {
  return find_cycles(dependency_graph(plan));
}

// The order of an acyclic view, or Error(conflict) naming a cycle.
static std::vector<Vertex> order_or_throw(const model::Concept& plan, const DependencyGraph& g) {
  auto order = topological_order(g);
  if (!order) {
    const auto cycles = find_cycles(g);
    throw Error(ErrorCode::conflict, "the measures' dependencies form " + std::to_string(cycles.size()) +
                                         (cycles.size() == 1 ? " cycle" : " cycles") + ", the first: " +
                                         describe(plan, cycles.front()));
  }
  return std::move(*order);
}

std::vector<Index> dependency_order(const model::Concept& plan) {
  return order_or_throw(plan, dependency_graph(plan));
}

CriticalChains critical_chains(const model::Concept& plan) {
  const DependencyGraph g = dependency_graph(plan);
  const auto order = order_or_throw(plan, g);
  const auto durations = working_day_durations(plan);
  CriticalChains chains;
  chains.by_links = longest_chain_by_links(g, order);
  chains.by_duration = critical_chain_by_duration(
      g, order, boost::make_iterator_property_map(durations.begin(), get(boost::vertex_index, g)),
      get(boost::edge_bundle, g));
  return chains;
}

std::vector<LinkRef> redundant_dependencies(const model::Concept& plan) {
  const DependencyGraph g = dependency_graph(plan);
  const auto order = order_or_throw(plan, g);
  std::vector<LinkRef> out;
  for (auto e : redundant_links(g, order)) out.push_back({target(e, g), g[e].position});
  std::sort(out.begin(), out.end(),
            [](const LinkRef& a, const LinkRef& b) { return std::tie(a.measure, a.which) < std::tie(b.measure, b.which); });
  return out;
}

}  // namespace planwerk::graph
