// SPDX-License-Identifier: Apache-2.0
// The programme on small problems worked out by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "planwerk/error.hpp"
#include "planwerk/priorities/programme.hpp"

namespace pr = planwerk::priorities;

namespace {

// Two pools over 2026-2028: an innovation budget of 100 a year that pays
// start years of innovation-funded measures only, and the city's 150 a year
// for municipal and innovation-funded measures.
//   a: worth 5, costs 80 then 40, innovation, actor ki
//   b: worth 4, costs 60, municipal, ki, starts at least a year after a
//   c: worth 3, costs 120 twice, municipal, soz
//   d: under way since 2025, costs 50 twice, municipal, soz
// ki may run one measure at a time. d takes 50 of the city's 2026 (100
// left); a's second year (2027) must come from the city (start_only).
// a in 2026 (5). b: not 2026 (lag), not 2027 (ki busy with a) -> 2028,
// worth 4 / 1.05^2 = 3.62812. c: 2026 needs 120 of 100 left; 2027 needs 120
// of 150 - 40 = 110; 2028 needs 120 of 150 - 60 (b) = 90, and dropping b for
// c (3 / 1.05^2 = 2.72109) is worth less. Optimum 5 + 3.62812 = 8.62812.
pr::Problem sample() {
  pr::Problem p;
  p.years = {2026, 2027, 2028};
  p.discount = 0.05;
  p.pools = {{"inno", {100, 100, 100}, {"innovation_budget"}, true},
             {"city", {150, 150, 150}, {"municipal", "innovation_budget"}, false}};
  p.candidates = {
      {"a", 5, {80, 40}, "innovation_budget", {}, {}, {}, "ki", {}, {"g1"}},
      {"b", 4, {60}, "municipal", {}, {}, {}, "ki", {{"a", 1}}, {"g1"}},
      {"c", 3, {120, 120}, "municipal", {}, {}, {}, "soz", {}, {"g2"}},
      {"d", 2, {50, 50}, "municipal", {}, {}, 2025, "soz", {}, {"g2"}},
  };
  p.capacity = {{"ki", 1}};
  return p;
}

class Programme : public ::testing::TestWithParam<std::string> {};

TEST_P(Programme, ChoosesTheHandComputedOptimum) {
  pr::ProgrammeOptions options;
  options.solver = GetParam();
  const auto prog = pr::prioritize(sample(), options);
  ASSERT_EQ(prog.status, pr::SolveStatus::optimal);
  EXPECT_NEAR(prog.value, 5 + 4 / (1.05 * 1.05), 1e-6);
  ASSERT_EQ(prog.starts.size(), 2u);
  EXPECT_EQ(prog.starts[0].candidate, "a");
  EXPECT_EQ(prog.starts[0].year, 2026);
  EXPECT_EQ(prog.starts[1].candidate, "b");
  EXPECT_EQ(prog.starts[1].year, 2028);

  // Accounts: inno pays a's 80 in 2026; the city pays d's 50 (2026), a's 40
  // and nothing else in 2027, b's 60 in 2028.
  ASSERT_EQ(prog.pools.size(), 6u);
  EXPECT_EQ(prog.pools[0].pool, "inno");
  EXPECT_NEAR(prog.pools[0].programme, 80, 1e-6);
  EXPECT_NEAR(prog.pools[0].left, 20, 1e-6);
  EXPECT_NEAR(prog.pools[3].committed, 50, 1e-6);  // city 2026
  EXPECT_NEAR(prog.pools[3].left, 100, 1e-6);
  EXPECT_NEAR(prog.pools[4].programme, 40, 1e-6);  // city 2027
  EXPECT_NEAR(prog.pools[5].programme, 60, 1e-6);  // city 2028

  // c is out. Started in 2026 it lacks 20 (city 2026: 100 left) and 10 in
  // 2027 (150 - a's 40 = 110 for its 120); in 2027 it lacks 10 (2027) and 30
  // (2028: 150 - b's 60 = 90); in 2028 only 30, its second year falls
  // outside the horizon. So its best year is 2028, with one blocker.
  ASSERT_EQ(prog.left_out.size(), 1u);
  EXPECT_EQ(prog.left_out[0].candidate, "c");
  EXPECT_EQ(prog.left_out[0].year, 2028);
  ASSERT_EQ(prog.left_out[0].blockers.size(), 1u);
  const auto& blocker = prog.left_out[0].blockers[0];
  EXPECT_EQ(blocker.kind, "pool");
  EXPECT_EQ(blocker.what, "city");
  EXPECT_EQ(blocker.year, 2028);
  EXPECT_NEAR(blocker.shortfall, 30, 1e-6);
  EXPECT_EQ(blocker.text, "c: pool city in 2028 lacks 30 euros for its 120 euros");

  // g1 is reached when b (the later of a and b) finishes: 2028. g2 has only d
  // (under way) and no new start, so it is no annual goal of this programme.
  ASSERT_EQ(prog.annual_goals.size(), 1u);
  EXPECT_EQ(prog.annual_goals[0].year, 2028);
  EXPECT_EQ(prog.annual_goals[0].goal, "g1");
  EXPECT_EQ(prog.annual_goals[0].measures, (std::vector<std::string>{"a", "b"}));
}

TEST_P(Programme, MarginalValuesBySolvingAgain) {
  // 1,000 euros more (the minimum step; 10 % of 150 is less) in the city's
  // 2028 lets c start then beside b (120 + 60 of 1,150): the value rises by
  // c's 3 / 1.05^2 = 2.72109, so a euro there is worth 2.72109 / 1,000.
  // In the city's 2026 it lets c start in 2026, but its second year (2027:
  // a's 40 + 120 > 150) does not fit, and starting a later to make room
  // loses more than c brings: worth nothing. The innovation budget's 2026
  // has 20 left: worth nothing either.
  pr::ProgrammeOptions options;
  options.solver = GetParam();
  const auto prog = pr::prioritize(sample(), options);
  EXPECT_NEAR(prog.pools[5].marginal, 3 / (1.05 * 1.05) / 1000, 1e-9);
  EXPECT_NEAR(prog.pools[3].marginal, 0, 1e-9);
  EXPECT_NEAR(prog.pools[0].marginal, 0, 1e-9);
}

TEST_P(Programme, FrontierRisesWithTheBudget) {
  pr::ProgrammeOptions options;
  options.solver = GetParam();
  options.explain = options.marginals = false;
  options.frontier = {0.6, 1.0, 1.4};
  const auto prog = pr::prioritize(sample(), options);
  ASSERT_EQ(prog.frontier.size(), 3u);
  // Budget: (100 + 150) * 3 = 750 at scale 1.
  EXPECT_NEAR(prog.frontier[1].budget, 750, 1e-9);
  EXPECT_NEAR(prog.frontier[1].value, prog.value, 1e-9);
  // At 0.6 the innovation budget holds 60 a year, the city 90: in 2026 a's
  // 80 come from both (60 + the 40 d leaves), in 2027 its 40 from the city,
  // b's 60 in 2028 too; c fits in no year. The value stays 8.62812.
  EXPECT_NEAR(prog.frontier[0].value, 5 + 4 / (1.05 * 1.05), 1e-6);
  // At 1.4 the city holds 210: c fits in 2026 (210 - 50 = 160 >= 120) and
  // in 2027 (210 - 40 - 120 >= 0), so every measure starts: 5 + 3 +
  // 4 / 1.05^2 = 11.62812.
  EXPECT_NEAR(prog.frontier[2].value, 5 + 3 + 4 / (1.05 * 1.05), 1e-6);
}

INSTANTIATE_TEST_SUITE_P(Both, Programme, ::testing::Values("cbc", "glpk"));

TEST(ProgrammeErrors, MeasuresUnderWayThatNoLongerFitNameThePoolAndYear) {
  auto p = sample();
  p.pools[1].amounts[0] = 30;  // the city's 2026 holds less than d's 50
  try {
    pr::prioritize(p);
    FAIL();
  } catch (const planwerk::Error& e) {
    EXPECT_EQ(e.code(), planwerk::ErrorCode::conflict);
    EXPECT_EQ(std::string(e.what()),
              "2026: the measures under way (d) need 20 euros more than the pools city (30 euros) hold");
  }
}

TEST(ProgrammeErrors, ProblemsAreChecked) {
  auto p = sample();
  p.candidates[1].predecessors[0].id = "z";
  try {
    pr::prioritize(p);
    FAIL();
  } catch (const planwerk::Error& e) {
    EXPECT_EQ(std::string(e.what()), "candidates[1].predecessors[0]: no candidate \"z\"");
  }
  p = sample();
  p.years = {2026, 2028};
  p.pools[0].amounts = p.pools[1].amounts = {1, 1};
  EXPECT_THROW(pr::prioritize(p), planwerk::Error);
  p = sample();
  p.candidates[0].predecessors = {{"b", 0}};  // a after b after a
  try {
    pr::prioritize(p);
    FAIL();
  } catch (const planwerk::Error& e) {
    EXPECT_NE(std::string(e.what()).find("through a cycle"), std::string::npos) << e.what();
  }
}

TEST(ProblemJson, RoundTripsAndNamesThePathOfAnError) {
  const auto p = sample();
  const auto again = pr::problem_from_json(pr::problem_to_json(p), "sample");
  EXPECT_EQ(pr::problem_to_json(again), pr::problem_to_json(p));
  try {
    pr::problem_from_json(R"({"years": [2026], "candidates": [{"id": "a", "costs": [1], "colour": "red"}]})", "p.json");
    FAIL();
  } catch (const planwerk::Error& e) {
    EXPECT_EQ(e.code(), planwerk::ErrorCode::parse);
    EXPECT_EQ(std::string(e.what()).substr(0, 35), "p.json: $.candidates[0].colour: unk");
  }
  EXPECT_THROW(pr::problem_from_json("[1e999]", "x"), planwerk::Error);
  EXPECT_THROW(pr::problem_from_json("{\"years\": [1e400]}", "x"), planwerk::Error);
}

}  // namespace
