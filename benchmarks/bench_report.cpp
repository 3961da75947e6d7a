// SPDX-License-Identifier: Apache-2.0
// The published report at the size issue 13 names: 5,000 measures and 500
// indicators with 6 districts x 10 groups x 10 years (300,000 observations;
// totals for the city and everybody derived), the whole site written into a
// folder: evaluation with cells, schedule, every page, download and .ics.
// PLANWERK_BENCH_SITE=DIR keeps the last site written there (for the
// browser's load time in benchmarks/compare_report.py).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "generate.hpp"
#include "monitor_data.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/report/site.hpp"

namespace {

using namespace planwerk;

struct Fixture {
  model::Concept plan;
  monitor::Observations rows;
};

const Fixture& fixture() {
  static std::unique_ptr<Fixture> f;
  if (!f) {
    bench::MonitorShape shape;
    shape.areas = 6;
    shape.indicators = 500;
    shape.groups = 10;
    shape.years = 10;
    // Predecessors from all earlier measures keep the longest chain near a
    // logarithm of n; half-year measures keep the plan within about a decade.
    v1::Concept doc = bench::generate_concept(5000, 42, 0);
    for (auto& m : *doc.mutable_measures()) {
      m.set_end("2026-06-30");
      m.set_action_field_id("af-" + std::to_string(std::stoi(m.id().substr(2)) % 10));
    }
    doc.set_adoption_date("2026-03-02");
    doc.mutable_calendar()->set_state("NW");
    const v1::Concept extra = model::to_proto(bench::monitor_concept(shape));
    doc.mutable_districts()->MergeFrom(extra.districts());
    doc.mutable_indicators()->MergeFrom(extra.indicators());
    // Each indicator toward a goal, as in a real concept.
    for (int i = 0; i < doc.indicators_size(); ++i)
      doc.mutable_indicators(i)->add_goal_ids("g-" + std::to_string(i % doc.goals_size()));
    f = std::make_unique<Fixture>(Fixture{model::from_proto(doc), bench::monitor_rows(shape)});
  }
  return *f;
}

void BM_WriteSite(benchmark::State& state) {
  const Fixture& f = fixture();
  const char* keep = std::getenv("PLANWERK_BENCH_SITE");
  const std::filesystem::path folder =
      keep != nullptr ? std::filesystem::path(keep) : std::filesystem::temp_directory_path() / "planwerk-bench-site";
  std::size_t files = 0, bytes = 0;
  for (auto _ : state) {
    const Frame written = report::write_site(f.plan, f.rows.view(), folder);
    files = written.rows();
    bytes = 0;
    for (auto b : written["bytes"].integers()) bytes += static_cast<std::size_t>(b);
  }
  state.counters["files"] = static_cast<double>(files);
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
  if (keep == nullptr) std::filesystem::remove_all(folder);
}
BENCHMARK(BM_WriteSite)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
