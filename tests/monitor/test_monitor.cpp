// SPDX-License-Identifier: Apache-2.0
// Observations in, evaluation out: CSV dialects and errors, totals, suppression,
// series, roll-ups, comparisons and process monitoring on hand-built cases.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <utility>

#include "planwerk/monitor/compare.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/monitor/process.hpp"
#include "support/text.hpp"
#include "planwerk/v1/observations.pb.h"

namespace planwerk::monitor {
namespace {

const char* const concept_text = R"(
  id: "c" period_start: "2020-01-01" period_end: "2030-12-31"
  action_fields { id: "af" title: "Feld" }
  goals { id: "g" kind: GOAL_KIND_STRATEGIC title: "Ziel" action_field_id: "af" }
  goals { id: "g2" kind: GOAL_KIND_OPERATIONAL title: "Teilziel" parent_goal_id: "g" }
  districts { id: "a" name: "A" } districts { id: "b" name: "B" } districts { id: "c" name: "C" }
  indicators {
    id: "quote" title: "Quote" unit: "%" measure_type: MEASURE_TYPE_PERCENTAGE polarity: POLARITY_HIGHER_IS_BETTER
    numerator: "n" denominator: "d" goal_ids: "g2"
    baselines { value: 20 date: "2020-01-01" } targets { value: 40 date: "2030-01-01" }
  }
  indicators {
    id: "index" title: "Index" measure_type: MEASURE_TYPE_INDEX polarity: POLARITY_LOWER_IS_BETTER goal_ids: "g"
    baselines { value: 30 date: "2020-01-01" } targets { value: 20 date: "2030-01-01" }
  }
)";

// 2020: every cell 20 %, but c/f rests on 2 people. 2022: every cell 30 %.
const char* const data = R"(indicator,district,group,period,numerator,denominator,value
quote,a,sex:f,2020,10,50,
quote,a,sex:m,2020,12,60,
quote,b,sex:f,2020,20,100,
quote,b,sex:m,2020,18,90,
quote,c,sex:f,2020,2,10,
quote,c,sex:m,2020,8,40,
quote,a,sex:f,2022,15,50,
quote,a,sex:m,2022,18,60,
quote,b,sex:f,2022,30,100,
quote,b,sex:m,2022,27,90,
quote,c,sex:f,2022,3,10,
quote,c,sex:m,2022,12,40,
index,,,2020,,,30
index,,,2022,,,26
)";

struct Fixture : ::testing::Test {
  model::Concept plan = test::concept_from(concept_text);
};

std::size_t find_row(const Frame& f, std::initializer_list<std::pair<const char*, std::string>> keys,
                     std::int64_t period = -1) {
  for (std::size_t r = 0; r < f.rows(); ++r) {
    bool all = period < 0 || f["period"].integers()[r] == period;
    for (const auto& [column, label] : keys) {
      const auto& c = f[column];
      all = all && c.labels()[static_cast<std::size_t>(c.codes()[r])] == label;
    }
    if (all) return r;
  }
  return f.rows();
}

TEST_F(Fixture, TotalsAreSumsOfNumeratorsAndDenominators) {
  Options o;
  o.min_cases = 0;
  const auto obs = read_csv(plan, data, "data.csv");
  const Result r = evaluate(plan, obs.view(), o);
  // Municipality, everybody, 2022: (15+18+30+27+3+12) / (50+60+100+90+10+40) = 105 / 350 = 30 %
  const auto k = find_row(r.totals, {{"indicator", "quote"}, {"district", ""}, {"group", ""}}, 20220000);
  ASSERT_LT(k, r.totals.rows());
  EXPECT_DOUBLE_EQ(r.totals["numerator"].reals()[k], 105);
  EXPECT_DOUBLE_EQ(r.totals["denominator"].reals()[k], 350);
  EXPECT_DOUBLE_EQ(r.totals["value"].reals()[k], 30);
  // District c, everybody, 2020: (2 + 8) / (10 + 40) = 20 %
  const auto c = find_row(r.totals, {{"indicator", "quote"}, {"district", "c"}, {"group", ""}}, 20200000);
  EXPECT_DOUBLE_EQ(r.totals["value"].reals()[c], 20);
  // The index is not added up: no totals for it.
  EXPECT_EQ(find_row(r.totals, {{"indicator", "index"}}), r.totals.rows());
}

