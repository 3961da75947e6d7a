// SPDX-License-Identifier: Apache-2.0
// A mixed-integer linear model, independent of any solver: columns with
// bounds, objective coefficients and integrality, rows with bounds, and the
// matrix in coordinate form. The programme model (programme.hpp) builds one;
// a MipSolver (mip_solver.hpp) solves it.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "planwerk/export.hpp"

namespace planwerk::priorities {

/// No bound.
inline constexpr double unbounded = std::numeric_limits<double>::infinity();

/// A mixed-integer linear program: optimise objective . x subject to
/// row.lower <= A x <= row.upper and column.lower <= x <= column.upper, the
/// integer columns integral.
struct LinearModel {
  /// Whether the objective is maximised or minimised.
  enum class Sense { maximize, minimize };

  /// One variable.
  struct Column {
    double lower = 0;         ///< lower bound; -unbounded: none
    double upper = unbounded; ///< upper bound; unbounded: none
    double objective = 0;     ///< its coefficient in the objective
    bool integer = false;     ///< whether it must be integral
    std::string name;         ///< for messages and model dumps
  };

  /// One constraint on a linear combination of columns.
  struct Row {
    double lower = -unbounded;  ///< lower bound; -unbounded: none
    double upper = unbounded;   ///< upper bound; unbounded: none
    std::string name;           ///< for messages and model dumps
  };

  /// One coefficient of the matrix.
  struct Entry {
    std::size_t row;     ///< index into rows
    std::size_t column;  ///< index into columns
    double value;        ///< the coefficient
  };

  Sense sense = Sense::maximize;  ///< maximise (the programme's value) by default
  std::vector<Column> columns;    ///< the variables, in index order
  std::vector<Row> rows;          ///< the constraints, in index order
  std::vector<Entry> entries;     ///< the non-zero coefficients; a repeated (row, column) adds up

  /// Appends a column and returns its index.
  std::size_t add_column(Column column) {
    columns.push_back(std::move(column));
    return columns.size() - 1;
  }
  /// Appends a row and returns its index.
  std::size_t add_row(Row row) {
    rows.push_back(std::move(row));
    return rows.size() - 1;
  }
  /// Adds `value` times column `column` to row `row`.
  void add(std::size_t row, std::size_t column, double value) { entries.push_back({row, column, value}); }
};

}  // namespace planwerk::priorities
