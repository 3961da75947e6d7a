// SPDX-License-Identifier: Apache-2.0
// Private: the pieces the evaluation is built from. The output frames under
// construction, what a series needs to know, the evaluation of one series,
// and the two ways through an indicator: the general one over a dense cube
// (evaluate.cpp) and the streaming one for sorted rows (stream.cpp).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "cube.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "rows.hpp"

namespace planwerk::monitor::detail {

inline std::vector<std::string> labels_of(std::initializer_list<const char*> names) {
  return {names.begin(), names.end()};
}

// The series frame's columns after the keys, in order.
inline constexpr const char* series_columns[] = {
    "points", "first_period", "latest_period", "latest_value", "baseline", "target", "target_period",
    "attainment", "score", "status", "slope", "projected", "outlook",
    "progress", "progress_category", "progress_score", "trend"};
inline constexpr std::size_t first_trend_column = 13;  // progress .. trend need Options::trends

// Throws Error(invalid_argument) for a name in Options::columns that is no
// series column, or a trend column without Options::trends.
// Options as documented: as_of, min_cases, min_points, min_share, rule and
// columns; throws Error(invalid_argument) naming the option.
void check_columns(const Options& options);

// The output frames under construction, with direct references to their
// columns so that appending a row is a handful of push_backs; a column left
// out by Options::columns is null.
struct SeriesOut {
  Frame frame;
  Column *indicator, *district, *group, *points, *first, *latest, *latest_value, *baseline, *target, *target_period,
      *attainment, *score, *status, *slope, *projected, *outlook, *progress, *progress_category, *progress_score,
      *trend;

  bool trends = true;  // some Open SDG or SDSN trend column is wanted
  bool fit = true;     // some column from the OLS fit is wanted

  SeriesOut(std::vector<std::string> indicators, std::vector<std::string> districts, std::vector<std::string> groups,
            const Options& options) {
    using T = Column::Type;
    indicator = &frame.add("indicator", T::category, std::move(indicators));
    district = &frame.add("district", T::category, std::move(districts));
    group = &frame.add("group", T::category, std::move(groups));
    const auto& wanted = options.columns;
    auto add = [&](const char* name, T type, std::vector<std::string> labels = {}) -> Column* {
      const bool trend = std::find(std::begin(series_columns) + first_trend_column, std::end(series_columns),
                                   std::string_view(name)) != std::end(series_columns);
      if (trend && !options.trends) return nullptr;
      if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), name) == wanted.end()) return nullptr;
      return &frame.add(name, type, std::move(labels));
    };
    points = add("points", T::integer);
    first = add("first_period", T::integer);
    latest = add("latest_period", T::integer);
    latest_value = add("latest_value", T::real);
    baseline = add("baseline", T::real);
    target = add("target", T::real);
    target_period = add("target_period", T::integer);
    attainment = add("attainment", T::real);
    score = add("score", T::real);
    status = add("status", T::category, labels_of({"none", "red", "orange", "yellow", "green"}));
    slope = add("slope", T::real);
    projected = add("projected", T::real);
    outlook = add("outlook", T::category,
                  labels_of({"insufficient_data", "wrong_direction", "off_track", "on_track", "achieved"}));
    progress = add("progress", T::real);
    progress_category = add("progress_category", T::category,
                            labels_of({"unable_to_assess", "deterioration", "limited_progress", "needs_acceleration",
                                       "on_track", "target_achieved"}));
    progress_score = add("progress_score", T::real);
    trend = add("trend", T::category,
                labels_of({"insufficient_data", "decreasing", "stagnating", "moderately_improving", "on_track"}));
    trends = progress != nullptr || progress_category != nullptr || progress_score != nullptr || trend != nullptr;
    fit = slope != nullptr || projected != nullptr || outlook != nullptr;
  }
};

