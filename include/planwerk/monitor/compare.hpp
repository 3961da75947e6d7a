// SPDX-License-Identifier: Apache-2.0
// Comparisons on published cells (Result::cells of evaluate with
// Options::cells): the gap between two groups and its trend, and each
// district against the whole municipality.
#pragma once

#include <string>
#include <string_view>

#include "planwerk/export.hpp"
#include "planwerk/monitor/evaluate.hpp"

namespace planwerk::monitor {

/// period, value_a, value_b, difference (a - b, in the indicator's unit:
/// percentage points for percentages), ratio (a / b), parity (max(r, 1/r)),
/// one row per period where both groups are published for the district
/// ("" = whole municipality). Throws Error(not_found) for an unknown
/// indicator or a group that has no cells.
PLANWERK_API Frame group_gap(const Frame& cells, std::string_view indicator, std::string_view group_a,
                             std::string_view group_b, std::string_view district = "");

/// Whether the gap between two groups is closing (gap_trend()).
struct GapTrend {
  double slope = none;  ///< of |difference| per year, by least squares
  /// +1 closing (|difference| falls), -1 widening, 0 unchanged; nothing with
  /// fewer than min_points periods.
  int closing = 0;
  bool known = false;  ///< false: too few periods to tell
};
/// The trend of a group_gap frame's absolute difference.
PLANWERK_API GapTrend gap_trend(const Frame& gap, std::size_t min_points = 2);

/// For the latest period in which the whole municipality is published:
/// district, value, city (the municipality's value), difference, ratio,
/// rank (1 = best, by the indicator's direction). Group "" unless given.
PLANWERK_API Frame district_comparison(const model::Concept& plan, const Frame& cells, std::string_view indicator,
                                       std::string_view group = "");

}  // namespace planwerk::monitor
