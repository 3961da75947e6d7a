// SPDX-License-Identifier: Apache-2.0
// The descriptions beside the model's structs (model/describe.hpp) against
// the schema: each names every field of its message, once, and a reference
// names an id field. And the rules beyond the field types
// (src/model/entity_rules.cpp), each with the path of the field it reports.
#include <gtest/gtest.h>

#include <google/protobuf/descriptor.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "planwerk/model/kind_traits.hpp"
#include "support/text.hpp"

namespace planwerk::model {
namespace {

template <class T>
inline constexpr bool is_list = false;
template <class T>
inline constexpr bool is_list<std::vector<T>> = true;

// Compares the schema names of T's description with the fields of its
// message M (less `skip`), then does the same for every described struct
// inside, whose message type the accessors give.
template <class T, class M>
void expect_covers(const std::set<std::string>& skip = {}) {
  std::multiset<std::string> described;
  const M message;
  for_each_description<T>([&](const auto& field) {
    described.insert(field.schema_name);
    if (field.is_reference) {
      const std::string name = field.schema_name;
      EXPECT_TRUE(name.ends_with("_id") || name.ends_with("_ids")) << M::descriptor()->name() << "." << name;
    }
    using V = std::remove_cvref_t<decltype(T{}.*(field.member))>;
    using Sub = std::remove_cvref_t<decltype(field.schema.get(message))>;
    if constexpr (Described<V>) {
      expect_covers<V, Sub>();
    } else if constexpr (is_list<V>) {
      if constexpr (Described<typename V::value_type>)
        expect_covers<typename V::value_type, std::remove_cvref_t<decltype(field.schema.get(message)[0])>>();
    }
  });
  std::multiset<std::string> schema;
  const auto* d = M::descriptor();
  for (int i = 0; i < d->field_count(); ++i)
    if (!skip.contains(d->field(i)->name())) schema.insert(d->field(i)->name());
  // GoalRelation's goal_id holds this concept's goal or, with concept_id,
  // another's (converted by hand): the one schema field named twice.
  if (d->name() == "GoalRelation") schema.insert("goal_id");
  EXPECT_EQ(described, schema) << d->full_name();
}

TEST(Describe, EveryStructNamesEveryFieldOfItsMessage) {
  for_each_kind([](auto tag) {
    constexpr Kind K = decltype(tag)::value;
    expect_covers<entity_t<K>, message_t<K>>();
  });
  // The header is the concept message less its lists of entities.
  std::set<std::string> lists = {"schema_version"};
  for (Kind k : all_kinds) lists.insert(std::string(kind_list_name(k)));
  expect_covers<Header, v1::Concept>(lists);
}

TEST(EntityRules, EachReportsItsFieldPath) {
  const auto problems = check_structure(test::parse(R"(
    id: "c"
    calendar { closures { name: "Betriebsausflug" } working_days: "nope" }
    goals { id: "g" relations { concept_id: "other" } }
    measures { id: "m" budget { amount_cents: -5 } dependencies { } contributions { goal_id: "" }
               constraints { } }
    milestones { id: "ms" }
    committees { id: "k" cadence { min_meetings: 2 } meetings: "2025-13-01" }
    indicators { id: "i" scale: -1 weight: nan goalposts { optimum: inf } breakdowns: 77 targets { value: nan } }
    budget_pools { id: "p" total_cents: -1 allocations { amount_cents: -2 } }
  )"));
  std::vector<std::string> got;
  for (const auto& d : problems) got.push_back(d.code + " " + d.field + ": " + d.message);
  std::sort(got.begin(), got.end());
  // 2 (calendar) + 1 (goal) + 5 (measure) + 1 (milestone) + 2 (committee)
  // + 5 (indicator; the NaN weight only once) + 3 (pool) = 19.
  const std::vector<std::string> expected = {
      "PW004 budget_pools[0].allocations[0].amount_cents: budget_pool \"p\": allocations[0].amount_cents must not be negative",
      "PW004 budget_pools[0].allocations[0].measure_id: budget_pool \"p\": allocations[0].measure_id is empty",
      "PW004 budget_pools[0].total_cents: budget_pool \"p\": total_cents must not be negative",
      "PW004 calendar.closures[0].date: concept \"c\": calendar.closures[0].date is missing",
      "PW004 calendar.working_days[0]: concept \"c\": calendar.working_days[0] is not a date of the form YYYY-MM-DD: \"nope\"",
      "PW004 committees[0].cadence.period: committee \"k\": cadence.period is missing: min_meetings needs a period",
      "PW004 committees[0].meetings[0]: committee \"k\": meetings[0] is not a date of the form YYYY-MM-DD: \"2025-13-01\"",
      "PW004 goals[0].relations[0].goal_id: goal \"g\": relations[0].goal_id is empty",
      "PW004 indicators[0].breakdowns[0]: indicator \"i\": breakdowns[0] has the unknown value 77",
      "PW004 indicators[0].goalposts.optimum: indicator \"i\": goalposts.optimum must be a finite number",
      "PW004 indicators[0].scale: indicator \"i\": scale must be 0 or more",
      "PW004 indicators[0].targets[0].value: indicator \"i\": targets[0].value must be a finite number",
      "PW004 indicators[0].weight: indicator \"i\": weight must be a finite number",
      "PW004 measures[0].budget.amount_cents: measure \"m\": budget.amount_cents must not be negative",
      "PW004 measures[0].constraints[0].date: measure \"m\": constraints[0].date is missing",
      "PW004 measures[0].constraints[0].type: measure \"m\": constraints[0].type is missing",
      "PW004 measures[0].contributions[0].goal_id: measure \"m\": contributions[0].goal_id is empty",
      "PW004 measures[0].dependencies[0].predecessor_id: measure \"m\": dependencies[0].predecessor_id is empty",
      "PW004 milestones[0].measure_id: milestone \"ms\": measure_id is empty: a milestone belongs to a measure",
  };
  EXPECT_EQ(got, expected);
}

// An item whose required reference is missing is left out, so an edit that
// is refused leaves nothing dangling, and one that is accepted holds only
// resolved references; the unset enums took the struct's defaults.
TEST(EntityRules, DefaultsAndKeptItems) {
  Concept c = test::concept_from(R"(
    id: "c"
    measures { id: "a" }
    measures { id: "b" dependencies { predecessor_id: "a" } }
    indicators { id: "i" targets { value: 3 date: "2030-12-31" } }
    committees { id: "k" }
  )");
  ASSERT_EQ(c.measures()[1].dependencies.size(), 1u);
  EXPECT_EQ(c.measures()[1].dependencies[0].predecessor, 0u);
  EXPECT_EQ(c.measures()[1].dependencies[0].type, v1::LINK_TYPE_FS);
  EXPECT_EQ(c.measures()[1].dependencies[0].lag_unit, v1::LAG_UNIT_WORKING_DAYS);
  EXPECT_EQ(c.indicators()[0].targets[0].kind, v1::TARGET_KIND_FINAL);
  EXPECT_EQ(c.indicators()[0].monitoring_type, v1::MONITORING_TYPE_OUTCOME);
  EXPECT_EQ(c.committees()[0].holiday_rule, v1::HOLIDAY_RULE_MOVE_TO_NEXT_WORKING_DAY);
  // Written back: the defaults are explicit, and no empty budget, cadence
  // or goalposts message appears.
  const v1::Concept doc = to_proto(c);
  EXPECT_EQ(doc.measures(1).dependencies(0).type(), v1::LINK_TYPE_FS);
  EXPECT_FALSE(doc.measures(0).has_budget());
  EXPECT_FALSE(doc.committees(0).has_cadence());
  EXPECT_FALSE(doc.indicators(0).has_goalposts());
  EXPECT_FALSE(doc.has_calendar());
}

}  // namespace
}  // namespace planwerk::model
