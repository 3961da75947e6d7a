// SPDX-License-Identifier: Apache-2.0
// Small-cell suppression. Primary: a cell resting on fewer than k cases is
// withheld. Secondary: the published totals and the other cells of a
// breakdown form linear equations (total = sum of parts, for numerators,
// denominators, values and cases alike); while any withheld cell is fixed by
// them, one more cell of an equation it sits in is withheld, the one with
// the fewest cases, preferring inner cells to totals. "Fixed" is decided
// exactly: a withheld cell x_i is recoverable iff the unit vector e_i lies in
// the row space of the equations restricted to the unknown cells.
#include <algorithm>
#include <limits>

#include "cube.hpp"
#include "planwerk/monitor/observations.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/v1/concept.pb.h"

namespace planwerk::monitor::detail {
namespace {

using Equation = std::vector<std::size_t>;  // slice cells d * G + g; the first is the total

// The equations of one period's slice whose cells all exist and hold exact
// figures: where the office rounded a cell (to multiples of 5), total and
// parts do not add up, so the equation recovers no withheld cell exactly,
// and the office's rounding is the protection it publishes under.
std::vector<Equation> equations(const Cube& c, std::size_t p) {
  std::vector<Equation> out;
  auto exists = [&](std::size_t d, std::size_t g) {
    const std::size_t k = c.at(d, g, p);
    return c.state[k] != State::absent && (c.flags[k] & planwerk::monitor::rounded) == 0;
  };
  if (c.districts > 1) {
    for (std::size_t g = 0; g < c.groups; ++g) {
      Equation e{g};
      bool all = exists(0, g);
      for (std::size_t d = 1; d < c.districts && all; ++d) {
        all = exists(d, g);
        e.push_back(d * c.groups + g);
      }
      if (all) out.push_back(std::move(e));
    }
  }
  for (std::size_t d = 0; d < c.districts; ++d) {
    for (const auto& dimension : c.dimensions) {
      Equation e{d * c.groups};
      bool all = exists(d, 0);
      for (std::size_t g : dimension) {
        all = all && exists(d, g);
        e.push_back(d * c.groups + g);
      }
      if (all) out.push_back(std::move(e));
    }
  }
  return out;
}

// Which unknowns the equations determine: Gauss-Jordan on the equations
// restricted to the unknown cells (coefficients -1 for the total, +1 for
// parts); an unknown is determined iff its column is a pivot whose row has
// no other non-zero entry.
std::vector<bool> determined(const std::vector<Equation>& eqs, const std::vector<int>& unknown_column,
                             std::size_t unknowns) {
  std::vector<std::vector<double>> m;
  for (const auto& e : eqs) {
    std::vector<double> row(unknowns, 0.0);
    bool any = false;
    for (std::size_t k = 0; k < e.size(); ++k) {
      const int col = unknown_column[e[k]];
      if (col < 0) continue;
      row[static_cast<std::size_t>(col)] += k == 0 ? -1.0 : 1.0;
      any = true;
    }
    if (any) m.push_back(std::move(row));
  }
  constexpr double eps = 1e-9;
  std::vector<int> pivot_row(unknowns, -1);
  std::size_t r = 0;
  for (std::size_t col = 0; col < unknowns && r < m.size(); ++col) {
    std::size_t best = r;
    for (std::size_t i = r + 1; i < m.size(); ++i)
      if (std::abs(m[i][col]) > std::abs(m[best][col])) best = i;
    if (std::abs(m[best][col]) < eps) continue;
    std::swap(m[r], m[best]);
    const double pivot = m[r][col];
    for (double& x : m[r]) x /= pivot;
    for (std::size_t i = 0; i < m.size(); ++i) {
      if (i == r || std::abs(m[i][col]) < eps) continue;
      const double f = m[i][col];
      for (std::size_t k = 0; k < unknowns; ++k) m[i][k] -= f * m[r][k];
    }
    pivot_row[col] = static_cast<int>(r);
    ++r;
  }
  std::vector<bool> out(unknowns, false);
  for (std::size_t col = 0; col < unknowns; ++col) {
    if (pivot_row[col] < 0) continue;
    const auto& row = m[static_cast<std::size_t>(pivot_row[col])];
    bool alone = true;
    for (std::size_t k = 0; k < unknowns && alone; ++k)
      if (k != col && std::abs(row[k]) > eps) alone = false;
    out[col] = alone;
  }
  return out;
}

}  // namespace

void suppress(Cube& c, int aggregation, double min_cases, bool count_value) {
  if (!(min_cases > 0)) return;
  const bool ratio = aggregation == v1::AGGREGATION_RATIO;
  const bool additive = aggregation == v1::AGGREGATION_SUM || aggregation == v1::AGGREGATION_CUMULATIVE || ratio;
  const std::size_t slice = c.districts * c.groups;
  for (std::size_t p = 0; p < c.periods; ++p) {
    // Primary. The cases behind a cell: its cases, else for a ratio the
    // smaller of numerator and denominator, for a count its value.
    auto cases_of = [&](std::size_t k) {
      double n = c.cases[k];
      if (std::isnan(n) && ratio) n = std::min(c.numerator[k], c.denominator[k]);
      if (std::isnan(n) && count_value) n = std::abs(c.value[k]);
      return std::isnan(n) ? std::numeric_limits<double>::infinity() : n;
    };
    bool any = false;
    for (std::size_t s = 0; s < slice; ++s) {
      const std::size_t k = c.at(s / c.groups, s % c.groups, p);
      if (c.state[k] == State::absent || !(cases_of(k) < min_cases)) continue;
      c.suppressed[k] = static_cast<std::uint8_t>(Suppression::primary);
      any = true;
    }
    if (!any || !additive) continue;
    std::vector<double> cases(slice, std::numeric_limits<double>::infinity());
    for (std::size_t s = 0; s < slice; ++s) {
      const std::size_t k = c.at(s / c.groups, s % c.groups, p);
      if (c.state[k] != State::absent) cases[s] = cases_of(k);
    }
    // Secondary.
    const auto eqs = equations(c, p);
    for (;;) {
      std::vector<int> column(slice, -1);
      std::vector<std::size_t> unknown;
      for (std::size_t s = 0; s < slice; ++s) {
        const std::size_t k = c.at(s / c.groups, s % c.groups, p);
        const bool hidden = c.suppressed[k] != 0 ||
                            (c.state[k] != State::absent && std::isnan(ratio ? c.numerator[k] : c.value[k]));
        if (!hidden) continue;
        column[s] = static_cast<int>(unknown.size());
        unknown.push_back(s);
      }
      const auto fixed = determined(eqs, column, unknown.size());
      std::size_t exposed = slice;
      for (std::size_t u = 0; u < unknown.size() && exposed == slice; ++u)
        if (fixed[u] && c.suppressed[c.at(unknown[u] / c.groups, unknown[u] % c.groups, p)] != 0) exposed = unknown[u];
      if (exposed == slice) break;
      // The published cell with the fewest cases in an equation with the
      // exposed one; totals (district 0 or group 0) only when nothing else.
      // If its own equations hold no published cell, any equation with an
      // unknown in it will do.
      std::size_t pick = slice;
      for (int pass = 0; pass < 2 && pick == slice; ++pass) {
        double best = std::numeric_limits<double>::infinity();
        for (const auto& e : eqs) {
          const bool relevant = pass == 0 ? std::find(e.begin(), e.end(), exposed) != e.end()
                                          : std::any_of(e.begin(), e.end(), [&](std::size_t s) { return column[s] >= 0; });
          if (!relevant) continue;
          for (std::size_t s : e) {
            if (column[s] >= 0) continue;
            const bool margin = s / c.groups == 0 || s % c.groups == 0;
            const double cost = cases[s] + (margin ? 1e300 : 0.0);
            if (pick == slice || cost < best || (cost == best && s < pick)) {
              pick = s;
              best = cost;
            }
          }
        }
      }
      if (pick == slice) break;  // every cell of every equation is withheld already
      c.suppressed[c.at(pick / c.groups, pick % c.groups, p)] = static_cast<std::uint8_t>(Suppression::secondary);
    }
  }
}

}  // namespace planwerk::monitor::detail
