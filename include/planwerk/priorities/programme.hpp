// SPDX-License-Identifier: Apache-2.0
// The annual programme: the best choice of starts for a Problem, with what
// each pool pays and keeps, the goals each year reaches, why each measure
// left out is out, what more money in each pool and year would be worth,
// and the trade-off between total budget and value (docs/priorities.md).
#pragma once

#include <string>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/priorities/linear_model.hpp"
#include "planwerk/priorities/mip_solver.hpp"
#include "planwerk/priorities/problem.hpp"

namespace planwerk::priorities {

/// A chosen start.
struct Start {
  std::string candidate;  ///< the candidate's id
  int year = 0;           ///< its start year
  double value = 0;       ///< what it adds, discounted to the horizon's first year
};

/// One pool in one year.
struct PoolYear {
  std::string pool;        ///< the pool's id
  int year = 0;            ///< the year
  double amount = 0;       ///< what the pool holds
  double committed = 0;    ///< paid for measures under way
  double programme = 0;    ///< paid for the programme's new starts
  double left = 0;         ///< amount - committed - programme
  /// The value one more euro here adds, measured by solving again with 10 %
  /// more in this pool and year (at least 1,000 euros); NaN when not measured.
  double marginal = 0;
};

/// What keeps a left-out candidate out: the constraints that block it in
/// its best start year, given the programme. Relaxing all of them lets it in.
struct Blocker {
  /// "window" (no start year in the horizon), "predecessor", "pool", "capacity".
  std::string kind;
  std::string what;    ///< the pool, predecessor or actor id ("" for window)
  int year = 0;        ///< the year it binds (0 for window and predecessor)
  double shortfall = 0;  ///< euros missing (pool), measures over the limit (capacity)
  std::string text;    ///< one sentence, naming ids and years
};

/// A candidate the programme leaves out, and why.
struct Exclusion {
  std::string candidate;         ///< the candidate's id
  int year = 0;                  ///< the start year with the fewest blockers (0: none in the horizon)
  std::vector<Blocker> blockers; ///< what blocks it there
};

/// A goal the programme reaches in a year: the last of its contributing
/// measures in the programme or under way finishes then.
struct AnnualGoal {
  int year = 0;                       ///< the year it is reached
  std::string goal;                   ///< the goal's id
  std::vector<std::string> measures;  ///< the measures that reach it
};

/// One point of the budget-value trade-off.
struct FrontierPoint {
  double scale = 1;        ///< every pool's amounts times this
  double budget = 0;       ///< the pools' total over the horizon
  double value = 0;        ///< the best programme's value
  SolveStatus status = SolveStatus::optimal;  ///< how that solve ended
};

/// The result.
struct Programme {
  SolveStatus status = SolveStatus::optimal;  ///< optimal, or time_limit with `gap`
  std::string solver;              ///< which solver
  double value = 0;                ///< the programme's value
  double bound = 0;                ///< the best bound proven
  double gap = 0;                  ///< relative; 0 when proven optimal
  double seconds = 0;              ///< the main solve's wall time
  std::vector<Start> starts;       ///< the new starts, by year, then id
  std::vector<PoolYear> pools;     ///< by pool (problem order), then year
  std::vector<Exclusion> left_out; ///< the candidates not started, in problem order
  std::vector<AnnualGoal> annual_goals;  ///< by year, then goal id
  std::vector<FrontierPoint> frontier;   ///< in the order of ProgrammeOptions::frontier
};

/// How prioritize works.
struct ProgrammeOptions {
  std::string solver = "cbc";     ///< make_solver's name
  SolveLimits limits;             ///< time limit and gap of every solve
  bool explain = true;            ///< fill left_out's blockers
  bool marginals = true;          ///< measure PoolYear::marginal (one solve per pool and year)
  std::vector<double> frontier;   ///< pool scales to solve for (e.g. 0.6 to 1.4); empty: none
};

/// The best programme. Throws what check(problem) throws, and
/// Error(conflict) when the measures under way cannot be paid ("2027: the
/// measures under way (m-3, m-8) need 120,000 euros more than the pools
/// city, state hold"); Error(invalid_argument) for an unknown solver.
PLANWERK_API Programme prioritize(const Problem& problem, const ProgrammeOptions& options = {});

/// The mixed-integer model prioritize solves, for dumps and other solvers:
/// binary x(candidate, year) for each allowed start, continuous payments
/// per candidate, pool, year and cost year (docs/priorities.md).
PLANWERK_API LinearModel programme_model(const Problem& problem);

/// What a start in `year` is worth: value * (1 + discount)^-(year - years[0]).
PLANWERK_API double discounted(const Problem& problem, const Candidate& candidate, int year);

}  // namespace planwerk::priorities
