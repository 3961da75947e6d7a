// SPDX-License-Identifier: Apache-2.0
// Sub-year observations rolled up to years.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/monitor/observations.hpp"
#include "rows.hpp"

namespace planwerk::monitor {

Observations to_years(const model::Concept& plan, const ObservationView& rows) {
  check(plan, rows);
  auto name = [](std::size_t row) { return "row " + std::to_string(row); };
  // Rows by cell and year, days in order within a year.
  std::vector<std::uint32_t> order(rows.size());
  std::iota(order.begin(), order.end(), 0u);
  auto year_key = [&](std::uint32_t r) {
    return std::tuple(rows.indicator[r], rows.district[r], rows.group[r], period_year(rows.period[r]));
  };
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return std::tuple(year_key(a), rows.period[a]) < std::tuple(year_key(b), rows.period[b]);
  });
  Observations out;
  out.groups.assign(rows.groups.begin(), rows.groups.end());
  const double nan = std::nan("");
  for (std::size_t k = 0; k < order.size();) {
    std::size_t end = k;
    while (end < order.size() && year_key(order[end]) == year_key(order[k])) ++end;
    const std::uint32_t first = order[k], last = order[end - 1];
    const auto& ind = plan.indicators()[static_cast<std::size_t>(rows.indicator[first])];
    const v1::Aggregation agg = aggregation(ind);
    if (end - k > 1 && is_year(rows.period[first]))
      detail::fail(name, order[k + 1], "period",
                   "year " + std::to_string(period_year(rows.period[first])) + " is given as a year (" + name(first) +
                       ") and as days");
    double value = detail::column_at(rows.value, last), num = detail::column_at(rows.numerator, last);
    double den = detail::column_at(rows.denominator, last), cases = detail::column_at(rows.cases, last);
    std::uint8_t flags = 0, status = rows.status.empty() ? 0 : rows.status[last];
    if (!rows.flags.empty())
      for (std::size_t j = k; j < end; ++j) flags = static_cast<std::uint8_t>(flags | rows.flags[order[j]]);
    const bool adds = agg == v1::AGGREGATION_SUM || agg == v1::AGGREGATION_RATIO;
    if (adds && end - k > 1) {
      value = num = den = cases = 0;
      for (std::size_t j = k; j < end; ++j) {
        const std::uint32_t r = order[j];
        if (!rows.status.empty() && rows.status[r] != 0)
          detail::fail(name, r, "status", "a missing value among the days of a year that are added up");
        value += detail::column_at(rows.value, r);
        num += detail::column_at(rows.numerator, r);
        den += detail::column_at(rows.denominator, r);
        cases += detail::column_at(rows.cases, r);
      }
      if (agg == v1::AGGREGATION_RATIO) value = num / den * scale(ind);
      else num = den = nan;
      status = 0;
    }
    out.append({rows.indicator[first], rows.district[first], rows.group[first],
                year_period(period_year(rows.period[first])), value, num, den, cases, flags, status, first});
    k = end;
  }
  return out;
}

}  // namespace planwerk::monitor