TEST_F(Fixture, HeadlineSeriesEvaluation) {
  const auto obs = read_csv(plan, data, "data.csv");
  const Result r = evaluate(plan, obs.view());
  const auto k = find_row(r.series, {{"indicator", "quote"}, {"district", ""}, {"group", ""}});
  ASSERT_LT(k, r.series.rows());
  const auto& s = r.series;
  EXPECT_EQ(s["points"].integers()[k], 2);
  EXPECT_DOUBLE_EQ(s["latest_value"].reals()[k], 30);
  // (30 - 20) / (40 - 20) = 0.5; default goalposts 20..40: score 50, the midpoint: yellow
  EXPECT_DOUBLE_EQ(s["attainment"].reals()[k], 0.5);
  EXPECT_DOUBLE_EQ(s["score"].reals()[k], 50);
  EXPECT_EQ(s["status"].codes()[k], static_cast<int>(Light::yellow));
  // Slope (30 - 20) / 2 = 5 a year; at 2030: 30 + 5 * 8 = 70 >= 40: on track
  EXPECT_DOUBLE_EQ(s["slope"].reals()[k], 5);
  EXPECT_NEAR(s["projected"].reals()[k], 70, 1e-9);
  EXPECT_EQ(s["outlook"].codes()[k], static_cast<int>(Outlook::on_track));
  // Open SDG: CAGR 1.5^(1/2) - 1 = 0.2247 against 2^(1/10) - 1 = 0.0718: R = 3.13, on track, score 5
  EXPECT_NEAR(s["progress"].reals()[k], (std::sqrt(1.5) - 1) / (std::pow(2.0, 0.1) - 1), 1e-12);
  EXPECT_EQ(s["progress_category"].codes()[k], static_cast<int>(Progress::on_track));
  EXPECT_DOUBLE_EQ(s["progress_score"].reals()[k], 5);
  // Falling index 30 -> 26, target 20: (26 - 30) / (20 - 30) = 0.4
  const auto i = find_row(r.series, {{"indicator", "index"}});
  EXPECT_DOUBLE_EQ(s["attainment"].reals()[i], 0.4);
  EXPECT_DOUBLE_EQ(s["score"].reals()[i], 40);
  EXPECT_EQ(s["status"].codes()[i], static_cast<int>(Light::orange));
}

TEST_F(Fixture, SmallCellsAndThoseThatWouldRevealThemAreSuppressed) {
  Options o;
  o.cells = true;
  const auto obs = read_csv(plan, data, "data.csv");
  const Result r = evaluate(plan, obs.view(), o);
  auto state = [&](const char* d, const char* g, std::int64_t p) {
    const auto k = find_row(r.cells, {{"indicator", "quote"}, {"district", d}, {"group", g}}, p);
    EXPECT_LT(k, r.cells.rows()) << d << " " << g;
    return r.cells["suppressed"].codes()[k];
  };
  // c/f rests on 2 < 3 people (its numerator: no cases column). Withholding
  // it alone, the municipality's f total minus a/f and b/f would give it
  // away; the cheapest cover is c/m (8 people), then a/f (10) since the f
  // total still fixed c/f, then a/m (12) since the m total fixed c/m. The four
  // form a cycle: a/f + t, c/f - t, c/m + t, a/m - t fits every published sum.
  EXPECT_EQ(state("c", "sex:f", 20200000), 1);
  EXPECT_EQ(state("c", "sex:m", 20200000), 2);
  EXPECT_EQ(state("a", "sex:f", 20200000), 2);
  EXPECT_EQ(state("a", "sex:m", 20200000), 2);
  EXPECT_EQ(state("b", "sex:f", 20200000), 0);
  EXPECT_EQ(state("", "", 20200000), 0);
  EXPECT_EQ(state("c", "sex:f", 20220000), 0);  // 3 cases in 2022: published
  const auto k = find_row(r.cells, {{"indicator", "quote"}, {"district", "c"}, {"group", "sex:f"}}, 20200000);
  EXPECT_TRUE(std::isnan(r.cells["numerator"].reals()[k]));
  EXPECT_TRUE(std::isnan(r.cells["value"].reals()[k]));
  // The series of c/f has only its 2022 point left.
  const auto s = find_row(r.series, {{"indicator", "quote"}, {"district", "c"}, {"group", "sex:f"}});
  EXPECT_EQ(r.series["points"].integers()[s], 1);
}

