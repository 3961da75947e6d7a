// SPDX-License-Identifier: Apache-2.0
// The solver interface: a LinearModel in, the best solution found out, with
// whether it is proven optimal. Two implementations from Debian's packages,
// COIN-OR CBC and GLPK (docs/priorities.md compares them); another solver is
// one more class.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/priorities/linear_model.hpp"

namespace planwerk::priorities {

/// How long and how exactly to search.
struct SolveLimits {
  double seconds = 60;          ///< the time limit; the best solution found by then is returned
  double relative_gap = 1e-9;   ///< stop when (bound - value) / |value| is below it: proven optimal
};

/// How a solve ended (the numbers are stable: C API, Python).
enum class SolveStatus : int {
  optimal = 0,      ///< proven optimal (within relative_gap)
  time_limit = 1,   ///< stopped by the time limit with a solution: `gap` says how far from proven
  infeasible = 2,   ///< no solution exists
  no_solution = 3,  ///< stopped by the time limit before any solution was found
};

/// "optimal", "time_limit", "infeasible", "no_solution"; "unknown" otherwise.
PLANWERK_API const char* solve_status_name(SolveStatus status) noexcept;

/// What a solver found.
struct MipResult {
  SolveStatus status = SolveStatus::no_solution;  ///< how the solve ended
  double objective = 0;        ///< the solution's objective value
  double bound = 0;            ///< the best bound proven on the optimum
  double gap = 0;              ///< |bound - objective| / max(|objective|, 1e-9): within relative_gap when optimal
  std::vector<double> values;  ///< one per column; empty without a solution
  double seconds = 0;          ///< the solver's wall time
};

/// A mixed-integer solver. Implementations are deterministic for the same
/// model and limits (one thread, fixed seeds) and may be used from several
/// threads at once (each solve has its own solver state).
class PLANWERK_API MipSolver {
 public:
  virtual ~MipSolver();
  /// "cbc", "glpk".
  virtual std::string_view name() const noexcept = 0;
  /// Solves `model`. Throws Error(invalid_argument) for a malformed model
  /// (an entry naming no row or column, a bound that is NaN, lower above
  /// upper), Error(internal) if the solver fails.
  /// `start`, when not empty, is a feasible solution to begin from (a MIP
  /// start: one value per column), such as the solution of the same model
  /// with less money; a solver may ignore it (GLPK does), and a start of the
  /// wrong length is an Error(invalid_argument).
  virtual MipResult solve(const LinearModel& model, const SolveLimits& limits = {},
                          const std::vector<double>& start = {}) const = 0;
};

/// The solvers this build has, by name: {"cbc", "glpk"}.
PLANWERK_API std::vector<std::string> solver_names();
/// A solver by name; throws Error(invalid_argument) naming the known ones.
PLANWERK_API std::unique_ptr<MipSolver> make_solver(std::string_view name);

/// Checks a model's structure (what solve() refuses); throws
/// Error(invalid_argument) naming the row or column.
PLANWERK_API void check_model(const LinearModel& model);

}  // namespace planwerk::priorities
