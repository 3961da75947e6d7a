// SPDX-License-Identifier: Apache-2.0
// The evaluation methods for one series, as small pure functions: attainment,
// the SDSN status with goalposts, and three trend methods (an OLS slope, the
// Open SDG / Statistics Canada growth ratio, the SDSN linear trend). Each
// rule for an edge case is written down here and in docs/monitor.md.
//
// Time is in years on the axis of period_time (period.hpp). `up` is +1 when
// higher values are better, -1 when lower values are.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>

namespace planwerk::monitor {

/// A value not given or not computable: NaN, as in the frames' real columns.
inline constexpr double none = std::numeric_limits<double>::quiet_NaN();

// ---- Attainment ------------------------------------------------------------
/// Progress from the baseline toward the target, 0 at the baseline and 1 at
/// the target, aware of polarity: (current - baseline) / (target - baseline).
/// It is not clipped: beyond the target it exceeds 1, behind the baseline it
/// is negative. A zero baseline needs no special case (nothing is divided by
/// the baseline). When the baseline already meets the target (no distance to
/// cover in the good direction) it is 1 while the current value still meets
/// the target and 0 once it does not. NaN when any input is missing.
inline double attainment(double baseline, double target, double current, int up) noexcept {
  if (std::isnan(baseline) || std::isnan(target) || std::isnan(current)) return none;
  if ((target - baseline) * up <= 0) return (current - target) * up >= 0 ? 1.0 : 0.0;
  return (current - baseline) / (target - baseline);
}

// ---- Status ----------------------------------------------------------------
/// Traffic lights; the numbers are stable (C API, Python).
enum class Light : std::int32_t { none = 0, red = 1, orange = 2, yellow = 3, green = 4 };

/// The goalposts of one series, resolved: the indicator's own (model::Goalposts)
/// where set, else derived from its baseline and final target.
struct ResolvedGoalposts {
  double lower = none;    ///< normalises to 0
  double red = none;      ///< at or behind it: red
  double green = none;    ///< at or beyond it: green
  double optimum = none;  ///< normalises to 100
};

/// The value on the 0..100 scale between lower bound and optimum, clipped
/// (the SDSN normalisation); NaN without goalposts.
inline double normalised(double x, const ResolvedGoalposts& g) noexcept {
  if (std::isnan(x) || std::isnan(g.lower) || std::isnan(g.optimum) || g.lower == g.optimum) return none;
  return std::clamp((x - g.lower) / (g.optimum - g.lower) * 100.0, 0.0, 100.0);
}

/// Green at or beyond the green threshold, red at or behind the red one; in
/// between yellow on the green side of their midpoint (the midpoint itself
/// included), orange on the red side. Works for either polarity, because the
/// comparison happens on the lower-bound-to-optimum axis.
inline Light light(double x, const ResolvedGoalposts& g) noexcept {
  if (std::isnan(x) || std::isnan(g.lower) || std::isnan(g.optimum) || g.lower == g.optimum || std::isnan(g.red) ||
      std::isnan(g.green))
    return Light::none;
  const double up = g.optimum > g.lower ? 1.0 : -1.0;  ///< compared in value space: no rounding at the midpoint
  if (x * up >= g.green * up) return Light::green;
  if (x * up <= g.red * up) return Light::red;
  return x * up >= (g.green + g.red) / 2 * up ? Light::yellow : Light::orange;
}

// ---- Ordinary least squares --------------------------------------------------
/// A data point of a series on the time axis (period_time).
struct Point {
  double t;  ///< the time in years
  double v;  ///< the value
};

/// A least squares line.
struct Fit {
  double slope = none;      ///< per year
  double intercept = none;  ///< at t = 0
  /// The line's value at time t.
  double at(double t) const noexcept { return intercept + slope * t; }
};

/// Least squares line through the points (centred sums, for precision with
/// years around 2000). NaN slope with fewer than two distinct times.
inline Fit ols(std::span<const Point> points) noexcept {
  const std::size_t n = points.size();
  if (n < 2) return {};
  double mt = 0, mv = 0;
  for (const auto& p : points) {
    mt += p.t;
    mv += p.v;
  }
  mt /= static_cast<double>(n);
  mv /= static_cast<double>(n);
  double stt = 0, stv = 0;
  for (const auto& p : points) {
    stt += (p.t - mt) * (p.t - mt);
    stv += (p.t - mt) * (p.v - mv);
  }
  if (stt == 0) return {};
  const double slope = stv / stt;
  return {slope, mv - slope * mt};
}

/// What the OLS line says about reaching the target on time.
enum class Outlook : std::int32_t {
  insufficient_data = 0,
  wrong_direction = 1,  ///< the line moves away from the target (or stands still)
  off_track = 2,        ///< moves toward it, but reaches it after the target date
  on_track = 3,         ///< the line meets the target by its date
  achieved = 4,         ///< the latest value already meets it
};

/// Whether the line through a series meets the target by target_time; `up`
/// is +1 when higher is better, -1 when lower is.
inline Outlook outlook(const Fit& fit, double latest, double target, double target_time, int up) noexcept {
  if (std::isnan(target)) return Outlook::insufficient_data;
  if (!std::isnan(latest) && (latest - target) * up >= 0) return Outlook::achieved;
  if (std::isnan(fit.slope)) return Outlook::insufficient_data;
  if (fit.slope * up <= 0) return Outlook::wrong_direction;
  return (fit.at(target_time) - target) * up >= 0 ? Outlook::on_track : Outlook::off_track;
}

// ---- Open SDG / Statistics Canada progress -----------------------------------
/// Categories (numbers stable).
enum class Progress : std::int32_t {
  unable_to_assess = 0,
  deterioration = 1,
  limited_progress = 2,
  needs_acceleration = 3,  ///< "progress made but acceleration needed"
  on_track = 4,            ///< "substantial progress / on track"
  target_achieved = 5,
};

/// The Open SDG progress of a series: the measure, its category and score.
struct ProgressMeasure {
  double value = none;  ///< R with a target, the signed CAGR without
  Progress category = Progress::unable_to_assess;  ///< what the value means
  double score = none;  ///< -5 .. 5 (5 when the target is achieved)
};

/// The compound annual growth rate between two values.
inline double cagr(double from, double to, double years) noexcept { return std::pow(to / from, 1.0 / years) - 1.0; }

/// The progress measure of the Open SDG platform (sdg-build's
/// ProgressMeasure): base (t0, y0) and current (t, y) values, an optional
/// target reached by target_time. With a target: target achieved when the
/// current value meets it; otherwise R = s * up * CAGR(observed) /
/// |CAGR(required)| against 0.95 / 0.6 / 0. Without a target: s * up *
/// CAGR(observed) against 1.5 % / 0.5 % / 0. s is -1 when the values are
/// negative (the growth model needs one sign: values of mixed sign cannot be
/// assessed). A zero base or target is replaced by 0.001, as Open SDG does.
/// Required growth of zero (target equal to the base, not met) cannot be
/// assessed. Scores follow Open SDG's linear transforms (-60 % -> -5,
/// 60 % -> 0, 130 % -> 5 with a target; -2 % -> -5, 0 -> -2.5, 0.5 % -> 0,
/// 1.5 % -> 2.5, 2 % -> 5 without).
inline ProgressMeasure open_sdg(double t0, double y0, double t, double y, double target, double target_time,
                                int up) noexcept {
  ProgressMeasure out;
  if (std::isnan(y)) return out;
  /// A met target is achieved whatever the base: also when the base point is
  /// the latest one, which leaves no time to measure growth over.
  const bool has_target = !std::isnan(target);
  if (has_target && (y - target) * up >= 0) {
    out.category = Progress::target_achieved;
    out.score = 5;
    return out;
  }
  if (std::isnan(y0) || !(t > t0)) return out;
  if (y0 == 0) y0 = 0.001;
  if ((y0 > 0 && y < 0) || (y0 < 0 && y > 0)) return out;  ///< growth of mixed sign is undefined
  const double sign = y0 < 0 ? -1.0 : 1.0;
  const double observed = cagr(y0, y, t - t0);
  if (has_target) {
    if (target == 0) target = 0.001;
    if ((y0 > 0 && target < 0) || (y0 < 0 && target > 0) || !(target_time > t0)) return out;
    const double required = cagr(y0, target, target_time - t0);
    if (required == 0) return out;
    const double r = sign * up * observed / std::abs(required);
    out.value = r;
    out.category = r >= 0.95 ? Progress::on_track
                   : r >= 0.6 ? Progress::needs_acceleration
                   : r >= 0    ? Progress::limited_progress
                               : Progress::deterioration;
    out.score = r >= 0.6 ? std::min((r - 0.6) * (5.0 / 0.7), 5.0) : std::max((r - 0.6) * (5.0 / 1.2), -5.0);
    return out;
  }
  const double g = sign * up * observed;
  out.value = g;
  out.category = g >= 0.015 ? Progress::on_track
                 : g >= 0.005 ? Progress::needs_acceleration
                 : g >= 0     ? Progress::limited_progress
                              : Progress::deterioration;
  out.score = g < 0 ? std::max(125 * g - 2.5, -5.0)
              : g >= 0.015 ? std::min(500 * g - 5, 5.0)
              : g >= 0.005 ? 250 * g - 1.25
                           : 500 * g - 2.5;
  return out;
}

// ---- SDSN trend ------------------------------------------------------------------
/// The SDSN trend categories (numbers stable).
enum class Trend : std::int32_t {
  insufficient_data = 0,
  decreasing = 1,            ///< the score moves away from the green threshold
  stagnating = 2,            ///< improving at under half the required rate
  moderately_improving = 3,  ///< at least half the required rate
  on_track = 4,              ///< the required rate, or green and staying there
};

/// The SDSN Sustainable Development Report's linear trend on normalised scores
/// (0..100): the rate from the base score s0 (at t0) to the current score s
/// (at t) against the linear rate needed to reach the green threshold's score
/// by the target time.
inline Trend sdsn_trend(double t0, double s0, double t, double s, double green, double target_time) noexcept {
  if (std::isnan(s0) || std::isnan(s) || std::isnan(green) || !(t > t0)) return Trend::insufficient_data;
  if (s >= green) return Trend::on_track;
  const double observed = (s - s0) / (t - t0);
  if (observed < 0) return Trend::decreasing;
  if (std::isnan(target_time) || !(target_time > t0)) return Trend::insufficient_data;
  const double required = (green - s0) / (target_time - t0);
  if (!(required > 0)) return Trend::decreasing;
  const double ratio = observed / required;
  return ratio >= 1 ? Trend::on_track : ratio >= 0.5 ? Trend::moderately_improving : Trend::stagnating;
}

}  // namespace planwerk::monitor
