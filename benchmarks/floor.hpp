// SPDX-License-Identifier: Apache-2.0
// The floor several benchmarks compare against: Boost.Graph's own
// topological sort of an adjacency_list built from the same plan.
#pragma once

#include <benchmark/benchmark.h>

#include <iterator>
#include <vector>

#include <boost/graph/topological_sort.hpp>

namespace planwerk::bench {

template <class List>
void topological_sort_floor(benchmark::State& state, const List& list) {
  std::vector<typename List::vertex_descriptor> out;
  for (auto _ : state) {
    out.clear();
    out.reserve(num_vertices(list));
    boost::topological_sort(list, std::back_inserter(out));
    benchmark::DoNotOptimize(out.data());
  }
}

}  // namespace planwerk::bench
