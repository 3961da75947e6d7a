// SPDX-License-Identifier: Apache-2.0
// Concept-level analyses on hand-built concepts with hand-computed answers.
#include <gtest/gtest.h>

#include "planwerk/graph/analysis.hpp"
#include "planwerk/io/load.hpp"
#include "support/text.hpp"

namespace planwerk::graph {
namespace {

// Durations in working days: a=5, b=3, c=4, d=2, e=1.
//   a 0-5; b after a: 5-8; c after a: 5-9; d after b and c: max(8, 9) = 9, 9-11.
// Goals: g1 (strategic, guiding lz1) <- g2 (operational, parent g1);
//        g3 (strategic, guiding lz2). Contributions: a->g2, b->g3, c->g2,
//        d->g1, e->g3.
const char* plan_text = R"(
  guiding_goals { id: "lz1" } guiding_goals { id: "lz2" }
  goals { id: "g1" kind: GOAL_KIND_STRATEGIC guiding_goal_id: "lz1" }
  goals { id: "g2" kind: GOAL_KIND_OPERATIONAL parent_goal_id: "g1" }
  goals { id: "g3" kind: GOAL_KIND_STRATEGIC guiding_goal_id: "lz2" }
  measures { id: "a" duration_days: 5 contributions { goal_id: "g2" } }
  measures { id: "b" duration_days: 3 contributions { goal_id: "g3" } dependencies { predecessor_id: "a" } }
  measures { id: "c" duration_days: 4 contributions { goal_id: "g2" } dependencies { predecessor_id: "a" } }
  measures { id: "d" duration_days: 2 contributions { goal_id: "g1" }
             dependencies { predecessor_id: "b" } dependencies { predecessor_id: "c" } }
  measures { id: "e" duration_days: 1 contributions { goal_id: "g3" } }
)";

std::vector<std::pair<Index, std::int64_t>> shifts(const Impact& i) {
  std::vector<std::pair<Index, std::int64_t>> out;
  for (const auto& s : i.downstream) out.emplace_back(s.measure, s.days);
  return out;
}

TEST(DependencyGraph, OneVertexPerMeasureEdgesFromPredecessor) {
  const auto plan = test::concept_from(plan_text);
  const DependencyGraph g = dependency_graph(plan);
  EXPECT_EQ(num_vertices(g), 5u);
  EXPECT_EQ(num_edges(g), 4u);
  std::vector<std::pair<Vertex, std::uint32_t>> out_of_a;
  for (auto e : boost::make_iterator_range(out_edges(Vertex{0}, g))) out_of_a.emplace_back(target(e, g), g[e].position);
  EXPECT_EQ(out_of_a, (std::vector<std::pair<Vertex, std::uint32_t>>{{1, 0}, {2, 0}}));
  std::vector<std::pair<Vertex, std::uint32_t>> into_d;
  for (auto e : boost::make_iterator_range(edges(g)))
    if (target(e, g) == 3) into_d.emplace_back(source(e, g), g[e].position);
  std::sort(into_d.begin(), into_d.end());
  EXPECT_EQ(into_d, (std::vector<std::pair<Vertex, std::uint32_t>>{{1, 0}, {2, 1}}));
}

TEST(Durations, WeekdaysInclusive) {
  using model::Date;
  EXPECT_EQ(weekdays_between(Date(2025, 9, 1), Date(2025, 9, 12)), 10);  // Mon to Fri of the next week
  EXPECT_EQ(weekdays_between(Date(2025, 9, 6), Date(2025, 9, 7)), 0);    // Saturday and Sunday
  EXPECT_EQ(weekdays_between(Date(2025, 9, 5), Date(2025, 9, 8)), 2);    // Fri, Sat, Sun, Mon
  EXPECT_EQ(weekdays_between(Date(2025, 9, 3), Date(2025, 9, 3)), 1);
  EXPECT_EQ(weekdays_between(Date(2025, 9, 3), Date(2025, 9, 2)), 0);
  // 2025-10-01 (Wed) to 2026-03-31 (Tue): 182 days = 26 weeks = 130 weekdays.
  EXPECT_EQ(weekdays_between(Date(2025, 10, 1), Date(2026, 3, 31)), 130);
  const auto plan = test::concept_from(R"(
    measures { id: "given" duration_days: 0 start: "2025-01-01" end: "2025-12-31" }
    measures { id: "dated" start: "2025-09-01" end: "2025-09-12" }
    measures { id: "open" start: "2025-09-01" })");
  EXPECT_EQ(working_day_durations(plan), (std::vector<std::int64_t>{0, 10, 0}));
}

TEST(Analysis, OrderChainsAndRedundancy) {
  const auto plan = test::concept_from(plan_text);
  EXPECT_EQ(dependency_order(plan), (std::vector<Index>{0, 4, 1, 2, 3}));  // sources a, e first
  const auto chains = critical_chains(plan);
  // d finishes last (11), driven by c (9), driven by a (5).
  EXPECT_EQ(chains.by_duration.vertices, (std::vector<Vertex>{0, 2, 3}));
  EXPECT_EQ(chains.by_duration.length, 11);
  // Two links, a -> b -> d and a -> c -> d; the first predecessor wins.
  EXPECT_EQ(chains.by_links.vertices, (std::vector<Vertex>{0, 1, 3}));
  EXPECT_EQ(chains.by_links.length, 2);
  EXPECT_TRUE(redundant_dependencies(plan).empty());

  auto doc = test::parse(plan_text);
  doc.mutable_measures(3)->add_dependencies()->set_predecessor_id("a");  // implied by a -> b -> d
  const auto redundant = redundant_dependencies(model::from_proto(doc));
  ASSERT_EQ(redundant.size(), 1u);
  EXPECT_EQ(redundant[0].measure, 3u);
  EXPECT_EQ(redundant[0].which, 2u);
}

TEST(Analysis, CyclesAreReportedAndBlockOrder) {
  const auto plan = test::concept_from(R"(
    measures { id: "x" dependencies { predecessor_id: "z" } }
    measures { id: "y" dependencies { predecessor_id: "x" } }
    measures { id: "z" dependencies { predecessor_id: "y" } }
    measures { id: "self" dependencies { predecessor_id: "self" } })");
  const auto cycles = dependency_cycles(plan);
  ASSERT_EQ(cycles.size(), 2u);
  EXPECT_EQ(cycles[0].witness, (std::vector<Vertex>{0, 1, 2}));  // x -> y -> z -> x
  EXPECT_EQ(cycles[1].witness, (std::vector<Vertex>{3}));
  try {
    dependency_order(plan);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::conflict);
    EXPECT_STREQ(e.what(), "the measures' dependencies form 2 cycles, the first: \"x\" -> \"y\" -> \"z\" -> \"x\"");
  }
  EXPECT_THROW(critical_chains(plan), Error);
  EXPECT_THROW(impact(plan, 0, Disruption::delay, 3), Error);
  // A cancellation needs no order: y and z are downstream of x.
  EXPECT_EQ(shifts(impact(plan, 0, Disruption::cancel)), (std::vector<std::pair<Index, std::int64_t>>{{1, 0}, {2, 0}}));
}

