// SPDX-License-Identifier: Apache-2.0
// The OParl import: 10,000 papers with their consultations from local
// files (issue 14: at most 1 s). The files are written once per run into a
// temporary folder, shaped like Karlsruhe's mirror (a paper with two or
// three embedded consultations, its files' metadata; one file per paper,
// the meetings and organisations in files of their own).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>
#ifdef PLANWERK_BENCH_SIMDJSON
#include <simdjson.h>
#endif

#include "planwerk/model/convert.hpp"
#include "planwerk/sources/oparl.hpp"

namespace {

namespace fs = std::filesystem;
using namespace planwerk;

constexpr int committees = 20;
constexpr int meetings = 2000;
const std::string base = "https://ris.example.org/oparl/bodies/0001/";

std::string paper_json(int p) {
  const std::string id = base + "papers/vo/" + std::to_string(p);
  std::string s = "{\"id\": \"" + id + "\", \"type\": \"https://schema.oparl.org/1.1/Paper\", \"body\": \"" + base +
                  "\", \"name\": \"Vorlage " + std::to_string(p) +
                  ": Sanierung der Grundschule und Ausbau der offenen Ganztagsbetreuung\", \"reference\": \"2025/" +
                  std::to_string(p) + "\", \"date\": \"2025-01-17\", \"paperType\": \"Beschlussvorlage\", "
                  "\"created\": \"2025-01-17T12:38:44+01:00\", \"modified\": \"2025-03-03T14:30:52+01:00\", "
                  "\"auxiliaryFile\": [";
  for (int f = 0; f < 3; ++f) {
    s += std::string(f ? ", " : "") + "{\"id\": \"" + base + "files/" + std::to_string(p * 3 + f) +
         "\", \"type\": \"https://schema.oparl.org/1.1/File\", \"name\": \"Anlage " + std::to_string(f) +
         "\", \"fileName\": \"anlage.pdf\", \"mimeType\": \"application/pdf\", \"date\": \"2025-01-17\", "
         "\"accessUrl\": \"" + base + "downloadfiles/a/" + std::to_string(p * 3 + f) + ".pdf\"}";
  }
  s += "], \"consultation\": [";
  const int steps = 2 + p % 2;
  for (int k = 0; k < steps; ++k) {
    // Listed backwards, as a tenth of Karlsruhe's papers are.
    const int step = steps - 1 - k;
    s += std::string(k ? ", " : "") + "{\"id\": \"" + base + "consultations/" + std::to_string(p * 3 + k) +
         "\", \"type\": \"https://schema.oparl.org/1.1/Consultation\", \"paper\": \"" + id + "\", \"meeting\": \"" +
         base + "meetings/" + std::to_string((p + step * 7) % meetings) + "\", \"organization\": [\"" + base +
         "organizations/gr/" + std::to_string((p + step) % committees) + "\"], \"role\": \"Vorberatung\", "
         "\"authoritative\": " + (step == steps - 1 ? "true" : "false") + "}";
  }
  return s + "]}";
}

const fs::path& folder() {
  static const fs::path path = [] {
    const fs::path p = fs::temp_directory_path() / "planwerk-bench-oparl";
    fs::remove_all(p);
    fs::create_directories(p / "papers");
    std::ofstream orgs(p / "organizations.json");
    orgs << "[";
    for (int c = 0; c < committees; ++c)
      orgs << (c ? ", " : "") << "{\"id\": \"" << base << "organizations/gr/" << c
           << "\", \"type\": \"https://schema.oparl.org/1.1/Organization\", \"name\": \"Ausschuss " << c << "\"}";
    orgs << "]";
    std::ofstream list(p / "meetings.json");
    list << "{\"data\": [";
    for (int m = 0; m < meetings; ++m)
      list << (m ? ", " : "") << "{\"id\": \"" << base << "meetings/" << m
           << "\", \"type\": \"https://schema.oparl.org/1.1/Meeting\", \"name\": \"Sitzung\", \"start\": \""
           << 2020 + m / 365 % 6 << "-0" << 1 + m % 9 << "-1" << m % 10 << "T17:00:00+01:00\", \"organization\": [\""
           << base << "organizations/gr/" << m % committees << "\"]}";
    list << "], \"links\": {}}";
    for (int i = 0; i < 10000; ++i) std::ofstream(p / "papers" / (std::to_string(i) + ".json")) << paper_json(i);
    return p;
  }();
  return path;
}

void BM_OparlReadFolder(benchmark::State& state) {
  const fs::path& p = folder();
  std::size_t papers = 0;
  for (auto _ : state) {
    const auto data = sources::oparl::read_folder(p);
    papers = data.papers.size();
    benchmark::DoNotOptimize(papers);
  }
  state.counters["papers"] = static_cast<double>(papers);
}
BENCHMARK(BM_OparlReadFolder)->Unit(benchmark::kMillisecond)->MinTime(3);

void BM_OparlReadAndMerge(benchmark::State& state) {
  const fs::path& p = folder();
  v1::Concept empty;
  empty.set_id("bench");
  const auto into = model::from_proto(empty);
  for (auto _ : state) {
    const auto merged = sources::oparl::merge(into, sources::oparl::read_folder(p));
    benchmark::DoNotOptimize(merged.plan.proposals().size());
  }
}
BENCHMARK(BM_OparlReadAndMerge)->Unit(benchmark::kMillisecond)->MinTime(3);

// The parsers alone, over the same files held in memory: what choosing
// simdjson instead of nlohmann/json could gain (docs/benchmarks.md).
const std::vector<std::string>& texts() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> out;
    for (const auto& entry : fs::recursive_directory_iterator(folder())) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      out.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return out;
  }();
  return all;
}

void set_bytes(benchmark::State& state) {
  std::size_t bytes = 0;
  for (const auto& t : texts()) bytes += t.size();
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes * state.iterations()));
}

void BM_ParseNlohmann(benchmark::State& state) {
  texts();  // the files written and read before timing
  for (auto _ : state) {
    for (const auto& t : texts()) {
      auto doc = nlohmann::json::parse(t);
      benchmark::DoNotOptimize(doc.size());
    }
  }
  set_bytes(state);
}
BENCHMARK(BM_ParseNlohmann)->Unit(benchmark::kMillisecond)->MinTime(3);

#ifdef PLANWERK_BENCH_SIMDJSON
void BM_ParseSimdjson(benchmark::State& state) {
  simdjson::dom::parser parser;
  std::vector<simdjson::padded_string> padded;
  for (const auto& t : texts()) padded.emplace_back(t);
  for (auto _ : state) {
    for (const auto& t : padded) {
      simdjson::dom::element doc = parser.parse(t);
      benchmark::DoNotOptimize(doc.type());
    }
  }
  set_bytes(state);
}
BENCHMARK(BM_ParseSimdjson)->Unit(benchmark::kMillisecond)->MinTime(3);
#endif

}  // namespace

BENCHMARK_MAIN();
