// SPDX-License-Identifier: Apache-2.0
// Saving and loading a workspace-sized state, 10^5 measures and 10^6
// observations, three ways in one run: a Boost binary archive (the workspace
// envelope: archive, checksum, and on loading the concept's checks), protobuf
// binary (Concept and ObservationSet messages), and JSON (the same messages).
// In memory (no disk), so the numbers are the formats' own costs; MB/s is the
// encoded size over the time.
#include <benchmark/benchmark.h>

#include <memory>

#include "generate.hpp"
#include "monitor_data.hpp"
#include "planwerk/history/workspace.hpp"
#include "planwerk/io/document.hpp"
#include "planwerk/v1/observations.pb.h"

namespace {

using namespace planwerk;

struct Fixture {
  history::Workspace workspace;
  std::string boost_bytes, proto_concept, proto_observations, json_concept, json_observations;
};

const Fixture& fixture() {
  static std::unique_ptr<Fixture> f;
  if (!f) {
    f = std::make_unique<Fixture>();
    bench::MonitorShape shape;
    shape.areas = 40;  // 40 x 50 x 50 x 10 = 10^6 observations
    v1::Concept doc = bench::generate_concept(100000);
    const model::Concept observed = bench::monitor_concept(shape);
    const v1::Concept extra = model::to_proto(observed);
    doc.mutable_districts()->MergeFrom(extra.districts());
    doc.mutable_indicators()->MergeFrom(extra.indicators());
    history::Version v{"bench", model::from_proto(doc), bench::monitor_rows(shape)};
    f->workspace.versions.push_back(std::move(v));
    const auto& version = f->workspace.versions.front();
    f->boost_bytes = history::to_bytes(f->workspace);
    const v1::Concept concept_message = model::to_proto(version.plan);
    const v1::ObservationSet observation_message = monitor::observations_to_proto(version.plan, version.observations.view());
    f->proto_concept = io::serialize_message(concept_message, io::Format::binary);
    f->proto_observations = io::serialize_message(observation_message, io::Format::binary);
    f->json_concept = io::serialize_message(concept_message, io::Format::json);
    f->json_observations = io::serialize_message(observation_message, io::Format::json);
  }
  return *f;
}

void report(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}

void BM_save_boost_binary(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(history::to_bytes(f.workspace));
  report(state, f.boost_bytes.size());
}

void BM_load_boost_binary(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(history::from_bytes(f.boost_bytes));
  report(state, f.boost_bytes.size());
}

void save_proto(benchmark::State& state, io::Format format) {
  const auto& f = fixture();
  const auto& v = f.workspace.versions.front();
  for (auto _ : state) {
    benchmark::DoNotOptimize(io::serialize_message(model::to_proto(v.plan), format));
    benchmark::DoNotOptimize(io::serialize_message(monitor::observations_to_proto(v.plan, v.observations.view()), format));
  }
  report(state, format == io::Format::binary ? f.proto_concept.size() + f.proto_observations.size()
                                             : f.json_concept.size() + f.json_observations.size());
}

void load_proto(benchmark::State& state, io::Format format) {
  const auto& f = fixture();
  const bool binary = format == io::Format::binary;
  const std::string& c = binary ? f.proto_concept : f.json_concept;
  const std::string& o = binary ? f.proto_observations : f.json_observations;
  for (auto _ : state) {
    const model::Concept plan = model::from_proto(io::parse_document(c, format, "<bench>"));
    v1::ObservationSet set;
    io::parse_message(o, format, "<bench>", set);
    benchmark::DoNotOptimize(monitor::observations_from_proto(plan, set));
  }
  report(state, c.size() + o.size());
}

void BM_save_protobuf_binary(benchmark::State& state) { save_proto(state, io::Format::binary); }
void BM_load_protobuf_binary(benchmark::State& state) { load_proto(state, io::Format::binary); }
void BM_save_json(benchmark::State& state) { save_proto(state, io::Format::json); }
void BM_load_json(benchmark::State& state) { load_proto(state, io::Format::json); }

}  // namespace

BENCHMARK(BM_save_boost_binary)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_load_boost_binary)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_save_protobuf_binary)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_load_protobuf_binary)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_save_json)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_load_json)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
