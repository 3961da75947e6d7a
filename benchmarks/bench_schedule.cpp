// SPDX-License-Identifier: Apache-2.0
// Scheduling with floats (forward and backward pass on the NRW calendar)
// against the floor: a plain Boost.Graph topological sort of the same graph
// on an adjacency_list, in the same run.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <fstream>
#include <string>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/topological_sort.hpp>
#include <map>
#include <memory>

#include "floor.hpp"
#include "generate.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace {

using namespace planwerk;
using List = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

struct Fixture {
  model::Concept plan;
  schedule::Calendar calendar{schedule::State::NW};
  List list;
};

const Fixture& fixture(std::int64_t n) {
  static std::map<std::int64_t, std::unique_ptr<Fixture>> cache;
  auto& slot = cache[n];
  if (!slot) {
    slot = std::make_unique<Fixture>();
    // Predecessors from all earlier measures: a wide plan whose longest
    // chain stays within the calendar (1990 to 2100) even at 10^6 measures.
    v1::Concept doc = bench::generate_concept(static_cast<std::size_t>(n), 42, 0);
    // Durations of 1 to 20 working days instead of the generator's dates.
    for (int i = 0; i < doc.measures_size(); ++i) {
      auto* m = doc.mutable_measures(i);
      m->clear_start();
      m->clear_end();
      m->set_duration_days(static_cast<std::uint32_t>(1 + (i * 7919) % 20));
    }
    slot->plan = model::from_proto(doc);
    slot->list = List(static_cast<std::size_t>(n));
    for (std::uint32_t v = 0; v < slot->plan.measures().size(); ++v)
      for (const auto& d : slot->plan.measures()[v].dependencies) add_edge(d.predecessor, v, slot->list);
  }
  return *slot;
}

// A field of /proc/self/status in MB ("VmRSS", "VmHWM").
double status_mb(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::stod(line.substr(field.size() + 1)) / 1024.0;
  }
  return 0;
}

// peak_MB: the highest resident size while scheduling, the loaded model
// included; extra_MB: how much of it scheduling adds. Linux resets the
// high-water mark when 5 is written to /proc/self/clear_refs.
void BM_Schedule(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  const schedule::ScheduleOptions options{model::Date(2025, 1, 2), std::nullopt};
  malloc_trim(0);  // return what building the fixture freed, so RSS is the model's
  std::ofstream("/proc/self/clear_refs") << "5";
  const double before = status_mb("VmRSS");
  for (auto _ : state) benchmark::DoNotOptimize(schedule::schedule_plan(f.plan, f.calendar, options));
  const double peak = status_mb("VmHWM");
  state.counters["peak_MB"] = peak;
  state.counters["extra_MB"] = peak - before;
  state.counters["links"] = static_cast<double>(num_edges(f.list));
}
BENCHMARK(BM_Schedule)->Arg(1000)->Arg(5000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

void BM_Floor_TopologicalSort(benchmark::State& state) {
  bench::topological_sort_floor(state, fixture(state.range(0)).list);
}
BENCHMARK(BM_Floor_TopologicalSort)->Arg(1000)->Arg(5000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