TEST(Impact, DelayIsAbsorbedByFloat) {
  const auto plan = test::concept_from(plan_text);
  // b delayed 2: 7-10; d = max(10, 9) = 10, shifted 1 (c's float of 1 took the rest).
  auto i = impact(plan, 1, Disruption::delay, 2);
  EXPECT_EQ(shifts(i), (std::vector<std::pair<Index, std::int64_t>>{{3, 1}}));
  // b serves g3, shifted d serves g1: goals g1, g3; guiding lz1 (g1), lz2 (g3).
  EXPECT_EQ(i.goals, (std::vector<Index>{0, 2}));
  EXPECT_EQ(i.guiding_goals, (std::vector<Index>{0, 1}));
  EXPECT_TRUE(i.goals_without_active_measure.empty());
  // a delayed 3: b 8-11, c 8-12, d = max(11, 12) = 12: every one shifted 3.
  i = impact(plan, 0, Disruption::delay, 3);
  EXPECT_EQ(shifts(i), (std::vector<std::pair<Index, std::int64_t>>{{1, 3}, {2, 3}, {3, 3}}));
  // A delay of 0 shifts nothing and touches only the measure's own goals.
  i = impact(plan, 4, Disruption::delay, 0);
  EXPECT_TRUE(i.downstream.empty());
  EXPECT_EQ(i.goals, (std::vector<Index>{2}));
}