struct CellsOut {
  Frame frame;
  Column *indicator, *district, *group, *period, *value, *numerator, *denominator, *cases, *suppressed, *derived,
      *status, *flags;

  CellsOut(std::vector<std::string> indicators, std::vector<std::string> districts, std::vector<std::string> groups,
           bool full) {
    using T = Column::Type;
    indicator = &frame.add("indicator", T::category, std::move(indicators));
    district = &frame.add("district", T::category, std::move(districts));
    group = &frame.add("group", T::category, std::move(groups));
    period = &frame.add("period", T::integer);
    value = &frame.add("value", T::real);
    numerator = &frame.add("numerator", T::real);
    denominator = &frame.add("denominator", T::real);
    cases = &frame.add("cases", T::real);
    suppressed = &frame.add("suppressed", T::category, labels_of({"published", "primary", "secondary"}));
    derived = full ? &frame.add("derived", T::integer) : nullptr;
    status = full ? &frame.add("status", T::category,
                                labels_of({"", "unknown", "not_meaningful", "uncertain", "later"}))
                  : nullptr;
    flags = full ? &frame.add("flags", T::integer) : nullptr;
  }

  // A computed total that passed suppression (the streaming path).
  void add_derived(std::int32_t ind, std::int32_t d, std::int32_t g, Period p, double v, double num, double den,
                   double n) {
    indicator->codes().push_back(ind);
    district->codes().push_back(d);
    group->codes().push_back(g);
    period->integers().push_back(p);
    value->reals().push_back(v);
    numerator->reals().push_back(num);
    denominator->reals().push_back(den);
    cases->reals().push_back(n);
    suppressed->codes().push_back(0);
  }

  void add(const Cube& c, std::size_t k, std::int32_t ind, std::size_t d, std::size_t g, std::size_t p) {
    const bool hidden = c.suppressed[k] != 0;
    const double nan = std::nan("");
    indicator->codes().push_back(ind);
    district->codes().push_back(static_cast<std::int32_t>(d));
    group->codes().push_back(g == 0 ? 0 : c.group_code[g - 1] + 1);
    period->integers().push_back(c.period[p]);
    value->reals().push_back(hidden ? nan : c.value[k]);
    numerator->reals().push_back(hidden ? nan : c.numerator[k]);
    denominator->reals().push_back(hidden ? nan : c.denominator[k]);
    cases->reals().push_back(hidden ? nan : c.cases[k]);
    suppressed->codes().push_back(c.suppressed[k]);
    if (derived != nullptr) derived->integers().push_back(c.state[k] == State::derived ? 1 : 0);
    if (status != nullptr) status->codes().push_back(c.status[k]);
    if (flags != nullptr) flags->integers().push_back(c.flags[k]);
  }
};

// The baseline and final target that apply to a series: those given for
// its district and group, else the indicator's general ones.
// Baselines are levels of their own series: a district without one falls
// back to its first observation, not to the municipality's level. Targets
// are aims: the general one applies where no specific one is given.
template <class T>
const T* pick(const std::vector<T>& list, model::Index district, std::string_view group, bool final_only) {
  const T* best = nullptr;
  const int passes = std::is_same_v<T, model::Target> ? 2 : 1;
  for (int pass = 0; pass < passes && best == nullptr; ++pass) {
    const model::Index d = pass == 0 ? district : model::npos;
    const std::string_view g = pass == 0 ? group : std::string_view();
    for (const auto& x : list) {
      if (!x.value || x.district != d || x.group != g) continue;
      if constexpr (std::is_same_v<T, model::Target>) {
        if (final_only && x.kind != v1::TARGET_KIND_FINAL) continue;
      }
      if (best == nullptr || (model::is_set(x.date) && (!model::is_set(best->date) || x.date > best->date))) best = &x;
    }
    if (pass == 0 && district == model::npos && group.empty()) break;
  }
  return best;
}

