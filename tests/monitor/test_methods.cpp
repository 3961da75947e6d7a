// SPDX-License-Identifier: Apache-2.0
// The evaluation methods on hand-computed cases.
#include <gtest/gtest.h>

#include <vector>

#include "planwerk/monitor/methods.hpp"
#include "planwerk/monitor/period.hpp"

namespace planwerk::monitor {
namespace {

TEST(Attainment, RisingIndicatorPartWay) {
  // (24 - 18) / (30 - 18) = 6 / 12 = 0.5
  EXPECT_DOUBLE_EQ(attainment(18, 30, 24, 1), 0.5);
}

TEST(Attainment, FallingPolarity) {
  // lower is better: (11 - 14) / (9 - 14) = -3 / -5 = 0.6
  EXPECT_DOUBLE_EQ(attainment(14, 9, 11, -1), 0.6);
}

TEST(Attainment, BeyondTargetAndBehindBaselineAreNotClipped) {
  // (33 - 18) / 12 = 1.25; (15 - 18) / 12 = -0.25
  EXPECT_DOUBLE_EQ(attainment(18, 30, 33, 1), 1.25);
  EXPECT_DOUBLE_EQ(attainment(18, 30, 15, 1), -0.25);
}

TEST(Attainment, ZeroBaselineNeedsNoSpecialCase) {
  // (4 - 0) / (10 - 0) = 0.4
  EXPECT_DOUBLE_EQ(attainment(0, 10, 4, 1), 0.4);
}

TEST(Attainment, RatesAboveOneHundredPercent) {
  // A rate can exceed 100 % (e.g. cases per resident): (130 - 90) / (110 - 90) = 2
  EXPECT_DOUBLE_EQ(attainment(90, 110, 130, 1), 2.0);
}

TEST(Attainment, MixedSignValues) {
  // A balance from -20 to +10: (-5 - -20) / (10 - -20) = 15 / 30 = 0.5
  EXPECT_DOUBLE_EQ(attainment(-20, 10, -5, 1), 0.5);
}

TEST(Attainment, BaselineAlreadyPastTarget) {
  // Higher is better, baseline 50 already beyond the target 40: met while >= 40.
  EXPECT_DOUBLE_EQ(attainment(50, 40, 45, 1), 1.0);
  EXPECT_DOUBLE_EQ(attainment(50, 40, 39, 1), 0.0);
  EXPECT_TRUE(std::isnan(attainment(none, 40, 39, 1)));
}

TEST(Status, SdsnNormalisationAndLights) {
  // Lower bound 0, optimum 100, red 40, green 80: midpoint 60.
  const ResolvedGoalposts g{0, 40, 80, 100};
  EXPECT_DOUBLE_EQ(normalised(55, g), 55);
  EXPECT_DOUBLE_EQ(normalised(120, g), 100);  // clipped
  EXPECT_EQ(light(80, g), Light::green);
  EXPECT_EQ(light(60, g), Light::yellow);  // the midpoint counts as yellow
  EXPECT_EQ(light(59.9, g), Light::orange);
  EXPECT_EQ(light(40, g), Light::red);
  EXPECT_EQ(light(none, g), Light::none);
}

TEST(Status, FallingIndicatorGoalposts) {
  // Unemployment: lower bound 30 %, optimum 5 %, red 20, green 8; midpoint 14.
  const ResolvedGoalposts g{30, 20, 8, 5};
  // (17.5 - 30) / (5 - 30) * 100 = -12.5 / -25 * 100 = 50
  EXPECT_DOUBLE_EQ(normalised(17.5, g), 50);
  EXPECT_EQ(light(7, g), Light::green);
  EXPECT_EQ(light(14, g), Light::yellow);
  EXPECT_EQ(light(17.5, g), Light::orange);
  EXPECT_EQ(light(20, g), Light::red);
}

TEST(Ols, SlopeAndProjection) {
  // Points (2015, 10), (2016, 12), (2017, 17): mean t 2016, mean v 13;
  // Stv = (-1)(-3) + 0 + (1)(4) = 7, Stt = 2, slope 3.5; at 2020: 13 + 3.5 * 4 = 27.
  const std::vector<Point> p{{2015, 10}, {2016, 12}, {2017, 17}};
  const Fit f = ols(p);
  EXPECT_DOUBLE_EQ(f.slope, 3.5);
  EXPECT_NEAR(f.at(2020), 27.0, 1e-9);
  EXPECT_EQ(outlook(f, 17, 25, 2020, 1), Outlook::on_track);   // 27 >= 25
  EXPECT_EQ(outlook(f, 17, 30, 2020, 1), Outlook::off_track);  // 27 < 30
  EXPECT_EQ(outlook(f, 17, 16, 2020, 1), Outlook::achieved);   // 17 >= 16 already
  EXPECT_EQ(outlook(f, 17, 5, 2020, -1), Outlook::wrong_direction);
}

TEST(Ols, SingleDataPointIsInsufficient) {
  const std::vector<Point> p{{2020, 5}};
  EXPECT_TRUE(std::isnan(ols(p).slope));
  EXPECT_EQ(outlook(ols(p), 5, 10, 2030, 1), Outlook::insufficient_data);
}

// Open SDG reproduced on the fixtures of its own builder (open-sdg/sdg-build,
// tests/assets/progress-calculation): indicator 3-3-3, headline series,
// direction negative, target 0 (replaced by 0.001), base year 2015 (1.55),
// current 2019 (1.82), target year 2030.
TEST(OpenSdg, Fixture333) {
  // CAGR observed = (1.82 / 1.55)^(1/4) - 1 = 0.040956...
  // CAGR required = (0.001 / 1.55)^(1/15) - 1 = -0.387187...
  // R = 1 * (-1) * 0.040956 / 0.387187 = -0.10578 -> deterioration
  // score = (R - 0.6) * 5 / 1.2 = -2.9407
  const auto m = open_sdg(2015, 1.55, 2019, 1.82, 0, 2030, -1);
  const double observed = std::pow(1.82 / 1.55, 0.25) - 1, required = std::pow(0.001 / 1.55, 1.0 / 15) - 1;
  EXPECT_NEAR(m.value, -observed / std::abs(required), 1e-12);
  EXPECT_NEAR(m.value, -0.10578, 1e-4);
  EXPECT_EQ(m.category, Progress::deterioration);
  EXPECT_NEAR(m.score, -2.9407, 1e-3);
}

TEST(OpenSdg, Fixture111WithoutTarget) {
  // Indicator 1-1-1: no target, direction negative, 2020: 100, 2021: 120.
  // CAGR = 0.2; progress = -0.2 -> deterioration; score max(125 * -0.2 - 2.5, -5) = -5
  const auto m = open_sdg(2020, 100, 2021, 120, none, none, -1);
  EXPECT_NEAR(m.value, -0.2, 1e-12);
  EXPECT_EQ(m.category, Progress::deterioration);
  EXPECT_DOUBLE_EQ(m.score, -5);
}

TEST(OpenSdg, CategoriesAtTheThresholds) {
  // Required: 100 -> 200 over 10 years, CAGR_r = 2^(1/10) - 1 = 0.071773.
  // Observed over 5 years at exactly the required rate: 100 * 2^(1/2) = 141.42 -> R = 1.
  const double on = 100 * std::pow(2.0, 0.5);
  EXPECT_EQ(open_sdg(2020, 100, 2025, on, 200, 2030, 1).category, Progress::on_track);
  // Observed CAGR = 0.7 * required -> needs acceleration.
  const double r = std::pow(2.0, 0.1) - 1;
  const double slow = 100 * std::pow(1 + 0.7 * r, 5);
  const auto m = open_sdg(2020, 100, 2025, slow, 200, 2030, 1);
  EXPECT_NEAR(m.value, 0.7, 1e-12);
  EXPECT_EQ(m.category, Progress::needs_acceleration);
  // score = (0.7 - 0.6) * 5 / 0.7 = 0.714286
  EXPECT_NEAR(m.score, 0.714286, 1e-6);
  EXPECT_EQ(open_sdg(2020, 100, 2025, 101, 200, 2030, 1).category, Progress::limited_progress);
  EXPECT_EQ(open_sdg(2020, 100, 2025, 200, 200, 2030, 1).category, Progress::target_achieved);
}

TEST(OpenSdg, ZeroBaseAndMixedSigns) {
  // Zero base becomes 0.001: CAGR = (1 / 0.001)^(1/1) - 1 = 999 -> on track (no target).
  EXPECT_EQ(open_sdg(2020, 0, 2021, 1, none, none, 1).category, Progress::on_track);
  // Values of mixed sign cannot be assessed.
  EXPECT_EQ(open_sdg(2020, -5, 2021, 3, none, none, 1).category, Progress::unable_to_assess);
  // All negative: the direction flips. -10 -> -8 with higher better is an
  // improvement: CAGR = 0.8 - 1 = -0.2, times s = -1 -> +0.2.
  const auto m = open_sdg(2020, -10, 2021, -8, none, none, 1);
  EXPECT_NEAR(m.value, 0.2, 1e-12);
  EXPECT_EQ(m.category, Progress::on_track);
  // A single point (t == t0) cannot be assessed.
  EXPECT_EQ(open_sdg(2020, 5, 2020, 5, 10, 2030, 1).category, Progress::unable_to_assess);
}

TEST(OpenSdg, AMetTargetIsAchievedAlsoWhenTheBaseIsTheLatestPoint) {
  // Base = current = (2024, 12), target 10, higher is better (up = 1): the
  // target is met (12 >= 10). Open SDG answers "target achieved"; planwerk
  // ran the time test (t > t0) first and answered "unable to assess".
  const auto m = open_sdg(2024, 12, 2024, 12, 10, 2030, 1);
  EXPECT_EQ(m.category, Progress::target_achieved);
  EXPECT_EQ(m.score, 5);
  // The same with an earlier base, as before.
  EXPECT_EQ(open_sdg(2020, 8, 2024, 12, 10, 2030, 1).category, Progress::target_achieved);
  // Lower is better (up = -1): 12 is not at or below 10, and with no time
  // to measure growth over, nothing can be said.
  EXPECT_EQ(open_sdg(2024, 12, 2024, 12, 10, 2030, -1).category, Progress::unable_to_assess);
}

TEST(SdsnTrend, LinearToGreen) {
  // From score 40 in 2015 to green 80 by 2030: 40 / 15 = 2.667 a year needed.
  EXPECT_EQ(sdsn_trend(2015, 40, 2020, 55, 80, 2030), Trend::on_track);            // 3 a year
  EXPECT_EQ(sdsn_trend(2015, 40, 2020, 49, 80, 2030), Trend::moderately_improving);  // 1.8 >= 1.333
  EXPECT_EQ(sdsn_trend(2015, 40, 2020, 45, 80, 2030), Trend::stagnating);            // 1.0 < 1.333
  EXPECT_EQ(sdsn_trend(2015, 40, 2020, 38, 80, 2030), Trend::decreasing);
  EXPECT_EQ(sdsn_trend(2015, 85, 2020, 90, 80, 2030), Trend::on_track);  // green and staying
  EXPECT_EQ(sdsn_trend(2015, 40, 2015, 45, 80, 2030), Trend::insufficient_data);
}

TEST(Period, ParseFormatAndTime) {
  EXPECT_EQ(parse_period("2024"), year_period(2024));
  EXPECT_EQ(parse_period("2024-03-01"), 20240301);
  EXPECT_FALSE(parse_period("2024-02-30"));
  EXPECT_FALSE(parse_period("24"));
  EXPECT_FALSE(parse_period("2024-3-1"));
  EXPECT_EQ(format_period(20240301), "2024-03-01");
  EXPECT_EQ(format_period(year_period(2024)), "2024");
  EXPECT_DOUBLE_EQ(period_time(year_period(2030)), 2030.0);
  // 2024-07-02 is day 184 of a leap year: 2024 + 183 / 366 = 2024.5
  EXPECT_DOUBLE_EQ(period_time(20240702), 2024.5);
}

}  // namespace
}  // namespace planwerk::monitor
