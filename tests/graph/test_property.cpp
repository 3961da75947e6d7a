// SPDX-License-Identifier: Apache-2.0
// Property test: on many random small graphs, cycles, order, reachability,
// redundant links, chains and the forward pass agree with brute force
// written here from the definitions.
#include <gtest/gtest.h>

#include <functional>
#include <random>
#include <set>

#include <boost/graph/adjacency_list.hpp>

#include "planwerk/graph/chains.hpp"
#include "planwerk/graph/cycles.hpp"
#include "planwerk/graph/order.hpp"
#include "planwerk/graph/reach.hpp"

namespace planwerk::graph {
namespace {

using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, Link>;
using V = boost::graph_traits<G>::vertex_descriptor;
using Matrix = std::vector<std::vector<bool>>;

// reach[u][v]: a path of one or more edges from u to v (Warshall).
Matrix closure(const G& g) {
  const std::size_t n = num_vertices(g);
  Matrix reach(n, std::vector<bool>(n, false));
  for (auto e : boost::make_iterator_range(edges(g))) reach[source(e, g)][target(e, g)] = true;
  for (std::size_t k = 0; k < n; ++k)
    for (std::size_t i = 0; i < n; ++i)
      if (reach[i][k])
        for (std::size_t j = 0; j < n; ++j)
          if (reach[k][j]) reach[i][j] = true;
  return reach;
}

bool has_edge(const G& g, V u, V v) { return edge(u, v, g).second; }

G random_graph(std::mt19937& rng, bool acyclic) {
  std::uniform_int_distribution<int> size(1, 9);
  const int n = size(rng);
  std::uniform_int_distribution<int> percent(0, 99);
  const int density = std::uniform_int_distribution<int>(5, 45)(rng);
  std::uniform_int_distribution<int> lag(-3, 5), type(1, 4);
  G g(static_cast<std::size_t>(n));
  for (int u = 0; u < n; ++u) {
    for (int v = 0; v < n; ++v) {
      if (acyclic && u >= v) continue;
      if (percent(rng) >= density) continue;
      const int copies = percent(rng) < 10 ? 2 : 1;  // sometimes a repeated link
      for (int c = 0; c < copies; ++c)
        add_edge(static_cast<V>(u), static_cast<V>(v),
                 Link{lag(rng), 0, static_cast<v1::LinkType>(type(rng)), v1::LAG_UNIT_WORKING_DAYS}, g);
    }
  }
  return g;
}

TEST(Property, CyclesOrderAndReachabilityMatchBruteForce) {
  std::mt19937 rng(20251122);
  for (int round = 0; round < 3000; ++round) {
    const G g = random_graph(rng, round % 3 == 0);
    const std::size_t n = num_vertices(g);
    const Matrix reach = closure(g);

    // Cycles: exactly the vertices that reach themselves, grouped by mutual
    // reachability, each with a valid witness through its smallest member.
    const auto cycles = find_cycles(g);
    std::vector<bool> in_cycle(n, false);
    for (const auto& c : cycles) {
      ASSERT_FALSE(c.witness.empty());
      EXPECT_EQ(c.witness.front(), c.members.front());
      for (std::size_t i = 0; i < c.witness.size(); ++i)
        EXPECT_TRUE(has_edge(g, c.witness[i], c.witness[(i + 1) % c.witness.size()])) << "round " << round;
      std::vector<V> expected;
      for (V u = 0; u < n; ++u)
        if (u == c.members.front() || (reach[c.members.front()][u] && reach[u][c.members.front()]))
          expected.push_back(u);
      EXPECT_EQ(c.members, expected) << "round " << round;
      for (V u : c.members) in_cycle[u] = true;
    }
    for (V v = 0; v < n; ++v) EXPECT_EQ(in_cycle[v], static_cast<bool>(reach[v][v])) << "round " << round;

    // Order: exists exactly when there is no cycle, and every edge points forward.
    const auto order = topological_order(g);
    EXPECT_EQ(order.has_value(), cycles.empty());
    if (order) {
      ASSERT_EQ(order->size(), n);
      std::vector<std::size_t> pos(n);
      for (std::size_t i = 0; i < n; ++i) pos[(*order)[i]] = i;
      for (auto e : boost::make_iterator_range(edges(g))) EXPECT_LT(pos[source(e, g)], pos[target(e, g)]);
    }

    // Downstream: exactly what each vertex reaches.
    for (V v = 0; v < n; ++v) {
      auto down = downstream_of(g, v);
      std::sort(down.begin(), down.end());
      std::vector<V> expected;
      for (V u = 0; u < n; ++u)
        if (reach[v][u]) expected.push_back(u);
      EXPECT_EQ(down, expected) << "round " << round << " vertex " << v;
    }
    if (!order) continue;

    // Redundant links: an edge u -> v repeats an earlier one, or another
    // successor w of u reaches v.
    std::set<std::pair<V, std::size_t>> expected_redundant;  // (u, position among u's out-edges)
    for (V u = 0; u < n; ++u) {
      std::vector<V> targets;
      for (auto e : boost::make_iterator_range(out_edges(u, g))) targets.push_back(target(e, g));
      for (std::size_t k = 0; k < targets.size(); ++k) {
        bool implied = std::find(targets.begin(), targets.begin() + static_cast<long>(k), targets[k]) !=
                       targets.begin() + static_cast<long>(k);
        for (V w : targets) implied |= w != targets[k] && reach[w][targets[k]];
        if (implied) expected_redundant.insert({u, k});
      }
    }
    std::set<std::pair<V, std::size_t>> found;
    for (auto e : redundant_links(g, *order)) {
      const V u = source(e, g);
      std::size_t k = 0;
      for (auto f : boost::make_iterator_range(out_edges(u, g))) {
        if (f == e) break;
        ++k;
      }
      found.insert({u, k});
    }
    EXPECT_EQ(found, expected_redundant) << "round " << round;

    // Longest chain by links: its length is the longest path (memoised
    // recursion), and it is a path.
    std::vector<int> longest(n, -1);
    std::function<int(V)> from = [&](V u) {
      if (longest[u] >= 0) return longest[u];
      int best = 0;
      for (auto e : boost::make_iterator_range(out_edges(u, g))) best = std::max(best, 1 + from(target(e, g)));
      return longest[u] = best;
    };
    int best = 0;
    for (V u = 0; u < n; ++u) best = std::max(best, from(u));
    const auto chain = longest_chain_by_links(g, *order);
    EXPECT_EQ(chain.length, best) << "round " << round;
    EXPECT_EQ(chain.vertices.size(), static_cast<std::size_t>(best) + 1);
    for (std::size_t i = 0; i + 1 < chain.vertices.size(); ++i)
      EXPECT_TRUE(has_edge(g, chain.vertices[i], chain.vertices[i + 1]));

    // Forward pass: the least starts meeting every link constraint, found
    // by relaxing all edges until nothing changes (Bellman-Ford style).
    std::vector<std::int64_t> durations(n);
    for (auto& d : durations) d = std::uniform_int_distribution<int>(0, 6)(rng);
    std::vector<std::int64_t> start(n, 0);
    for (bool changed = true; changed;) {
      changed = false;
      for (auto e : boost::make_iterator_range(edges(g))) {
        const V u = source(e, g), w = target(e, g);
        const Link& l = g[e];
        std::int64_t bound = 0;
        switch (l.type) {
          case v1::LINK_TYPE_SS: bound = start[u] + l.lag; break;
          case v1::LINK_TYPE_FF: bound = start[u] + durations[u] + l.lag - durations[w]; break;
          case v1::LINK_TYPE_SF: bound = start[u] + l.lag - durations[w]; break;
          default: bound = start[u] + durations[u] + l.lag; break;
        }
        if (bound > start[w]) {
          start[w] = bound;
          changed = true;
        }
      }
    }
    const auto duration = boost::make_iterator_property_map(durations.begin(), get(boost::vertex_index, g));
    const auto pass = forward_pass(g, *order, duration, get(boost::edge_bundle, g));
    EXPECT_EQ(pass.start, start) << "round " << round;

    // Backward pass: the greatest finishes, none after the project's end,
    // meeting every link given the successors' late dates (relaxed until
    // nothing changes). No late start is before the early one.
    std::int64_t end = 0;
    for (std::size_t v = 0; v < n; ++v) end = std::max(end, start[v] + durations[v]);
    std::vector<std::int64_t> finish(n, end);
    for (bool changed = true; changed;) {
      changed = false;
      for (auto e : boost::make_iterator_range(edges(g))) {
        const V u = source(e, g), w = target(e, g);
        const Link& l = g[e];
        const std::int64_t start_w = finish[w] - durations[w];
        std::int64_t bound = 0;
        switch (l.type) {
          case v1::LINK_TYPE_SS: bound = start_w - l.lag + durations[u]; break;
          case v1::LINK_TYPE_FF: bound = finish[w] - l.lag; break;
          case v1::LINK_TYPE_SF: bound = finish[w] - l.lag + durations[u]; break;
          default: bound = start_w - l.lag; break;
        }
        if (bound < finish[u]) {
          finish[u] = bound;
          changed = true;
        }
      }
    }
    const auto late = backward_pass(g, *order, duration, get(boost::edge_bundle, g), std::vector<std::int64_t>(n, end));
    EXPECT_EQ(late.finish, finish) << "round " << round;
    for (std::size_t v = 0; v < n; ++v) EXPECT_GE(late.start[v], pass.start[v]) << "round " << round;
  }
}

}  // namespace
}  // namespace planwerk::graph
