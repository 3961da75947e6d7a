// Private helpers shared by the observation readers and the evaluation:
// naming rows in messages, and the checks every input passes.
#pragma once

#include <cmath>
#include <functional>
#include <string>

#include "planwerk/error.hpp"
#include "planwerk/monitor/observations.hpp"

namespace planwerk::monitor::detail {

// "row 17" for arrays, "observations.csv line 18" for files.
using RowName = std::function<std::string(std::size_t row)>;

[[noreturn]] inline void fail(const RowName& name, std::size_t row, const std::string& column, const std::string& what) {
  throw Error(ErrorCode::invalid_argument, name(row) + ", column " + column + ": " + what);
}

inline double column_at(std::span<const double> column, std::size_t row) {
  return column.empty() ? std::nan("") : column[row];
}

// The checks of monitor::check, with messages naming rows through `name`.
// Returns whether the rows are sorted by indicator, district, group, period.
bool check_rows(const model::Concept& plan, const ObservationView& rows, const RowName& name);

// The key a cell is known by; rows sort by it.
struct CellKey {
  std::int32_t indicator, district, group;
  Period period;
  auto operator<=>(const CellKey&) const = default;
};

inline CellKey key_of(const ObservationView& rows, std::size_t i) {
  return {rows.indicator[i], rows.district[i], rows.group[i], rows.period[i]};
}

}  // namespace planwerk::monitor::detail