struct SeriesInput {
  const model::Indicator* ind;
  model::Index district;
  std::string_view group;
  int up;
  std::size_t min_points;
  // The indicator's general baseline and target, and whether any baseline
  // or target is specific to a district or group (only then is each series
  // looked up on its own).
  const model::Baseline* base = nullptr;
  const model::Target* target = nullptr;
  double target_time = std::nan("");
  Period target_period = 0;
  bool specific = false;

  void prepare(const model::Indicator& indicator, std::size_t points);
};


struct Headline {
  double score = std::nan("");
  Light status = Light::none;
};

// One series from its published points in time order; `segment` is the
// index of the first point after the last series break. `district` and
// `group` are the output codes (0: the whole municipality / everybody).
Headline evaluate_points(const std::vector<Point>& points, std::size_t segment, std::int64_t first,
                         std::int64_t latest, const SeriesInput& in, std::int32_t code, std::int32_t district,
                         std::int32_t group, SeriesOut& out);

// The series of cube cell (d, g) over its periods.
Headline evaluate_series(const Cube& c, std::size_t d, std::size_t g, const SeriesInput& in, std::int32_t code,
                         SeriesOut& out, std::vector<Point>& points);

// How the streaming evaluation of an indicator ended: done; handed to the
// general path (a table symbol or a small cell); refused (a row failed its
// check or came out of order; the rows must be checked as a whole); or
// reshape (a row has a period or group the shape lacks: scan them all).
enum class Streamed { done, general, refused, reshape };

// The streaming evaluation of one indicator's rows [lo, hi), checking each
// row with `check` as it reads it; the frames are as they were unless done.
Streamed stream_indicator(const ObservationView& rows, std::size_t lo, std::size_t hi, RowCheck& check,
                          const Cube& shape, const std::vector<std::int32_t>& local_group, std::size_t districts,
                          const model::Indicator& ind, std::int32_t code, const Options& options, SeriesInput& in,
                          SeriesOut& series, CellsOut& totals, std::vector<Point>& points, Headline& headline);

// The periods (up to as_of) and groups of rows [from, to) of one indicator
// (`order`: the rows' order when not empty) into the cube's period,
// group_code and dimensions and into local_group (view group code -> local
// index; -1 for the others). Unchecked rows are only trusted as far as
// this needs: a group code in range and real periods (each distinct one
// validated). False when they are not. `year_seen` (10,000 zeros) is
// scratch, left zeroed.
bool scan_shape(const ObservationView& rows, std::span<const std::uint32_t> order, std::size_t from, std::size_t to,
                Period as_of, Cube& cube, std::vector<std::int32_t>& local_group, std::vector<std::uint8_t>& year_seen);

// The general path through indicator `ind`, rows [lo, hi) (through `order`
// when not empty), already checked, the cube's shape scanned: scatter,
// totals, suppression, every series; local_group is reset to -1.
void evaluate_cube(const model::Concept& plan, const ObservationView& rows, std::span<const std::uint32_t> order,
                   std::size_t lo, std::size_t hi, std::size_t ind, const Options& options, Cube& cube,
                   std::vector<std::int32_t>& local_group, SeriesOut& series, CellsOut& totals, CellsOut& cells,
                   std::vector<Point>& points, Headline& headline);

// "sex" of "sex:f".
std::string dimension_of(const std::string& label);
void truncate(Frame& f, std::size_t rows);
void reserve(Column& c, std::size_t n);
// Grows every column of `f` by `more` rows (zeros) and returns the rows it
// had: room made ahead for join, by a thread that would otherwise wait.
std::size_t make_room(Frame& f, std::size_t more);
// The rows of `parts` (frames with the same columns) one after the other,
// in one frame: the first `filled` rows of the first part (its other rows
// are room made ahead), then the others. The parts are left moved-from.
// Uses up to `threads` threads.
Frame join(std::vector<Frame*> parts, std::size_t filled, std::size_t threads);

}  // namespace planwerk::monitor::detail
