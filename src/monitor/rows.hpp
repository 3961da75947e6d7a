// SPDX-License-Identifier: Apache-2.0
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

// Throws unless the columns have the lengths monitor::check asks for.
void check_lengths(const ObservationView& rows);

// The rules every row keeps, checked two ways that must agree: ok() asks
// them of a block of rows column by column, quickly enough for the
// evaluation to check every row it reads; explain_first() walks rows one by
// one and throws the message for the first that breaks one.
class RowCheck {
 public:
  RowCheck(const model::Concept& plan, const ObservationView& rows)
      : rows_(rows),
        indicators_(static_cast<std::int32_t>(plan.indicators().size())),
        districts_(static_cast<std::int32_t>(plan.districts().size())),
        groups_(static_cast<std::int32_t>(rows.groups.size())) {}

  // Whether every row in [lo, hi) keeps the rules. Periods recur, so each is
  // validated once while it stays in a small cache. With `indicator` (a
  // valid code), every row must also be of that indicator.
  bool ok(std::size_t lo, std::size_t hi, std::int32_t indicator = -1) noexcept;

  // Throws Error(invalid_argument) naming the first row in [lo, hi) that
  // breaks a rule, and the column; returns if none does.
  void explain_first(std::size_t lo, std::size_t hi, const RowName& name) const;

 private:
  ObservationView rows_;
  std::int32_t indicators_, districts_, groups_;
  // Periods known to be valid. Filled with one valid period: a cache of
  // zeros would pass period 0, which is not one.
  Period seen_[16] = {year_period(2000), year_period(2000), year_period(2000), year_period(2000),
                      year_period(2000), year_period(2000), year_period(2000), year_period(2000),
                      year_period(2000), year_period(2000), year_period(2000), year_period(2000),
                      year_period(2000), year_period(2000), year_period(2000), year_period(2000)};
};

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

// Whether rows [lo, hi) are all of indicator `indicator`, keep the rules
// and come in strict order of district, group and period (so no cell comes
// twice).
inline bool rows_valid_and_sorted(RowCheck& check, const ObservationView& rows, std::size_t lo, std::size_t hi,
                                  std::size_t indicator) {
  if (!check.ok(lo, hi, static_cast<std::int32_t>(indicator))) return false;
  for (std::size_t i = lo + 1; i < hi; ++i)
    if (!(key_of(rows, i - 1) < key_of(rows, i))) return false;
  return true;
}

}  // namespace planwerk::monitor::detail
