// The outcome evaluation: per indicator, scatter its rows into a cube,
// complete totals, suppress, evaluate each series; then roll up.
#include "planwerk/monitor/evaluate.hpp"

#include <algorithm>
#include <memory>
#include <numeric>
#include <thread>

#include "cube.hpp"
#include "rollup.hpp"
#include "rows.hpp"

namespace planwerk::monitor {

int direction(const model::Indicator& ind) {
  if (ind.polarity == v1::POLARITY_HIGHER_IS_BETTER) return 1;
  if (ind.polarity == v1::POLARITY_LOWER_IS_BETTER) return -1;
  const model::Baseline* base = nullptr;
  const model::Target* target = nullptr;
  for (const auto& b : ind.baselines)
    if (b.value && b.district == model::npos && b.group.empty()) base = &b;
  for (const auto& t : ind.targets)
    if (t.value && t.district == model::npos && t.group.empty() && t.kind == v1::TARGET_KIND_FINAL) target = &t;
  return (base != nullptr && target != nullptr && *target->value < *base->value) ? -1 : 1;
}

v1::Aggregation aggregation(const model::Indicator& ind) {
  if (ind.aggregation != v1::AGGREGATION_UNSPECIFIED) return ind.aggregation;
  switch (ind.measure_type) {
    case v1::MEASURE_TYPE_PERCENTAGE:
    case v1::MEASURE_TYPE_RATE:
    case v1::MEASURE_TYPE_RATIO: return v1::AGGREGATION_RATIO;
    case v1::MEASURE_TYPE_COUNT:
    case v1::MEASURE_TYPE_AMOUNT: return v1::AGGREGATION_SUM;
    default: return v1::AGGREGATION_NONE;
  }
}

double scale(const model::Indicator& ind) {
  if (ind.scale > 0) return ind.scale;
  return ind.measure_type == v1::MEASURE_TYPE_PERCENTAGE ? 100.0 : 1.0;
}

namespace {

using detail::Cube;
using detail::State;

std::vector<std::string> labels_of(std::initializer_list<const char*> names) {
  return {names.begin(), names.end()};
}

// The output frames under construction, with direct references to their
// columns so that appending a row is a handful of push_backs.
struct SeriesOut {
  Frame frame;
  Column *indicator, *district, *group, *points, *first, *latest, *latest_value, *baseline, *target, *target_period,
      *attainment, *score, *status, *slope, *projected, *outlook, *progress, *progress_category, *progress_score,
      *trend;

  bool trends = true;  // the Open SDG and SDSN trend columns

  SeriesOut(std::vector<std::string> indicators, std::vector<std::string> districts, std::vector<std::string> groups,
            bool with_trends)
      : trends(with_trends) {
    using T = Column::Type;
    indicator = &frame.add("indicator", T::category, std::move(indicators));
    district = &frame.add("district", T::category, std::move(districts));
    group = &frame.add("group", T::category, std::move(groups));
    points = &frame.add("points", T::integer);
    first = &frame.add("first_period", T::integer);
    latest = &frame.add("latest_period", T::integer);
    latest_value = &frame.add("latest_value", T::real);
    baseline = &frame.add("baseline", T::real);
    target = &frame.add("target", T::real);
    target_period = &frame.add("target_period", T::integer);
    attainment = &frame.add("attainment", T::real);
    score = &frame.add("score", T::real);
    status = &frame.add("status", T::category, labels_of({"none", "red", "orange", "yellow", "green"}));
    slope = &frame.add("slope", T::real);
    projected = &frame.add("projected", T::real);
    outlook = &frame.add("outlook", T::category,
                         labels_of({"insufficient_data", "wrong_direction", "off_track", "on_track", "achieved"}));
    if (!trends) return;
    progress = &frame.add("progress", T::real);
    progress_category = &frame.add("progress_category", T::category,
                                   labels_of({"unable_to_assess", "deterioration", "limited_progress",
                                              "needs_acceleration", "on_track", "target_achieved"}));
    progress_score = &frame.add("progress_score", T::real);
    trend = &frame.add("trend", T::category,
                       labels_of({"insufficient_data", "decreasing", "stagnating", "moderately_improving", "on_track"}));
  }
};

struct CellsOut {
  Frame frame;
  Column *indicator, *district, *group, *period, *value, *numerator, *denominator, *cases, *suppressed, *derived,
      *status;

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
  }

