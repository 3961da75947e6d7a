// SPDX-License-Identifier: Apache-2.0
// The outcome evaluation, in named pieces: the rows split by indicator
// (Partition); the indicators shared out to workers (run_workers), each
// indicator's pass (Worker::evaluate_indicator: the shape of its rows,
// shape.cpp, then the streaming path, stream.cpp, or the general one over a
// cube, general.cpp); a retry after the whole check when a worker refused
// unchecked rows; the workers' frames joined, then the roll-up. The general
// path is the reference: tests/monitor check that both paths agree.
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

namespace {

// Rows split by indicator: indicator i's rows are positions start[i] to
// start[i + 1] of `order` (of the rows themselves when `order` is empty).
// Rows sorted by indicator (the usual delivery) are split by binary search
// and checked while they are evaluated, so that they are read once; each
// indicator's range is checked to hold only that indicator. Rows in another
// order, or rows a worker refuses, are checked as a whole first (check_all:
// the first bad row is then reported, as a sequential scan would) and
// grouped by a counting sort.
struct Partition {
  std::vector<std::size_t> start;
  std::vector<std::uint32_t> order;
  bool checked = false;  // every row checked up front
  bool sorted = true;    // by indicator, district, group and period (known once checked)

  Partition(const model::Concept& plan, const ObservationView& rows) : start(plan.indicators().size() + 1, 0) {
    const std::size_t n = rows.size();
    for (std::size_t i = 1; i + 1 < start.size(); ++i) {
      const auto at = std::lower_bound(rows.indicator.begin(), rows.indicator.end(), static_cast<std::int32_t>(i));
      start[i] = std::max(start[i - 1], static_cast<std::size_t>(at - rows.indicator.begin()));  // monotone even if unsorted
    }
    start.back() = n;
    if (plan.indicators().empty() || (n > 0 && !(rows.indicator.front() <= rows.indicator.back()))) check_all(plan, rows);
  }

  void check_all(const model::Concept& plan, const ObservationView& rows) {
    const std::size_t n = rows.size();
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
    for (std::size_t i = 0; i < n; ++i)
      order[next[static_cast<std::size_t>(rows.indicator[i])]++] = static_cast<std::uint32_t>(i);
  }
};

// The labels of the result frames' categories ("" first: the whole
// municipality, everybody).
struct Labels {
  std::vector<std::string> indicators, districts{""}, groups{""};

  Labels(const model::Concept& plan, const ObservationView& rows) {
    for (const auto& ind : plan.indicators()) indicators.push_back(ind.id);
    for (const auto& d : plan.districts()) districts.push_back(d.id);
    for (const auto& g : rows.groups) groups.push_back(g);
  }
};

// What every worker reads, and what they share: each indicator's headline
// (written by the one worker that has the indicator) and the flag a worker
// raises when it meets unchecked rows that need the whole check.
struct Context {
  const model::Concept& plan;
  const ObservationView& rows;
  const Options& options;
  const Partition& part;
  std::vector<Headline>& headline;
  std::atomic<bool>& refused;
};

// One worker: a contiguous run of indicators, with its own cube, scratch
// and output frames. Built in place and never moved: its SeriesOut points
// into its own frame.
class Worker {
 public:
  Worker(const Labels& l, const Options& options)
      : local_group(l.groups.size() - 1, -1),
        series(l.indicators, l.districts, l.groups, options),
        totals(l.indicators, l.districts, l.groups, false),
        cells(l.indicators, l.districts, l.groups, true) {}

  // Evaluates indicators [first, last); stops when any worker has refused.
  void run(const Context& x, std::size_t first, std::size_t last) {
    RowCheck check(x.plan, x.rows);
    bool reserved = false;
    for (std::size_t ind = first; ind < last && !x.refused; ++ind) {
      if (!reserved && series.frame.rows() > 0) {
        // After the first indicator: room for as many rows per indicator
        // again, so the columns do not grow by copying; in the first
        // worker's frames, which become the result, for all indicators
        // (memory reserved but not yet written costs no more than its
        // address).
        reserve_like_first(first == 0 ? x.plan.indicators().size() : last - first);
        reserved = true;
      }
      if (!evaluate_indicator(x, check, ind)) {
        forget_groups();
        x.refused = true;
        break;
      }
    }
  }

