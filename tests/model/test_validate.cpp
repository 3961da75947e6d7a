// SPDX-License-Identifier: Apache-2.0
// Each planning rule on a hand-built concept, then the sample as a whole.
#include <gtest/gtest.h>

#include "planwerk/io/load.hpp"
#include "planwerk/model/validate.hpp"
#include "support/text.hpp"

namespace planwerk::model {
namespace {

using test::codes;

std::vector<Diagnostic> run(const std::string& text) { return check_rules(test::concept_from(text)); }

std::vector<Diagnostic> only(const std::vector<Diagnostic>& all, const std::string& code) {
  std::vector<Diagnostic> out;
  for (const auto& d : all)
    if (d.code == code) out.push_back(d);
  return out;
}

// A goal that passes every goal rule, to keep cases focused.
const char* fine_goal_parts = R"(
  actors { id: "ki" }
  action_fields { id: "af" }
)";

TEST(Validate, GoalParentCycleIsReportedOnceFromItsFirstGoal) {
  auto d = only(run(std::string(fine_goal_parts) + R"(
    goals { id: "a" parent_goal_id: "c" responsible_actor_id: "ki" }
    goals { id: "b" parent_goal_id: "a" responsible_actor_id: "ki" }
    goals { id: "c" parent_goal_id: "b" responsible_actor_id: "ki" }
    goals { id: "d" parent_goal_id: "c" responsible_actor_id: "ki" }
    goals { id: "self" parent_goal_id: "self" responsible_actor_id: "ki" }
  )"), "PW101");
  // a -> c -> b -> a is one cycle (d hangs off it and is not part of it);
  // self -> self is another.
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].entity, "a");
  EXPECT_NE(d[0].message.find("\"a\" -> \"c\" -> \"b\" -> \"a\""), std::string::npos) << d[0].message;
  EXPECT_EQ(d[1].entity, "self");
  EXPECT_EQ(d[0].severity, Severity::error);
}

TEST(Validate, StrategicGoalNeedsIndicatorWithBaselineAndTarget) {
  auto all = run(std::string(fine_goal_parts) + R"(
    goals { id: "ok" kind: GOAL_KIND_STRATEGIC action_field_id: "af" responsible_actor_id: "ki" }
    goals { id: "no-indicator" kind: GOAL_KIND_STRATEGIC action_field_id: "af" responsible_actor_id: "ki" }
    goals { id: "no-target-date" kind: GOAL_KIND_STRATEGIC action_field_id: "af" responsible_actor_id: "ki" }
    goals { id: "no-baseline-value" kind: GOAL_KIND_STRATEGIC action_field_id: "af" responsible_actor_id: "ki" }
    goals { id: "operational" kind: GOAL_KIND_OPERATIONAL action_field_id: "af" responsible_actor_id: "ki" }
    indicators { id: "i1" polarity: POLARITY_HIGHER_IS_BETTER goal_ids: "ok"
      baselines { value: 10 date: "2024-12-31" } targets { value: 20 date: "2030-12-31" } }
    indicators { id: "i2" polarity: POLARITY_HIGHER_IS_BETTER goal_ids: "no-target-date"
      baselines { value: 10 date: "2024-12-31" } targets { value: 20 } }
    indicators { id: "i3" polarity: POLARITY_HIGHER_IS_BETTER goal_ids: "no-baseline-value"
      baselines { date: "2024-12-31" } targets { value: 20 date: "2030-12-31" } }
  )");
  auto d = only(all, "PW102");
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].entity, "no-indicator");
  EXPECT_EQ(d[1].entity, "no-target-date");
  EXPECT_EQ(d[2].entity, "no-baseline-value");
}

TEST(Validate, GoalWithoutResponsibleAndWithoutPlace) {
  auto all = run(R"(goals { id: "g" })");
  EXPECT_EQ(codes(all), (std::vector<std::string>{"PW103", "PW118"}));
  EXPECT_EQ(all[0].field, "goals[0].responsible_actor_id");
}

