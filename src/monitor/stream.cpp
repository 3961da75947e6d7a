// SPDX-License-Identifier: Apache-2.0
// The streaming path: an indicator's rows sorted by district, group and
// period are evaluated series by series as they come, totals summed on the
// way, without the dense cube; only when nothing needs suppressing.
#include <algorithm>
#include <limits>
#include <utility>

#include "rows.hpp"
#include "series.hpp"

namespace planwerk::monitor::detail {

// A running total of parts: what totals.cpp's Sum does, cell by cell.
struct Part {
  double value = 0, numerator = 0, denominator = 0, cases = 0;
  std::uint32_t count = 0;
  bool usable = true;  // every part had what the aggregation needs

  void add(double v, double num, double den, double n, bool ratio) {
    ++count;
    if (ratio) {
      usable &= !std::isnan(num) & !std::isnan(den);
      numerator += num;
      denominator += den;
    } else {
      usable &= !std::isnan(v);
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

// The streaming evaluation of one indicator's rows, for the common case:
// rows sorted by district, group and period, no table symbols and no cell
// below min_cases (then nothing is suppressed, since totals rest on at
// least as many cases as each part). Series are evaluated straight from the
// rows and totals summed on the way, without the cube; each row is checked
// as it is read, so the rows are read once. Returns `general`, or `refused`
// for a row that fails its check or comes out of order, with the output
// frames as they were, when the case is not the common one.
Streamed stream_indicator(const ObservationView& rows, std::size_t lo, std::size_t hi, RowCheck& check,
                          const Cube& shape, const std::vector<std::int32_t>& local_group, std::size_t districts,
                          const model::Indicator& ind, std::int32_t code, const Options& options, SeriesInput& in,
                          SeriesOut& series, CellsOut& totals, std::vector<Point>& points, Headline& headline) {
  const v1::Aggregation agg = aggregation(ind);
  const bool ratio = agg == v1::AGGREGATION_RATIO;
  const bool additive = ratio || agg == v1::AGGREGATION_SUM || agg == v1::AGGREGATION_CUMULATIVE;
  const bool count_value = ind.measure_type == v1::MEASURE_TYPE_COUNT;
  const double factor = scale(ind);
  const std::size_t P = shape.periods, G = shape.groups;
  const std::size_t series_rows = series.frame.rows(), totals_rows = totals.frame.rows();
  auto stop = [&](Streamed why) {
    truncate(series.frame, series_rows);
    truncate(totals.frame, totals_rows);
    return why;
  };
  const Period first_period = shape.period.front();
  // A period's index in the shape; P for one the shape lacks.
  auto period_index = [&](Period when) {
    const auto offset = static_cast<std::size_t>((when - first_period) / 10000);  // consecutive years
    if (offset < P && shape.period[offset] == when) return offset;
    const auto at = std::lower_bound(shape.period.begin(), shape.period.end(), when);
    return at != shape.period.end() && *at == when ? static_cast<std::size_t>(at - shape.period.begin()) : P;
  };
  // A group's index in the shape (0: everybody); G for one the shape lacks.
  auto group_index = [&](std::int32_t group) {
    if (group < 0) return std::size_t{0};
    const std::int32_t local = local_group[static_cast<std::size_t>(group)];
    return local < 0 ? G : static_cast<std::size_t>(local);
  };
  // The columns as plain pointers (null: not given): locals that nothing
  // else can write, so the compiler keeps them in registers while the
  // output frames grow. An as_of of 0 (none) becomes the largest period.
  const Period* const period_of = rows.period.data();
  const std::int32_t* const group_of = rows.group.data();
  auto column = [](std::span<const double> c) { return c.empty() ? nullptr : c.data(); };
  const double *const value_of = column(rows.value), *const numerator_of = column(rows.numerator),
                     *const denominator_of = column(rows.denominator), *const cases_of = column(rows.cases);
  const std::uint8_t* const flags_of = rows.flags.empty() ? nullptr : rows.flags.data();
  const std::uint8_t* const status_of = rows.status.empty() ? nullptr : rows.status.data();
  const Period as_of = options.as_of != 0 ? options.as_of : std::numeric_limits<Period>::max();
  auto at = [](const double* c, std::size_t k) { return c != nullptr ? c[k] : std::numeric_limits<double>::quiet_NaN(); };
  std::vector<double> time(P);
  for (std::size_t p = 0; p < P; ++p) time[p] = period_time(shape.period[p]);
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
      points.push_back({time[p], cells[p].value});
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
  std::int32_t last_district = -1;  // the municipality's rows (-1) are taken apart
  while (r < hi) {
    const std::int32_t district = rows.district[r];
    std::size_t end = r;
    while (end < hi && rows.district[end] == district) ++end;
    if (district < 0) {
      // The municipality's own rows: held until the districts are summed.
      if (r != lo || !check.ok(r, end, code)) return stop(Streamed::refused);  // they sort first
      for (std::size_t k = r; k < end; ++k) {
        if (k > r && !(std::pair(group_of[k - 1], period_of[k - 1]) < std::pair(group_of[k], period_of[k])))
          return stop(Streamed::refused);
        if (period_of[k] > as_of) continue;
        if (status_of != nullptr && status_of[k] != 0) return stop(Streamed::general);
        if (flags_of != nullptr && (flags_of[k] & rounded) != 0) return stop(Streamed::general);
        const double num = at(numerator_of, k), den = at(denominator_of, k);
        const double v = usable_value(at(value_of, k), num, den), n = at(cases_of, k);
        if (too_small(v, num, den, n)) return stop(Streamed::general);
        const std::size_t g = group_index(group_of[k]), p = period_index(period_of[k]);
        if (g == G || p == P) return stop(Streamed::reshape);
        city[g * P + p] = {v, num, den, n, flags_of != nullptr ? flags_of[k] : std::uint8_t(0), true};
      }
      r = end;
      continue;
    }
    if (district <= last_district || !check.ok(r, end, code)) return stop(Streamed::refused);
    last_district = district;
    std::fill(district_all.begin(), district_all.end(), Held{});
    std::fill(dimension_parts.begin(), dimension_parts.end(), Part{});
    in.district = static_cast<model::Index>(district);
    std::int32_t last_group = std::numeric_limits<std::int32_t>::min();
    while (r < end) {
      const std::int32_t group = group_of[r];
      if (group <= last_group) return stop(Streamed::refused);
      last_group = group;
      std::size_t run_end = r;
      while (run_end < end && group_of[run_end] == group) ++run_end;
      const std::size_t g = group_index(group);  // G (a group the shape lacks) matters once a row counts
      points.clear();
      std::size_t segment = 0, counted = 0;
      std::int64_t first = 0, latest = 0;
      for (std::size_t k = r; k < run_end; ++k) {
        const Period when = period_of[k];
        if (k > r && !(period_of[k - 1] < when)) return stop(Streamed::refused);
        if (when > as_of) continue;
        if (g == G) return stop(Streamed::reshape);
        ++counted;
        if (status_of != nullptr && status_of[k] != 0) return stop(Streamed::general);
        const double num = at(numerator_of, k), den = at(denominator_of, k);
        const double v = usable_value(at(value_of, k), num, den), n = at(cases_of, k);
        if (too_small(v, num, den, n)) return stop(Streamed::general);
        const std::uint8_t flags = flags_of != nullptr ? flags_of[k] : 0;
        if ((flags & rounded) != 0) return stop(Streamed::general);  // totals and suppression treat rounded counts apart
        const std::size_t p = period_index(when);
        if (p == P) return stop(Streamed::reshape);
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
        points.push_back({time[p], v});
      }
      if (g != 0 && counted > 0) {  // as the general path: a series of rows after as_of is none
        in.group = group_label(g);
        evaluate_points(points, segment, first, latest, in, code, district + 1, group_out(g), series);
      }
      r = run_end;
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
  return Streamed::done;
}

}  // namespace planwerk::monitor::detail