TEST_F(Fixture, RollupWeightedMeanAndTwoWorst) {
  const auto obs = read_csv(plan, data, "data.csv");
  Result r = evaluate(plan, obs.view());
  // Goal g: quote (via g2, score 50, yellow) and index (score 40, orange):
  // mean 45; colours (3 + 2) / 2 = 2.5 -> 3, yellow.
  auto row = [&](const Result& x, const char* id) { return find_row(x.rollup, {{"id", id}}); };
  EXPECT_DOUBLE_EQ(r.rollup["score"].reals()[row(r, "g")], 45);
  EXPECT_EQ(r.rollup["status"].codes()[row(r, "g")], static_cast<int>(Light::yellow));
  EXPECT_EQ(r.rollup["indicators"].integers()[row(r, "g2")], 1);
  Options o;
  o.rule = RollupRule::two_worst;
  r = evaluate(plan, obs.view(), o);
  // Two worst: orange and yellow -> (2 + 3) / 2 = 2 (rounded down): orange
  EXPECT_EQ(r.rollup["status"].codes()[row(r, "g")], static_cast<int>(Light::orange));
  EXPECT_DOUBLE_EQ(r.rollup["score"].reals()[row(r, "af")], 45);
}

TEST_F(Fixture, MinimumShareWithData) {
  // Only the index has data: 1 of 2 indicators of g, below a 0.75 share.
  const auto obs = read_csv(plan, "indicator,period,value\nindex,2020,30\nindex,2022,26\n", "x.csv");
  Options o;
  o.min_share = 0.75;
  const Result r = evaluate(plan, obs.view(), o);
  const auto k = find_row(r.rollup, {{"id", "g"}});
  EXPECT_TRUE(std::isnan(r.rollup["score"].reals()[k]));
  EXPECT_EQ(r.rollup["with_data"].integers()[k], 1);
}

TEST_F(Fixture, GroupGapAndDistrictComparison) {
  const auto obs = read_csv(plan, data, "data.csv");
  Options o;
  o.cells = true;
  o.min_cases = 0;
  const Result r = evaluate(plan, obs.view(), o);
  // District b, 2022: f 30/100 = 30 %, m 27/90 = 30 %: no gap; 2020: 20 % each.
  const Frame gap = group_gap(r.cells, "quote", "sex:f", "sex:m", "b");
  ASSERT_EQ(gap.rows(), 2u);
  EXPECT_NEAR(gap["difference"].reals()[1], 0, 1e-12);
  EXPECT_NEAR(gap["parity"].reals()[1], 1, 1e-12);
  EXPECT_EQ(test::error_code_of([&] { group_gap(r.cells, "quote", "sex:x", "sex:m"); }), ErrorCode::not_found);
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { district_comparison(plan, r.cells, "nope"); }, &message), ErrorCode::not_found);
  EXPECT_NE(message.find("no indicator \"nope\" in the cells"), std::string::npos) << message;
  EXPECT_EQ(test::error_code_of([&] { district_comparison(plan, r.cells, "quote", "sex:x"); }, &message),
            ErrorCode::not_found);
  EXPECT_NE(message.find("no group \"sex:x\""), std::string::npos) << message;
  const Frame d = district_comparison(plan, r.cells, "quote");
  EXPECT_EQ(d.rows(), 3u);
  EXPECT_DOUBLE_EQ(d["city"].reals()[0], 30);
}

TEST(GapTrend, ClosingGap) {
  Frame gap;
  auto& p = gap.add("period", Column::Type::integer);
  auto& diff = gap.add("difference", Column::Type::real);
  p.integers() = {20200000, 20210000, 20220000};
  diff.reals() = {-6, -5, -3};  // |gap| 6, 5, 3: slope -1.5 a year: closing
  const GapTrend t = gap_trend(gap);
  EXPECT_TRUE(t.known);
  EXPECT_DOUBLE_EQ(t.slope, -1.5);
  EXPECT_EQ(t.closing, 1);
}