TEST(Validate, MeasureRules) {
  auto all = run(std::string(fine_goal_parts) + R"(
    goals { id: "g" action_field_id: "af" responsible_actor_id: "ki" deadline: "2026-06-30" }
    measures { id: "orphan" responsible_actor_id: "ki" }
    measures { id: "backwards" responsible_actor_id: "ki" start: "2026-05-01" end: "2026-04-30" contributions { goal_id: "g" } }
    measures { id: "late" responsible_actor_id: "ki" start: "2026-01-01" end: "2026-07-01" contributions { goal_id: "g" } contributions { goal_id: "g" } }
    measures { id: "loops" responsible_actor_id: "ki" contributions { goal_id: "g" }
      dependencies { predecessor_id: "loops" } dependencies { predecessor_id: "orphan" } dependencies { predecessor_id: "orphan" type: LINK_TYPE_SS } }
    measures { id: "nobody" contributions { goal_id: "g" } }
  )");
  EXPECT_EQ(codes(only(all, "PW104")).size(), 1u);
  EXPECT_EQ(only(all, "PW104")[0].entity, "orphan");
  ASSERT_EQ(only(all, "PW105").size(), 1u);
  EXPECT_EQ(only(all, "PW105")[0].entity, "backwards");
  // "late" ends 2026-07-01, one day after g's deadline 2026-06-30; its
  // second contribution to g is a duplicate and is not reported twice.
  ASSERT_EQ(only(all, "PW115").size(), 1u);
  EXPECT_EQ(only(all, "PW115")[0].entity, "late");
  ASSERT_EQ(only(all, "PW124").size(), 1u);
  EXPECT_EQ(only(all, "PW124")[0].field, "measures[2].contributions[1]");
  ASSERT_EQ(only(all, "PW109").size(), 1u);
  EXPECT_EQ(only(all, "PW109")[0].field, "measures[3].dependencies[0]");
  // The same predecessor twice counts, whatever the link types.
  ASSERT_EQ(only(all, "PW110").size(), 1u);
  EXPECT_EQ(only(all, "PW110")[0].field, "measures[3].dependencies[2]");
  ASSERT_EQ(only(all, "PW123").size(), 1u);
  EXPECT_EQ(only(all, "PW123")[0].entity, "nobody");
}

TEST(Validate, IndicatorRules) {
  auto all = run(R"(
    indicators { id: "no-polarity" }
    indicators { id: "ratio" polarity: POLARITY_LOWER_IS_BETTER measure_type: MEASURE_TYPE_PERCENTAGE numerator: "x" }
    indicators { id: "early-target" polarity: POLARITY_HIGHER_IS_BETTER
      baselines { value: 5 date: "2024-12-31" } targets { value: 6 date: "2024-12-31" } }
    indicators { id: "wrong-way" polarity: POLARITY_LOWER_IS_BETTER
      baselines { value: 5 date: "2024-12-31" } targets { value: 7.5 date: "2030-12-31" } }
    indicators { id: "interim-late" polarity: POLARITY_HIGHER_IS_BETTER
      baselines { value: 5 date: "2024-12-31" }
      targets { value: 8 date: "2030-12-31" kind: TARGET_KIND_FINAL }
      targets { value: 7 date: "2031-06-30" kind: TARGET_KIND_INTERIM } }
  )");
  EXPECT_EQ(codes(all), (std::vector<std::string>{"PW107", "PW119", "PW106", "PW114", "PW121"}));
  EXPECT_EQ(all[0].entity, "no-polarity");
  EXPECT_EQ(all[1].field, "indicators[1].denominator");
  // Equal dates: the target is not after the baseline.
  EXPECT_NE(all[2].message.find("2024-12-31 is not after the baseline date 2024-12-31"), std::string::npos);
  EXPECT_NE(all[3].message.find("target 7.5 is above the baseline 5"), std::string::npos) << all[3].message;
}