  // A computed total that passed suppression (the streaming path).
  void add_derived(std::int32_t ind, std::int32_t d, std::int32_t g, Period p, double v, double num, double den,
                   double n) {
    indicator->codes.push_back(ind);
    district->codes.push_back(d);
    group->codes.push_back(g);
    period->integer.push_back(p);
    value->real.push_back(v);
    numerator->real.push_back(num);
    denominator->real.push_back(den);
    cases->real.push_back(n);
    suppressed->codes.push_back(0);
  }

  void add(const Cube& c, std::size_t k, std::int32_t ind, std::size_t d, std::size_t g, std::size_t p) {
    const bool hidden = c.suppressed[k] != 0;
    const double nan = std::nan("");
    indicator->codes.push_back(ind);
    district->codes.push_back(static_cast<std::int32_t>(d));
    group->codes.push_back(g == 0 ? 0 : c.group_code[g - 1] + 1);
    period->integer.push_back(c.period[p]);
    value->real.push_back(hidden ? nan : c.value[k]);
    numerator->real.push_back(hidden ? nan : c.numerator[k]);
    denominator->real.push_back(hidden ? nan : c.denominator[k]);
    cases->real.push_back(hidden ? nan : c.cases[k]);
    suppressed->codes.push_back(c.suppressed[k]);
    if (derived != nullptr) derived->integer.push_back(c.state[k] == State::derived ? 1 : 0);
    if (status != nullptr) status->codes.push_back(c.status[k]);
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
  Goalposts posts;
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
  const Fit fit = enough ? ols(seg) : Fit{};
  const Outlook look = outlook(fit, latest_value, target_value, target_time, in.up);
  ProgressMeasure progress;
  Trend trend = Trend::insufficient_data;
  if (!out.trends) {
    // skipped: Options::trends is off
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

  out.indicator->codes.push_back(code);
  out.district->codes.push_back(district);
  out.group->codes.push_back(group);
  out.points->integer.push_back(static_cast<std::int64_t>(points.size()));
  out.first->integer.push_back(first);
  out.latest->integer.push_back(latest);
  out.latest_value->real.push_back(latest_value);
  out.baseline->real.push_back(baseline);
  out.target->real.push_back(target_value);
  out.target_period->integer.push_back(target_period);
  out.attainment->real.push_back(reach);
  out.score->real.push_back(score);
  out.status->codes.push_back(static_cast<std::int32_t>(status));
  out.slope->real.push_back(fit.slope);
  out.projected->real.push_back(std::isnan(fit.slope) || std::isnan(target_time) ? nan : fit.at(target_time));
  out.outlook->codes.push_back(static_cast<std::int32_t>(look));
  if (out.trends) {
    out.progress->real.push_back(progress.value);
    out.progress_category->codes.push_back(static_cast<std::int32_t>(progress.category));
    out.progress_score->real.push_back(progress.score);
    out.trend->codes.push_back(static_cast<std::int32_t>(trend));
  }
  return {score, status};
}


void truncate(Frame& f, std::size_t rows) {
  for (auto& c : f.columns) {
    if (c.real.size() > rows) c.real.resize(rows);
    if (c.integer.size() > rows) c.integer.resize(rows);
    if (c.codes.size() > rows) c.codes.resize(rows);
  }
}

// A running total of parts: what totals.cpp's Sum does, cell by cell.
struct Part {
  double value = 0, numerator = 0, denominator = 0, cases = 0;
  std::uint32_t count = 0;
  bool usable = true;  // every part had what the aggregation needs

  void add(double v, double num, double den, double n, bool ratio) {
    ++count;
    if (ratio) {
      usable = usable && !std::isnan(num) && !std::isnan(den);
      numerator += num;
      denominator += den;
    } else {
      usable = usable && !std::isnan(v);
      value += v;
    }
    cases += n;
  }
  double total(bool ratio, double scale) const { return ratio ? numerator / denominator * scale : value; }
};

// An observed cell kept for a series evaluated later (totals come last).
struct Held {
  double value = std::nan(""), numerator = std::nan(""), denominator = std::nan(""), cases = std::nan("");
  std::uint8_t flags = 0;
  bool present = false;
};

// The streaming evaluation of one indicator whose rows are sorted by
// district, group and period, for the common case: no table symbols and no
// cell below min_cases (then nothing is suppressed, since totals rest on at
// least as many cases as each part). Series are evaluated straight from the
// rows and totals summed on the way, without the cube. Returns false, with
// the output frames as they were, when the case is not the common one.
bool stream_indicator(const ObservationView& rows, std::size_t lo, std::size_t hi, const Cube& shape,
                      const std::vector<std::int32_t>& local_group, std::size_t districts, const model::Indicator& ind,
                      std::int32_t code, const Options& options, SeriesInput& in, SeriesOut& series, CellsOut& totals,
                      std::vector<Point>& points, Headline& headline) {
  const v1::Aggregation agg = aggregation(ind);
  const bool ratio = agg == v1::AGGREGATION_RATIO;
  const bool additive = ratio || agg == v1::AGGREGATION_SUM || agg == v1::AGGREGATION_CUMULATIVE;
  const bool count_value = ind.measure_type == v1::MEASURE_TYPE_COUNT;
  const double factor = scale(ind);
  const std::size_t P = shape.periods, G = shape.groups;
  const std::size_t series_rows = series.frame.rows(), totals_rows = totals.frame.rows();
  auto give_up = [&] {
    truncate(series.frame, series_rows);
    truncate(totals.frame, totals_rows);
    return false;
  };
  const Period first_period = shape.period.front();
  auto period_index = [&](Period when) {
    const auto offset = static_cast<std::size_t>((when - first_period) / 10000);  // consecutive years
    if (offset < P && shape.period[offset] == when) return offset;
    return static_cast<std::size_t>(std::lower_bound(shape.period.begin(), shape.period.end(), when) - shape.period.begin());
  };
  auto usable_value = [&](double v, double num, double den) {
    return std::isnan(v) && !std::isnan(num) ? num / den * factor : v;
  };
  auto too_small = [&](double v, double num, double den, double n) {
    if (!(options.min_cases > 0)) return false;
    if (std::isnan(n) && ratio) n = std::min(num, den);
    if (std::isnan(n) && count_value) n = std::abs(v);
    return !std::isnan(n) && n < options.min_cases;
  };
  // Evaluates a series held cell by cell (observed or computed).
  auto evaluate_held = [&](const std::vector<Held>& cells, std::int32_t d, std::int32_t g) {
    points.clear();
    std::size_t segment = 0;
    std::int64_t first = 0, latest = 0;
    for (std::size_t p = 0; p < P; ++p) {
      if (!cells[p].present || std::isnan(cells[p].value)) continue;
      if ((cells[p].flags & series_break) != 0) segment = points.size();
      if (points.empty()) first = shape.period[p];
      latest = shape.period[p];
      points.push_back({period_time(shape.period[p]), cells[p].value});
    }
    return evaluate_points(points, segment, first, latest, in, code, d, g, series);
  };
  auto group_label = [&](std::size_t g) {
    return g == 0 ? std::string_view() : std::string_view(rows.groups[static_cast<std::size_t>(shape.group_code[g - 1])]);
  };
  auto group_out = [&](std::size_t g) { return g == 0 ? 0 : shape.group_code[g - 1] + 1; };

  std::vector<Held> city(G * P), district_all(P);
  std::vector<Part> city_parts(G * P), dimension_parts(shape.dimensions.size() * P);
  std::vector<std::size_t> dimension_of_group(G, 0);
  for (std::size_t k = 0; k < shape.dimensions.size(); ++k)
    for (std::size_t g : shape.dimensions[k]) dimension_of_group[g] = k;

  // Completes and evaluates a district's (or the municipality's) "everybody"
  // series from its held cells and the breakdowns' parts.
  auto finish_all = [&](std::vector<Held>& all, std::int32_t d, const std::vector<Part>& parts) {
    for (std::size_t p = 0; p < P; ++p) {
      if (all[p].present || !additive) continue;
      for (std::size_t k = 0; k < shape.dimensions.size(); ++k) {
        const Part& part = parts[k * P + p];
        if (part.count != shape.dimensions[k].size() || !part.usable) continue;
        Held& h = all[p];
        h.present = true;
        h.value = part.total(ratio, factor);
        h.numerator = ratio ? part.numerator : std::nan("");
        h.denominator = ratio ? part.denominator : std::nan("");
        h.cases = part.cases;
        totals.add_derived(code, d, 0, shape.period[p], h.value, h.numerator, h.denominator, h.cases);
        break;
      }
    }
  };

  std::size_t r = lo;
  while (r < hi) {
    const std::int32_t district = rows.district[r];
    std::size_t end = r;
    while (end < hi && rows.district[end] == district) ++end;
    if (district < 0) {
      // The municipality's own rows: held until the districts are summed.
      for (std::size_t k = r; k < end; ++k) {
        if (options.as_of != 0 && rows.period[k] > options.as_of) continue;
        if (!rows.status.empty() && rows.status[k] != 0) return give_up();
        const double num = detail::column_at(rows.numerator, k), den = detail::column_at(rows.denominator, k);
        const double v = usable_value(detail::column_at(rows.value, k), num, den), n = detail::column_at(rows.cases, k);
        if (too_small(v, num, den, n)) return give_up();
        const std::size_t g = rows.group[k] < 0 ? 0 : static_cast<std::size_t>(local_group[static_cast<std::size_t>(rows.group[k])]);
        city[g * P + period_index(rows.period[k])] = {v, num, den, n, rows.flags.empty() ? std::uint8_t(0) : rows.flags[k], true};
      }
      r = end;
      continue;
    }
    std::fill(district_all.begin(), district_all.end(), Held{});
    std::fill(dimension_parts.begin(), dimension_parts.end(), Part{});
    in.district = static_cast<model::Index>(district);
    while (r < end) {
      const std::int32_t group = rows.group[r];
      std::size_t stop = r;
      while (stop < end && rows.group[stop] == group) ++stop;
      const std::size_t g = group < 0 ? 0 : static_cast<std::size_t>(local_group[static_cast<std::size_t>(group)]);
      points.clear();
      std::size_t segment = 0;
      std::int64_t first = 0, latest = 0;
      for (std::size_t k = r; k < stop; ++k) {
        const Period when = rows.period[k];
        if (options.as_of != 0 && when > options.as_of) continue;
        if (!rows.status.empty() && rows.status[k] != 0) return give_up();
        const double num = detail::column_at(rows.numerator, k), den = detail::column_at(rows.denominator, k);
        const double v = usable_value(detail::column_at(rows.value, k), num, den), n = detail::column_at(rows.cases, k);
        if (too_small(v, num, den, n)) return give_up();
        const std::uint8_t flags = rows.flags.empty() ? 0 : rows.flags[k];
        const std::size_t p = period_index(when);
        if (g == 0) {
          district_all[p] = {v, num, den, n, flags, true};
        } else {
          dimension_parts[dimension_of_group[g] * P + p].add(v, num, den, n, ratio);
          city_parts[g * P + p].add(v, num, den, n, ratio);
        }
        if (g == 0 || std::isnan(v)) continue;
        if ((flags & series_break) != 0) segment = points.size();
        if (points.empty()) first = when;
        latest = when;
        points.push_back({period_time(when), v});
      }
      if (g != 0) {
        in.group = group_label(g);
        evaluate_points(points, segment, first, latest, in, code, district + 1, group_out(g), series);
      }
      r = stop;
    }
    finish_all(district_all, district + 1, dimension_parts);
    for (std::size_t p = 0; p < P; ++p)
      if (district_all[p].present) city_parts[p].add(district_all[p].value, district_all[p].numerator, district_all[p].denominator, district_all[p].cases, ratio);
    bool any = false;
    for (const auto& h : district_all) any = any || h.present;
    if (any) {
      in.group = {};
      evaluate_held(district_all, district + 1, 0);
    }
  }

  // The municipality: its groups from the districts, then everybody.
  in.district = model::npos;
  const auto all_districts = static_cast<std::uint32_t>(districts);
  std::vector<Held> row(P);
  std::vector<Part> city_dimensions(shape.dimensions.size() * P);
  for (std::size_t g = 1; g < G; ++g) {
    bool any = false;
    for (std::size_t p = 0; p < P; ++p) {
      Held& h = city[g * P + p];
      const Part& part = city_parts[g * P + p];
      if (!h.present && additive && all_districts > 0 && part.count == all_districts && part.usable) {
        h = {part.total(ratio, factor), ratio ? part.numerator : std::nan(""), ratio ? part.denominator : std::nan(""),
             part.cases, 0, true};
        totals.add_derived(code, 0, group_out(g), shape.period[p], h.value, h.numerator, h.denominator, h.cases);
      }
      if (h.present) city_dimensions[dimension_of_group[g] * P + p].add(h.value, h.numerator, h.denominator, h.cases, ratio);
      row[p] = h;
      any = any || h.present;
    }
    if (any) {
      in.group = group_label(g);
      evaluate_held(row, 0, group_out(g));
    }
  }
  bool any = false;
  for (std::size_t p = 0; p < P; ++p) {
    Held& h = city[p];
    const Part& part = city_parts[p];
    if (!h.present && additive && all_districts > 0 && part.count == all_districts && part.usable) {
      h = {part.total(ratio, factor), ratio ? part.numerator : std::nan(""), ratio ? part.denominator : std::nan(""),
           part.cases, 0, true};
      totals.add_derived(code, 0, 0, shape.period[p], h.value, h.numerator, h.denominator, h.cases);
    }
    row[p] = h;
  }
  finish_all(row, 0, city_dimensions);
  for (const auto& h : row) any = any || h.present;
  if (any) {
    in.group = {};
    headline = evaluate_held(row, 0, 0);
  }
  return true;
}

std::string dimension_of(const std::string& label) { return label.substr(0, label.find(':')); }

void reserve(Column& c, std::size_t n) {
  if (c.type == Column::Type::real) c.real.reserve(n);
  else if (c.type == Column::Type::integer) c.integer.reserve(n);
  else c.codes.reserve(n);
}

// Appends the rows of `from` to `into`: frames with the same columns.
void append(Frame& into, const Frame& from) {
  for (std::size_t c = 0; c < into.columns.size(); ++c) {
    auto& a = into.columns[c];
    const auto& b = from.columns[c];
    a.real.insert(a.real.end(), b.real.begin(), b.real.end());
    a.integer.insert(a.integer.end(), b.integer.begin(), b.integer.end());
    a.codes.insert(a.codes.end(), b.codes.begin(), b.codes.end());
  }
}

}  // namespace

Result evaluate(const model::Concept& plan, const ObservationView& rows, const Options& options) {
  const bool sorted = detail::check_rows(plan, rows, [](std::size_t row) { return "row " + std::to_string(row); });
  const auto& indicators = plan.indicators();
  // Rows grouped by indicator: a counting sort unless they already are.
  std::vector<std::size_t> start(indicators.size() + 1, 0);
  for (std::size_t i = 0; i < rows.size(); ++i) ++start[static_cast<std::size_t>(rows.indicator[i]) + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  bool grouped = true;
  for (std::size_t i = 1; i < rows.size() && grouped; ++i) grouped = rows.indicator[i - 1] <= rows.indicator[i];
  std::vector<std::uint32_t> order;
  if (!grouped) {
    order.resize(rows.size());
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < rows.size(); ++i)
      order[next[static_cast<std::size_t>(rows.indicator[i])]++] = static_cast<std::uint32_t>(i);
  }
  auto row_at = [&](std::size_t k) -> std::size_t { return grouped ? k : order[k]; };

  std::vector<std::string> indicator_ids, district_ids{""}, group_labels{""};
  for (const auto& ind : indicators) indicator_ids.push_back(ind.id);
  for (const auto& d : plan.districts()) district_ids.push_back(d.id);
  for (const auto& g : rows.groups) group_labels.push_back(g);
  std::vector<Headline> headline(indicators.size());
  // Indicators are independent: contiguous runs of them, balanced by rows,
  // go to the workers (each with its own cube and output frames), whose
  // frames are then joined in indicator order.
  struct Worker {
    Worker(const std::vector<std::string>& i, const std::vector<std::string>& d, const std::vector<std::string>& g,
           bool trends)
        : local_group(g.size() - 1, -1), series(i, d, g, trends), totals(i, d, g, false), cells(i, d, g, true) {}
    Cube cube;
    std::vector<std::int32_t> local_group;
    std::vector<Point> points;
    SeriesOut series;  // built in place: it points into its own frame
    CellsOut totals, cells;
    std::exception_ptr error;
  };
  std::size_t threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<std::size_t>({threads, 64, std::max<std::size_t>(1, rows.size() / 100000)});
  std::vector<std::size_t> bounds{0};
  for (std::size_t ind = 0, t = 1; ind < indicators.size() && t < threads; ++ind)
    if (start[ind + 1] >= rows.size() * t / threads) bounds.push_back(ind + 1), ++t;
  if (bounds.back() != indicators.size()) bounds.push_back(indicators.size());
  std::vector<std::unique_ptr<Worker>> workers;
  for (std::size_t k = 0; k + 1 < bounds.size(); ++k)
    workers.push_back(std::make_unique<Worker>(indicator_ids, district_ids, group_labels, options.trends));
  auto run = [&](Worker& w, std::size_t first, std::size_t last) {
  Cube& cube = w.cube;
  std::vector<std::uint8_t> year_seen(10000, 0);
  auto& local_group = w.local_group;
  auto& series = w.series;
  auto& totals = w.totals;
  auto& cells = w.cells;
  auto& points = w.points;
  bool reserved = false;
  for (std::size_t ind = first; ind < last; ++ind) {
    if (!reserved && series.frame.rows() > 0) {
      // After the first indicator: room for as many rows per indicator
      // again, so the columns do not grow by copying.
      const std::size_t per = series.frame.rows() + series.frame.rows() / 8 + 16;
      for (auto& c : series.frame.columns) reserve(c, per * (last - first));
      const std::size_t per_total = totals.frame.rows() + totals.frame.rows() / 8 + 16;
      for (auto& c : totals.frame.columns) reserve(c, per_total * (last - first));
      reserved = true;
    }
    const std::size_t lo = start[ind], hi = start[ind + 1];
    // The indicator's periods (up to as_of) and groups.
    cube.period.clear();
    cube.group_code.clear();
    std::vector<Period> years;
    for (std::size_t k = lo; k < hi; ++k) {
      const std::size_t r = row_at(k);
      const Period when = rows.period[r];
      if (options.as_of != 0 && when > options.as_of) continue;
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
      const std::int32_t g = rows.group[r];
      if (g >= 0 && local_group[static_cast<std::size_t>(g)] < 0) {
        cube.group_code.push_back(g);
        local_group[static_cast<std::size_t>(g)] = 1;
      }
    }
    for (Period y : years) year_seen[static_cast<std::size_t>(period_year(y))] = 0;
    if (!years.empty()) {
      cube.period.insert(cube.period.end(), years.begin(), years.end());
      std::sort(cube.period.begin(), cube.period.end());
    }
    if (cube.period.empty()) continue;
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
    if (sorted && !options.cells) {
      cube.groups = cube.group_code.size() + 1;
      cube.periods = cube.period.size();
      SeriesInput in;
      in.prepare(indicators[ind], options.min_points);
      const bool done = stream_indicator(rows, lo, hi, cube, local_group, plan.districts().size(), indicators[ind],
                                         static_cast<std::int32_t>(ind), options, in, series, totals, points,
                                         headline[ind]);
      if (done) {
        for (std::int32_t code : cube.group_code) local_group[static_cast<std::size_t>(code)] = -1;
        continue;
      }
    }
    cube.reset(plan.districts().size() + 1, cube.group_code.size() + 1, cube.period.size());

    // Scatter. Periods are few: a binary search per row.
    const bool year_periods = std::all_of(cube.period.begin(), cube.period.end(), is_year);
    const Period first_period = cube.period.front();
    for (std::size_t k = lo; k < hi; ++k) {
      const std::size_t r = row_at(k);
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
      if (std::isnan(v) && !std::isnan(num)) v = num / den * scale(indicators[ind]);
      cube.value[c] = v;
      cube.numerator[c] = num;
      cube.denominator[c] = den;
      cube.cases[c] = detail::column_at(rows.cases, r);
      if (!rows.flags.empty()) cube.flags[c] = rows.flags[r];
      if (!rows.status.empty()) cube.status[c] = rows.status[r];
    }
    for (std::int32_t code : cube.group_code) local_group[static_cast<std::size_t>(code)] = -1;

    const model::Indicator& indicator = indicators[ind];
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
        if (d == 0 && g == 0) headline[ind] = h;
        for (std::size_t p = 0; p < cube.periods; ++p) {
          const std::size_t k = cube.at(d, g, p);
          if (cube.state[k] == State::derived) totals.add(cube, k, code, d, g, p);
          if (options.cells && cube.state[k] != State::absent) cells.add(cube, k, code, d, g, p);
        }
      }
    }
  }
  };
  {
    std::vector<std::thread> pool;
    for (std::size_t k = 1; k < workers.size(); ++k)
      pool.emplace_back([&, k] {
        try {
          run(*workers[k], bounds[k], bounds[k + 1]);
        } catch (...) {
          workers[k]->error = std::current_exception();
        }
      });
    try {
      run(*workers[0], bounds[0], bounds[1]);
    } catch (...) {
      workers[0]->error = std::current_exception();
    }
    for (auto& t : pool) t.join();
  }
  for (const auto& w : workers)
    if (w->error) std::rethrow_exception(w->error);
  Result result;
  for (std::size_t k = 1; k < workers.size(); ++k) {
    append(workers[0]->series.frame, workers[k]->series.frame);
    append(workers[0]->totals.frame, workers[k]->totals.frame);
    if (options.cells) append(workers[0]->cells.frame, workers[k]->cells.frame);
  }
  result.series = std::move(workers[0]->series.frame);
  result.totals = std::move(workers[0]->totals.frame);
  if (options.cells) result.cells = std::move(workers[0]->cells.frame);
  std::vector<double> scores(indicators.size());
  std::vector<Light> lights(indicators.size());
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    scores[i] = headline[i].score;
    lights[i] = headline[i].status;
  }
  result.rollup = detail::rollup(plan, scores, lights, options.rule, options.min_share);
  return result;
}

}  // namespace planwerk::monitor