TEST_F(Fixture, CsvErrorsNameLineAndColumn) {
  std::string message;
  auto fails = [&](const std::string& text) {
    return test::error_code_of([&] { read_csv(plan, text, "obs.csv"); }, &message);
  };
  EXPECT_EQ(fails("indicator,period,value\nquote,2020,1\nnope,2021,2\n"), ErrorCode::invalid_argument);
  EXPECT_NE(message.find("obs.csv line 3, column 1 (indicator): no indicator \"nope\""), std::string::npos) << message;
  EXPECT_EQ(fails("indicator,district,period,value\nquote,z,2020,1\n"), ErrorCode::invalid_argument);
  EXPECT_NE(message.find("line 2, column 2 (district): no district \"z\""), std::string::npos) << message;
  EXPECT_EQ(fails("indicator,period,value\nquote,2020,abc\n"), ErrorCode::invalid_argument);
  EXPECT_NE(message.find("line 2, column 3 (value): \"abc\" is not a number"), std::string::npos) << message;
  EXPECT_EQ(fails("indicator,period,numerator,denominator\nquote,2020,1,0\n"), ErrorCode::invalid_argument);
  EXPECT_NE(message.find("obs.csv line 2, column denominator: must be above zero"), std::string::npos) << message;
  EXPECT_EQ(fails("indicator,period,value\nquote,2020,1\nquote,2021,1\nquote,2020,2\n"), ErrorCode::invalid_argument);
  EXPECT_NE(message.find("obs.csv line 4"), std::string::npos) << message;
  EXPECT_NE(message.find("the first is obs.csv line 2"), std::string::npos) << message;
  EXPECT_EQ(fails("indicator,period,colour\n"), ErrorCode::parse);
  EXPECT_NE(message.find("column 3: unknown column \"colour\""), std::string::npos) << message;
  EXPECT_EQ(fails("indicator,period,value\nquote,20x0,1\n"), ErrorCode::invalid_argument);
  EXPECT_EQ(fails("indicator,period,value\nquote,2020\n"), ErrorCode::parse);
  EXPECT_EQ(fails("indicator,period,value\n\"quote,2020,1\n"), ErrorCode::parse);
}

TEST_F(Fixture, OfficialDialect) {
  const auto obs = read_csv(plan,
                            "# Quelle: Statistisches Landesamt\n"
                            "Indikator;Sozialraum;Jahr;Wert;Zähler;Nenner\n"
                            "index;;2019;1.234,5;;\n"
                            "index;;2020;-;;\n"
                            "index;;2021;.;;\n"
                            "index;;2022;x;;\n"
                            "index;;2023;/;;\n"
                            "index;;2024;12,3 p;;\n"
                            "quote;a;2024;;3;1.000\n",
                            "amt.csv");
  ASSERT_EQ(obs.size(), 7u);
  EXPECT_DOUBLE_EQ(obs.value[0], 1234.5);
  EXPECT_DOUBLE_EQ(obs.value[1], 0);  // "-": exactly zero
  EXPECT_TRUE(std::isnan(obs.value[2]));
  EXPECT_EQ(obs.status[2], v1::VALUE_STATUS_UNKNOWN);
  EXPECT_EQ(obs.status[3], v1::VALUE_STATUS_NOT_MEANINGFUL);
  EXPECT_EQ(obs.status[4], v1::VALUE_STATUS_UNCERTAIN);
  EXPECT_DOUBLE_EQ(obs.value[5], 12.3);
  EXPECT_EQ(obs.flags[5], provisional);
  EXPECT_DOUBLE_EQ(obs.denominator[6], 1000);
  EXPECT_EQ(obs.lines[0], 3u);  // the comment and the header come first
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { read_csv(plan, "Indikator;Jahr;Wert\nindex;2020;1.23,4\n", "amt.csv"); }, &message),
            ErrorCode::invalid_argument);
  EXPECT_NE(message.find("\"1.23,4\" is not a number or a table symbol"), std::string::npos) << message;
}

