// SPDX-License-Identifier: Apache-2.0
// The monitoring benchmark's data: AREAS areas x INDICATORS ratio indicators
// x GROUPS groups x YEARS years, from integer formulas so that the C++
// benchmark and benchmarks/compare_monitor.py build the very same numbers.
// Rows come sorted by indicator, area, group, year (how statistical data is
// usually delivered).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "planwerk/model/convert.hpp"
#include "planwerk/monitor/observations.hpp"

namespace planwerk::bench {

struct MonitorShape {
  int areas = 400, indicators = 50, groups = 50, years = 10;
  std::size_t rows() const { return static_cast<std::size_t>(areas) * indicators * groups * years; }
};

// Numerator and denominator of a cell (also in compare_monitor.py).
inline std::int64_t denominator_of(int i, int a, int g, int y) { return 1000 + (a * 7 + g * 13 + i * 3 + y) % 500; }
inline std::int64_t numerator_of(int i, int a, int g, int y) {
  const std::int64_t d = denominator_of(i, a, g, y);
  const std::int64_t permille = 150 + 8 * y + (a + 2 * g + 3 * i) % 97;  // rising ~0.8 points a year
  return d * permille / 1000;
}

inline planwerk::model::Concept monitor_concept(const MonitorShape& s) {
  planwerk::v1::Concept doc;
  doc.set_id("bench");
  for (int a = 0; a < s.areas; ++a) {
    auto* d = doc.add_districts();
    d->set_id("a" + std::to_string(a));
    d->set_name(d->id());
  }
  for (int i = 0; i < s.indicators; ++i) {
    auto* ind = doc.add_indicators();
    ind->set_id("i" + std::to_string(i));
    ind->set_title(ind->id());
    ind->set_measure_type(planwerk::v1::MEASURE_TYPE_PERCENTAGE);
    ind->set_polarity(planwerk::v1::POLARITY_HIGHER_IS_BETTER);
    ind->set_numerator("n");
    ind->set_denominator("d");
    auto* b = ind->add_baselines();
    b->set_value(15 + i % 5);
    b->set_date("2015-01-01");
    auto* t = ind->add_targets();
    t->set_value(35 + i % 7);
    t->set_date("2030-01-01");
  }
  return planwerk::model::from_proto(doc);
}

inline planwerk::monitor::Observations monitor_rows(const MonitorShape& s) {
  planwerk::monitor::Observations o;
  const std::size_t n = s.rows();
  o.indicator.reserve(n);
  o.district.reserve(n);
  o.group.reserve(n);
  o.period.reserve(n);
  o.numerator.reserve(n);
  o.denominator.reserve(n);
  for (int g = 0; g < s.groups; ++g) o.groups.push_back("g:" + std::to_string(g));
  for (int i = 0; i < s.indicators; ++i)
    for (int a = 0; a < s.areas; ++a)
      for (int g = 0; g < s.groups; ++g)
        for (int y = 0; y < s.years; ++y) {
          o.indicator.push_back(i);
          o.district.push_back(a);
          o.group.push_back(g);
          o.period.push_back(planwerk::monitor::year_period(2015 + y));
          o.numerator.push_back(static_cast<double>(numerator_of(i, a, g, y)));
          o.denominator.push_back(static_cast<double>(denominator_of(i, a, g, y)));
        }
  return o;
}

}  // namespace planwerk::bench