TEST(Validate, GoalpostsRunTheBetterWay) {
  auto all = run(R"(
    indicators { id: "fine-up" polarity: POLARITY_HIGHER_IS_BETTER
      goalposts { lower_bound: 0 red_threshold: 40 green_threshold: 80 optimum: 100 } }
    indicators { id: "fine-down" polarity: POLARITY_LOWER_IS_BETTER
      goalposts { lower_bound: 30 red_threshold: 20 optimum: 5 } }
    indicators { id: "swapped" polarity: POLARITY_HIGHER_IS_BETTER
      goalposts { lower_bound: 0 red_threshold: 80 green_threshold: 40 optimum: 100 } }
    indicators { id: "down-swapped" polarity: POLARITY_LOWER_IS_BETTER
      goalposts { lower_bound: 5 optimum: 30 } }
  )");
  const auto found = only(all, "PW125");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].entity, "swapped");
  EXPECT_EQ(found[0].field, "indicators[2].goalposts.green_threshold");
  EXPECT_NE(found[0].message.find("goalpost green_threshold 40 lies below red_threshold 80 although higher is better"),
            std::string::npos)
      << found[0].message;
  EXPECT_EQ(found[1].entity, "down-swapped");
}

TEST(Validate, BaselinesArePerDistrict) {
  // The district target is compared with the district baseline (2026),
  // not the city one (2020), so 2025 is before it.
  auto all = run(R"(
    districts { id: "d" }
    indicators { id: "i" polarity: POLARITY_HIGHER_IS_BETTER
      baselines { value: 1 date: "2020-12-31" }
      baselines { value: 1 date: "2026-12-31" district_id: "d" }
      targets { value: 2 date: "2025-12-31" district_id: "d" }
      targets { value: 2 date: "2025-12-31" } }
  )");
  ASSERT_EQ(codes(all), (std::vector<std::string>{"PW106"}));
  EXPECT_EQ(all[0].field, "indicators[0].targets[0].date");
}

TEST(Validate, CommitteeCadenceOverWholePeriodsOfThePlan) {
  // Plan 2025-10-01 to 2027-12-31 holds nine whole quarters (2025-Q4 to
  // 2027-Q4); the steering group skips 2026-Q3 and 2027-Q2.
  // The working group needs 2 a year; the whole years are 2026 and 2027
  // (2025 starts before the plan); 2027 has only one meeting.
  auto all = run(R"(
    period_start: "2025-10-01" period_end: "2027-12-31"
    actors { id: "a1" } actors { id: "a2" } actors { id: "a3" }
    committees { id: "lenkung" cadence { min_meetings: 1 period: CADENCE_PERIOD_QUARTER }
      meetings: ["2025-11-12", "2026-02-11", "2026-05-13", "2026-11-11", "2027-02-10", "2027-08-18", "2027-11-10"] }
    committees { id: "ak" cadence { min_meetings: 2 period: CADENCE_PERIOD_YEAR } max_members: 2
      member_actor_ids: ["a1", "a2", "a3"]
      meetings: ["2025-12-01", "2026-03-18", "2026-10-07", "2027-03-17"] }
    committees { id: "by-rule" cadence { min_meetings: 4 period: CADENCE_PERIOD_YEAR } recurrence: "FREQ=MONTHLY" }
  )");
  EXPECT_EQ(codes(all), (std::vector<std::string>{"PW108", "PW111", "PW108"}));
  EXPECT_EQ(all[0].entity, "lenkung");
  EXPECT_NE(all[0].message.find("2026-Q3 has 0, 2027-Q2 has 0"), std::string::npos) << all[0].message;
  EXPECT_EQ(all[1].entity, "ak");
  EXPECT_NE(all[1].message.find("3 members, more than its maximum of 2"), std::string::npos);
  EXPECT_NE(all[2].message.find("at least 2 times per year, but 2027 has 1"), std::string::npos) << all[2].message;
  EXPECT_EQ(all[2].severity, Severity::warning);
}