TEST_F(Fixture, ProtobufRoundTripAndArrayChecks) {
  const auto obs = read_csv(plan, data, "data.csv");
  const auto set = observations_to_proto(plan, obs.view());
  ASSERT_EQ(set.observations_size(), 14);
  EXPECT_EQ(set.observations(0).group(), "sex:f");
  const auto back = observations_from_proto(plan, set);
  for (std::size_t k = 0; k < obs.size(); ++k)
    EXPECT_TRUE(back.numerator[k] == obs.numerator[k] || (std::isnan(back.numerator[k]) && std::isnan(obs.numerator[k])));
  EXPECT_EQ(back.groups, obs.groups);
  v1::ObservationSet bad = set;
  bad.mutable_observations(3)->set_district_id("zz");
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { observations_from_proto(plan, bad); }, &message), ErrorCode::invalid_argument);
  EXPECT_NE(message.find("observations[3].district_id"), std::string::npos) << message;
  // observations_to_proto checks the rows it writes.
  Observations broken = obs;
  broken.period[2] = 20241399;
  EXPECT_EQ(test::error_code_of([&] { observations_to_proto(plan, broken.view()); }, &message), ErrorCode::invalid_argument);
  EXPECT_NE(message.find("row 2, column period: 20241399 is neither a year"), std::string::npos) << message;
  // Arrays: a code out of range names the row.
  Observations arrays = obs;
  arrays.indicator[5] = 7;
  EXPECT_EQ(test::error_code_of([&] { check(plan, arrays.view()); }, &message), ErrorCode::invalid_argument);
  EXPECT_NE(message.find("row 5, column indicator"), std::string::npos) << message;
}

// The row rules are checked two ways (a block of rows column by column, and
// row by row for the message); both must agree with the rules as written
// here, on rows built from every awkward value, with and without the
// optional columns. A row is good exactly when check accepts it and
// evaluate does not refuse it.
TEST_F(Fixture, RowRulesAgreeWithTheirStatement) {
  const double nan = std::nan(""), inf = std::numeric_limits<double>::infinity();
  const std::vector<double> numbers{nan, inf, -inf, -1, 0, 0.5, 30};
  const std::vector<std::pair<Period, bool>> periods{
      {year_period(2020), true}, {20240229, true}, {20230229, false}, {20241399, false}, {-10000, false}};
  std::mt19937 random(20261122);
  auto pick = [&](const auto& list) { return list[random() % list.size()]; };
  int good_rows = 0, bad_rows = 0;
  for (int round = 0; round < 4000; ++round) {
    // Columns: value always or never, the ratio pair, cases and status optional.
    const bool has_value = random() % 4 != 0, has_ratio = !has_value || random() % 2 == 0;
    const bool has_cases = random() % 2 == 0, has_status = random() % 2 == 0;
    Observations o;
    o.groups = {"sex:f", "sex:m"};
    o.indicator.push_back(random() % 8 == 0 ? 2 : 0);  // the concept has 2 indicators
    o.district.push_back(static_cast<std::int32_t>(random() % 6) - 2);  // -2 .. 3; 3 districts
    o.group.push_back(static_cast<std::int32_t>(random() % 5) - 2);  // -2 .. 2; 2 groups
    const auto [period, real_period] = pick(periods);
    o.period.push_back(period);
    if (has_value) o.value.push_back(pick(numbers));
    if (has_ratio) {
      o.numerator.push_back(pick(numbers));
      o.denominator.push_back(pick(numbers));
    }
    if (has_cases) o.cases.push_back(pick(numbers));
    if (has_status) o.status.push_back(static_cast<std::uint8_t>(random() % 7));  // 0 .. 4 are statuses
    const double v = has_value ? o.value[0] : nan, num = has_ratio ? o.numerator[0] : nan;
    const double den = has_ratio ? o.denominator[0] : nan, cases = has_cases ? o.cases[0] : nan;
    const int status = has_status ? o.status[0] : 0;
    const bool good = o.indicator[0] < 2 && o.district[0] >= -1 && o.district[0] < 3 && o.group[0] >= -1 &&
                      o.group[0] < 2 && real_period && !std::isinf(v) && !std::isinf(num) &&
                      (std::isnan(den) || (den > 0 && den != inf)) && (std::isnan(cases) || (cases >= 0 && cases != inf)) &&
                      std::isnan(num) == std::isnan(den) && status <= 4 &&
                      (status != 0) == (std::isnan(v) && std::isnan(num));
    (good ? good_rows : bad_rows) += 1;
    const ErrorCode checked = test::error_code_of([&] { check(plan, o.view()); });
    EXPECT_EQ(checked, good ? ErrorCode::ok : ErrorCode::invalid_argument) << "round " << round;
    const ErrorCode evaluated = test::error_code_of([&] { evaluate(plan, o.view()); });
    EXPECT_EQ(evaluated, good ? ErrorCode::ok : ErrorCode::invalid_argument) << "round " << round;
  }
  // Both kinds were tried often.
  EXPECT_GT(good_rows, 100);
  EXPECT_GT(bad_rows, 100);
}

