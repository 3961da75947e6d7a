// SPDX-License-Identifier: Apache-2.0
// The two ways through an evaluation (streaming sorted rows, the general
// cube) and the worker threads: on 200,000 rows, every way must give the same
// series and report a bad row as check does.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <tuple>

#include "planwerk/monitor/evaluate.hpp"
#include "support/text.hpp"

namespace planwerk::monitor {
namespace {

// 2 indicators x 50 districts x 40 groups (two breakdowns) x 50 years =
// 200,000 rows: enough for two workers, sorted by series.
struct Big {
  model::Concept plan;
  Observations rows;
};

Big big_sample() {
  v1::Concept doc;
  doc.set_id("big");
  for (int d = 0; d < 50; ++d) {
    auto* x = doc.add_districts();
    x->set_id("d" + std::to_string(d));
    x->set_name(x->id());
  }
  for (int i = 0; i < 2; ++i) {
    auto* ind = doc.add_indicators();
    ind->set_id("i" + std::to_string(i));
    ind->set_title("I");
    ind->set_measure_type(i == 0 ? v1::MEASURE_TYPE_PERCENTAGE : v1::MEASURE_TYPE_COUNT);
    ind->set_polarity(v1::POLARITY_HIGHER_IS_BETTER);
    auto* t = ind->add_targets();
    t->set_value(60);
    t->set_date("2030-01-01");
  }
  Big big{model::from_proto(doc), {}};
  Observations& o = big.rows;
  for (int g = 0; g < 40; ++g) o.groups.push_back((g < 20 ? "a:" : "b:") + std::to_string(g));
  for (int i = 0; i < 2; ++i)
    for (int d = 0; d < 50; ++d)
      for (int g = 0; g < 40; ++g)
        for (int y = 0; y < 50; ++y) {
          o.indicator.push_back(i);
          o.district.push_back(d);
          o.group.push_back(g);
          o.period.push_back(year_period(1980 + y));
          const double den = 50 + (d * 7 + g * 3 + y) % 40, num = std::floor(den * (0.2 + 0.005 * y + 0.01 * (g % 5)));
          o.value.push_back(i == 0 ? std::nan("") : num);
          o.numerator.push_back(i == 0 ? num : std::nan(""));
          o.denominator.push_back(i == 0 ? den : std::nan(""));
          o.flags.push_back(y == 30 && g == 3 ? series_break : 0);
        }
  return big;
}

// The series as a set of (indicator, district, group, slope, attainment):
// the paths order series differently.
std::vector<std::tuple<std::int32_t, std::int32_t, std::int32_t, double, double>> keyed(const Result& r) {
  std::vector<std::tuple<std::int32_t, std::int32_t, std::int32_t, double, double>> out;
  for (std::size_t k = 0; k < r.series.rows(); ++k)
    out.emplace_back(r.series["indicator"].codes()[k], r.series["district"].codes()[k], r.series["group"].codes()[k],
                     r.series["slope"].reals()[k], r.series["attainment"].reals()[k]);
  std::sort(out.begin(), out.end());
  return out;
}

void expect_same_series(const Result& a, const Result& b) {
  const auto ka = keyed(a), kb = keyed(b);
  ASSERT_EQ(ka.size(), kb.size());
  for (std::size_t k = 0; k < ka.size(); ++k) {
    EXPECT_EQ(std::get<0>(ka[k]), std::get<0>(kb[k]));
    EXPECT_EQ(std::get<1>(ka[k]), std::get<1>(kb[k]));
    EXPECT_EQ(std::get<2>(ka[k]), std::get<2>(kb[k]));
    EXPECT_NEAR(std::get<3>(ka[k]), std::get<3>(kb[k]), 1e-9);
    EXPECT_NEAR(std::get<4>(ka[k]), std::get<4>(kb[k]), 1e-9);
  }
}

// The streaming path, asking for cells the general one; one or two threads.
TEST(Paths, StreamingGeneralAndThreadsAgree) {
  const Big big = big_sample();
  const auto& plan = big.plan;
  const Observations& o = big.rows;
  Options one, two, general;
  one.threads = 1;
  two.threads = 2;
  general.cells = true;
  const Result a = evaluate(plan, o.view(), one), b = evaluate(plan, o.view(), two), c = evaluate(plan, o.view(), general);
  ASSERT_EQ(a.series.rows(), b.series.rows());
  ASSERT_EQ(a.series.rows(), c.series.rows());
  // 2 x (50 x 40 observed + 50 district totals + 40 + 1 municipal) = 4,182 series
  EXPECT_EQ(a.series.rows(), 4182u);
  EXPECT_EQ(a.series["slope"].reals(), b.series["slope"].reals());
  expect_same_series(a, c);
  EXPECT_EQ(a.totals.rows(), c.totals.rows());
}

// Sorted rows are checked while they stream by; what evaluate reports for a
// bad row must be what check reports (the first bad row of all), whichever
// worker meets it and whichever path its indicator takes.
TEST(Paths, EvaluateReportsTheFirstBadRowAsCheckDoes) {
  const Big big = big_sample();
  constexpr double inf = std::numeric_limits<double>::infinity();
  // Row 100000 starts the second indicator (the second worker's part).
  struct Case {
    const char* what;
    std::function<void(Observations&)> spoil;
    const char* message;
  };
  const std::vector<Case> cases{
      {"indicator code", [](Observations& o) { o.indicator[150000] = 5; }, "row 150000, column indicator"},
      {"district code", [](Observations& o) { o.district[150000] = 77; }, "row 150000, column district"},
      {"group code", [](Observations& o) { o.group[120000] = 99; }, "row 120000, column group"},
      {"day", [](Observations& o) { o.period[150000] = 20241399; }, "row 150000, column period"},
      {"negative year", [](Observations& o) { o.period[150000] = -10000; }, "row 150000, column period"},
      {"infinite numerator", [](Observations& o) { o.numerator[7] = inf; }, "row 7, column numerator"},
      {"zero denominator", [](Observations& o) { o.denominator[7] = 0; }, "row 7, column denominator"},
      {"half a ratio", [](Observations& o) { o.denominator[99999] = std::nan(""); }, "row 99999, column denominator"},
      {"no value", [](Observations& o) { o.value[150000] = std::nan(""); }, "row 150000, column value"},
      {"two bad rows, first in the first part",
       [](Observations& o) {
         o.denominator[190000] = 0;
         o.denominator[10] = -1;
       },
       "row 10, column denominator"},
      {"a small cell, then a bad row",
       [](Observations& o) {
         o.numerator[100] = 1;  // below 3 cases: the indicator takes the general path
         o.denominator[5000] = 0;
       },
       "row 5000, column denominator"},
      {"a duplicate", [](Observations& o) { o.period[150001] = o.period[150000]; }, "a second observation"},
  };
  for (const auto& c : cases) {
    Observations spoilt = big.rows;
    c.spoil(spoilt);
    std::string checked, evaluated;
    ASSERT_EQ(test::error_code_of([&] { check(big.plan, spoilt.view()); }, &checked), ErrorCode::invalid_argument)
        << c.what;
    EXPECT_NE(checked.find(c.message), std::string::npos) << c.what << ": " << checked;
    for (std::size_t threads : {1, 2}) {
      for (bool cells : {false, true}) {
        Options options;
        options.threads = threads;
        options.cells = cells;
        EXPECT_EQ(test::error_code_of([&] { evaluate(big.plan, spoilt.view(), options); }, &evaluated),
                  ErrorCode::invalid_argument)
            << c.what;
        EXPECT_EQ(evaluated, checked) << c.what << ", threads " << threads << ", cells " << cells;
      }
    }
  }
}

// The rows in order of indicator, district, group and period.
Observations sorted_copy(const Observations& o) {
  std::vector<std::size_t> order(o.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  auto key = [&](std::size_t i) { return std::tuple(o.indicator[i], o.district[i], o.group[i], o.period[i]); };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  Observations out;
  out.groups = o.groups;
  auto take = [&](auto& into, const auto& from) {
    if (from.empty()) return;
    for (std::size_t i : order) into.push_back(from[i]);
  };
  take(out.indicator, o.indicator), take(out.district, o.district), take(out.group, o.group);
  take(out.period, o.period), take(out.value, o.value), take(out.numerator, o.numerator);
  take(out.denominator, o.denominator), take(out.cases, o.cases), take(out.flags, o.flags);
  take(out.status, o.status);
  return out;
}

// The rows `keep` says yes to.
template <class Keep>
Observations filtered(const Observations& o, Keep keep) {
  Observations out;
  out.groups = o.groups;
  for (std::size_t i = 0; i < o.size(); ++i) {
    if (!keep(i)) continue;
    out.indicator.push_back(o.indicator[i]), out.district.push_back(o.district[i]), out.group.push_back(o.group[i]);
    out.period.push_back(o.period[i]), out.value.push_back(o.value[i]), out.numerator.push_back(o.numerator[i]);
    out.denominator.push_back(o.denominator[i]), out.flags.push_back(o.flags[i]);
  }
  return out;
}

// Options::columns: the keys and the columns asked for, each with the values
// of the full frame, on both paths; unknown names and trend columns without
// trends are errors.
TEST(Paths, ChosenColumns) {
  const Big big = big_sample();
  Options chosen;
  chosen.columns = {"status", "slope", "attainment"};
  for (bool cells : {false, true}) {
    Options all;
    all.cells = cells;
    chosen.cells = cells;
    const Result full = evaluate(big.plan, big.rows.view(), all), lean = evaluate(big.plan, big.rows.view(), chosen);
    std::vector<std::string> names;
    for (const auto& c : lean.series) names.push_back(c.name());
    // The frame's own order, not the order asked in.
    EXPECT_EQ(names, (std::vector<std::string>{"indicator", "district", "group", "attainment", "status", "slope"}));
    ASSERT_EQ(lean.series.rows(), full.series.rows());
    for (const char* name : {"indicator", "district", "group", "status"})
      EXPECT_EQ(lean.series[name].codes(), full.series[name].codes()) << name;
    auto same = [](const std::vector<double>& a, const std::vector<double>& b) {
      return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                        [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); });
    };
    EXPECT_TRUE(same(lean.series["attainment"].reals(), full.series["attainment"].reals()));
    EXPECT_TRUE(same(lean.series["slope"].reals(), full.series["slope"].reals()));
    EXPECT_EQ(lean.totals.rows(), full.totals.rows());
    EXPECT_TRUE(same(lean.rollup["score"].reals(), full.rollup["score"].reals()));
  }
  std::string message;
  chosen.columns = {"slope", "slop"};
  EXPECT_EQ(test::error_code_of([&] { evaluate(big.plan, big.rows.view(), chosen); }, &message),
            ErrorCode::invalid_argument);
  EXPECT_NE(message.find("\"slop\" is no series column (they are points, first_period"), std::string::npos) << message;
  chosen.columns = {"trend"};
  chosen.trends = false;
  EXPECT_EQ(test::error_code_of([&] { evaluate(big.plan, big.rows.view(), chosen); }, &message),
            ErrorCode::invalid_argument);
  EXPECT_NE(message.find("\"trend\" needs Options.trends"), std::string::npos) << message;
}

// The stream starts on the periods and groups of the first district; later
// districts that bring more make it start again on all of them. Against the
// general path (asking for cells), with one and two threads.
TEST(Paths, LaterDistrictsWithMorePeriodsAndGroups) {
  const Big big = big_sample();
  // District d0 lacks group 5 and the year 2029.
  const Observations sparse = filtered(big.rows, [&](std::size_t i) {
    return !(big.rows.district[i] == 0 && (big.rows.group[i] == 5 || big.rows.period[i] == year_period(2029)));
  });
  // District d0 has nothing up to 2000, the date of the evaluation.
  const Observations late = filtered(big.rows, [&](std::size_t i) {
    return !(big.rows.district[i] == 0 && big.rows.period[i] <= year_period(2000));
  });
  for (const auto& [rows, as_of] : {std::pair(&sparse, 0), std::pair(&late, year_period(2000))}) {
    Options general;
    general.cells = true;
    general.as_of = as_of;
    const Result expected = evaluate(big.plan, rows->view(), general);
    for (std::size_t threads : {1, 2}) {
      Options options;
      options.threads = threads;
      options.as_of = as_of;
      const Result streamed = evaluate(big.plan, rows->view(), options);
      EXPECT_EQ(streamed.series.rows(), expected.series.rows());
      EXPECT_EQ(streamed.totals.rows(), expected.totals.rows());
      expect_same_series(streamed, expected);
    }
  }
  // With d0 lacking group 5, per indicator: 50 x 40 - 1 observed series;
  // 50 district totals (d0's from the complete "b" breakdown); 39 municipal
  // groups (group 5 cannot be summed without d0); the municipality: 2,089,
  // 4,178 for both indicators.
  EXPECT_EQ(evaluate(big.plan, sparse.view()).series.rows(), 4178u);
}

// The first worker makes room for the others' rows by its own count per
// indicator; more or fewer rows there must join all the same.
TEST(Paths, WorkersWithUnevenShares) {
  const Big big = big_sample();
  for (std::int32_t thinned : {0, 1}) {
    // The thinned indicator keeps 10 of its 50 districts.
    const Observations rows = filtered(big.rows, [&](std::size_t i) {
      return big.rows.indicator[i] != thinned || big.rows.district[i] < 10;
    });
    Options one, two;
    one.threads = 1;
    two.threads = 2;
    const Result a = evaluate(big.plan, rows.view(), one), b = evaluate(big.plan, rows.view(), two);
    // 50 x 40 + 50 + 40 + 1 = 2,091 series for the whole indicator; thinned
    // 10 x 40 + 10 = 410 (the municipality's totals need all 50 districts).
    EXPECT_EQ(a.series.rows(), 2091u + 410u);
    ASSERT_EQ(b.series.rows(), a.series.rows());
    EXPECT_EQ(b.series["indicator"].codes(), a.series["indicator"].codes());
    EXPECT_EQ(b.series["district"].codes(), a.series["district"].codes());
    EXPECT_EQ(b.series["slope"].reals(), a.series["slope"].reals());
    EXPECT_EQ(b.totals["value"].reals(), a.totals["value"].reals());
  }
}

// Rows out of order (inside an indicator, and between indicators with the
// first and last rows in order, which defeats the binary search) go the
// general way, with the results of the same rows sorted.
TEST(Paths, RowsOutOfOrderGiveTheSameSeries) {
  const Big big = big_sample();
  Observations swapped = big.rows;
  // Two years of one series of the second indicator trade places.
  std::swap(swapped.period[150000], swapped.period[150001]);
  std::swap(swapped.value[150000], swapped.value[150001]);
  std::swap(swapped.flags[150000], swapped.flags[150001]);
  // The first indicator's last row becomes the municipality's, which sorts first.
  swapped.district[99999] = -1;
  // A row of each indicator trades places with one of the other (the rows
  // still start with the first indicator and end with the second).
  auto trade = [](auto& column, std::size_t a, std::size_t b) { std::swap(column[a], column[b]); };
  for (auto* column : {&swapped.indicator, &swapped.district, &swapped.group}) trade(*column, 50000, 160000);
  trade(swapped.period, 50000, 160000), trade(swapped.value, 50000, 160000), trade(swapped.flags, 50000, 160000);
  trade(swapped.numerator, 50000, 160000), trade(swapped.denominator, 50000, 160000);
  const Observations sorted = sorted_copy(swapped);
  ASSERT_EQ(sorted.district[0], -1);
  for (std::size_t threads : {1, 2}) {
    Options options;
    options.threads = threads;
    const Result a = evaluate(big.plan, sorted.view(), options), b = evaluate(big.plan, swapped.view(), options);
    // Still 4,182 series: d49's group 39 keeps 49 of its 50 years, and the
    // municipality's group 39 (derived from the districts before) has a row.
    EXPECT_EQ(a.series.rows(), 4182u);
    expect_same_series(a, b);
  }
}

}  // namespace
}  // namespace planwerk::monitor
