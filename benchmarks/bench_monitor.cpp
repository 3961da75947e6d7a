// SPDX-License-Identifier: Apache-2.0
// Monitoring at 10^7 observations (400 areas x 50 indicators x 50 groups x
// 10 years): monitor::evaluate (checks, totals across areas and groups,
// suppression, every series' slope, attainment, status and trends, roll-up)
// against the floor, a single streaming pass over the same arrays computing
// each series' slope, attainment and status and the ratio totals across
// areas, in the same run.
#include <benchmark/benchmark.h>

#include <cmath>
#include <memory>

#include "monitor_data.hpp"
#include "planwerk/monitor/evaluate.hpp"

namespace {

using namespace planwerk;

struct Fixture {
  bench::MonitorShape shape;
  model::Concept plan;
  monitor::Observations rows;
};

const Fixture& fixture(int areas) {
  static std::unique_ptr<Fixture> cache;
  if (!cache || cache->shape.areas != areas) {
    cache.reset();
    auto f = std::make_unique<Fixture>();
    f->shape.areas = areas;
    f->plan = bench::monitor_concept(f->shape);
    f->rows = bench::monitor_rows(f->shape);
    cache = std::move(f);
  }
  return *cache;
}

// state.range(1): 1 every series column, with the Open SDG and SDSN trends
// (the default); 0 without the trends; 2 only the columns the floor computes
// (Options::columns slope, attainment, status; the totals as always).
void BM_evaluate(benchmark::State& state) {
  const auto& f = fixture(static_cast<int>(state.range(0)));
  const auto view = f.rows.view();
  monitor::Options options;
  options.trends = state.range(1) == 1;
  if (state.range(1) == 2) options.columns = {"slope", "attainment", "status"};
  std::size_t series = 0;
  for (auto _ : state) {
    const auto r = monitor::evaluate(f.plan, view, options);
    series = r.series.rows();
    benchmark::DoNotOptimize(r.series["slope"].reals().data());
  }
  state.counters["observations"] = static_cast<double>(f.rows.size());
  state.counters["series"] = static_cast<double>(series);
}

// The floor: one pass, rows known to be sorted by series and year, results
// into plain arrays; no checks, no suppression, no trends beyond the slope.
void BM_floor(benchmark::State& state) {
  const auto& f = fixture(static_cast<int>(state.range(0)));
  const auto& s = f.shape;
  const std::size_t n = f.rows.size();
  const auto& num = f.rows.numerator;
  const auto& den = f.rows.denominator;
  const auto& period = f.rows.period;
  std::vector<double> target(static_cast<std::size_t>(s.indicators));
  for (std::size_t i = 0; i < target.size(); ++i) target[i] = *f.plan.indicators()[i].targets[0].value;
  const std::size_t series_count = n / static_cast<std::size_t>(s.years);
  for (auto _ : state) {
    std::vector<double> slope(series_count), attainment(series_count);
    std::vector<std::int32_t> status(series_count);
    // Ratio totals: per indicator x group x year over the areas, and per
    // indicator x area x year over the groups.
    std::vector<double> city_num(static_cast<std::size_t>(s.indicators * s.groups * s.years)), city_den(city_num.size());
    std::vector<double> area_num(static_cast<std::size_t>(s.indicators) * s.areas * s.years), area_den(area_num.size());
    std::size_t row = 0;
    for (std::size_t k = 0; k < series_count; ++k) {
      const std::size_t ind = k / static_cast<std::size_t>(s.areas * s.groups);
      const std::size_t area = (k / static_cast<std::size_t>(s.groups)) % static_cast<std::size_t>(s.areas);
      const std::size_t group = k % static_cast<std::size_t>(s.groups);
      double st = 0, sv = 0, stt = 0, stv = 0, last = 0;
      const double first = num[row] / den[row] * 100;  // a district's series: its first value is the baseline
      for (int y = 0; y < s.years; ++y, ++row) {
        const double v = num[row] / den[row] * 100, t = period[row] / 10000;
        st += t, sv += v, stt += t * t, stv += t * v, last = v;
        const std::size_t c = (ind * static_cast<std::size_t>(s.groups) + group) * static_cast<std::size_t>(s.years) + static_cast<std::size_t>(y);
        city_num[c] += num[row], city_den[c] += den[row];
        const std::size_t a = (ind * static_cast<std::size_t>(s.areas) + area) * static_cast<std::size_t>(s.years) + static_cast<std::size_t>(y);
        area_num[a] += num[row], area_den[a] += den[row];
      }
      const double m = s.years;
      slope[k] = (m * stv - st * sv) / (m * stt - st * st);
      const double reach = (last - first) / (target[ind] - first);
      attainment[k] = reach;
      status[k] = reach >= 1 ? 4 : reach >= 0.5 ? 3 : reach > 0 ? 2 : 1;
    }
    benchmark::DoNotOptimize(slope.data());
    benchmark::DoNotOptimize(status.data());
    benchmark::DoNotOptimize(attainment.data());
    benchmark::DoNotOptimize(city_num.data());
    benchmark::DoNotOptimize(area_num.data());
  }
  state.counters["observations"] = static_cast<double>(n);
}

}  // namespace

BENCHMARK(BM_evaluate)
    ->Args({40, 1})
    ->Args({40, 0})
    ->Args({400, 1})
    ->Args({400, 0})
    ->Args({400, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_floor)->Arg(40)->Arg(400)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