  Cube cube;
  std::vector<std::int32_t> local_group;
  std::vector<Point> points;
  std::vector<std::uint8_t> year_seen = std::vector<std::uint8_t>(10000, 0);  // scan_shape's scratch
  SeriesOut series;
  CellsOut totals, cells;
  std::exception_ptr error;

 private:
  void reserve_like_first(std::size_t indicators) {
    const std::size_t per = series.frame.rows() + series.frame.rows() / 8 + 16;
    for (auto& c : series.frame) reserve(c, per * indicators);
    const std::size_t per_total = totals.frame.rows() + totals.frame.rows() / 8 + 16;
    for (auto& c : totals.frame) reserve(c, per_total * indicators);
  }

  void forget_groups() {
    for (std::int32_t code : cube.group_code) local_group[static_cast<std::size_t>(code)] = -1;
  }

  bool scan(const Context& x, std::size_t from, std::size_t to) {
    return scan_shape(x.rows, x.part.order, from, to, x.options.as_of, cube, local_group, year_seen);
  }

  // The rows of the indicator's first district: the rows the streaming path
  // takes its periods and groups from (the municipality's rows come first).
  static std::size_t first_district_end(const ObservationView& rows, std::size_t lo, std::size_t hi) {
    std::size_t end = lo;
    while (end < hi && rows.district[end] < 0) ++end;
    const std::int32_t first_district = end < hi ? rows.district[end] : -1;
    while (end < hi && rows.district[end] == first_district) ++end;
    return end;
  }

  // The streaming path, tried again once after a reshape; reshape twice, or
  // a shape that cannot be scanned, is refused.
  Streamed stream(const Context& x, RowCheck& check, std::size_t lo, std::size_t hi, std::size_t ind) {
    const auto& indicator = x.plan.indicators()[ind];
    for (int attempt = 0; attempt < 2; ++attempt) {
      cube.groups = cube.group_code.size() + 1;
      cube.periods = cube.period.size();
      SeriesInput in;
      in.prepare(indicator, x.options.min_points);
      const Streamed how =
          stream_indicator(x.rows, lo, hi, check, cube, local_group, x.plan.districts().size(), indicator,
                           static_cast<std::int32_t>(ind), x.options, in, series, totals, points, x.headline[ind]);
      if (how != Streamed::reshape) return how;
      forget_groups();
      if (!scan(x, lo, hi)) break;
    }
    return Streamed::refused;
  }

