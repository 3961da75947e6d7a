// SPDX-License-Identifier: Apache-2.0
// One series' evaluation, and the small frame helpers.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <thread>
#include <type_traits>

#include "series.hpp"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace planwerk::monitor::detail {

void SeriesInput::prepare(const model::Indicator& indicator, std::size_t points) {
  ind = &indicator;
  min_points = points;
  up = direction(indicator);
  specific = false;
  for (const auto& b : indicator.baselines) specific = specific || b.district != model::npos || !b.group.empty();
  for (const auto& t : indicator.targets) specific = specific || t.district != model::npos || !t.group.empty();
  base = pick(indicator.baselines, model::npos, {}, false);
  target = pick(indicator.targets, model::npos, {}, true);
  if (target == nullptr) target = pick(indicator.targets, model::npos, {}, false);
  const bool dated = target != nullptr && model::is_set(target->date);
  target_time = dated ? date_time(target->date) : std::nan("");
  target_period = dated ? date_period(target->date) : 0;
}

Headline evaluate_series(const Cube& c, std::size_t d, std::size_t g, const SeriesInput& in, std::int32_t code,
                         SeriesOut& out, std::vector<Point>& points) {
  points.clear();
  std::size_t segment = 0;
  std::int64_t first = 0, latest = 0;
  for (std::size_t p = 0; p < c.periods; ++p) {
    const std::size_t k = c.at(d, g, p);
    if (c.state[k] == State::absent || c.suppressed[k] != 0 || std::isnan(c.value[k])) continue;
    if ((c.flags[k] & series_break) != 0) segment = points.size();
    if (points.empty()) first = c.period[p];
    latest = c.period[p];
    points.push_back({period_time(c.period[p]), c.value[k]});
  }
  return evaluate_points(points, segment, first, latest, in, code, static_cast<std::int32_t>(d),
                         g == 0 ? 0 : c.group_code[g - 1] + 1, out);
}

