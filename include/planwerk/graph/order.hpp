// SPDX-License-Identifier: Apache-2.0
// A topological order of the dependency view.
#pragma once

#include "planwerk/graph/concepts.hpp"

#include <optional>
#include <vector>

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/range/iterator_range.hpp>

namespace planwerk::graph {

/// Kahn's algorithm with a first-in first-out queue seeded in vertex order:
/// measures without predecessors first, in document order, then each measure
/// as soon as its last predecessor is placed. The same graph always gives the
/// same order. std::nullopt if the graph has a cycle (see find_cycles).
/// Works on any IncidenceGraph + VertexListGraph + EdgeListGraph with a
/// vertex_index map.
template <EdgeListAnalysisGraph Graph>
std::optional<std::vector<typename boost::graph_traits<Graph>::vertex_descriptor>> topological_order(
    const Graph& g) {
  using V = typename boost::graph_traits<Graph>::vertex_descriptor;
  const auto index = get(boost::vertex_index, g);
  const std::size_t n = num_vertices(g);
  std::vector<std::size_t> waiting(n, 0);  ///< unplaced predecessors per vertex
  for (auto e : boost::make_iterator_range(edges(g))) ++waiting[get(index, target(e, g))];
  std::vector<V> order;
  order.reserve(n);
  for (auto v : boost::make_iterator_range(vertices(g))) {
    if (waiting[get(index, v)] == 0) order.push_back(v);
  }
  /// `order` doubles as the queue: everything behind `next` is waiting to
  /// release its successors.
  for (std::size_t next = 0; next < order.size(); ++next) {
    for (auto e : boost::make_iterator_range(out_edges(order[next], g))) {
      const V w = target(e, g);
      if (--waiting[get(index, w)] == 0) order.push_back(w);
    }
  }
  if (order.size() != n) return std::nullopt;
  return order;
}

}  // namespace planwerk::graph