  // One indicator's pass. False when its unchecked rows need the whole check
  // first (checked rows never do).
  bool evaluate_indicator(const Context& x, RowCheck& check, std::size_t ind) {
    const std::size_t lo = x.part.start[ind], hi = x.part.start[ind + 1];
    // Sorted rows stream on the periods and groups of their first district
    // (the usual data: every district has them all); should a later row
    // bring another, the stream stops and everything is scanned.
    const bool streaming = x.part.sorted && !x.options.cells;
    std::size_t guess_end = streaming ? first_district_end(x.rows, lo, hi) : hi;
    bool usable = scan(x, lo, guess_end);
    if (usable && guess_end < hi && cube.period.empty()) {
      forget_groups();
      guess_end = hi;
      usable = scan(x, lo, hi);
    }
    if (!usable) return false;  // checked rows always are usable
    const auto valid = [&] { return x.part.checked || rows_valid_and_sorted(check, x.rows, lo, hi, ind); };
    if (cube.period.empty()) {  // nothing up to as_of: no series
      const bool ok = valid();
      forget_groups();
      return ok;
    }
    const Streamed how = streaming ? stream(x, check, lo, hi, ind) : Streamed::general;
    // Checked rows a stream refused (it cannot happen: they are in order)
    // still have the general path; unchecked ones go to the whole check.
    if (how == Streamed::refused && !x.part.checked) return false;
    if (how == Streamed::general && !valid()) return false;
    if (how == Streamed::done) {
      forget_groups();
      return true;
    }
    if (guess_end < hi) {
      forget_groups();
      scan(x, lo, hi);  // the rows are checked now: usable
    }
    evaluate_cube(x.plan, x.rows, x.part.order, lo, hi, ind, x.options, cube, local_group, series, totals, cells,
                  points, x.headline[ind]);
    return true;
  }
};

// The workers of one attempt, and the rows of the first worker's frames that
// are its own (the rest is room made for the others).
struct Pool {
  std::vector<std::unique_ptr<Worker>> workers;
  std::size_t series_filled = 0, totals_filled = 0;
};

// Indicators are independent: contiguous runs of them, balanced by rows,
// go to the workers (the first runs on this thread), whose frames are then
// joined in indicator order. While the others finish, the first makes room
// for their rows (as many per indicator as its own) in the frames that
// become the result.
Pool run_workers(const Context& x, const Labels& labels, std::size_t threads) {
  const std::size_t indicators = x.plan.indicators().size(), n = x.rows.size();
  std::vector<std::size_t> bounds{0};
  for (std::size_t ind = 0, t = 1; ind < indicators && t < threads; ++ind)
    if (x.part.start[ind + 1] >= n * t / threads) bounds.push_back(ind + 1), ++t;
  // At least one worker, with an empty range when there are no indicators.
  if (bounds.size() == 1 || bounds.back() != indicators) bounds.push_back(indicators);
  Pool p;
  for (std::size_t k = 0; k + 1 < bounds.size(); ++k) p.workers.push_back(std::make_unique<Worker>(labels, x.options));
  std::vector<std::thread> threads_running;
  for (std::size_t k = 1; k < p.workers.size(); ++k)
    threads_running.emplace_back([&, k] {
      try {
        p.workers[k]->run(x, bounds[k], bounds[k + 1]);
      } catch (...) {
        p.workers[k]->error = std::current_exception();
      }
    });
  Worker& first = *p.workers[0];
  try {
    first.run(x, bounds[0], bounds[1]);
    const std::size_t mine = bounds[1] - bounds[0], theirs = indicators - bounds[1];
    p.series_filled = first.series.frame.rows();
    p.totals_filled = first.totals.frame.rows();
    if (p.workers.size() > 1 && mine > 0) {
      make_room(first.series.frame, p.series_filled / mine * theirs);
      make_room(first.totals.frame, p.totals_filled / mine * theirs);
    }
  } catch (...) {
    first.error = std::current_exception();
  }
  for (auto& t : threads_running) t.join();
  return p;
}

// The workers' frames joined in indicator order, and the roll-up.
Result assemble(const Pool& p, const Context& x, std::size_t threads) {
  for (const auto& w : p.workers)
    if (w->error) std::rethrow_exception(w->error);
  Result result;
  std::vector<Frame*> series_parts, totals_parts, cells_parts;
  for (const auto& w : p.workers) {
    series_parts.push_back(&w->series.frame);
    totals_parts.push_back(&w->totals.frame);
    cells_parts.push_back(&w->cells.frame);
  }
  result.series = join(series_parts, p.series_filled, threads);
  result.totals = join(totals_parts, p.totals_filled, threads);
  if (x.options.cells) result.cells = join(cells_parts, p.workers[0]->cells.frame.rows(), threads);
  const std::size_t indicators = x.plan.indicators().size();
  std::vector<double> scores(indicators);
  std::vector<Light> lights(indicators);
  for (std::size_t i = 0; i < indicators; ++i) {
    scores[i] = x.headline[i].score;
    lights[i] = x.headline[i].status;
  }
  result.rollup = detail::rollup(x.plan, scores, lights, x.options.rule, x.options.min_share);
  return result;
}

}  // namespace

Result evaluate(const model::Concept& plan, const ObservationView& rows, const Options& options) {
  detail::check_lengths(rows);
  detail::check_columns(options);
  Partition part(plan, rows);
  const Labels labels(plan, rows);
  std::vector<Headline> headline(plan.indicators().size());
  std::atomic<bool> refused{false};
  const Context x{plan, rows, options, part, headline, refused};
  std::size_t threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<std::size_t>({threads, 64, std::max<std::size_t>(1, rows.size() / 100000)});
  for (;;) {
    Pool pool = run_workers(x, labels, threads);
    if (!refused) return assemble(pool, x, threads);
    // Checked rows are never refused; should one be, stop rather than retry.
    if (part.checked) throw Error(ErrorCode::internal, "monitor::evaluate: checked rows were refused");
    // Unchecked rows a worker refused: the whole check names the first bad
    // row (or finds them out of order, for the general path); then again.
    part.check_all(plan, rows);
    refused = false;
    std::fill(headline.begin(), headline.end(), Headline{});
  }
}

}  // namespace planwerk::monitor
