// SPDX-License-Identifier: Apache-2.0
// Internal: the solver backends and what they share.
#pragma once

#include <memory>
#include <vector>

#include "planwerk/priorities/mip_solver.hpp"

namespace planwerk::priorities::detail {

/// The matrix in compressed sparse column form (both CBC and GLPK read it,
/// GLPK with 1-based indices).
struct SparseColumns {
  std::vector<int> start;  ///< columns + 1 offsets into index and value
  std::vector<int> index;  ///< row of each non-zero
  std::vector<double> value;
};
SparseColumns sparse_columns(const LinearModel& model);

/// A MIP start is empty or one finite value per column; Error(invalid_argument) otherwise.
void check_start(const LinearModel& model, const std::vector<double>& start);

/// (bound - objective) / max(|objective|, 1e-9), never negative.
double relative_gap(double objective, double bound);

std::unique_ptr<MipSolver> make_cbc();
std::unique_ptr<MipSolver> make_glpk();

}  // namespace planwerk::priorities::detail
