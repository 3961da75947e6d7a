// SPDX-License-Identifier: Apache-2.0
// Outcome monitoring: observations against the concept's indicators. One call
// completes totals (ratios by summing numerators and denominators), applies
// small-cell suppression, evaluates every series and rolls the scores up to
// goals, action fields and the concept. Everything it returns has passed
// suppression: no value resting on fewer than `min_cases` cases, and none
// that could be recovered from the published totals.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/frame.hpp"
#include "planwerk/monitor/methods.hpp"
#include "planwerk/monitor/observations.hpp"

namespace planwerk::monitor {

/// How indicators roll up to goals (the C API's pw_rollup_rule).
enum class RollupRule : std::int32_t {
  weighted_mean = 0,  ///< the indicators' scores weighted by Indicator.weight
  two_worst = 1,      ///< SDSN: the two worst indicators decide the colour
};

/// What evaluate() computes.
struct Options {
  Period as_of = 0;              ///< ignore later periods; 0: use everything
  double min_cases = 3;          ///< k: cells resting on fewer cases are suppressed; 0 turns suppression off
  std::size_t min_points = 2;    ///< data points a trend needs (at least 2)
  RollupRule rule = RollupRule::weighted_mean;  ///< how indicators roll up to goals
  double min_share = 0.5;        ///< share of indicators with data below which a roll-up shows nothing
  bool cells = false;            ///< also return every published cell (Result::cells)
  /// The Open SDG and SDSN trends (columns progress, progress_category,
  /// progress_score, trend); off, the series frame goes without them.
  bool trends = true;
  /// The series columns to compute and return besides the keys (indicator,
  /// district, group); empty: all. The frame keeps its own column order.
  /// Leaving out what is not needed saves time and memory with millions of
  /// series. A name that is no series column, or a trend column without
  /// `trends`, is an Error(invalid_argument).
  std::vector<std::string> columns;
  /// Worker threads (indicators are evaluated in parallel); 0: one per core.
  /// Small inputs (under 100,000 rows a thread) use fewer. Results do not
  /// depend on it.
  std::size_t threads = 0;
};

/// Cell states in the `suppressed` column (numbers stable).
enum class Suppression : std::int32_t { published = 0, primary = 1, secondary = 2 };

/// What evaluate() returns: frames of series, totals, roll-ups and cells.
struct Result {
  /// One row per series (indicator x district x group): indicator, district,
  /// group (categories; "" = whole municipality / everybody), points,
  /// first_period, latest_period (integer periods, 0 = none), latest_value,
  /// baseline, target, target_period, attainment, score (0..100), status
  /// (Light), slope, projected (OLS value at the target date), outlook
  /// (Outlook), and with Options::trends: progress (Open SDG value),
  /// progress_category (Progress), progress_score, trend (Trend).
  Frame series;
  /// The totals the library computed from their parts (whole municipality
  /// from the districts, everybody from a breakdown's groups): indicator,
  /// district, group, period, value, numerator, denominator, cases,
  /// suppressed (Suppression; values NaN when suppressed).
  Frame totals;
  /// With Options::cells: every cell, observed or computed, in the same
  /// columns plus derived (0/1), status (v1::ValueStatus) and flags (Flag
  /// bits: a series break, a provisional value).
  Frame cells;
  /// level ("goal", "action_field", "concept"), id, indicators, with_data,
  /// score, status: outcome indicators only (process indicators are kept
  /// apart, see process.hpp).
  Frame rollup;
};

/// Throws what check() throws for bad rows. The view's rows may come in any
/// order; grouped by indicator is fastest.
PLANWERK_API Result evaluate(const model::Concept& plan, const ObservationView& rows, const Options& options = {});

/// The series' direction: +1 when higher is better, -1 when lower is. Without
/// a polarity, the direction from the baseline to the final target, else +1.
PLANWERK_API int direction(const model::Indicator& indicator);

/// The aggregation rule in force (the measure type decides when unset).
PLANWERK_API v1::Aggregation aggregation(const model::Indicator& indicator);

/// value = numerator / denominator * scale.
PLANWERK_API double scale(const model::Indicator& indicator);

}  // namespace planwerk::monitor
