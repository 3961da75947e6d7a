// SPDX-License-Identifier: Apache-2.0
// Running the site's independent pieces (pages, downloads) on one thread per
// core. Each task writes into its own slot, so the result does not depend on
// the number of threads or their timing.
#pragma once

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace planwerk::report {

// Calls f(i) for i in [0, n), on up to one thread per core, the next index
// to whichever thread is free. The first exception (by index) is rethrown
// after every thread has stopped.
template <class F>
void parallel_for(std::size_t n, F&& f) {
  const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, std::max<std::size_t>(n, 1));
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> failed(n);
  auto run = [&] {
    for (std::size_t i = next++; i < n; i = next++) {
      try {
        f(i);
      } catch (...) {
        failed[i] = std::current_exception();
      }
    }
  };
  std::vector<std::thread> workers;
  for (std::size_t t = 1; t < threads; ++t) workers.emplace_back(run);
  run();
  for (auto& w : workers) w.join();
  for (const auto& e : failed)
    if (e) std::rethrow_exception(e);
}

}  // namespace planwerk::report
