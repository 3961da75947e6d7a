// SPDX-License-Identifier: Apache-2.0
// A programme problem as JSON (priorities::problem_from_json), and, when it
// is read, solved with a short time limit: refusals (Error) are fine; a
// programme must keep its own accounts (nothing left below zero beyond
// rounding) and start each candidate once, inside the horizon.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string_view>

#include "exercise.hpp"
#include "planwerk/priorities/programme.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace planwerk;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::tolerate([&] {
    const auto problem = priorities::problem_from_json(text, "fuzz");
    // Keep solving bounded: small problems only, a short limit.
    if (problem.candidates.size() > 40 || problem.years.size() > 6) return;
    priorities::ProgrammeOptions options;
    options.limits.seconds = 0.5;
    options.marginals = false;
    const auto programme = priorities::prioritize(problem, options);
    std::set<std::string> started;
    for (const auto& s : programme.starts) {
      if (!started.insert(s.candidate).second) fuzz::finding("priorities", s.candidate + " starts twice");
      if (s.year < problem.years.front() || s.year > problem.years.back())
        fuzz::finding("priorities", s.candidate + " starts outside the horizon");
    }
    for (const auto& a : programme.pools)
      if (a.left < -1e-6 * std::max(1.0, a.amount)) fuzz::finding("priorities", a.pool + " overspent");
  });
  return 0;
}