Headline evaluate_points(const std::vector<Point>& points, std::size_t segment, std::int64_t first,
                         std::int64_t latest, const SeriesInput& in, std::int32_t code, std::int32_t district,
                         std::int32_t group, SeriesOut& out) {
  const double nan = std::nan("");
  const model::Baseline* base = in.base;
  const model::Target* target = in.target;
  double target_time = in.target_time;
  Period target_period = in.target_period;
  if (in.specific) {
    base = pick(in.ind->baselines, in.district, in.group, false);
    target = pick(in.ind->targets, in.district, in.group, true);
    if (target == nullptr) target = pick(in.ind->targets, in.district, in.group, false);
    const bool dated = target != nullptr && model::is_set(target->date);
    target_time = dated ? date_time(target->date) : nan;
    target_period = dated ? date_period(target->date) : 0;
  }
  if (!(in.district == model::npos && in.group.empty()) && !in.specific) base = nullptr;
  const std::span<const Point> seg(points.data() + segment, points.size() - segment);
  const double latest_value = points.empty() ? nan : points.back().v;
  double baseline = base != nullptr ? *base->value : (seg.empty() ? nan : seg.front().v);
  const double target_value = target != nullptr ? *target->value : nan;

  const double reach = attainment(baseline, target_value, latest_value, in.up);
  ResolvedGoalposts posts;
  const auto& gp = in.ind->goalposts;
  const bool baseline_behind = !std::isnan(baseline) && !std::isnan(target_value) && (target_value - baseline) * in.up > 0;
  posts.lower = gp.lower_bound ? *gp.lower_bound : (baseline_behind ? baseline : nan);
  posts.optimum = gp.optimum ? *gp.optimum : (baseline_behind ? target_value : nan);
  posts.green = gp.green_threshold ? *gp.green_threshold : (gp.optimum ? *gp.optimum : posts.optimum);
  posts.red = gp.red_threshold ? *gp.red_threshold : (gp.lower_bound ? *gp.lower_bound : posts.lower);
  double score = normalised(latest_value, posts);
  Light status = light(latest_value, posts);
  if (std::isnan(posts.lower) && !std::isnan(target_value) && !std::isnan(latest_value)) {
    // No goalposts and a baseline already at the target: met or not.
    const bool met = (latest_value - target_value) * in.up >= 0;
    score = met ? 100 : 0;
    status = met ? Light::green : Light::red;
  }

  const bool enough = seg.size() >= std::max<std::size_t>(2, in.min_points);
  const Fit fit = enough && out.fit ? ols(seg) : Fit{};
  const Outlook look = out.fit ? outlook(fit, latest_value, target_value, target_time, in.up) : Outlook::insufficient_data;
  ProgressMeasure progress;
  Trend trend = Trend::insufficient_data;
  if (!out.trends) {
    // skipped: no trend column is wanted
  } else if (enough) {
    std::size_t b = 0;
    if (base != nullptr && model::is_set(base->date)) {
      const int year = base->date.year();
      while (b + 1 < seg.size() && static_cast<int>(seg[b].t) < year) ++b;
    }
    progress = open_sdg(seg[b].t, seg[b].v, seg.back().t, seg.back().v, target_value, target_time, in.up);
    const double green_score =
        std::isnan(posts.green) || posts.optimum == posts.lower ? nan
                                                                : (posts.green - posts.lower) / (posts.optimum - posts.lower) * 100;
    if (b + 1 < seg.size())
      trend = sdsn_trend(seg[b].t, normalised(seg[b].v, posts), seg.back().t, score, green_score, target_time);
  } else if (!std::isnan(target_value) && !std::isnan(latest_value) && (latest_value - target_value) * in.up >= 0) {
    progress.category = Progress::target_achieved;  // a single point can already meet the target
    progress.score = 5;
  }

  // Into the columns that are wanted (null: left out).
  auto real = [](Column* c, double x) {
    if (c != nullptr) c->reals().push_back(x);
  };
  auto integer = [](Column* c, std::int64_t x) {
    if (c != nullptr) c->integers().push_back(x);
  };
  auto category = [](Column* c, auto x) {
    if (c != nullptr) c->codes().push_back(static_cast<std::int32_t>(x));
  };
  out.indicator->codes().push_back(code);
  out.district->codes().push_back(district);
  out.group->codes().push_back(group);
  integer(out.points, static_cast<std::int64_t>(points.size()));
  integer(out.first, first);
  integer(out.latest, latest);
  real(out.latest_value, latest_value);
  real(out.baseline, baseline);
  real(out.target, target_value);
  integer(out.target_period, target_period);
  real(out.attainment, reach);
  real(out.score, score);
  category(out.status, status);
  real(out.slope, fit.slope);
  real(out.projected, std::isnan(fit.slope) || std::isnan(target_time) ? nan : fit.at(target_time));
  category(out.outlook, look);
  real(out.progress, progress.value);
  category(out.progress_category, progress.category);
  real(out.progress_score, progress.score);
  category(out.trend, trend);
  return {score, status};
}

void check_columns(const Options& options) {
  // What the documentation of Options allows, and nothing else.
  auto refuse = [](const std::string& what) { throw Error(ErrorCode::invalid_argument, "Options." + what); };
  if (options.as_of != 0 && !valid_period(options.as_of))
    refuse("as_of: " + std::to_string(options.as_of) + " is neither 0 nor a period (YYYY0000 or YYYYMMDD)");
  if (!(options.min_cases >= 0) || !std::isfinite(options.min_cases))
    refuse("min_cases: " + std::to_string(options.min_cases) + " is not a number of cases, 0 or more");
  if (options.min_points < 2)
    refuse("min_points: " + std::to_string(options.min_points) + "; a trend needs at least 2 points");
  if (!(options.min_share >= 0 && options.min_share <= 1))
    refuse("min_share: " + std::to_string(options.min_share) + " is not a share from 0 to 1");
  if (options.rule != RollupRule::weighted_mean && options.rule != RollupRule::two_worst)
    refuse("rule: " + std::to_string(static_cast<int>(options.rule)) + " is no roll-up rule");
  for (const auto& name : options.columns) {
    const auto* at = std::find(std::begin(series_columns), std::end(series_columns), std::string_view(name));
    if (at == std::end(series_columns)) {
      std::string known;
      for (const char* c : series_columns) known += std::string(known.empty() ? "" : ", ") + c;
      throw Error(ErrorCode::invalid_argument,
                  "Options.columns: \"" + name + "\" is no series column (they are " + known + ")");
    }
    if (!options.trends && at - std::begin(series_columns) >= static_cast<std::ptrdiff_t>(first_trend_column))
      throw Error(ErrorCode::invalid_argument, "Options.columns: \"" + name + "\" needs Options.trends");
  }
}

