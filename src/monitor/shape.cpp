// SPDX-License-Identifier: Apache-2.0
// The shape of one indicator's rows: its periods and groups, as the
// streaming and the general path both need them.
#include <algorithm>

#include "series.hpp"

namespace planwerk::monitor::detail {

bool scan_shape(const ObservationView& rows, std::span<const std::uint32_t> order, std::size_t from, std::size_t to,
                Period as_of, Cube& cube, std::vector<std::int32_t>& local_group, std::vector<std::uint8_t>& year_seen) {
  cube.period.clear();
  cube.group_code.clear();
  std::vector<Period> years;
  bool usable = true;
  for (std::size_t k = from; k < to; ++k) {
    const std::size_t r = order.empty() ? k : order[k];
    const Period when = rows.period[r];
    const std::int32_t g = rows.group[r];
    if (g >= static_cast<std::int32_t>(rows.groups.size()) || static_cast<std::uint32_t>(period_year(when)) >= year_seen.size()) {
      usable = false;
      break;
    }
    if (as_of != 0 && when > as_of) continue;
    // Periods are few and mostly years: a year is marked in a table, a
    // day kept sorted as it comes.
    if (is_year(when)) {
      auto& mark = year_seen[static_cast<std::size_t>(period_year(when))];
      if (mark == 0) {
        mark = 1;
        years.push_back(when);
      }
    } else {
      const auto at = std::lower_bound(cube.period.begin(), cube.period.end(), when);
      if (at == cube.period.end() || *at != when) cube.period.insert(at, when);
    }
    if (g >= 0 && local_group[static_cast<std::size_t>(g)] < 0) {
      cube.group_code.push_back(g);
      local_group[static_cast<std::size_t>(g)] = 1;
    }
  }
  for (Period y : years) year_seen[static_cast<std::size_t>(period_year(y))] = 0;
  usable = usable && std::all_of(years.begin(), years.end(), valid_period) &&
           std::all_of(cube.period.begin(), cube.period.end(), valid_period);
  if (!years.empty()) {
    cube.period.insert(cube.period.end(), years.begin(), years.end());
    std::sort(cube.period.begin(), cube.period.end());
  }
  std::sort(cube.group_code.begin(), cube.group_code.end());
  cube.dimensions.clear();
  std::vector<std::string> dimension_names;
  for (std::size_t j = 0; j < cube.group_code.size(); ++j) {
    const std::size_t code = static_cast<std::size_t>(cube.group_code[j]);
    local_group[code] = static_cast<std::int32_t>(j + 1);
    const std::string dim = dimension_of(rows.groups[code]);
    const auto it = std::find(dimension_names.begin(), dimension_names.end(), dim);
    if (it == dimension_names.end()) {
      dimension_names.push_back(dim);
      cube.dimensions.push_back({j + 1});
    } else {
      cube.dimensions[static_cast<std::size_t>(it - dimension_names.begin())].push_back(j + 1);
    }
  }
  return usable;
}

}  // namespace planwerk::monitor::detail
