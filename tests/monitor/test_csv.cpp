// SPDX-License-Identifier: Apache-2.0
// The observation CSV reader on awkward input: many groups, comments,
// byte order marks, long lines.
#include <gtest/gtest.h>

#include <cmath>

#include "planwerk/monitor/observations.hpp"
#include "planwerk/v1/observations.pb.h"
#include "support/text.hpp"

namespace planwerk::monitor {
namespace {

model::Concept one_indicator() { return test::concept_from(R"(id: "c" indicators { id: "i" })"); }

TEST(Csv, TwoHundredThousandGroupsAreCodedInLinearTime) {
  // Group codes were found by a linear search: minutes for 2 * 10^5 labels.
  std::string text = "indicator,group,period,value\n";
  for (int g = 0; g < 200000; ++g) text += "i,g" + std::to_string(g) + ",2020,1\n";
  const auto rows = read_csv(one_indicator(), text, "groups.csv");
  ASSERT_EQ(rows.groups.size(), 200000u);
  EXPECT_EQ(rows.groups[123456], "g123456");
  EXPECT_EQ(rows.group[123456], 123456);
  Observations o;
  EXPECT_EQ(o.group_code("a"), 0);
  EXPECT_EQ(o.group_code("b"), 1);
  EXPECT_EQ(o.group_code("a"), 0);
  EXPECT_EQ(o.group_code(""), -1);
}

TEST(Csv, TheHeaderDecidesTheDialectPastAByteOrderMarkAndComments) {
  const auto plan = one_indicator();
  // A semicolon in the comment above a comma header: plain.
  const auto rows = read_csv(plan, "\xEF\xBB\xBF# Quelle; Stadt\nindicator,period,value\ni,2020,2.5\n", "bom.csv");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows.value[0], 2.5);
  // A comment without a final newline and nothing else: no header, at once.
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { read_csv(plan, "#abc", "c.csv"); }, &message), ErrorCode::parse);
  EXPECT_EQ(message, "c.csv: no header line");
}

TEST(Csv, ALongLineIsRefusedWithoutKeepingItsFields) {
  const auto plan = one_indicator();
  // 10^7 commas: 10^7 + 1 fields, of which at most 4 are kept.
  const std::string text = "indicator,period,value\n" + std::string(10'000'000, ',');
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { read_csv(plan, text, "wide.csv"); }, &message), ErrorCode::parse);
  EXPECT_EQ(message, "wide.csv line 2: 10000001 fields, the header has 3");
  const std::string header = std::string(20, ',') + "\n";
  EXPECT_EQ(test::error_code_of([&] { read_csv(plan, header, "wide.csv"); }, &message), ErrorCode::parse);
  EXPECT_NE(message.find("the header has 21 columns; there are 10 kinds"), std::string::npos) << message;
}

TEST(Csv, QuotedFieldsKeepSeparatorsQuotesAndLineBreaks) {
  const auto plan = test::concept_from(R"(id: "c" indicators { id: "i" })");
  const auto rows = read_csv(plan, "indicator,group,period,value\ni,\"a,\"\"b\"\"\nc\",2020,1\ni,,2021,2\n", "q.csv");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows.groups[0], "a,\"b\"\nc");
  EXPECT_EQ(rows.lines[1], 4u);  // the quoted line break counts
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { read_csv(plan, "indicator,period,value\ni,\"2020", "open.csv"); }, &message),
            ErrorCode::parse);
  EXPECT_EQ(message, "open.csv line 2: a quoted field is not closed");
}

// A view copied into owned columns: given columns as they are, absent ones
// filled (NaN for numbers, 0 for flags and status), lines counted from 1.
TEST(Csv, OfficialValuesAsTheOfficesWriteThem) {
  auto value = [](std::string_view s, bool comma = true) {
    const auto v = parse_official_value(s, comma);
    return v ? v->value : -999.0;
  };
  EXPECT_EQ(value("1.234,5"), 1234.5);
  EXPECT_EQ(value("-12,25"), -12.25);
  EXPECT_EQ(value(" 7 "), 7);
  EXPECT_EQ(value("1.234.567"), 1234567);
  EXPECT_EQ(value("143.6", false), 143.6);  // the cube file's decimal point
  EXPECT_EQ(value("-"), 0);
  EXPECT_TRUE(parse_official_value("12,3 p")->provisional);
  EXPECT_EQ(parse_official_value("/")->status, v1::VALUE_STATUS_UNCERTAIN);
  EXPECT_TRUE(std::isnan(value("...")));
  for (const char* bad : {"1.23", "12.3456", "1,2,3", "+5", "", "abc", ",5x", "1e400"})
    EXPECT_FALSE(parse_official_value(bad).has_value()) << bad;
  EXPECT_FALSE(parse_official_value("1,5", false).has_value());
}

TEST(Observations, CopyOfAViewFillsAbsentColumns) {
  const std::vector<std::int32_t> indicator{0, 0}, district{-1, 1}, group{-1, 0};
  const std::vector<Period> period{20200000, 20210000};
  const std::vector<double> value{1.5, 2.5};
  const std::vector<std::string> groups{"sex:f"};
  ObservationView v;
  v.indicator = indicator;
  v.district = district;
  v.group = group;
  v.period = period;
  v.value = value;
  v.groups = groups;
  const Observations o = Observations::copy_of(v);
  EXPECT_EQ(o.size(), 2u);
  EXPECT_EQ(o.district, district);
  EXPECT_EQ(o.value, value);
  ASSERT_EQ(o.numerator.size(), 2u);
  EXPECT_TRUE(std::isnan(o.numerator[1]) && std::isnan(o.cases[0]));
  EXPECT_EQ(o.flags, (std::vector<std::uint8_t>{0, 0}));
  EXPECT_EQ(o.status, (std::vector<std::uint8_t>{0, 0}));
  EXPECT_EQ(o.groups, groups);
  EXPECT_EQ(o.lines, (std::vector<std::uint32_t>{1, 2}));
  // An empty view is an empty copy, every column empty.
  EXPECT_EQ(Observations::copy_of(ObservationView{}).size(), 0u);
  EXPECT_TRUE(Observations::copy_of(ObservationView{}).value.empty());
}

}  // namespace
}  // namespace planwerk::monitor
