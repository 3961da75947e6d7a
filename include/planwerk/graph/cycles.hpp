// SPDX-License-Identifier: Apache-2.0
// Dependency cycles: every strongly connected component with more than one
// vertex, or with a self-loop, and one witness cycle through it.
#pragma once

#include "planwerk/graph/concepts.hpp"

#include <algorithm>
#include <deque>
#include <vector>

#include <boost/graph/graph_traits.hpp>
#include <boost/range/iterator_range.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/property_map/property_map.hpp>

namespace planwerk::graph {

/// A strongly connected component of two or more vertices (or one with a
/// self-loop), with one of its cycles as a witness.
template <class V>
struct Cycle {
  std::vector<V> members;  ///< the component, ascending
  std::vector<V> witness;  ///< a shortest cycle through members.front(), in edge order;
                           // the edge from witness.back() back to witness.front() closes it
};

/// Works on any IncidenceGraph + VertexListGraph with a vertex_index map.
/// Components are ordered by their smallest vertex; each witness starts at
/// that vertex and is found by breadth-first search inside the component, so
/// the result is the same for the same graph.
template <AnalysisGraph Graph>
std::vector<Cycle<typename boost::graph_traits<Graph>::vertex_descriptor>> find_cycles(const Graph& g) {
  using V = typename boost::graph_traits<Graph>::vertex_descriptor;
  const auto index = get(boost::vertex_index, g);
  const std::size_t n = num_vertices(g);
  std::vector<std::size_t> component(n);
  const std::size_t count =
      boost::strong_components(g, boost::make_iterator_property_map(component.begin(), index));

  /// Only components of two or more vertices, or with a self-loop, are
  /// cycles; most components of a plan are single measures, so collect
  /// members for the others only.
  std::vector<std::size_t> size(count, 0);
  for (auto v : boost::make_iterator_range(vertices(g))) ++size[component[get(index, v)]];
  std::vector<char> looped(count, 0);
  for (auto e : boost::make_iterator_range(edges(g))) {
    if (source(e, g) == target(e, g)) looped[component[get(index, source(e, g))]] = 1;
  }
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::vector<std::size_t> slot(count, none);
  std::vector<std::vector<V>> members;
  for (std::size_t c = 0; c < count; ++c) {
    if (size[c] > 1 || looped[c]) {
      slot[c] = members.size();
      members.emplace_back();
    }
  }
  for (auto v : boost::make_iterator_range(vertices(g))) {
    const std::size_t c = slot[component[get(index, v)]];
    if (c != none) members[c].push_back(v);
  }

  std::vector<Cycle<V>> cycles;
  std::vector<V> parent(n);  ///< BFS tree, reused across components
  std::vector<char> seen(n, 0);
  for (auto& group : members) {
    std::sort(group.begin(), group.end(), [&](V a, V b) { return get(index, a) < get(index, b); });
    const V start = group.front();
    const std::size_t c = component[get(index, start)];
    /// Breadth-first from start inside the component until an edge returns
    /// to start: the path found is a shortest cycle through start.
    std::deque<V> queue{start};
    std::vector<V> touched{start};
    seen[get(index, start)] = 1;
    parent[get(index, start)] = start;
    bool closed = false;
    V last = start;
    while (!queue.empty() && !closed) {
      const V u = queue.front();
      queue.pop_front();
      for (auto e : boost::make_iterator_range(out_edges(u, g))) {
        const V w = target(e, g);
        if (component[get(index, w)] != c) continue;
        if (w == start) {
          closed = true;
          last = u;
          break;
        }
        if (seen[get(index, w)]) continue;
        seen[get(index, w)] = 1;
        parent[get(index, w)] = u;
        touched.push_back(w);
        queue.push_back(w);
      }
    }
    if (closed) {
      Cycle<V> cycle;
      cycle.members = group;
      for (V v = last;; v = parent[get(index, v)]) {
        cycle.witness.push_back(v);
        if (v == start) break;
      }
      std::reverse(cycle.witness.begin(), cycle.witness.end());
      cycles.push_back(std::move(cycle));
    }
    for (V v : touched) seen[get(index, v)] = 0;
  }
  std::sort(cycles.begin(), cycles.end(), [&](const Cycle<V>& a, const Cycle<V>& b) {
    return get(index, a.members.front()) < get(index, b.members.front());
  });
  return cycles;
}

}  // namespace planwerk::graph
