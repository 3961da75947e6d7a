// SPDX-License-Identifier: Apache-2.0
// COIN-OR CBC through its C interface (coinor-libcbc-dev).
#include <chrono>
#include <cfloat>
#include <string>

#include <coin/Cbc_C_Interface.h>

#include "planwerk/error.hpp"
#include "priorities/solver_backends.hpp"

namespace planwerk::priorities::detail {
namespace {

// CBC's infinity is DBL_MAX.
double coin_bound(double b) { return b == unbounded ? DBL_MAX : b == -unbounded ? -DBL_MAX : b; }

class CbcSolver final : public MipSolver {
 public:
  std::string_view name() const noexcept override { return "cbc"; }

  MipResult solve(const LinearModel& model, const SolveLimits& limits,
                  const std::vector<double>& start) const override {
    check_model(model);
    check_start(model, start);
    const auto started = std::chrono::steady_clock::now();
    const SparseColumns matrix = sparse_columns(model);
    const std::size_t n = model.columns.size(), m = model.rows.size();
    std::vector<double> col_lower(n), col_upper(n), objective(n), row_lower(m), row_upper(m);
    for (std::size_t c = 0; c < n; ++c) {
      col_lower[c] = coin_bound(model.columns[c].lower);
      col_upper[c] = coin_bound(model.columns[c].upper);
      objective[c] = model.columns[c].objective;
    }
    for (std::size_t r = 0; r < m; ++r) {
      row_lower[r] = coin_bound(model.rows[r].lower);
      row_upper[r] = coin_bound(model.rows[r].upper);
    }
    std::vector<CoinBigIndex> offsets(matrix.start.begin(), matrix.start.end());
    std::unique_ptr<Cbc_Model, void (*)(Cbc_Model*)> cbc(Cbc_newModel(), Cbc_deleteModel);
    if (!cbc) throw Error(ErrorCode::no_memory, "CBC: no model");
    Cbc_loadProblem(cbc.get(), static_cast<int>(n), static_cast<int>(m), offsets.data(), matrix.index.data(),
                    matrix.value.data(), col_lower.data(), col_upper.data(), objective.data(), row_lower.data(),
                    row_upper.data());
    for (std::size_t c = 0; c < n; ++c)
      if (model.columns[c].integer) Cbc_setInteger(cbc.get(), static_cast<int>(c));
    Cbc_setObjSense(cbc.get(), model.sense == LinearModel::Sense::maximize ? -1.0 : 1.0);
    Cbc_setLogLevel(cbc.get(), 0);
    Cbc_setMaximumSeconds(cbc.get(), limits.seconds);
    Cbc_setAllowableFractionGap(cbc.get(), limits.relative_gap);
    Cbc_setAllowableGap(cbc.get(), 1e-9);
    if (!start.empty()) {
      std::vector<int> columns(n);
      for (std::size_t c = 0; c < n; ++c) columns[c] = static_cast<int>(c);
      Cbc_setMIPStartI(cbc.get(), static_cast<int>(n), columns.data(), start.data());
    }
    Cbc_solve(cbc.get());

    MipResult result;
    const bool has_solution = Cbc_numberSavedSolutions(cbc.get()) > 0 || Cbc_isProvenOptimal(cbc.get());
    if (Cbc_isProvenInfeasible(cbc.get())) {
      result.status = SolveStatus::infeasible;
    } else if (!has_solution) {
      result.status = SolveStatus::no_solution;
    } else {
      const double* x = Cbc_getColSolution(cbc.get());
      result.values.assign(x, x + n);
      result.objective = Cbc_getObjValue(cbc.get());
      result.bound = Cbc_getBestPossibleObjValue(cbc.get());
      // Proven optimal within the relative gap asked for: the gap that
      // remains is reported, not rounded to 0.
      if (Cbc_isProvenOptimal(cbc.get())) {
        result.status = SolveStatus::optimal;
        result.gap = relative_gap(result.objective, result.bound);
      } else {
        result.status = SolveStatus::time_limit;
        result.gap = relative_gap(result.objective, result.bound);
      }
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
  }
};

}  // namespace

std::unique_ptr<MipSolver> make_cbc() { return std::make_unique<CbcSolver>(); }

}  // namespace planwerk::priorities::detail