TEST_F(Fixture, RowOrderDoesNotMatter) {
  const auto obs = read_csv(plan, data, "data.csv");
  Observations reversed = obs;
  auto flip = [](auto& v) { std::reverse(v.begin(), v.end()); };
  flip(reversed.indicator), flip(reversed.district), flip(reversed.group), flip(reversed.period);
  flip(reversed.value), flip(reversed.numerator), flip(reversed.denominator), flip(reversed.cases);
  flip(reversed.flags), flip(reversed.status);
  const Result a = evaluate(plan, obs.view()), b = evaluate(plan, reversed.view());
  EXPECT_EQ(a.series["score"].reals().size(), b.series["score"].reals().size());
  for (std::size_t k = 0; k < a.series.rows(); ++k) {
    const double x = a.series["score"].reals()[k], y = b.series["score"].reals()[k];
    EXPECT_TRUE((std::isnan(x) && std::isnan(y)) || x == y);
  }
}

TEST_F(Fixture, SeriesBreakStartsTheTrendAfresh) {
  // 2018-2020 fall 30, 28, 26; a new definition from 2021 (break) rises 20, 22, 24.
  const auto obs = read_csv(plan,
                            "indicator,period,value,series_break\n"
                            "index,2018,30,\nindex,2019,28,\nindex,2020,26,\n"
                            "index,2021,20,1\nindex,2022,22,\nindex,2023,24,\n",
                            "b.csv");
  const Result r = evaluate(plan, obs.view());
  const auto k = find_row(r.series, {{"indicator", "index"}});
  EXPECT_EQ(r.series["points"].integers()[k], 6);
  // Only 2021-2023 count: slope +2 a year (lower is better: wrong direction);
  // over all six points it would be -1.54.
  EXPECT_DOUBLE_EQ(r.series["slope"].reals()[k], 2);
  EXPECT_EQ(r.series["outlook"].codes()[k], static_cast<int>(Outlook::wrong_direction));
}

TEST_F(Fixture, SingleDataPointMeetingTheTarget) {
  // One point, 18 <= target 20 (lower is better): achieved, though no trend can be fitted.
  const auto obs = read_csv(plan, "indicator,period,value\nindex,2024,18\n", "one.csv");
  const Result r = evaluate(plan, obs.view());
  const auto k = find_row(r.series, {{"indicator", "index"}});
  EXPECT_TRUE(std::isnan(r.series["slope"].reals()[k]));
  EXPECT_EQ(r.series["outlook"].codes()[k], static_cast<int>(Outlook::achieved));
  EXPECT_EQ(r.series["progress_category"].codes()[k], static_cast<int>(Progress::target_achieved));
  EXPECT_EQ(r.series["trend"].codes()[k], static_cast<int>(Trend::insufficient_data));
  // (18 - 30) / (20 - 30) = 1.2; score clipped to 100; green
  EXPECT_DOUBLE_EQ(r.series["attainment"].reals()[k], 1.2);
  EXPECT_DOUBLE_EQ(r.series["score"].reals()[k], 100);
  EXPECT_EQ(r.series["status"].codes()[k], static_cast<int>(Light::green));
}

