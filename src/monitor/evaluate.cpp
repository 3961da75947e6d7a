// The outcome evaluation: per indicator, either the streaming path
// (stream.cpp) or the general one: scatter its rows into a cube, complete
// totals, suppress, evaluate each series; then roll up.
#include "planwerk/monitor/evaluate.hpp"

#include <algorithm>
#include <atomic>
#include <memory>
#include <numeric>
#include <thread>

#include "cube.hpp"
#include "rollup.hpp"
#include "rows.hpp"
#include "series.hpp"

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

using namespace detail;

Result evaluate(const model::Concept& plan, const ObservationView& rows, const Options& options) {
  detail::check_lengths(rows);
  detail::check_columns(options);
  const auto& indicators = plan.indicators();
  // Rows sorted by indicator (the usual delivery) are split by binary
  // search and checked while they are evaluated, so that they are read once;
  // each indicator's range is checked to hold only that indicator. Rows in
  // another order, or rows a worker refuses, are checked as a whole first
  // (the first bad row is then reported, as a sequential scan would) and
  // grouped by a counting sort.
  const std::size_t n = rows.size();
  std::vector<std::size_t> start(indicators.size() + 1, 0);
  for (std::size_t i = 1; i < indicators.size(); ++i) {
    const auto at = std::lower_bound(rows.indicator.begin(), rows.indicator.end(), static_cast<std::int32_t>(i));
    start[i] = std::max(start[i - 1], static_cast<std::size_t>(at - rows.indicator.begin()));  // monotone even if unsorted
  }
  start.back() = n;
  bool checked = false, sorted = true;
  std::vector<std::uint32_t> order;
  auto check_all = [&] {
    sorted = detail::check_rows(plan, rows, [](std::size_t row) { return "row " + std::to_string(row); });
    checked = true;
    std::fill(start.begin(), start.end(), 0);
    for (std::size_t i = 0; i < n; ++i) ++start[static_cast<std::size_t>(rows.indicator[i]) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    bool grouped = true;
    for (std::size_t i = 1; i < n && grouped; ++i) grouped = rows.indicator[i - 1] <= rows.indicator[i];
    order.clear();
    if (grouped) return;
    order.resize(n);
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < n; ++i) order[next[static_cast<std::size_t>(rows.indicator[i])]++] = static_cast<std::uint32_t>(i);
  };
  if (indicators.empty() || (n > 0 && !(rows.indicator.front() <= rows.indicator.back()))) check_all();
  auto row_at = [&](std::size_t k) -> std::size_t { return order.empty() ? k : order[k]; };

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
           const Options& options)
        : local_group(g.size() - 1, -1), series(i, d, g, options), totals(i, d, g, false), cells(i, d, g, true) {}
    Cube cube;
    std::vector<std::int32_t> local_group;
    std::vector<Point> points;
    SeriesOut series;  // built in place: it points into its own frame
    CellsOut totals, cells;
    std::exception_ptr error;
  };
  std::size_t threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<std::size_t>({threads, 64, std::max<std::size_t>(1, rows.size() / 100000)});
  std::vector<std::size_t> bounds;
  std::size_t series_filled = 0, totals_filled = 0;  // the first worker's own rows
  std::vector<std::unique_ptr<Worker>> workers;
  std::atomic<bool> refused{false};  // a worker met a row that needs the whole check
  const auto group_count = static_cast<std::int32_t>(rows.groups.size());
  auto run = [&](Worker& w, std::size_t first, std::size_t last) {
  Cube& cube = w.cube;
  std::vector<std::uint8_t> year_seen(10000, 0);
  auto& local_group = w.local_group;
  auto& series = w.series;
  auto& totals = w.totals;
  auto& cells = w.cells;
  auto& points = w.points;
  RowCheck check(plan, rows);
  auto forget_groups = [&] {
    for (std::int32_t code : cube.group_code) local_group[static_cast<std::size_t>(code)] = -1;
  };
  auto refuse = [&] {
    forget_groups();
    refused = true;
  };
  // The periods (up to as_of) and groups of rows [from, to) into the cube's
  // shape and local_group. Unchecked rows are only trusted as far as this
  // needs: a group code in range and real periods (each distinct one
  // validated here). False when they are not.
  auto scan = [&](std::size_t from, std::size_t to) {
    cube.period.clear();
    cube.group_code.clear();
    std::vector<Period> years;
    bool usable = true;
    for (std::size_t k = from; k < to; ++k) {
      const std::size_t r = row_at(k);
      const Period when = rows.period[r];
      const std::int32_t g = rows.group[r];
      if (g >= group_count || static_cast<std::uint32_t>(period_year(when)) >= year_seen.size()) {
        usable = false;
        break;
      }
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
  };
  bool reserved = false;
  for (std::size_t ind = first; ind < last && !refused; ++ind) {
    if (!reserved && series.frame.rows() > 0) {
      // After the first indicator: room for as many rows per indicator
      // again, so the columns do not grow by copying.
      // The first worker's frames become the result: room for all rows
      // (memory reserved but not yet written costs no more than its address).
      const std::size_t count = first == 0 ? indicators.size() : last - first;
      const std::size_t per = series.frame.rows() + series.frame.rows() / 8 + 16;
      for (auto& c : series.frame.columns) reserve(c, per * count);
      const std::size_t per_total = totals.frame.rows() + totals.frame.rows() / 8 + 16;
      for (auto& c : totals.frame.columns) reserve(c, per_total * count);
      reserved = true;
    }
    const std::size_t lo = start[ind], hi = start[ind + 1];
    // Sorted rows stream on the periods and groups of their first district
    // (the usual data: every district has them all); should a later row
    // bring another, the stream stops and everything is scanned.
    const bool streaming = sorted && !options.cells;
    std::size_t guess_end = hi;
    if (streaming) {
      guess_end = lo;
      while (guess_end < hi && rows.district[guess_end] < 0) ++guess_end;  // the municipality's rows come first
      const std::int32_t first_district = guess_end < hi ? rows.district[guess_end] : -1;
      while (guess_end < hi && rows.district[guess_end] == first_district) ++guess_end;
    }
    bool usable = scan(lo, guess_end);
    if (usable && guess_end < hi && cube.period.empty()) {
      forget_groups();
      guess_end = hi;
      usable = scan(lo, hi);
    }
    if (!usable) {
      refuse();  // checked rows always are usable
      break;
    }
    if (cube.period.empty()) {
      if (!checked && !rows_valid_and_sorted(check, rows, lo, hi, ind)) refuse();
      forget_groups();
      continue;
    }
    Streamed how = Streamed::general;
    for (int attempt = 0; streaming && attempt < 2; ++attempt) {
      cube.groups = cube.group_code.size() + 1;
      cube.periods = cube.period.size();
      SeriesInput in;
      in.prepare(indicators[ind], options.min_points);
      how = stream_indicator(rows, lo, hi, check, cube, local_group, plan.districts().size(), indicators[ind],
                             static_cast<std::int32_t>(ind), options, in, series, totals, points, headline[ind]);
      if (how != Streamed::reshape) break;
      forget_groups();
      if (!scan(lo, hi)) break;  // how stays reshape: refused below
    }
    // Checked rows a stream refused (it cannot happen: they are in order)
    // still have the general path; unchecked ones go to the whole check.
    if (how == Streamed::reshape) how = Streamed::refused;
    if (!checked && (how == Streamed::refused || (how == Streamed::general && !rows_valid_and_sorted(check, rows, lo, hi, ind)))) {
      refuse();
      break;
    }
    if (how == Streamed::general && guess_end < hi) {
      forget_groups();
      scan(lo, hi);  // the rows are checked now: usable
    }
    if (how == Streamed::done) {
      forget_groups();
      continue;
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
    forget_groups();

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
  for (;;) {
    bounds = {0};
    for (std::size_t ind = 0, t = 1; ind < indicators.size() && t < threads; ++ind)
      if (start[ind + 1] >= n * t / threads) bounds.push_back(ind + 1), ++t;
    if (bounds.back() != indicators.size()) bounds.push_back(indicators.size());
    workers.clear();
    for (std::size_t k = 0; k + 1 < bounds.size(); ++k)
      workers.push_back(std::make_unique<Worker>(indicator_ids, district_ids, group_labels, options));
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
      // While the others finish, room for their rows (as many per indicator
      // as here) in the frames that become the result.
      const std::size_t mine = bounds[1] - bounds[0], theirs = indicators.size() - bounds[1];
      Worker& w = *workers[0];
      series_filled = w.series.frame.rows();
      totals_filled = w.totals.frame.rows();
      if (workers.size() > 1 && mine > 0) {
        make_room(w.series.frame, series_filled / mine * theirs);
        make_room(w.totals.frame, totals_filled / mine * theirs);
      }
    } catch (...) {
      workers[0]->error = std::current_exception();
    }
    for (auto& t : pool) t.join();
    if (!refused) break;
    // Unchecked rows a worker refused: the whole check names the first bad
    // row (or finds them out of order, for the general path); then again.
    check_all();
    refused = false;
    std::fill(headline.begin(), headline.end(), Headline{});
  }
  for (const auto& w : workers)
    if (w->error) std::rethrow_exception(w->error);
  Result result;
  std::vector<Frame*> series_parts, totals_parts, cells_parts;
  for (const auto& w : workers) {
    series_parts.push_back(&w->series.frame);
    totals_parts.push_back(&w->totals.frame);
    cells_parts.push_back(&w->cells.frame);
  }
  result.series = join(series_parts, series_filled, threads);
  result.totals = join(totals_parts, totals_filled, threads);
  if (options.cells) result.cells = join(cells_parts, workers[0]->cells.frame.rows(), threads);
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
