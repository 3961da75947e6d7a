// SPDX-License-Identifier: Apache-2.0
// Loading and validating concepts of growing size.
#include <benchmark/benchmark.h>

#include "generate.hpp"
#include "planwerk/io/document.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/model/validate.hpp"

namespace {

using namespace planwerk;

void set_items(benchmark::State& state, std::size_t measures) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * measures));
}

// Binary bytes -> resolved model (parse, structural check, resolution).
void BM_LoadBinary(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const std::string bytes = bench::generate_concept(n).SerializeAsString();
  for (auto _ : state) {
    auto concept_ = model::from_proto(io::parse_document(bytes, io::Format::binary, "bench"));
    benchmark::DoNotOptimize(concept_);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
  set_items(state, n);
}
BENCHMARK(BM_LoadBinary)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

// The resolution step alone: document already parsed.
void BM_FromProto(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const v1::Concept doc = bench::generate_concept(n);
  for (auto _ : state) {
    auto concept_ = model::from_proto(doc);
    benchmark::DoNotOptimize(concept_);
  }
  set_items(state, n);
}
BENCHMARK(BM_FromProto)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_Validate(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const model::Concept c = model::from_proto(bench::generate_concept(n));
  for (auto _ : state) {
    auto found = model::check_rules(c);
    benchmark::DoNotOptimize(found);
  }
  set_items(state, n);
}
BENCHMARK(BM_Validate)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_SaveJson(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const model::Concept c = model::from_proto(bench::generate_concept(n));
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto text = io::serialize_message(model::to_proto(c), io::Format::json);
    bytes += text.size();
    benchmark::DoNotOptimize(text);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_SaveJson)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
