// The outcome evaluation: rows split by indicator and shared out to worker
// threads; per indicator the shape of its rows (shape.cpp), then either the
// streaming path (stream.cpp) or the general one over a cube (general.cpp);
// the workers' frames joined, then the roll-up.
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
  auto scan = [&](std::size_t from, std::size_t to) {
    return scan_shape(rows, order, from, to, options.as_of, cube, local_group, year_seen);
  };
  bool reserved = false;
  for (std::size_t ind = first; ind < last && !refused; ++ind) {
    if (!reserved && series.frame.rows() > 0) {
      // After the first indicator: room for as many rows per indicator
      // again, so the columns do not grow by copying; in the first worker's
      // frames, which become the result, for all indicators (memory reserved
      // but not yet written costs no more than its address).
      const std::size_t count = first == 0 ? indicators.size() : last - first;
      const std::size_t per = series.frame.rows() + series.frame.rows() / 8 + 16;
      for (auto& c : series.frame) reserve(c, per * count);
      const std::size_t per_total = totals.frame.rows() + totals.frame.rows() / 8 + 16;
      for (auto& c : totals.frame) reserve(c, per_total * count);
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
    evaluate_cube(plan, rows, order, lo, hi, ind, options, cube, local_group, series, totals, cells, points,
                  headline[ind]);
  }
  };
  for (;;) {
    bounds = {0};
    for (std::size_t ind = 0, t = 1; ind < indicators.size() && t < threads; ++ind)
      if (start[ind + 1] >= n * t / threads) bounds.push_back(ind + 1), ++t;
    // At least one worker, with an empty range when there are no indicators.
    if (bounds.size() == 1 || bounds.back() != indicators.size()) bounds.push_back(indicators.size());
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
    // Checked rows are never refused; should one be, stop rather than retry.
    if (checked) throw Error(ErrorCode::internal, "monitor::evaluate: checked rows were refused");
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