TEST(Years, SubYearObservationsRollUpByAggregation) {
  const auto plan = test::concept_from(R"(
    id: "c"
    indicators { id: "rate" title: "R" measure_type: MEASURE_TYPE_PERCENTAGE numerator: "n" denominator: "d" }
    indicators { id: "count" title: "C" measure_type: MEASURE_TYPE_COUNT }
    indicators { id: "total" title: "T" measure_type: MEASURE_TYPE_COUNT aggregation: AGGREGATION_CUMULATIVE }
  )");
  const auto obs = read_csv(plan,
                            "indicator,period,value,numerator,denominator\n"
                            "rate,2024-03-31,,10,100\nrate,2024-06-30,,30,100\n"
                            "count,2024-03-31,5,,\ncount,2024-06-30,7,,\ncount,2025,9,,\n"
                            "total,2024-06-30,40,,\ntotal,2024-03-31,25,,\n",
                            "q.csv");
  const Observations years = to_years(plan, obs.view());
  ASSERT_EQ(years.size(), 4u);
  // rate 2024: (10 + 30) / (100 + 100) = 20 %
  EXPECT_EQ(years.period[0], year_period(2024));
  EXPECT_DOUBLE_EQ(years.numerator[0], 40);
  EXPECT_DOUBLE_EQ(years.value[0], 20);
  // count 2024: 5 + 7 = 12; 2025 passes through
  EXPECT_DOUBLE_EQ(years.value[1], 12);
  EXPECT_DOUBLE_EQ(years.value[2], 9);
  // running total 2024: the last day's value, 40 (of 30 June), not 65
  EXPECT_DOUBLE_EQ(years.value[3], 40);
  std::string message;
  const auto both = read_csv(plan, "indicator,period,value\ncount,2024,1\ncount,2024-05-01,2\n", "b.csv");
  EXPECT_EQ(test::error_code_of([&] { to_years(plan, both.view()); }, &message), ErrorCode::invalid_argument);
  EXPECT_NE(message.find("year 2024 is given as a year (row 0) and as days"), std::string::npos) << message;
}

TEST(Process, StatusCountsMilestonesAndParticipation) {
  const auto plan = test::concept_from(R"(
    id: "c" period_start: "2026-01-05" period_end: "2027-12-31"
    action_fields { id: "af" title: "F" }
    goals { id: "g" kind: GOAL_KIND_STRATEGIC title: "G" action_field_id: "af" }
    goals { id: "g1" kind: GOAL_KIND_OPERATIONAL title: "G1" parent_goal_id: "g" }
    measures { id: "m1" title: "M1" status: MEASURE_STATUS_IN_PROGRESS contributions { goal_id: "g1" } duration_days: 10 }
    measures { id: "m2" title: "M2" status: MEASURE_STATUS_COMPLETED contributions { goal_id: "g" } duration_days: 5 }
    milestones { id: "ms1" title: "on time" measure_id: "m1" due: "2026-03-01" achieved: "2026-02-20" }
    milestones { id: "ms2" title: "late" measure_id: "m1" due: "2026-04-01" achieved: "2026-04-15" }
    milestones { id: "ms3" title: "scheduled" measure_id: "m2" }
    participation_formats { id: "f" title: "Forum" }
    participation_events { id: "e1" title: "1" format_id: "f" date: "2026-02-01" participants: 40 feedback_score: 4 }
    participation_events { id: "e2" title: "2" format_id: "f" date: "2026-05-01" participants: 25 feedback_score: 3 }
    participation_events { id: "e3" title: "3" format_id: "f" date: "2027-05-01" participants: 99 }
  )");
  const Frame f = process_status(plan, model::Date(2026, 12, 31));
  const auto g = find_row(f, {{"id", "g"}});
  EXPECT_EQ(f["measures"].integers()[g], 2);  // m1 through g1, m2 directly
  EXPECT_EQ(f["in_progress"].integers()[g], 1);
  EXPECT_EQ(f["completed"].integers()[g], 1);
  // ms3 has no due day: the scheduled finish of m2 (5 working days from
  // 2026-01-05: 2026-01-09) counts, and it is not achieved.
  EXPECT_EQ(f["milestones_due"].integers()[g], 3);
  EXPECT_EQ(f["milestones_on_time"].integers()[g], 1);
  EXPECT_EQ(f["milestones_overdue"].integers()[g], 1);
  EXPECT_DOUBLE_EQ(f["on_time_share"].reals()[g], 1.0 / 3);
  const Frame p = participation(plan, model::Date(2026, 12, 31));
  ASSERT_EQ(p.rows(), 2u);
  EXPECT_EQ(p["participants"].integers()[1], 65);  // 40 + 25; e3 lies after the day
  EXPECT_DOUBLE_EQ(p["feedback_mean"].reals()[1], 3.5);
}

}  // namespace
}  // namespace planwerk::monitor
