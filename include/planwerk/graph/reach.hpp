// SPDX-License-Identifier: Apache-2.0
// Reachability in the dependency view: what lies downstream of a measure,
// and which links are implied by others (transitive reduction).
#pragma once

#include "planwerk/graph/concepts.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/range/iterator_range.hpp>
#include <boost/property_map/property_map.hpp>

namespace planwerk::graph {

/// Every vertex reachable from `source` by one or more edges, in the order a
/// breadth-first search (Boost.Graph) discovers them; `source` itself only if
/// it lies on a cycle.
template <AnalysisGraph Graph>
std::vector<typename boost::graph_traits<Graph>::vertex_descriptor> downstream_of(
    const Graph& g, typename boost::graph_traits<Graph>::vertex_descriptor source) {
  using V = typename boost::graph_traits<Graph>::vertex_descriptor;
  struct Recorder : boost::default_bfs_visitor {
    std::vector<V>* found;
    V source;
    bool* source_on_cycle;
    void discover_vertex(V v, const Graph&) const {
      if (v != source) found->push_back(v);
    }
    void examine_edge(typename boost::graph_traits<Graph>::edge_descriptor e, const Graph& graph) const {
      if (target(e, graph) == source) *source_on_cycle = true;
    }
  };
  std::vector<V> found;
  bool on_cycle = false;
  std::vector<boost::default_color_type> colors(num_vertices(g));
  boost::breadth_first_search(
      g, source,
      boost::visitor(Recorder{{}, &found, source, &on_cycle})
          .color_map(boost::make_iterator_property_map(colors.begin(), get(boost::vertex_index, g))));
  if (on_cycle) found.insert(found.begin(), source);
  return found;
}

/// Links u -> v that another path u -> w -> ... -> v already implies, so the
/// plan says the same without them (as far as order goes: their lags and
/// types may still differ, which is why these are suggestions). A repeated
/// link is implied by its first occurrence. Requires a topological order of
/// the graph (it must be acyclic).
///
/// For each u, a search from u's successors marks what they reach; a direct
/// target of u that is marked is implied. The search never goes past the
/// latest direct target of u in topological order, since nothing after it can
/// lead back to a direct target: plan-like graphs, whose links are local,
/// stay near linear.
template <AnalysisGraph Graph>
std::vector<typename boost::graph_traits<Graph>::edge_descriptor> redundant_links(
    const Graph& g, const std::vector<typename boost::graph_traits<Graph>::vertex_descriptor>& order) {
  using V = typename boost::graph_traits<Graph>::vertex_descriptor;
  using E = typename boost::graph_traits<Graph>::edge_descriptor;
  const auto index = get(boost::vertex_index, g);
  const std::size_t n = num_vertices(g);
  std::vector<std::size_t> position(n);
  for (std::size_t i = 0; i < order.size(); ++i) position[get(index, order[i])] = i;

  constexpr std::size_t never = static_cast<std::size_t>(-1);
  std::vector<std::size_t> reached(n, never);  ///< == u's position: reached from u by >= 2 links
  std::vector<std::size_t> listed(n, never);   ///< == u's position: a link u -> v already reported on
  std::vector<E> result;
  std::vector<V> stack;
  for (std::size_t pu = 0; pu < order.size(); ++pu) {
    const V u = order[pu];
    std::size_t limit = 0;
    std::size_t degree = 0;
    for (auto e : boost::make_iterator_range(out_edges(u, g))) {
      const auto iv = get(index, target(e, g));
      limit = std::max(limit, position[iv]);
      ++degree;
    }
    if (degree < 2) continue;
    stack.clear();
    for (auto e : boost::make_iterator_range(out_edges(u, g))) stack.push_back(target(e, g));
    while (!stack.empty()) {
      const V x = stack.back();
      stack.pop_back();
      for (auto e : boost::make_iterator_range(out_edges(x, g))) {
        const V y = target(e, g);
        const auto iy = get(index, y);
        if (reached[iy] == pu || position[iy] > limit) continue;
        reached[iy] = pu;
        stack.push_back(y);
      }
    }
    /// Report implied targets, and every repeat of a link after its first.
    for (auto e : boost::make_iterator_range(out_edges(u, g))) {
      const auto iv = get(index, target(e, g));
      const bool repeat = listed[iv] == pu;
      if (reached[iv] == pu || repeat) result.push_back(e);
      listed[iv] = pu;
    }
  }
  return result;
}

}  // namespace planwerk::graph
