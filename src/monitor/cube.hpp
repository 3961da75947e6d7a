// SPDX-License-Identifier: Apache-2.0
// Private: one indicator's cells as a dense cube, district x group x period.
// Completing totals, suppression and the series evaluation all walk it; its
// size is the indicator's districts (plus the whole municipality) times the
// groups it is broken down by (plus everybody) times its periods.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "planwerk/monitor/period.hpp"

namespace planwerk::monitor::detail {

enum class State : std::uint8_t { absent = 0, observed = 1, derived = 2 };

struct Cube {
  std::size_t districts = 0;  // D: index 0 is the whole municipality, d + 1 the concept's district d
  std::size_t groups = 0;     // G: index 0 is everybody, j + 1 the indicator's j-th group
  std::size_t periods = 0;    // P
  std::vector<Period> period;              // P sorted periods
  std::vector<std::int32_t> group_code;    // G - 1 view group codes
  std::vector<std::vector<std::size_t>> dimensions;  // local group indices (1..G-1) per breakdown

  std::vector<double> value, numerator, denominator, cases;
  std::vector<State> state;
  std::vector<std::uint8_t> flags, status, suppressed;

  std::size_t at(std::size_t d, std::size_t g, std::size_t p) const noexcept { return (d * groups + g) * periods + p; }
  void reset(std::size_t d, std::size_t g, std::size_t p) {
    districts = d;
    groups = g;
    periods = p;
    const std::size_t n = d * g * p;
    const double nan = std::nan("");
    value.assign(n, nan);
    numerator.assign(n, nan);
    denominator.assign(n, nan);
    cases.assign(n, nan);
    state.assign(n, State::absent);
    flags.assign(n, 0);
    status.assign(n, 0);
    suppressed.assign(n, 0);
  }
};

// Fills in totals that were not observed, from complete sets of parts.
void complete_totals(Cube& cube, int aggregation, double scale);

// Primary and secondary suppression (Suppression values in cube.suppressed).
// `count_value`: for counts without a cases column, the value is the number
// of cases.
void suppress(Cube& cube, int aggregation, double min_cases, bool count_value);

}  // namespace planwerk::monitor::detail
