// SPDX-License-Identifier: Apache-2.0
// Official statistics: the new flat file (issue 14: at least 200 MB/s on
// this machine). One file of 10^6 rows shaped like regionalstatistik.de's
// 12211-Z-11 (../shared/data/genesis): 400 Kreise x 25 attribute codes x
// 100 years, unit 1000, quality on; about 190 MB, held in memory so that
// the disk is not measured. benchmarks/compare_statistics.py reads the same
// rows with pandas.read_csv, side by side (docs/benchmarks.md).
#include <benchmark/benchmark.h>

#include <string>

#include "planwerk/model/convert.hpp"
#include "planwerk/sources/statistics.hpp"

namespace {

using namespace planwerk;
using namespace planwerk::sources::statistics;

constexpr int regions = 400, attributes = 25, years = 100;

std::string region_key(int r) { return "0" + std::to_string(5100 + r); }

const std::string& flat_file() {
  static const std::string text = [] {
    std::string s =
        "\xEF\xBB\xBFstatistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
        "1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;"
        "2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;"
        "value_variable_label;value_q\n";
    s.reserve(200u << 20);
    for (int y = 0; y < years; ++y)
      for (int r = 0; r < regions; ++r)
        for (int a = 0; a < attributes; ++a) {
          const int v = (r * 7 + a * 13 + y) % 500;
          s += "12211;Grundprogramm des Mikrozensus;JAHR;Jahr;" + std::to_string(1925 + y) +
               ";KREISE;Kreise und kreisfreie St\xC3\xA4" "dte;" + region_key(r) + ";Kreis " + std::to_string(r) +
               ", kreisfreie Stadt;LBFORM01;Art der Lebensform;LB" + std::to_string(a) + ";Lebensform " +
               std::to_string(a) + ";" + (v % 17 == 0 ? std::string("-") : std::to_string(v) + "," + std::to_string(v % 10)) +
               ";1000;LBFMZ01;Lebensformen;" + (v % 11 == 0 ? "()" : "e") + "\n";
        }
    return s;
  }();
  return text;
}

void BM_StatisticsReadCells(benchmark::State& state) {
  const std::string& text = flat_file();
  std::size_t cells = 0;
  for (auto _ : state) {
    cells = 0;
    read_cells(text, "flat.csv", [&](const Cell& c) { cells += c.value.size() > 0; });
    benchmark::DoNotOptimize(cells);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["cells"] = static_cast<double>(cells);
}
BENCHMARK(BM_StatisticsReadCells)->Unit(benchmark::kMillisecond)->MinTime(3);

// The whole import: a municipality and ten districts (Kreise of the file),
// one indicator with four groups: 4,400 of the 10^6 cells become observations.
void BM_StatisticsImport(benchmark::State& state) {
  const std::string& text = flat_file();
  v1::Concept doc;
  doc.set_id("bench");
  std::string districts;
  for (int d = 0; d < 10; ++d) {
    auto* x = doc.add_districts();
    x->set_id("d" + std::to_string(d));
    x->set_name(x->id());
    districts += std::string(d ? ", " : "") + "\"" + region_key(20 + d) + "\": \"d" + std::to_string(d) + "\"";
  }
  auto* ind = doc.add_indicators();
  ind->set_id("households");
  ind->set_title("households");
  ind->set_measure_type(v1::MEASURE_TYPE_COUNT);
  const auto plan = model::from_proto(doc);
  const auto mapping = mapping_from_json(
      "{\"municipality\": \"" + region_key(10) + "\", \"districts\": {" + districts +
          "}, \"indicators\": [{\"indicator\": \"households\", \"value\": {\"statistic\": \"12211\", \"factor\": 1000, "
          "\"groups\": {\"dimension\": \"LBFORM01\", \"codes\": {\"LB0\": \"\", \"LB1\": \"form:a\", \"LB2\": \"form:b\", "
          "\"LB3\": \"form:c\"}}}}]}",
      "bench");
  std::size_t rows = 0;
  for (auto _ : state) {
    const Source s{text, "flat.csv"};
    rows = import(plan, mapping, std::span<const Source>(&s, 1)).observations.size();
    benchmark::DoNotOptimize(rows);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["observations"] = static_cast<double>(rows);
}
BENCHMARK(BM_StatisticsImport)->Unit(benchmark::kMillisecond)->MinTime(3);

}  // namespace

BENCHMARK_MAIN();
