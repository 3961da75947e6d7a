// SPDX-License-Identifier: Apache-2.0
// Graph analyses against the floor: the raw Boost.Graph algorithm on an
// adjacency_list built directly from the same edges, in the same run.
//   *_Ours   the analysis on planwerk's dependency view (built once, like the
//            floor's adjacency_list)
//   *_Floor  the Boost.Graph algorithm on adjacency_list<vecS, vecS, directedS>
//   *_Concept the concept-level call, which also builds the view each time
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dag_shortest_paths.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>
#include <map>
#include <memory>

#include "floor.hpp"
#include "generate.hpp"
#include "planwerk/graph/analysis.hpp"
#include "planwerk/graph/order.hpp"
#include "planwerk/graph/reach.hpp"
#include "planwerk/model/convert.hpp"

namespace {

using namespace planwerk;
using List = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                                   boost::property<boost::edge_weight_t, int>>;

struct Fixture {
  model::Concept plan;
  graph::DependencyGraph view;
  List list;
  std::vector<graph::Vertex> order;
  std::size_t links = 0;
};

const Fixture& fixture(std::int64_t n) {
  static std::map<std::int64_t, std::unique_ptr<Fixture>> cache;
  auto& slot = cache[n];
  if (!slot) {
    slot = std::make_unique<Fixture>();
    slot->plan = model::from_proto(bench::generate_concept(static_cast<std::size_t>(n)));
    slot->view = graph::dependency_graph(slot->plan);
    slot->list = List(static_cast<std::size_t>(n));
    for (graph::Vertex v = 0; v < slot->plan.measures().size(); ++v) {
      for (const auto& d : slot->plan.measures()[v].dependencies) add_edge(d.predecessor, v, -1, slot->list);
      slot->links += slot->plan.measures()[v].dependencies.size();
    }
    slot->order = *graph::topological_order(slot->view);
  }
  return *slot;
}

void sizes(benchmark::internal::Benchmark* b) {
  b->Arg(1000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
}

// ---- cycles ----
void BM_Cycles_Ours(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(graph::find_cycles(f.view));
}
void BM_Cycles_Floor(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  std::vector<std::size_t> component(num_vertices(f.list));
  for (auto _ : state)
    benchmark::DoNotOptimize(boost::strong_components(
        f.list, boost::make_iterator_property_map(component.begin(), get(boost::vertex_index, f.list))));
}
void BM_Cycles_Concept(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(graph::dependency_cycles(f.plan));
}
BENCHMARK(BM_Cycles_Ours)->Apply(sizes);
BENCHMARK(BM_Cycles_Floor)->Apply(sizes);
BENCHMARK(BM_Cycles_Concept)->Apply(sizes);

// ---- topological order ----
void BM_Order_Ours(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(graph::topological_order(f.view));
}
void BM_Order_Floor(benchmark::State& state) {
  bench::topological_sort_floor(state, fixture(state.range(0)).list);
}
void BM_Order_Concept(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(graph::dependency_order(f.plan));
}
BENCHMARK(BM_Order_Ours)->Apply(sizes);
BENCHMARK(BM_Order_Floor)->Apply(sizes);
BENCHMARK(BM_Order_Concept)->Apply(sizes);

// ---- longest chain by links (floor: DAG shortest paths with weight -1) ----
void BM_Chain_Ours(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(graph::longest_chain_by_links(f.view, f.order));
}
void BM_Chain_Floor(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  const std::size_t n = num_vertices(f.list);
  std::vector<int> distance(n);
  std::vector<List::vertex_descriptor> previous(n);
  // From a single source the floor covers less than ours (all sources);
  // vertex 0 reaches most of the generated graph.
  for (auto _ : state) {
    boost::dag_shortest_paths(
        f.list, 0,
        boost::distance_map(boost::make_iterator_property_map(distance.begin(), get(boost::vertex_index, f.list)))
            .predecessor_map(boost::make_iterator_property_map(previous.begin(), get(boost::vertex_index, f.list))));
    benchmark::DoNotOptimize(distance.data());
  }
}
BENCHMARK(BM_Chain_Ours)->Apply(sizes);
BENCHMARK(BM_Chain_Floor)->Apply(sizes);

// ---- downstream of a measure (floor: breadth-first search) ----
void BM_Downstream_Ours(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(graph::downstream_of(f.view, 0));
}
void BM_Downstream_Floor(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  std::vector<boost::default_color_type> colors(num_vertices(f.list));
  for (auto _ : state) {
    boost::breadth_first_search(
        f.list, 0, boost::color_map(boost::make_iterator_property_map(colors.begin(), get(boost::vertex_index, f.list))));
    benchmark::DoNotOptimize(colors.data());
  }
}
BENCHMARK(BM_Downstream_Ours)->Apply(sizes);
BENCHMARK(BM_Downstream_Floor)->Apply(sizes);

// ---- analyses without a Boost.Graph counterpart ----
void BM_CriticalChains_Concept(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(graph::critical_chains(f.plan));
}
void BM_Redundant_Ours(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(graph::redundant_links(f.view, f.order));
}
void BM_Impact_Delay_Concept(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(graph::impact(f.plan, 0, graph::Disruption::delay, 10));
}
void BM_Coverage_Concept(benchmark::State& state) {
  const auto& f = fixture(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(graph::coverage(f.plan));
}
BENCHMARK(BM_CriticalChains_Concept)->Apply(sizes);
BENCHMARK(BM_Redundant_Ours)->Apply(sizes);
BENCHMARK(BM_Impact_Delay_Concept)->Apply(sizes);
BENCHMARK(BM_Coverage_Concept)->Apply(sizes);

// ---- memory: heap bytes per (measure + link), measured with mallinfo2 ----
// In use = small blocks (uordblks) plus the blocks glibc maps separately
// (hblkhd), which is where large vectors live.
std::size_t heap_in_use() {
  const auto info = mallinfo2();
  return info.uordblks + info.hblkhd;
}

void BM_Memory(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  const v1::Concept doc = bench::generate_concept(n);
  std::size_t links = 0;
  for (const auto& m : doc.measures()) links += static_cast<std::size_t>(m.dependencies_size());
  double model_bytes = 0, view_bytes = 0;
  for (auto _ : state) {
    const std::size_t before = heap_in_use();
    auto plan = std::make_unique<model::Concept>(model::from_proto(doc));
    const std::size_t with_model = heap_in_use();
    auto view = std::make_unique<graph::DependencyGraph>(graph::dependency_graph(*plan));
    const std::size_t with_view = heap_in_use();
    model_bytes = static_cast<double>(with_model - before);
    view_bytes = static_cast<double>(with_view - with_model);
  }
  const double units = static_cast<double>(n + links);
  state.counters["model_B_per_measure_plus_link"] = model_bytes / units;
  state.counters["view_B_per_measure_plus_link"] = view_bytes / units;
  state.counters["links_per_measure"] = static_cast<double>(links) / static_cast<double>(n);
}
BENCHMARK(BM_Memory)->Arg(100000)->Arg(1000000)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
