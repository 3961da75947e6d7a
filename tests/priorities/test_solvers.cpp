// SPDX-License-Identifier: Apache-2.0
// Both solvers on small models whose optimum is worked out by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "planwerk/error.hpp"
#include "support/text.hpp"
#include "planwerk/priorities/mip_solver.hpp"

namespace pr = planwerk::priorities;

namespace {

// max 5a + 4b + 3c, 6a + 4b + 3c <= 10, binary: the subsets that fit are
// {a,b} (10, worth 9), {a,c} (9, worth 8), {b,c} (7, worth 7): optimum 9 with a and b.
pr::LinearModel knapsack() {
  pr::LinearModel m;
  const auto a = m.add_column({0, 1, 5, true, "a"});
  const auto b = m.add_column({0, 1, 4, true, "b"});
  const auto c = m.add_column({0, 1, 3, true, "c"});
  const auto row = m.add_row({-pr::unbounded, 10, "weight"});
  m.add(row, a, 6);
  m.add(row, b, 4);
  m.add(row, c, 3);
  return m;
}

class Solvers : public ::testing::TestWithParam<std::string> {};

TEST_P(Solvers, SolveAKnapsackToProvenOptimality) {
  const auto solver = pr::make_solver(GetParam());
  EXPECT_EQ(solver->name(), GetParam());
  const auto r = solver->solve(knapsack());
  ASSERT_EQ(r.status, pr::SolveStatus::optimal);
  EXPECT_NEAR(r.objective, 9, 1e-9);
  EXPECT_NEAR(r.bound, 9, 1e-6);
  EXPECT_LE(r.gap, 1e-9);
  ASSERT_EQ(r.values.size(), 3u);
  EXPECT_NEAR(r.values[0], 1, 1e-9);
  EXPECT_NEAR(r.values[1], 1, 1e-9);
  EXPECT_NEAR(r.values[2], 0, 1e-9);
}

TEST_P(Solvers, AStartGivesTheSameOptimumAndAWrongOneIsRefused) {
  // Starting from the feasible {c} (worth 3) still ends at {a, b} (9).
  const auto solver = pr::make_solver(GetParam());
  const auto r = solver->solve(knapsack(), {}, {0, 0, 1});
  ASSERT_EQ(r.status, pr::SolveStatus::optimal);
  EXPECT_NEAR(r.objective, 9, 1e-9);
  std::string message;
  EXPECT_EQ(planwerk::test::error_code_of([&] { solver->solve(knapsack(), {}, {1, 0}); }, &message),
            planwerk::ErrorCode::invalid_argument);
  EXPECT_NE(message.find("a MIP start of 2 values for 3 columns"), std::string::npos) << message;
  EXPECT_EQ(planwerk::test::error_code_of([&] { solver->solve(knapsack(), {}, {1, NAN, 0}); }),
            planwerk::ErrorCode::invalid_argument);
}

TEST_P(Solvers, MinimiseWithEqualityRowsAndRepeatedEntries) {
  // min x + 2y with x + y = 3 (the 1 given as 0.5 + 0.5), y >= 1, x <= 1.5
  // continuous: x = 1.5, y = 1.5, value 1.5 + 3 = 4.5.
  pr::LinearModel m;
  m.sense = pr::LinearModel::Sense::minimize;
  const auto x = m.add_column({0, 1.5, 1, false, "x"});
  const auto y = m.add_column({1, pr::unbounded, 2, false, "y"});
  const auto row = m.add_row({3, 3, "sum"});
  m.add(row, x, 0.5);
  m.add(row, x, 0.5);
  m.add(row, y, 1);
  const auto r = pr::make_solver(GetParam())->solve(m);
  ASSERT_EQ(r.status, pr::SolveStatus::optimal);
  EXPECT_NEAR(r.objective, 4.5, 1e-7);
  EXPECT_NEAR(r.values[x], 1.5, 1e-7);
  EXPECT_NEAR(r.values[y], 1.5, 1e-7);
}

TEST_P(Solvers, ReportInfeasibility) {
  // x + y >= 3 with x, y binary cannot hold.
  pr::LinearModel m;
  const auto x = m.add_column({0, 1, 1, true, "x"});
  const auto y = m.add_column({0, 1, 1, true, "y"});
  const auto row = m.add_row({3, pr::unbounded, "too much"});
  m.add(row, x, 1);
  m.add(row, y, 1);
  EXPECT_EQ(pr::make_solver(GetParam())->solve(m).status, pr::SolveStatus::infeasible);
}

TEST_P(Solvers, RefuseMalformedModels) {
  const auto solver = pr::make_solver(GetParam());
  pr::LinearModel m = knapsack();
  m.entries.push_back({5, 0, 1});
  EXPECT_THROW(solver->solve(m), planwerk::Error);
  m = knapsack();
  m.columns[1].lower = 2;  // above its upper bound
  try {
    solver->solve(m);
    FAIL();
  } catch (const planwerk::Error& e) {
    EXPECT_EQ(e.code(), planwerk::ErrorCode::invalid_argument);
    EXPECT_NE(std::string(e.what()).find("column 1 (b)"), std::string::npos) << e.what();
  }
  m = knapsack();
  m.rows[0].upper = NAN;
  EXPECT_THROW(solver->solve(m), planwerk::Error);
}

INSTANTIATE_TEST_SUITE_P(Both, Solvers, ::testing::Values("cbc", "glpk"));

TEST(SolverRegistry, NamesTheKnownSolversWhenAskedForAnother) {
  EXPECT_EQ(pr::solver_names(), (std::vector<std::string>{"cbc", "glpk"}));
  try {
    pr::make_solver("gurobi");
    FAIL();
  } catch (const planwerk::Error& e) {
    EXPECT_EQ(std::string(e.what()), "unknown solver \"gurobi\" (known: cbc, glpk)");
  }
  EXPECT_STREQ(pr::solve_status_name(pr::SolveStatus::time_limit), "time_limit");
  EXPECT_STREQ(pr::solve_status_name(static_cast<pr::SolveStatus>(9)), "unknown");
}

}  // namespace
