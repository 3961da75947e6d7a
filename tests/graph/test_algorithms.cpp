// SPDX-License-Identifier: Apache-2.0
// The generic algorithms on hand-built graphs with known answers, both on
// the dependency view (CSR) and on a plain Boost adjacency_list, to show that
// they need only the graph concepts.
#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>

#include "planwerk/graph/chains.hpp"
#include "planwerk/graph/concepts.hpp"
#include "planwerk/graph/cycles.hpp"
#include "planwerk/graph/order.hpp"
#include "planwerk/graph/reach.hpp"

namespace planwerk::graph {
namespace {

using List = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, Link>;
using ListVertex = boost::graph_traits<List>::vertex_descriptor;

// The concepts the algorithms state (planwerk/graph/concepts.hpp): both
// graph types model them, with the edge bundle as the link map and a vector
// as the duration map; things that are not graphs do not.
static_assert(EdgeListAnalysisGraph<DependencyGraph>);
static_assert(EdgeListAnalysisGraph<List>);
static_assert(ReadableMap<decltype(get(boost::edge_bundle, std::declval<const List&>())), edge_t<List>, Link>);
static_assert(!AnalysisGraph<int>);
static_assert(!AnalysisGraph<std::vector<std::vector<int>>>);
static_assert(!ReadableMap<int, std::size_t, std::int64_t>);

List make(std::size_t n, std::initializer_list<std::pair<int, int>> edges) {
  List g(n);
  for (auto [u, v] : edges) add_edge(static_cast<ListVertex>(u), static_cast<ListVertex>(v), g);
  return g;
}

TEST(Cycles, ComponentsWithWitnessesIncludingSelfLoops) {
  // 0 -> 1 -> 2 -> 0 is a cycle with 2 -> 3 leaving it; 3 -> 3 is a
  // self-loop; 4 <-> 5 a two-cycle; 6 is alone.
  List g = make(7, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 3}, {4, 5}, {5, 4}});
  auto cycles = find_cycles(g);
  ASSERT_EQ(cycles.size(), 3u);
  EXPECT_EQ(cycles[0].members, (std::vector<ListVertex>{0, 1, 2}));
  EXPECT_EQ(cycles[0].witness, (std::vector<ListVertex>{0, 1, 2}));
  EXPECT_EQ(cycles[1].members, (std::vector<ListVertex>{3}));
  EXPECT_EQ(cycles[1].witness, (std::vector<ListVertex>{3}));
  EXPECT_EQ(cycles[2].witness, (std::vector<ListVertex>{4, 5}));
}

TEST(Cycles, WitnessIsAShortestCycleThroughTheSmallestMember) {
  // 0 -> 1 -> 2 -> 3 -> 0 and the shortcut 1 -> 3: the shortest cycle
  // through 0 is 0, 1, 3.
  List g = make(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {1, 3}});
  auto cycles = find_cycles(g);
  ASSERT_EQ(cycles.size(), 1u);
  EXPECT_EQ(cycles[0].members.size(), 4u);
  EXPECT_EQ(cycles[0].witness, (std::vector<ListVertex>{0, 1, 3}));
}

TEST(Order, KahnInDocumentOrderAndNoneForCycles) {
  // 3 -> 1, 0 -> 1, 1 -> 2: sources 0 and 3 come first, in vertex order.
  List g = make(4, {{3, 1}, {0, 1}, {1, 2}});
  auto order = topological_order(g);
  ASSERT_TRUE(order.has_value());
  EXPECT_EQ(*order, (std::vector<ListVertex>{0, 3, 1, 2}));
  EXPECT_FALSE(topological_order(make(2, {{0, 1}, {1, 0}})).has_value());
  EXPECT_FALSE(topological_order(make(1, {{0, 0}})).has_value());
  EXPECT_EQ(topological_order(make(0, {}))->size(), 0u);
}

TEST(Chains, ForwardPassWithEveryLinkType) {
  // Durations A=5, B=3, C=4, D=2 (vertices 0..3).
  //   B after A, FS lag 2:  start B = finish A + 2 = 5 + 2 = 7, finish 10
  //   C after A, SS lag 1:  start C = start A + 1 = 1, finish 5
  //   D after B, FF lag 0:  finish D >= finish B = 10, so start D >= 10 - 2 = 8
  //   D after C, FS lag 0:  start D >= finish C = 5
  // so start D = 8 (driven by B), finish 10.
  List g(4);
  add_edge(0, 1, Link{2, 0, v1::LINK_TYPE_FS, v1::LAG_UNIT_WORKING_DAYS}, g);
  add_edge(0, 2, Link{1, 0, v1::LINK_TYPE_SS, v1::LAG_UNIT_WORKING_DAYS}, g);
  add_edge(1, 3, Link{0, 0, v1::LINK_TYPE_FF, v1::LAG_UNIT_WORKING_DAYS}, g);
  add_edge(2, 3, Link{0, 1, v1::LINK_TYPE_FS, v1::LAG_UNIT_WORKING_DAYS}, g);
  const std::vector<std::int64_t> durations{5, 3, 4, 2};
  const auto duration = boost::make_iterator_property_map(durations.begin(), get(boost::vertex_index, g));
  const auto order = *topological_order(g);
  const auto pass = forward_pass(g, order, duration, get(boost::edge_bundle, g));
  EXPECT_EQ(pass.start, (std::vector<std::int64_t>{0, 7, 1, 8}));
  EXPECT_EQ(pass.finish, (std::vector<std::int64_t>{5, 10, 5, 10}));
  EXPECT_EQ(pass.driver, (std::vector<ListVertex>{0, 0, 0, 1}));
  // B and D both finish at 10; the chain ends at the deeper one, D.
  const auto chain = critical_chain_by_duration(g, order, duration, get(boost::edge_bundle, g));
  EXPECT_EQ(chain.vertices, (std::vector<ListVertex>{0, 1, 3}));
  EXPECT_EQ(chain.length, 10);
  const auto links = longest_chain_by_links(g, order);
  EXPECT_EQ(links.vertices, (std::vector<ListVertex>{0, 1, 3}));
  EXPECT_EQ(links.length, 2);
}

