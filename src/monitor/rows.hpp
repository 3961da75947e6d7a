// Private helpers shared by the observation readers and the evaluation:
// naming rows in messages, and the checks every input passes.
#pragma once

#include <cmath>
#include <functional>
#include <limits>
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

// The checks of one row, in two halves that share one predicate: ok() is
// the quick test, cheap enough for the evaluation to run on each row as it
// streams by; explain() throws the message for a row ok() refused. Periods
// recur, so each is validated once while it stays in a small cache.
class RowCheck {
 public:
  RowCheck(const model::Concept& plan, const ObservationView& rows)
      : rows_(rows),
        indicators_(static_cast<std::int32_t>(plan.indicators().size())),
        districts_(static_cast<std::int32_t>(plan.districts().size())),
        groups_(static_cast<std::int32_t>(rows.groups.size())) {}

  [[gnu::always_inline]] bool ok(std::size_t i) noexcept {
    const std::int32_t ind = rows_.indicator[i], d = rows_.district[i], g = rows_.group[i];
    if (ind < 0 || ind >= indicators_ || d < -1 || d >= districts_ || g < -1 || g >= groups_) return false;
    const Period when = rows_.period[i];
    Period& slot = seen_[static_cast<std::uint32_t>(when ^ (when >> 5)) & 15u];
    if (slot != when) {
      if (!valid_period(when)) return false;
      slot = when;
    }
    const double v = column_at(rows_.value, i), num = column_at(rows_.numerator, i);
    const double den = column_at(rows_.denominator, i), cases = column_at(rows_.cases, i);
    constexpr double inf = std::numeric_limits<double>::infinity();
    // Each comparison with NaN is false: `!(x > -inf && x < inf)` is "NaN".
    const bool v_missing = std::isnan(v), num_missing = std::isnan(num), den_missing = std::isnan(den);
    bool good = !std::isinf(v) & !std::isinf(num) & (den_missing | ((den > 0) & (den < inf))) &
                (std::isnan(cases) | ((cases >= 0) & (cases < inf))) & (num_missing == den_missing);
    bool explained = false;
    if (!rows_.status.empty()) {
      const std::uint8_t s = rows_.status[i];
      good &= v1::ValueStatus_IsValid(s);
      explained = s != v1::VALUE_STATUS_UNSPECIFIED;
    }
    const bool missing = v_missing & num_missing;
    return good & (explained == missing);
  }

  // What is wrong with row i, as Error(invalid_argument); only for a row
  // ok() refused.
  [[noreturn]] void explain(std::size_t i, const RowName& name) const;

 private:
  ObservationView rows_;
  std::int32_t indicators_, districts_, groups_;
  Period seen_[16] = {};
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

// Whether rows [lo, hi) of one indicator pass RowCheck::ok and are in
// strict order of district, group and period (so no cell comes twice).
inline bool rows_valid_and_sorted(RowCheck& check, const ObservationView& rows, std::size_t lo, std::size_t hi) {
  for (std::size_t i = lo; i < hi; ++i)
    if (!check.ok(i) || (i > lo && !(key_of(rows, i - 1) < key_of(rows, i)))) return false;
  return true;
}

}  // namespace planwerk::monitor::detail