TEST(Validate, ConceptAndBudgetRules) {
  auto all = run(R"(
    status: CONCEPT_STATUS_ADOPTED period_start: "2030-01-01" period_end: "2025-01-01"
    measures { id: "m" }
    budget_pools { id: "inno" total_cents: 1000
      allocations { measure_id: "m" amount_cents: 600 } allocations { measure_id: "m" amount_cents: 401 } }
  )");
  auto pools = only(all, "PW112");
  ASSERT_EQ(pools.size(), 1u);
  // 600 + 401 = 1001 cents > 1000.
  EXPECT_NE(pools[0].message.find("10.01 EUR of its 10.00 EUR"), std::string::npos) << pools[0].message;
  EXPECT_EQ(only(all, "PW113").size(), 1u);
  EXPECT_EQ(only(all, "PW105").size(), 1u);
  EXPECT_EQ(only(all, "PW105")[0].field, "period_end");
}

TEST(Validate, GoalLevelsGuidingGoalsAndMilestones) {
  auto all = run(std::string(fine_goal_parts) + R"(
    period_start: "2025-01-01" period_end: "2030-12-31"
    guiding_goals { id: "lz-used" } guiding_goals { id: "lz-unused" }
    goals { id: "op" kind: GOAL_KIND_OPERATIONAL action_field_id: "af" responsible_actor_id: "ki" guiding_goal_id: "lz-used" deadline: "2031-01-01" }
    goals { id: "st" kind: GOAL_KIND_STRATEGIC parent_goal_id: "op" responsible_actor_id: "ki" }
    measures { id: "m" responsible_actor_id: "ki" start: "2026-01-01" end: "2026-12-31" contributions { goal_id: "op" } }
    milestones { id: "ms-in" measure_id: "m" due: "2026-06-30" }
    milestones { id: "ms-out" measure_id: "m" due: "2027-01-01" }
  )");
  EXPECT_EQ(only(all, "PW116").size(), 1u);  // op's deadline is a day after the period
  EXPECT_EQ(only(all, "PW117").size(), 1u);  // strategic under operational
  ASSERT_EQ(only(all, "PW122").size(), 1u);
  EXPECT_EQ(only(all, "PW122")[0].entity, "lz-unused");
  ASSERT_EQ(only(all, "PW120").size(), 1u);
  EXPECT_EQ(only(all, "PW120")[0].entity, "ms-out");
}

TEST(Validate, EveryReportedCodeIsDocumentedInTheTable) {
  const auto& table = diagnostic_codes();
  for (std::size_t i = 1; i < table.size(); ++i) EXPECT_LT(table[i - 1].code, table[i].code) << "sorted, unique";
  for (const auto& entry : table) {
    EXPECT_EQ(entry.code.size(), 5u);
    EXPECT_FALSE(entry.summary.empty());
  }
}

TEST(Validate, SampleConceptHasNoErrorsAndTheKnownWarnings) {
  auto all = check_rules(io::load(test::sample_path()));
  // m-09 ends 2028-07-31, after zz-2.1-2027's deadline 2027-12-31;
  // m-31 ends 2030-12-16, after oz-5.1.1's deadline 2027-12-31;
  // ak-flucht meets once in 2027 (2027-05-05) but must meet twice a year.
  ASSERT_EQ(codes(all), (std::vector<std::string>{"PW115", "PW115", "PW108"}));
  EXPECT_EQ(all[0].entity, "m-09");
  EXPECT_EQ(all[1].entity, "m-31");
  EXPECT_EQ(all[2].entity, "ak-flucht");
  EXPECT_FALSE(has_errors(all));
}

}  // namespace
}  // namespace planwerk::model