namespace {

// Calls f with the vector that holds the column's values.
template <class F>
void with_values(Column& c, F f) {
  c.visit(f);
}

// Asks the kernel to back a large buffer with huge pages where it can
// (Linux, transparent huge pages in "madvise" mode): a result column of
// millions of rows then costs a few page faults instead of thousands. Only
// whole 2 MiB pieces inside the buffer are advised; the rest stays as it is.
template <class T>
void advise_huge_pages(std::vector<T>& v) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
  const auto begin = reinterpret_cast<std::uintptr_t>(v.data());
  const std::uintptr_t end = begin + v.capacity() * sizeof(T);
  const std::uintptr_t first = (begin + huge - 1) & ~(huge - 1), last = end & ~(huge - 1);
  if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);  // advice: failure is harmless
#else
  (void)v;
#endif
}

// Room for n values, in huge pages where it is new.
template <class T>
void reserve_values(std::vector<T>& v, std::size_t n) {
  if (v.capacity() >= n) return;
  v.reserve(n);
  advise_huge_pages(v);
}

void resize_to(Column& c, std::size_t n) {
  with_values(c, [n](auto& v) {
    reserve_values(v, n);
    v.resize(n);
  });
}

}  // namespace

void truncate(Frame& f, std::size_t rows) {
  for (auto& c : f)
    with_values(c, [rows](auto& v) {
      if (v.size() > rows) v.resize(rows);
    });
}

std::string dimension_of(const std::string& label) { return label.substr(0, label.find(':')); }

void reserve(Column& c, std::size_t n) {
  with_values(c, [n](auto& v) { reserve_values(v, n); });
}

std::size_t make_room(Frame& f, std::size_t more) {
  const std::size_t rows = f.rows();
  for (auto& c : f) resize_to(c, rows + more);
  return rows;
}

Frame join(std::vector<Frame*> parts, std::size_t filled, std::size_t threads) {
  Frame out = std::move(*parts.front());
  // Columns are independent: each thread copies the parts of every
  // threads-th column, so the copying (and first touching of the memory)
  // is shared out.
  auto copy = [&](std::size_t t) {
    for (std::size_t c = t; c < out.size(); c += threads) {
      auto& into = out[c];
      std::size_t total = filled;
      for (std::size_t k = 1; k < parts.size(); ++k) total += (*parts[k])[c].size();
      resize_to(into, total);
      std::size_t at = filled;
      for (std::size_t k = 1; k < parts.size(); ++k) {
        const auto& from = (*parts[k])[c];
        // The parts' columns have the same types as out's. An empty part is
        // skipped: an offset into an empty vector is undefined (UBSan).
        into.visit([&](auto& to) {
          using Values = std::remove_reference_t<decltype(to)>;
          from.visit([&](const auto& values) {
            if constexpr (std::is_same_v<Values, std::remove_cvref_t<decltype(values)>>) {
              if (!values.empty()) std::copy(values.begin(), values.end(), to.begin() + static_cast<std::ptrdiff_t>(at));
            }
          });
        });
        at += from.size();
      }
    }
  };
  threads = std::max<std::size_t>(1, std::min(threads, out.size()));
  if (parts.size() == 1) return out;
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(copy, t);
  copy(0);
  for (auto& th : pool) th.join();
  return out;
}

}  // namespace planwerk::monitor::detail
