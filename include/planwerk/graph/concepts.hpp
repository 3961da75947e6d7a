// SPDX-License-Identifier: Apache-2.0
// What the graph algorithms of this module need of a graph and its property
// maps, stated as C++20 concepts so that a host's own Boost.Graph type is
// checked at compile time (with an error naming the concept, not a page of
// template instantiations). Boost's CSR graph (the dependency view) and
// adjacency_list both model them; tests/graph/test_algorithms.cpp runs the
// algorithms on both.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/property_map/property_map.hpp>

namespace planwerk::graph {

/// A graph's vertex descriptor.
template <class Graph>
using vertex_t = typename boost::graph_traits<Graph>::vertex_descriptor;
/// A graph's edge descriptor.
template <class Graph>
using edge_t = typename boost::graph_traits<Graph>::edge_descriptor;

/// A Boost.Graph class: it names its descriptors (checked first, since
/// boost::graph_traits of anything else is a hard error, not a mismatch).
template <class Graph>
concept BoostGraph = requires {
  typename Graph::vertex_descriptor;
  typename Graph::edge_descriptor;
};

/// Boost's IncidenceGraph and VertexListGraph with a vertex_index map: out-
/// edges of a vertex, all vertices, their number, and a dense index.
template <class Graph>
concept AnalysisGraph = BoostGraph<Graph> && requires(const Graph& g, vertex_t<Graph> v, edge_t<Graph> e) {
  { vertices(g) };
  { num_vertices(g) } -> std::convertible_to<std::size_t>;
  { out_edges(v, g) };
  { source(e, g) } -> std::convertible_to<vertex_t<Graph>>;
  { target(e, g) } -> std::convertible_to<vertex_t<Graph>>;
  { get(get(boost::vertex_index, g), v) } -> std::convertible_to<std::size_t>;
};

/// An AnalysisGraph that is also an EdgeListGraph: all edges at once.
template <class Graph>
concept EdgeListAnalysisGraph = AnalysisGraph<Graph> && requires(const Graph& g) { { edges(g) }; };

/// A readable property map from `Key` to values convertible to `Value`.
template <class Map, class Key, class Value>
concept ReadableMap = requires(const Map& map, Key key) {
  { get(map, key) } -> std::convertible_to<Value>;
};

}  // namespace planwerk::graph