TEST(Chains, StartFinishAndNegativeLags) {
  // A=4, B=6. B after A SF lag 2: finish B >= start A + 2 = 2, so start B
  // >= 2 - 6 = -4, held at 0. C=3 after A FS lag -2 (a lead): start C =
  // finish A - 2 = 4 - 2 = 2.
  // With A made to start no earlier than 5 (finish 9): finish B >= 5 + 2 =
  // 7, so start B = 7 - 6 = 1; start C = 9 - 2 = 7.
  List g(3);
  add_edge(0, 1, Link{2, 0, v1::LINK_TYPE_SF, v1::LAG_UNIT_WORKING_DAYS}, g);
  add_edge(0, 2, Link{-2, 0, v1::LINK_TYPE_FS, v1::LAG_UNIT_WORKING_DAYS}, g);
  const std::vector<std::int64_t> durations{4, 6, 3};
  const auto duration = boost::make_iterator_property_map(durations.begin(), get(boost::vertex_index, g));
  const auto order = *topological_order(g);
  auto pass = forward_pass(g, order, duration, get(boost::edge_bundle, g));
  EXPECT_EQ(pass.start, (std::vector<std::int64_t>{0, 0, 2}));
  const std::vector<std::int64_t> earliest{5, 0, 0};
  pass = forward_pass(g, order, duration, get(boost::edge_bundle, g), &earliest);
  EXPECT_EQ(pass.start, (std::vector<std::int64_t>{5, 1, 7}));
}

TEST(Lags, CalendarDaysCountFiveWorkingDaysInSeven) {
  // 7 -> 5; 10 -> 50/7 = 7.14 -> 7; 3 -> 15/7 = 2.14 -> 2; 4 -> 20/7 = 2.86 -> 3; -10 -> -7.
  auto wd = [](int lag, v1::LagUnit unit) { return lag_in_working_days(Link{lag, 0, v1::LINK_TYPE_FS, unit}); };
  EXPECT_EQ(wd(7, v1::LAG_UNIT_CALENDAR_DAYS), 5);
  EXPECT_EQ(wd(10, v1::LAG_UNIT_CALENDAR_DAYS), 7);
  EXPECT_EQ(wd(3, v1::LAG_UNIT_CALENDAR_DAYS), 2);
  EXPECT_EQ(wd(4, v1::LAG_UNIT_CALENDAR_DAYS), 3);
  EXPECT_EQ(wd(-10, v1::LAG_UNIT_CALENDAR_DAYS), -7);
  EXPECT_EQ(wd(10, v1::LAG_UNIT_WORKING_DAYS), 10);
}

TEST(Reach, DownstreamAndRedundantLinks) {
  // 0 -> 1 -> 2, 0 -> 2 (implied by 0 -> 1 -> 2), 2 -> 3, 0 -> 3 (implied),
  // 1 -> 3 (implied by 1 -> 2 -> 3), 4 -> 3 twice (the second repeats).
  List g = make(5, {{0, 1}, {1, 2}, {0, 2}, {2, 3}, {0, 3}, {1, 3}, {4, 3}, {4, 3}});
  auto down = downstream_of(g, 1);
  std::sort(down.begin(), down.end());
  EXPECT_EQ(down, (std::vector<ListVertex>{2, 3}));
  EXPECT_TRUE(downstream_of(g, 3).empty());
  const auto order = *topological_order(g);
  std::vector<std::pair<ListVertex, ListVertex>> redundant;
  for (auto e : redundant_links(g, order)) redundant.emplace_back(source(e, g), target(e, g));
  std::sort(redundant.begin(), redundant.end());
  EXPECT_EQ(redundant, (std::vector<std::pair<ListVertex, ListVertex>>{{0, 2}, {0, 3}, {1, 3}, {4, 3}}));
  // On a cycle the source itself is downstream.
  auto looped = downstream_of(make(2, {{0, 1}, {1, 0}}), 0);
  EXPECT_EQ(looped, (std::vector<ListVertex>{0, 1}));
}

}  // namespace
}  // namespace planwerk::graph
