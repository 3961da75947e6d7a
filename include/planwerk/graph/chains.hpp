// SPDX-License-Identifier: Apache-2.0
// Critical chains ahead of calendar scheduling: the longest path by number
// of links, and by duration in working days with every link type and lag
// (the forward pass of the critical path method, counted in working days
// from 0; the schedule module maps these onto calendars).
#pragma once

#include "planwerk/graph/concepts.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include <boost/graph/graph_traits.hpp>
#include <boost/range/iterator_range.hpp>
#include <boost/property_map/property_map.hpp>

#include "planwerk/graph/dependency_graph.hpp"

namespace planwerk::graph {

/// A chain of vertices and its length.
template <class V>
struct Chain {
  std::vector<V> vertices;  ///< first to last
  std::int64_t length = 0;  ///< links, or working days
};

/// Earliest start and finish of every vertex, in working days from 0, and the
/// predecessor that drives each start (itself if none does).
template <class V>
struct ForwardPass {
  std::vector<std::int64_t> start;   ///< earliest start of every vertex
  std::vector<std::int64_t> finish;  ///< start + duration: the first free day after the measure
  std::vector<V> driver;             ///< the predecessor that drives each start (itself if none)
};

/// Latest start and finish that keep every successor's late dates.
struct BackwardPass {
  std::vector<std::int64_t> start;  ///< Latest start of every vertex.
  std::vector<std::int64_t> finish;  ///< Latest finish of every vertex.
};

/// What a link u -> v demands, in working days, with finish = start +
/// duration (exclusive). With lag L:
///   FS: start(v) >= finish(u) + L      SS: start(v) >= start(u) + L
///   FF: finish(v) >= finish(u) + L     SF: finish(v) >= start(u) + L
/// Calendar-day lags count 5 working days in 7 (lag_in_working_days); the
/// schedule module passes a policy that reads them on a real calendar.
struct WorkingDayLinks {
  /// The earliest start of v the link allows.
  std::int64_t earliest_start(const Link& l, std::int64_t start_u, std::int64_t finish_u,
                              std::int64_t duration_v) const {
    const std::int64_t lag = lag_in_working_days(l);
    switch (l.type) {
      case v1::LINK_TYPE_SS: return start_u + lag;
      case v1::LINK_TYPE_FF: return finish_u + lag - duration_v;
      case v1::LINK_TYPE_SF: return start_u + lag - duration_v;
      default: return finish_u + lag;
    }
  }
  /// The latest finish of u the link allows, given v's late start and finish.
  std::int64_t latest_finish(const Link& l, std::int64_t start_v, std::int64_t finish_v,
                             std::int64_t duration_u) const {
    const std::int64_t lag = lag_in_working_days(l);
    switch (l.type) {
      case v1::LINK_TYPE_SS: return start_v - lag + duration_u;
      case v1::LINK_TYPE_FF: return finish_v - lag;
      case v1::LINK_TYPE_SF: return finish_v - lag + duration_u;
      default: return start_v - lag;
    }
  }
};

/// Requires a topological order (topological_order). `duration` maps a vertex
/// to its working days; `link` maps an edge to its Link; `links` says what a
/// link demands (WorkingDayLinks above). Every start is at least earliest[v]
/// (0 without `earliest`). The driver is the predecessor whose link sets
/// start(v); on ties the one whose link comes first.
template <AnalysisGraph Graph, class DurationMap, class LinkMap, class Links = WorkingDayLinks>
  requires ReadableMap<DurationMap, vertex_t<Graph>, std::int64_t> && ReadableMap<LinkMap, edge_t<Graph>, Link>
ForwardPass<typename boost::graph_traits<Graph>::vertex_descriptor> forward_pass(
    const Graph& g, const std::vector<typename boost::graph_traits<Graph>::vertex_descriptor>& order,
    DurationMap duration, LinkMap link, const std::vector<std::int64_t>* earliest = nullptr,
    const Links& links = Links{}) {
  using V = typename boost::graph_traits<Graph>::vertex_descriptor;
  const auto index = get(boost::vertex_index, g);
  const std::size_t n = num_vertices(g);
  ForwardPass<V> pass;
  if (earliest != nullptr) {
    pass.start = *earliest;
  } else {
    pass.start.assign(n, 0);
  }
  pass.finish.assign(n, 0);
  pass.driver.resize(n);
  for (auto v : boost::make_iterator_range(vertices(g))) pass.driver[get(index, v)] = v;
  /// Relax along out-edges in topological order: when u is reached, all of
  /// u's predecessors are final, so u's start and finish are too.
  for (V u : order) {
    const std::size_t iu = get(index, u);
    pass.finish[iu] = pass.start[iu] + get(duration, u);
    for (auto e : boost::make_iterator_range(out_edges(u, g))) {
      const V w = target(e, g);
      const std::size_t iw = get(index, w);
      const std::int64_t bound = links.earliest_start(get(link, e), pass.start[iu], pass.finish[iu], get(duration, w));
      if (bound > pass.start[iw]) {
        pass.start[iw] = bound;
        pass.driver[iw] = u;
      }
    }
  }
  return pass;
}

/// The vertex that finishes last: the last such in `order` (the deepest).
/// `order` must not be empty.
template <class V, class IndexMap>
V last_finisher(const ForwardPass<V>& pass, const std::vector<V>& order, IndexMap index) {
  V end = order.front();
  for (V v : order) {
    if (pass.finish[get(index, v)] >= pass.finish[get(index, end)]) end = v;
  }
  return end;
}

/// The chain of drivers that ends at `end`, first vertex first: who decides
/// end's earliest start, who decides theirs, back to a vertex nothing drives.
template <class V, class IndexMap>
std::vector<V> driving_chain(const ForwardPass<V>& pass, V end, IndexMap index) {
  std::vector<V> chain;
  for (V v = end;; v = pass.driver[get(index, v)]) {
    chain.push_back(v);
    if (pass.driver[get(index, v)] == v) break;
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

/// Late dates, in reverse topological order: every finish is at most
/// latest[v] and at most what each successor's late dates allow.
template <AnalysisGraph Graph, class DurationMap, class LinkMap, class Links = WorkingDayLinks>
  requires ReadableMap<DurationMap, vertex_t<Graph>, std::int64_t> && ReadableMap<LinkMap, edge_t<Graph>, Link>
BackwardPass backward_pass(const Graph& g,
                           const std::vector<typename boost::graph_traits<Graph>::vertex_descriptor>& order,
                           DurationMap duration, LinkMap link, const std::vector<std::int64_t>& latest,
                           const Links& links = Links{}) {
  using V = typename boost::graph_traits<Graph>::vertex_descriptor;
  const auto index = get(boost::vertex_index, g);
  BackwardPass pass;
  pass.finish = latest;
  pass.start.assign(latest.size(), 0);
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const V u = *it;
    const std::size_t iu = get(index, u);
    const std::int64_t du = get(duration, u);
    for (auto e : boost::make_iterator_range(out_edges(u, g))) {
      const std::size_t iw = get(index, target(e, g));
      pass.finish[iu] = std::min(pass.finish[iu], links.latest_finish(get(link, e), pass.start[iw], pass.finish[iw], du));
    }
    pass.start[iu] = pass.finish[iu] - du;
  }
  return pass;
}

/// The chain that decides the earliest finish of the whole: from the vertex
/// with the latest finish (the last such in `order`, which is the deepest)
/// back along drivers.
template <AnalysisGraph Graph, class DurationMap, class LinkMap>
  requires ReadableMap<DurationMap, vertex_t<Graph>, std::int64_t> && ReadableMap<LinkMap, edge_t<Graph>, Link>
Chain<typename boost::graph_traits<Graph>::vertex_descriptor> critical_chain_by_duration(
    const Graph& g, const std::vector<typename boost::graph_traits<Graph>::vertex_descriptor>& order,
    DurationMap duration, LinkMap link) {
  using V = typename boost::graph_traits<Graph>::vertex_descriptor;
  Chain<V> chain;
  if (order.empty()) return chain;
  const auto index = get(boost::vertex_index, g);
  const auto pass = forward_pass(g, order, duration, link);
  const V end = last_finisher(pass, order, index);
  chain.length = pass.finish[get(index, end)];
  chain.vertices = driving_chain(pass, end, index);
  return chain;
}

/// The longest path by number of links (ending at the last such vertex in
/// `order`; on ties between predecessors, the first).
template <AnalysisGraph Graph>
Chain<typename boost::graph_traits<Graph>::vertex_descriptor> longest_chain_by_links(
    const Graph& g, const std::vector<typename boost::graph_traits<Graph>::vertex_descriptor>& order) {
  using V = typename boost::graph_traits<Graph>::vertex_descriptor;
  Chain<V> chain;
  if (order.empty()) return chain;
  const auto index = get(boost::vertex_index, g);
  const std::size_t n = num_vertices(g);
  std::vector<std::int64_t> links(n, 0);
  std::vector<V> previous(n);
  for (auto v : boost::make_iterator_range(vertices(g))) previous[get(index, v)] = v;
  for (V u : order) {
    for (auto e : boost::make_iterator_range(out_edges(u, g))) {
      const V w = target(e, g);
      if (links[get(index, u)] + 1 > links[get(index, w)]) {
        links[get(index, w)] = links[get(index, u)] + 1;
        previous[get(index, w)] = u;
      }
    }
  }
  V end = order.front();
  for (V v : order) {
    if (links[get(index, v)] >= links[get(index, end)]) end = v;
  }
  chain.length = links[get(index, end)];
  for (V v = end;; v = previous[get(index, v)]) {
    chain.vertices.push_back(v);
    if (previous[get(index, v)] == v) break;
  }
  std::reverse(chain.vertices.begin(), chain.vertices.end());
  return chain;
}

}  // namespace planwerk::graph
