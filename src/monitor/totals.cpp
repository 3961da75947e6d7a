// SPDX-License-Identifier: Apache-2.0
// Totals from their parts: the whole municipality from all districts, and
// everybody from all groups of one breakdown. Ratios add numerators and
// denominators (never rates); sums and running totals add values; indices
// and scores are not added at all. A total is only formed when every part is
// there: a sum over some districts is not the municipality's value. A total
// of rounded parts is flagged rounded (parts rounded to 5 may add up to a
// total that is off by up to 2 per part).
#include "cube.hpp"
#include "planwerk/monitor/observations.hpp"

#include "planwerk/v1/concept.pb.h"

namespace planwerk::monitor::detail {
namespace {

struct Sum {
  double value = 0, numerator = 0, denominator = 0, cases = 0;
  bool complete = true;
  bool rounded = false;  // a part the office rounded: the total is no exact count either

  void add(const Cube& c, std::size_t k, bool ratio) {
    if (c.state[k] == State::absent) {
      complete = false;
      return;
    }
    if (ratio) {
      if (std::isnan(c.numerator[k]) || std::isnan(c.denominator[k])) complete = false;
      numerator += c.numerator[k];
      denominator += c.denominator[k];
    } else {
      if (std::isnan(c.value[k])) complete = false;
      value += c.value[k];
    }
    cases += c.cases[k];  // NaN when any part lacks it: then the total lacks it too
    rounded = rounded || (c.flags[k] & planwerk::monitor::rounded) != 0;
  }
};

void put(Cube& c, std::size_t k, const Sum& s, bool ratio, double scale) {
  c.state[k] = State::derived;
  if (ratio) {
    c.numerator[k] = s.numerator;
    c.denominator[k] = s.denominator;
    c.value[k] = s.numerator / s.denominator * scale;
  } else {
    c.value[k] = s.value;
  }
  c.cases[k] = s.cases;
  if (s.rounded) c.flags[k] = static_cast<std::uint8_t>(c.flags[k] | planwerk::monitor::rounded);
}

// Everybody from the groups of a breakdown, at district d.
void from_groups(Cube& c, std::size_t d, bool ratio, double scale) {
  for (std::size_t p = 0; p < c.periods; ++p) {
    const std::size_t total = c.at(d, 0, p);
    if (c.state[total] != State::absent) continue;
    for (const auto& dimension : c.dimensions) {
      Sum s;
      for (std::size_t g : dimension) s.add(c, c.at(d, g, p), ratio);
      if (s.complete) {
        put(c, total, s, ratio, scale);
        break;
      }
    }
  }
}

}  // namespace

void complete_totals(Cube& c, int aggregation, double scale) {
  if (aggregation == v1::AGGREGATION_NONE || aggregation == v1::AGGREGATION_UNSPECIFIED) return;
  const bool ratio = aggregation == v1::AGGREGATION_RATIO;
  for (std::size_t d = 1; d < c.districts; ++d) from_groups(c, d, ratio, scale);
  if (c.districts > 1) {
    for (std::size_t g = 0; g < c.groups; ++g) {
      for (std::size_t p = 0; p < c.periods; ++p) {
        const std::size_t total = c.at(0, g, p);
        if (c.state[total] != State::absent) continue;
        Sum s;
        for (std::size_t d = 1; d < c.districts && s.complete; ++d) s.add(c, c.at(d, g, p), ratio);
        if (s.complete) put(c, total, s, ratio, scale);
      }
    }
  }
  from_groups(c, 0, ratio, scale);
}

}  // namespace planwerk::monitor::detail