TEST(Impact, CancellationAndGoalsLeftWithoutActiveMeasure) {
  auto plan = test::concept_from(plan_text);
  // c serves g2 (under g1): g1 and g2 lose it; both still have a or d.
  auto i = impact(plan, 2, Disruption::cancel);
  EXPECT_EQ(shifts(i), (std::vector<std::pair<Index, std::int64_t>>{{3, 0}}));
  EXPECT_EQ(i.goals, (std::vector<Index>{0, 1}));
  EXPECT_EQ(i.guiding_goals, (std::vector<Index>{0}));
  EXPECT_TRUE(i.goals_without_active_measure.empty());
  // With b already cancelled, e is g3's last active measure.
  plan.set_measure_status("b", v1::MEASURE_STATUS_CANCELLED);
  i = impact(plan, 4, Disruption::cancel);
  EXPECT_EQ(i.goals_without_active_measure, (std::vector<Index>{2}));
  EXPECT_EQ(i.guiding_goals, (std::vector<Index>{1}));
}

TEST(Impact, BadArguments) {
  const auto plan = test::concept_from(plan_text);
  try {
    impact(plan, 5, Disruption::cancel);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::out_of_range);
  }
  try {
    impact(plan, 0, Disruption::delay, -1);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
    EXPECT_STREQ(e.what(), "a delay cannot be negative (-1 days)");
  }
}

TEST(Coverage, Gaps) {
  const auto plan = test::concept_from(R"(
    actors { id: "used" } actors { id: "idle" } actors { id: "parent" } actors { id: "child" parent_actor_id: "parent" }
    goals { id: "top" responsible_actor_id: "used" }
    goals { id: "below" parent_goal_id: "top" }
    goals { id: "empty" }
    goals { id: "cancelled-only" }
    measures { id: "m" contributions { goal_id: "below" } }
    measures { id: "x" status: MEASURE_STATUS_CANCELLED contributions { goal_id: "cancelled-only" } }
    measures { id: "lonely" }
    indicators { id: "i" goal_ids: "top" }
    indicators { id: "free" })");
  const auto c = coverage(plan);
  // "top" is served through "below"; "empty" has nothing; "cancelled-only"
  // only a cancelled measure.
  EXPECT_EQ(c.goals_without_measures, (std::vector<Index>{2, 3}));
  EXPECT_EQ(c.goals_without_indicators, (std::vector<Index>{1, 2, 3}));
  EXPECT_EQ(c.measures_without_goals, (std::vector<Index>{2}));
  EXPECT_EQ(c.indicators_without_goals, (std::vector<Index>{1}));
  // "parent" is referred to by "child"; "child" and "idle" by nothing.
  EXPECT_EQ(c.actors_without_assignment, (std::vector<Index>{1, 3}));
}

TEST(Conflicts, SharedMeasuresOfConflictingGoals) {
  const auto plan = test::concept_from(R"(
    goals { id: "consolidate" relations { kind: GOAL_RELATION_KIND_CONFLICTS goal_id: "expand" } }
    goals { id: "expand" relations { kind: GOAL_RELATION_KIND_CONFLICTS goal_id: "consolidate" } }
    goals { id: "calm" relations { kind: GOAL_RELATION_KIND_CONFLICTS goal_id: "expand" }
                       relations { kind: GOAL_RELATION_KIND_SUPPORTS goal_id: "consolidate" } }
    goals { id: "regional" relations { kind: GOAL_RELATION_KIND_CONFLICTS concept_id: "region" goal_id: "r" } }
    measures { id: "both" contributions { goal_id: "expand" } contributions { goal_id: "consolidate" } }
    measures { id: "one" contributions { goal_id: "expand" } }
    measures { id: "both-too" contributions { goal_id: "consolidate" } contributions { goal_id: "expand" } })");
  const auto conflicts = goal_conflicts(plan);
  // consolidate/expand share two measures (reported once though marked both
  // ways); calm/expand share none, so it is not a finding.
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].first, 0u);
  EXPECT_EQ(conflicts[0].second, 1u);
  EXPECT_EQ(conflicts[0].shared_measures, (std::vector<Index>{0, 2}));
}

TEST(Sample, AnalysesRunOnTheOberhausenConcept) {
  const auto plan = io::load(test::sample_path());
  EXPECT_TRUE(dependency_cycles(plan).empty());
  const auto order = dependency_order(plan);
  EXPECT_EQ(order.size(), plan.measures().size());
  const auto chains = critical_chains(plan);
  EXPECT_GE(chains.by_links.length, 2);  // m-01 -> m-03 and m-13 -> m-14 -> m-15, at least
  EXPECT_EQ(goal_conflicts(plan).size(), 0u);  // the sample's only conflict is with another concept
  const auto gaps = coverage(plan);
  EXPECT_TRUE(gaps.measures_without_goals.empty());
}

}  // namespace
}  // namespace planwerk::graph
