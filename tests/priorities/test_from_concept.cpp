// SPDX-License-Identifier: Apache-2.0
// A concept's decision (from_concept.hpp) on a small concept worked out by
// hand: goal weights, candidates and measures under way, pools by funding
// type, the council's decision as an earliest start, an interim deadline as
// the latest, the programme and its explanation; and what it refuses.
#include <gtest/gtest.h>

#include <cmath>

#include "planwerk/error.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/priorities/frames.hpp"
#include "planwerk/priorities/from_concept.hpp"
#include "support/text.hpp"

namespace planwerk::priorities {
namespace {

// Goals: g1 priority 1 and g2 priority 2 of Pmax 2, so priority factors
// 1 + (2 - 1 + 1) / 2 = 2 and 1 + (2 - 2 + 1) / 2 = 1.5; g3 unprioritised
// (1), an interim goal due 2027-12-31. Without data every urgency is
// 1 + 0.5 = 1.5: W(g1) = 3, W(g2) = 2.25, W(g3) = 1.5.
// Pools: pi, an innovation budget of 10,000 euros in 2026 (start years of
// innovation-funded measures only); ph, 5,000 euros every year for
// municipal and innovation-funded measures.
// Measures (200 working days are one year, 400 two):
//   a planned, municipal 4,000, one year, g1: value 3
//   b proposed, innovation 8,000, two years (4,000 each), g2 weight 2: 4.5
//   c planned, municipal 3,000, one year, after a (finish-to-start; a's 200
//     days are less than a year, so the same year), g3: 1.5, latest start
//     2027 (g3's deadline)
//   d in progress since 2025-03-01 until 2026-06-30: two years at 1,000,
//     so 1,000 of ph's 2026 is committed
//   e proposed, state 50,000 (no pool pays state money: outside), g1
//     weight 0.5: 1.5
//   f planned, no cost, g2: 2.25; proposal v1 about it goes to the council
//     ("rat"), whose next meeting is 2027-03-15: earliest start 2027
// Horizon 2026-2027, discount 5 %.
// ph holds 4,000 free in 2026 and 5,000 in 2027. a + b + e in 2026 (b's
// start from pi, its second year 4,000 from ph in 2027) leaves c no room:
// 2026 has 0 left after a, 2027 has 1,000 after b. Every other choice is
// worth less (c instead of a: 1.5 < 3; b in 2027 instead: 4.5 / 1.05 with
// still no room for c). f starts 2027: 2.25 / 1.05 = 2.142857.
// Value: 3 + 4.5 + 1.5 + 2.142857 = 11.142857.
const char* kreis = R"(
  id: "kreis" title: "Kreis" version_label: "1" period_start: "2026-01-01" period_end: "2030-12-31"
  calendar { state: "NW" }
  actors { id: "amt" name: "Amt" }
  goals { id: "g1" title: "Eins" kind: GOAL_KIND_STRATEGIC priority: 1 }
  goals { id: "g2" title: "Zwei" kind: GOAL_KIND_STRATEGIC priority: 2 }
  goals { id: "g3" title: "Drei" kind: GOAL_KIND_INTERIM deadline: "2027-12-31" }
  measures { id: "a" title: "A" status: MEASURE_STATUS_PLANNED responsible_actor_id: "amt" duration_days: 200
             budget { amount_cents: 400000 funding_type: FUNDING_TYPE_MUNICIPAL } contributions { goal_id: "g1" } }
  measures { id: "b" title: "B" status: MEASURE_STATUS_PROPOSED duration_days: 400
             budget { amount_cents: 800000 funding_type: FUNDING_TYPE_INNOVATION_BUDGET }
             contributions { goal_id: "g2" weight: 2 } }
  measures { id: "c" title: "C" status: MEASURE_STATUS_PLANNED duration_days: 200
             budget { amount_cents: 300000 funding_type: FUNDING_TYPE_MUNICIPAL } contributions { goal_id: "g3" }
             dependencies { predecessor_id: "a" } }
  measures { id: "d" title: "D" status: MEASURE_STATUS_IN_PROGRESS actual_start: "2025-03-01" start: "2025-03-01"
             end: "2026-06-30" budget { amount_cents: 200000 funding_type: FUNDING_TYPE_MUNICIPAL } }
  measures { id: "e" title: "E" status: MEASURE_STATUS_PROPOSED duration_days: 200
             budget { amount_cents: 5000000 funding_type: FUNDING_TYPE_STATE } contributions { goal_id: "g1" weight: 0.5 } }
  measures { id: "f" title: "F" status: MEASURE_STATUS_PLANNED duration_days: 100 contributions { goal_id: "g2" } }
  committees { id: "rat" name: "Rat" meetings: "2027-03-15" }
  budget_pools { id: "pi" name: "Innovation" kind: BUDGET_POOL_KIND_INNOVATION total_cents: 1000000 year: 2026 }
  budget_pools { id: "ph" name: "Haushalt" kind: BUDGET_POOL_KIND_OTHER total_cents: 500000
                 funding_types: [FUNDING_TYPE_MUNICIPAL, FUNDING_TYPE_INNOVATION_BUDGET] }
  proposals { id: "v1" title: "F beschließen" date: "2026-01-10" measure_ids: "f"
              consultations { committee_id: "rat" role: "Entscheidung" authoritative: true } }
)";

model::Concept kreis_plan() { return io::load_bytes(kreis, io::Format::text); }

ConceptOptions horizon() {
  ConceptOptions o;
  o.first_year = 2026;
  o.last_year = 2027;
  return o;
}

const Candidate& candidate(const Problem& p, const std::string& id) {
  for (const auto& c : p.candidates)
    if (c.id == id) return c;
  throw std::runtime_error("no candidate " + id);
}

TEST(FromConcept, WeighsGoalsByPriorityAndTheFormulaWithoutData) {
  const auto w = goal_weights(kreis_plan(), nullptr, horizon());
  ASSERT_EQ(w.size(), 3u);
  EXPECT_DOUBLE_EQ(w[0].priority_factor, 2.0);
  EXPECT_DOUBLE_EQ(w[1].priority_factor, 1.5);
  EXPECT_DOUBLE_EQ(w[2].priority_factor, 1.0);
  EXPECT_DOUBLE_EQ(w[0].weight, 3.0);
  EXPECT_DOUBLE_EQ(w[1].weight, 2.25);
  EXPECT_DOUBLE_EQ(w[2].weight, 1.5);
}

TEST(FromConcept, MonitoringRaisesTheWeightOfGoalsBehindAndOffTrack) {
  // The roll-up says g1 scores 80 (gap 0.2) and g2 30 (gap 0.7); an
  // indicator of g2 is off track for the whole city (district and group
  // ""), one of g1 only in a district (which does not count).
  // U(g1) = 1 + 0.2 = 1.2, W = 2 x 1.2 = 2.4; U(g2) = 1 + 0.7 + 0.5 = 2.2,
  // W = 1.5 x 2.2 = 3.3; g3 has no data: 1.5.
  auto plan = kreis_plan();
  auto doc = model::to_proto(plan);
  auto* i1 = doc.add_indicators();
  i1->set_id("i1"), i1->set_title("Eins"), i1->add_goal_ids("g1");
  auto* i2 = doc.add_indicators();
  i2->set_id("i2"), i2->set_title("Zwei"), i2->add_goal_ids("g2");
  auto* d = doc.add_districts();
  d->set_id("nord"), d->set_name("Nord");
  plan = model::from_proto(doc);
  monitor::Result r;
  using T = Column::Type;
  auto& level = r.rollup.add("level", T::category, {"goal", "action_field", "concept"});
  auto& id = r.rollup.add("id", T::category, {"g1", "g2", "g3"});
  auto& score = r.rollup.add("score", T::real);
  level.codes() = {0, 0, 0};
  id.codes() = {0, 1, 2};
  score.reals() = {80, 30, NAN};
  r.rollup.seal();
  r.rollup["score"].set_missing(2);
  auto& ind = r.series.add("indicator", T::category, {"i1", "i2"});
  auto& dist = r.series.add("district", T::category, {"", "nord"});
  auto& grp = r.series.add("group", T::category, {""});
  auto& outlook = r.series.add("outlook", T::category,
                               {"insufficient_data", "wrong_direction", "off_track", "on_track", "achieved"});
  ind.codes() = {0, 0, 1};
  dist.codes() = {0, 1, 0};
  grp.codes() = {0, 0, 0};
  outlook.codes() = {3, 2, 2};
  r.series.seal();
  const auto w = goal_weights(plan, &r, horizon());
  EXPECT_NEAR(w[0].gap, 0.2, 1e-12);
  EXPECT_FALSE(w[0].off_track);
  EXPECT_NEAR(w[0].weight, 2.4, 1e-12);
  EXPECT_NEAR(w[1].gap, 0.7, 1e-12);
  EXPECT_TRUE(w[1].off_track);
  EXPECT_NEAR(w[1].weight, 3.3, 1e-12);
  EXPECT_DOUBLE_EQ(w[2].weight, 1.5);
  // A caller's weight replaces the formula.
  auto o = horizon();
  o.goal_weights["g3"] = 10;
  const auto given = goal_weights(plan, &r, o);
  EXPECT_TRUE(given[2].given);
  EXPECT_DOUBLE_EQ(given[2].weight, 10);
}

TEST(FromConcept, BuildsCandidatesPoolsAndWindowsFromTheConcept) {
  const auto cp = problem_from_concept(kreis_plan(), nullptr, horizon());
  const Problem& p = cp.problem;
  EXPECT_EQ(p.years, (std::vector<int>{2026, 2027}));
  ASSERT_EQ(p.pools.size(), 2u);
  EXPECT_EQ(p.pools[0].id, "pi");
  EXPECT_EQ(p.pools[0].amounts, (std::vector<double>{10000, 0}));  // tied to 2026
  EXPECT_EQ(p.pools[0].funding_types, (std::vector<std::string>{"innovation_budget"}));
  EXPECT_TRUE(p.pools[0].start_only);
  EXPECT_EQ(p.pools[1].amounts, (std::vector<double>{5000, 5000}));  // every year
  EXPECT_EQ(p.pools[1].funding_types, (std::vector<std::string>{"municipal", "innovation_budget"}));
  EXPECT_FALSE(p.pools[1].start_only);
  ASSERT_EQ(p.candidates.size(), 6u);
  EXPECT_DOUBLE_EQ(candidate(p, "a").value, 3);
  EXPECT_EQ(candidate(p, "a").costs, (std::vector<double>{4000}));
  EXPECT_EQ(candidate(p, "a").actor, "amt");
  EXPECT_DOUBLE_EQ(candidate(p, "b").value, 4.5);
  EXPECT_EQ(candidate(p, "b").costs, (std::vector<double>{4000, 4000}));
  EXPECT_EQ(candidate(p, "c").latest, 2027);  // g3 due 2027, one year
  ASSERT_EQ(candidate(p, "c").predecessors.size(), 1u);
  EXPECT_EQ(candidate(p, "c").predecessors[0].id, "a");
  EXPECT_EQ(candidate(p, "c").predecessors[0].lag, 0);  // 200 working days: the same year
  EXPECT_EQ(candidate(p, "d").started, 2025);
  EXPECT_EQ(candidate(p, "d").costs, (std::vector<double>{1000, 1000}));
  EXPECT_EQ(candidate(p, "e").costs, (std::vector<double>{0}));  // state money: outside the pools
  EXPECT_EQ(candidate(p, "f").earliest, 2027);  // the council meets 2027-03-15
  ASSERT_EQ(cp.notes.size(), 1u);
  EXPECT_EQ(cp.notes[0], "e: its state money comes from outside the concept's pools");
}

TEST(FromConcept, ChoosesAndExplainsTheHandComputedProgramme) {
  for (const char* solver : {"cbc", "glpk"}) {
    SCOPED_TRACE(solver);
    ProgrammeOptions po;
    po.solver = solver;
    po.marginals = false;
    const auto r = prioritize(kreis_plan(), nullptr, horizon(), po);
    const Programme& p = r.programme;
    EXPECT_EQ(p.status, SolveStatus::optimal);
    EXPECT_NEAR(p.value, 3 + 4.5 + 1.5 + 2.25 / 1.05, 1e-6);
    ASSERT_EQ(p.starts.size(), 4u);
    EXPECT_EQ(p.starts[0].candidate, "a");
    EXPECT_EQ(p.starts[1].candidate, "b");
    EXPECT_EQ(p.starts[2].candidate, "e");
    EXPECT_EQ(p.starts[3].candidate, "f");
    EXPECT_EQ(p.starts[3].year, 2027);
    // c is out: ph has nothing left in 2026 (4,000 free, a takes 4,000),
    // the first of its two years with one blocker each.
    ASSERT_EQ(p.left_out.size(), 1u);
    EXPECT_EQ(p.left_out[0].candidate, "c");
    EXPECT_EQ(p.left_out[0].year, 2026);
    ASSERT_EQ(p.left_out[0].blockers.size(), 1u);
    EXPECT_EQ(p.left_out[0].blockers[0].kind, "pool");
    EXPECT_EQ(p.left_out[0].blockers[0].what, "ph");
    EXPECT_EQ(p.left_out[0].blockers[0].year, 2026);
    EXPECT_NEAR(p.left_out[0].blockers[0].shortfall, 3000, 1e-6);
    // ph 2026: 5,000 held, 1,000 committed to d, 4,000 for a.
    EXPECT_EQ(p.pools[2].pool, "ph");
    EXPECT_NEAR(p.pools[2].committed, 1000, 1e-6);
    EXPECT_NEAR(p.pools[2].programme, 4000, 1e-6);
    EXPECT_NEAR(p.pools[2].left, 0, 1e-6);
    // Annual goals: g1 by a and e in 2026; g2 by b (two years) and f in 2027.
    ASSERT_EQ(p.annual_goals.size(), 2u);
    EXPECT_EQ(p.annual_goals[0].goal, "g1");
    EXPECT_EQ(p.annual_goals[0].year, 2026);
    EXPECT_EQ(p.annual_goals[1].goal, "g2");
    EXPECT_EQ(p.annual_goals[1].year, 2027);
  }
}

TEST(FromConcept, RelaxingTheNamedPoolLetsTheMeasureIn) {
  // ph at 8,000 a year: 7,000 free in 2026 takes a (4,000) and c (3,000).
  auto o = horizon();
  o.pool_amounts["ph"] = 8000;
  ProgrammeOptions po;
  po.marginals = false;
  const auto r = prioritize(kreis_plan(), nullptr, o, po);
  EXPECT_TRUE(r.programme.left_out.empty());
  EXPECT_NEAR(r.programme.value, 3 + 4.5 + 1.5 + 1.5 + 2.25 / 1.05, 1e-6);
}

TEST(FromConcept, AGivenWeightChangesTheChoice) {
  // g3 at 10: c is worth 10, but needs a (its predecessor) started by its
  // own start. a and c in 2026 need 7,000 of 4,000 free; a in 2026 and c in
  // 2027 need 3,000 of 2027's 5,000, which leaves no room for b's second
  // year (4,000), so b goes: 3 + 10 / 1.05 + 1.5 + 2.25 / 1.05 = 16.166667,
  // more than keeping b without c (11.142857) or a and c in 2027 (7,000 of
  // 5,000: impossible).
  auto o = horizon();
  o.goal_weights["g3"] = 10;
  ProgrammeOptions po;
  po.marginals = false;
  const auto r = prioritize(kreis_plan(), nullptr, o, po);
  EXPECT_NEAR(r.programme.value, 3 + 10 / 1.05 + 1.5 + 2.25 / 1.05, 1e-6);
  ASSERT_EQ(r.programme.left_out.size(), 1u);
  EXPECT_EQ(r.programme.left_out[0].candidate, "b");
}

TEST(FromConcept, FramesCarryTheProgramme) {
  ProgrammeOptions po;
  po.marginals = false;
  po.frontier = {0.5, 1.0};
  const auto r = prioritize(kreis_plan(), nullptr, horizon(), po);
  const Frame starts = programme_frame(r, ProgrammePart::starts);
  EXPECT_EQ(starts.rows(), 4u);
  EXPECT_EQ(starts["total_cost"].reals()[1], 8000);  // b
  const Frame left = programme_frame(r, ProgrammePart::left_out);
  ASSERT_EQ(left.rows(), 1u);
  EXPECT_EQ(left["kind"].labels()[static_cast<std::size_t>(left["kind"].codes()[0])], "pool");
  const Frame frontier = programme_frame(r, ProgrammePart::frontier);
  ASSERT_EQ(frontier.rows(), 2u);
  // At half, ph holds 2,500 a year and cannot carry d's 1,000 plus a, nor
  // b's second year next to anything else big; the value falls.
  EXPECT_LT(frontier["value"].reals()[0], frontier["value"].reals()[1]);
  EXPECT_NEAR(frontier["value"].reals()[1], r.programme.value, 1e-6);
  EXPECT_EQ(programme_frame(r, ProgrammePart::notes).rows(), 1u);
  EXPECT_EQ(programme_frame(r, ProgrammePart::weights).rows(), 3u);
  EXPECT_STREQ(programme_part_name(ProgrammePart::annual_goals), "annual_goals");
  EXPECT_EQ(test::error_code_of([&] { programme_frame(r, static_cast<ProgrammePart>(8)); }),
            ErrorCode::invalid_argument);
}

TEST(FromConcept, RefusesBadOptionsAndCommittedMoneyThatNoLongerFits) {
  const auto plan = kreis_plan();
  std::string message;
  auto code = [&](ConceptOptions o) {
    return test::error_code_of([&] { prioritize(plan, nullptr, o); }, &message);
  };
  ConceptOptions none;
  EXPECT_EQ(code(none), ErrorCode::invalid_argument);
  EXPECT_NE(message.find("needs a first and a last year"), std::string::npos) << message;
  auto reversed = horizon();
  reversed.last_year = 2025;
  EXPECT_EQ(code(reversed), ErrorCode::invalid_argument);
  EXPECT_NE(message.find("2026-2025 ends before it starts"), std::string::npos) << message;
  auto long_one = horizon();
  long_one.last_year = 2070;
  EXPECT_EQ(code(long_one), ErrorCode::invalid_argument);
  auto pool = horizon();
  pool.pool_amounts["nowhere"] = 1;
  EXPECT_EQ(code(pool), ErrorCode::not_found);
  EXPECT_NE(message.find("pool \"nowhere\""), std::string::npos) << message;
  auto negative = horizon();
  negative.pool_amounts["ph"] = -1;
  EXPECT_EQ(code(negative), ErrorCode::invalid_argument);
  auto weight = horizon();
  weight.goal_weights["g9"] = 1;
  EXPECT_EQ(code(weight), ErrorCode::not_found);
  weight.goal_weights = {{"g1", NAN}};
  EXPECT_EQ(code(weight), ErrorCode::invalid_argument);
  // ph at 500 a year cannot pay d's 1,000 committed in 2026.
  auto tight = horizon();
  tight.pool_amounts["ph"] = 500;
  EXPECT_EQ(code(tight), ErrorCode::conflict);
  EXPECT_NE(message.find("2026"), std::string::npos) << message;
  EXPECT_NE(message.find("(d)"), std::string::npos) << message;
  EXPECT_NE(message.find("ph"), std::string::npos) << message;
  // Horizons as text.
  ConceptOptions o;
  parse_horizon("2026-2028", o);
  EXPECT_EQ(o.first_year, 2026);
  EXPECT_EQ(o.last_year, 2028);
  parse_horizon("2027", o);
  EXPECT_EQ(o.first_year, 2027);
  EXPECT_EQ(o.last_year, 2027);
  for (const char* bad : {"", "26-28", "2026-", "2026–2028", "2028-2026", "abcd"})
    EXPECT_EQ(test::error_code_of([&] { parse_horizon(bad, o); }), ErrorCode::invalid_argument) << bad;
}

}  // namespace
}  // namespace planwerk::priorities
