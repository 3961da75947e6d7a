// SPDX-License-Identifier: Apache-2.0
// The one validation entry point: every rule, on a concept and on a
// document that may not load.
#include <gtest/gtest.h>

#include "planwerk/io/document.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/model/validate.hpp"
#include "planwerk/schedule/validate.hpp"
#include "support/text.hpp"

namespace planwerk::schedule {
namespace {

using test::codes;

TEST(Validate, StructuralProblemsComeInsteadOfRules) {
  const auto doc = test::parse(R"(goals { id: "g" parent_goal_id: "missing" })");
  const auto all = validate(doc);
  EXPECT_EQ(codes(all), (std::vector<std::string>{"PW003"}));
  EXPECT_TRUE(model::has_errors(all));
  EXPECT_EQ(all[0].to_line(), "PW003 error g: goal \"g\": parent_goal_id refers to unknown goal \"missing\"");
}

TEST(Validate, TheModelsRulesThenTheCalendars) {
  // A goal without a responsible actor or place (the model's PW1xx), and a
  // committee whose rule cannot be read (the calendar's PW202): the model's
  // findings come first, as model::check_rules gives them.
  const auto plan = test::concept_from(R"(
    id: "c" period_start: "2026-01-01" period_end: "2027-12-31"
    goals { id: "g" kind: GOAL_KIND_STRATEGIC }
    committees { id: "broken" recurrence: "FREQ=HOURLY" })");
  const auto model_only = model::check_rules(plan);
  const auto all = validate(plan);
  ASSERT_FALSE(model_only.empty());
  ASSERT_EQ(all.size(), model_only.size() + 1);
  for (std::size_t i = 0; i < model_only.size(); ++i) EXPECT_EQ(all[i].to_line(), model_only[i].to_line());
  EXPECT_EQ(all.back().code, "PW202");
  // The document path gives the same for a document that loads.
  EXPECT_EQ(codes(validate(test::parse(R"(
    id: "c" period_start: "2026-01-01" period_end: "2027-12-31"
    goals { id: "g" kind: GOAL_KIND_STRATEGIC }
    committees { id: "broken" recurrence: "FREQ=HOURLY" })"))),
            codes(all));
}

TEST(Validate, TheSampleHasTheKnownWarnings) {
  // m-09 ends after zz-2.1-2027's deadline; m-31 after oz-5.1.1's;
  // ak-flucht meets once in 2027 but must meet twice a year.
  EXPECT_EQ(codes(validate(io::load(test::sample_path()))), (std::vector<std::string>{"PW115", "PW115", "PW108"}));
}

}  // namespace
}  // namespace planwerk::schedule
