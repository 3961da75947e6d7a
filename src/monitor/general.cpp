// SPDX-License-Identifier: Apache-2.0
// The general path through one indicator: its rows scattered into a dense
// cube, totals completed, small cells suppressed, then each series
// evaluated and the published cells written out.
#include <algorithm>

#include "series.hpp"

namespace planwerk::monitor::detail {

void evaluate_cube(const model::Concept& plan, const ObservationView& rows, std::span<const std::uint32_t> order,
                   std::size_t lo, std::size_t hi, std::size_t ind, const Options& options, Cube& cube,
                   std::vector<std::int32_t>& local_group, SeriesOut& series, CellsOut& totals, CellsOut& cells,
                   std::vector<Point>& points, Headline& headline) {
  cube.reset(plan.districts().size() + 1, cube.group_code.size() + 1, cube.period.size());

  // Scatter. Periods are few: a binary search per row.
  const bool year_periods = std::all_of(cube.period.begin(), cube.period.end(), is_year);
  const Period first_period = cube.period.front();
  for (std::size_t k = lo; k < hi; ++k) {
    const std::size_t r = order.empty() ? k : order[k];
    if (options.as_of != 0 && rows.period[r] > options.as_of) continue;
    std::size_t p = 0;
    const std::size_t span = static_cast<std::size_t>((rows.period[r] - first_period) / 10000);
    if (year_periods && span < cube.periods && cube.period[span] == rows.period[r]) {
      p = span;  // consecutive years: the offset is the index
    } else {
      p = static_cast<std::size_t>(std::lower_bound(cube.period.begin(), cube.period.end(), rows.period[r]) -
                                   cube.period.begin());
    }
    const std::size_t g = rows.group[r] < 0 ? 0 : static_cast<std::size_t>(local_group[static_cast<std::size_t>(rows.group[r])]);
    const std::size_t c = cube.at(static_cast<std::size_t>(rows.district[r] + 1), g, p);
    cube.state[c] = State::observed;
    const double num = detail::column_at(rows.numerator, r), den = detail::column_at(rows.denominator, r);
    double v = detail::column_at(rows.value, r);
    if (std::isnan(v) && !std::isnan(num)) v = num / den * scale(plan.indicators()[ind]);
    cube.value[c] = v;
    cube.numerator[c] = num;
    cube.denominator[c] = den;
    cube.cases[c] = detail::column_at(rows.cases, r);
    if (!rows.flags.empty()) cube.flags[c] = rows.flags[r];
    if (!rows.status.empty()) cube.status[c] = rows.status[r];
  }
  for (std::int32_t code : cube.group_code) local_group[static_cast<std::size_t>(code)] = -1;

  const model::Indicator& indicator = plan.indicators()[ind];
  const v1::Aggregation agg = aggregation(indicator);
  detail::complete_totals(cube, agg, scale(indicator));
  detail::suppress(cube, agg, options.min_cases, indicator.measure_type == v1::MEASURE_TYPE_COUNT);

  SeriesInput in;
  in.prepare(indicator, options.min_points);
  const auto code = static_cast<std::int32_t>(ind);
  for (std::size_t d = 0; d < cube.districts; ++d) {
    for (std::size_t g = 0; g < cube.groups; ++g) {
      bool any = false;
      for (std::size_t p = 0; p < cube.periods && !any; ++p) any = cube.state[cube.at(d, g, p)] != State::absent;
      if (!any) continue;
      in.district = d == 0 ? model::npos : static_cast<model::Index>(d - 1);
      in.group = g == 0 ? std::string_view() : std::string_view(rows.groups[static_cast<std::size_t>(cube.group_code[g - 1])]);
      const Headline h = evaluate_series(cube, d, g, in, code, series, points);
      if (d == 0 && g == 0) headline = h;
      for (std::size_t p = 0; p < cube.periods; ++p) {
        const std::size_t k = cube.at(d, g, p);
        if (cube.state[k] == State::derived) totals.add(cube, k, code, d, g, p);
        if (options.cells && cube.state[k] != State::absent) cells.add(cube, k, code, d, g, p);
      }
    }
  }
}

}  // namespace planwerk::monitor::detail
