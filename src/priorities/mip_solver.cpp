// SPDX-License-Identifier: Apache-2.0
// What every solver shares: the model check, the compressed sparse column
// form both libraries read, and the registry of solvers by name.
#include "planwerk/priorities/mip_solver.hpp"

#include <algorithm>
#include <cmath>

#include "planwerk/error.hpp"
#include "priorities/solver_backends.hpp"

namespace planwerk::priorities {

MipSolver::~MipSolver() = default;

const char* solve_status_name(SolveStatus status) noexcept {
  switch (status) {
    case SolveStatus::optimal: return "optimal";
    case SolveStatus::time_limit: return "time_limit";
    case SolveStatus::infeasible: return "infeasible";
    case SolveStatus::no_solution: return "no_solution";
  }
  return "unknown";
}

void check_model(const LinearModel& model) {
  auto bad_bounds = [](double lower, double upper) {
    return std::isnan(lower) || std::isnan(upper) || lower > upper || lower == unbounded || upper == -unbounded;
  };
  for (std::size_t c = 0; c < model.columns.size(); ++c) {
    const auto& col = model.columns[c];
    if (bad_bounds(col.lower, col.upper) || !std::isfinite(col.objective))
      throw Error(ErrorCode::invalid_argument, "model column " + std::to_string(c) + " (" + col.name +
                                                   "): bounds or objective coefficient out of order");
  }
  for (std::size_t r = 0; r < model.rows.size(); ++r)
    if (bad_bounds(model.rows[r].lower, model.rows[r].upper))
      throw Error(ErrorCode::invalid_argument,
                  "model row " + std::to_string(r) + " (" + model.rows[r].name + "): bounds out of order");
  for (const auto& e : model.entries) {
    if (e.row >= model.rows.size() || e.column >= model.columns.size())
      throw Error(ErrorCode::invalid_argument, "model entry (" + std::to_string(e.row) + ", " +
                                                   std::to_string(e.column) + ") names no row or column");
    if (!std::isfinite(e.value))
      throw Error(ErrorCode::invalid_argument, "model entry of row " + model.rows[e.row].name + " and column " +
                                                   model.columns[e.column].name + " is not finite");
  }
}

namespace detail {

SparseColumns sparse_columns(const LinearModel& model) {
  std::vector<LinearModel::Entry> sorted = model.entries;
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return a.column != b.column ? a.column < b.column : a.row < b.row;
  });
  SparseColumns out;
  out.start.assign(model.columns.size() + 1, 0);
  for (std::size_t i = 0; i < sorted.size();) {
    // A repeated (row, column) adds up; a sum of zero is left out.
    std::size_t j = i;
    double sum = 0;
    for (; j < sorted.size() && sorted[j].row == sorted[i].row && sorted[j].column == sorted[i].column; ++j)
      sum += sorted[j].value;
    if (sum != 0) {
      out.index.push_back(static_cast<int>(sorted[i].row));
      out.value.push_back(sum);
      ++out.start[sorted[i].column + 1];
    }
    i = j;
  }
  for (std::size_t c = 0; c < model.columns.size(); ++c) out.start[c + 1] += out.start[c];
  return out;
}

void check_start(const LinearModel& model, const std::vector<double>& start) {
  if (start.empty()) return;
  if (start.size() != model.columns.size())
    throw Error(ErrorCode::invalid_argument, "a MIP start of " + std::to_string(start.size()) + " values for " +
                                                 std::to_string(model.columns.size()) + " columns");
  for (std::size_t c = 0; c < start.size(); ++c)
    if (!std::isfinite(start[c]))
      throw Error(ErrorCode::invalid_argument, "the MIP start's value for column " + model.columns[c].name + " is not finite");
}

double relative_gap(double objective, double bound) {
  return std::abs(bound - objective) / std::max(std::abs(objective), 1e-9);
}

}  // namespace detail

std::vector<std::string> solver_names() { return {"cbc", "glpk"}; }

std::unique_ptr<MipSolver> make_solver(std::string_view name) {
  if (name == "cbc") return detail::make_cbc();
  if (name == "glpk") return detail::make_glpk();
  throw Error(ErrorCode::invalid_argument, "unknown solver \"" + std::string(name) + "\" (known: cbc, glpk)");
}

}  // namespace planwerk::priorities
