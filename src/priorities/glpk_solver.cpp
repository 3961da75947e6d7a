// SPDX-License-Identifier: Apache-2.0
// GLPK's branch and cut (libglpk-dev), with its presolver.
#include <chrono>
#include <climits>
#include <cmath>
#include <memory>
#include <string>

#include <glpk.h>

#include "planwerk/error.hpp"
#include "priorities/solver_backends.hpp"

namespace planwerk::priorities::detail {
namespace {

// GLPK's bound types from two bounds, either of which may be unbounded.
int bound_type(double lower, double upper) {
  const bool has_lower = lower != -unbounded, has_upper = upper != unbounded;
  if (has_lower && has_upper) return lower == upper ? GLP_FX : GLP_DB;
  if (has_lower) return GLP_LO;
  if (has_upper) return GLP_UP;
  return GLP_FR;
}
double finite_or_zero(double b) { return std::isfinite(b) ? b : 0.0; }

// The search's last gap, read in the callback: GLPK reports no bound after
// a time limit otherwise.
struct Progress {
  double gap = INFINITY;
};
void track_gap(glp_tree* tree, void* info) {
  auto* progress = static_cast<Progress*>(info);
  const int reason = glp_ios_reason(tree);
  if (reason == GLP_IBINGO || reason == GLP_ISELECT) progress->gap = glp_ios_mip_gap(tree);
}

class GlpkSolver final : public MipSolver {
 public:
  std::string_view name() const noexcept override { return "glpk"; }

  // GLPK's C interface takes no MIP start: `start` is checked and ignored.
  MipResult solve(const LinearModel& model, const SolveLimits& limits,
                  const std::vector<double>& start) const override {
    check_model(model);
    check_start(model, start);
    const auto started = std::chrono::steady_clock::now();
    std::unique_ptr<glp_prob, void (*)(glp_prob*)> lp(glp_create_prob(), glp_delete_prob);
    glp_set_obj_dir(lp.get(), model.sense == LinearModel::Sense::maximize ? GLP_MAX : GLP_MIN);
    const int n = static_cast<int>(model.columns.size()), m = static_cast<int>(model.rows.size());
    if (m > 0) glp_add_rows(lp.get(), m);
    if (n > 0) glp_add_cols(lp.get(), n);
    for (int r = 0; r < m; ++r) {
      const auto& row = model.rows[static_cast<std::size_t>(r)];
      glp_set_row_bnds(lp.get(), r + 1, bound_type(row.lower, row.upper), finite_or_zero(row.lower),
                       finite_or_zero(row.upper));
    }
    for (int c = 0; c < n; ++c) {
      const auto& col = model.columns[static_cast<std::size_t>(c)];
      glp_set_col_bnds(lp.get(), c + 1, bound_type(col.lower, col.upper), finite_or_zero(col.lower),
                       finite_or_zero(col.upper));
      glp_set_obj_coef(lp.get(), c + 1, col.objective);
      if (col.integer) glp_set_col_kind(lp.get(), c + 1, GLP_IV);
    }
    // glp_load_matrix takes 1-based triplets; the 0th element is unused.
    const SparseColumns matrix = sparse_columns(model);
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0};
    for (int c = 0; c < n; ++c)
      for (int k = matrix.start[static_cast<std::size_t>(c)]; k < matrix.start[static_cast<std::size_t>(c) + 1]; ++k) {
        ia.push_back(matrix.index[static_cast<std::size_t>(k)] + 1);
        ja.push_back(c + 1);
        ar.push_back(matrix.value[static_cast<std::size_t>(k)]);
      }
    glp_load_matrix(lp.get(), static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());

    Progress progress;
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.presolve = GLP_ON;
    parm.msg_lev = GLP_MSG_OFF;
    parm.mip_gap = limits.relative_gap;
    parm.tm_lim = static_cast<int>(std::min(limits.seconds * 1000.0, static_cast<double>(INT_MAX)));
    parm.cb_func = track_gap;
    parm.cb_info = &progress;
    const int code = glp_intopt(lp.get(), &parm);

    MipResult result;
    const int status = glp_mip_status(lp.get());
    if (code != 0 && code != GLP_ETMLIM && code != GLP_ENOPFS && code != GLP_ENODFS && code != GLP_EMIPGAP)
      throw Error(ErrorCode::internal, "GLPK: glp_intopt failed with code " + std::to_string(code));
    if (code == GLP_ENOPFS || status == GLP_NOFEAS) {
      result.status = SolveStatus::infeasible;
    } else if (status == GLP_OPT || status == GLP_FEAS) {
      result.values.resize(static_cast<std::size_t>(n));
      for (int c = 0; c < n; ++c) result.values[static_cast<std::size_t>(c)] = glp_mip_col_val(lp.get(), c + 1);
      result.objective = glp_mip_obj_val(lp.get());
      // GLP_EMIPGAP: the search stopped within the relative gap asked for.
      if ((status == GLP_OPT && code != GLP_ETMLIM) || code == GLP_EMIPGAP) {
        result.status = SolveStatus::optimal;
        result.gap = code == GLP_EMIPGAP && std::isfinite(progress.gap) ? progress.gap : 0;
        const double sign = model.sense == LinearModel::Sense::maximize ? 1.0 : -1.0;
        result.bound = result.objective + sign * result.gap * std::max(std::abs(result.objective), 1e-9);
      } else {
        result.status = SolveStatus::time_limit;
        result.gap = std::isfinite(progress.gap) ? progress.gap : INFINITY;
        const double sign = model.sense == LinearModel::Sense::maximize ? 1.0 : -1.0;
        result.bound = result.objective + sign * result.gap * std::max(std::abs(result.objective), 1e-9);
      }
    } else {
      result.status = SolveStatus::no_solution;
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
  }
};

}  // namespace

std::unique_ptr<MipSolver> make_glpk() { return std::make_unique<GlpkSolver>(); }

}  // namespace planwerk::priorities::detail
