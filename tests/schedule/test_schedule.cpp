// SPDX-License-Identifier: Apache-2.0
// CPM on the NRW calendar over Christmas 2025, computed by hand.
//
// Working days from the start, numbered: Mon 22 Dec = 0, 23 = 1, 24 = 2,
// (25, 26 holidays, 27, 28 weekend) 29 = 3, 30 = 4, 31 = 5, (1 Jan holiday)
// Fri 2 Jan = 6, Mon 5 Jan = 7, 6 = 8, 7 = 9, 8 = 10.
#include <gtest/gtest.h>

#include "planwerk/schedule/schedule.hpp"
#include "support/text.hpp"

namespace planwerk::schedule {
namespace {

// A 3 days; B 2 days after A (FS); C 2 days after A (FS +2 working days);
// D 1 day, SS +1 after B; E 3 days, FF after C; F 1 day, FS +7 calendar
// days after B.
const char* plan_text = R"(
  period_start: "2025-12-22"
  calendar { state: "NW" }
  measures { id: "A" duration_days: 3 }
  measures { id: "B" duration_days: 2 dependencies { predecessor_id: "A" } }
  measures { id: "C" duration_days: 2 dependencies { predecessor_id: "A" lag: 2 } }
  measures { id: "D" duration_days: 1 dependencies { predecessor_id: "B" type: LINK_TYPE_SS lag: 1 } }
  measures { id: "E" duration_days: 3 dependencies { predecessor_id: "C" type: LINK_TYPE_FF } }
  measures { id: "F" duration_days: 1 dependencies { predecessor_id: "B" lag: 7 lag_unit: LAG_UNIT_CALENDAR_DAYS } }
)";

std::string d(Date x) { return model::format_date(x); }

TEST(Schedule, EveryLinkTypeOnTheNrwCalendar) {
  const auto plan = test::concept_from(plan_text);
  const auto s = schedule_plan(plan, calendar_for(plan));
  const auto& m = s.measures;
  // A: 0-2 = 22-24 Dec.
  EXPECT_EQ(d(m[0].early_start), "2025-12-22");
  EXPECT_EQ(d(m[0].early_finish), "2025-12-24");
  // B: FS, the next working day after 24 Dec is 29 Dec: 29-30 Dec.
  EXPECT_EQ(d(m[1].early_start), "2025-12-29");
  EXPECT_EQ(d(m[1].early_finish), "2025-12-30");
  // C: FS +2 skips 29 and 30 Dec: starts 31 Dec, second day 2 Jan (1 Jan is a holiday).
  EXPECT_EQ(d(m[2].early_start), "2025-12-31");
  EXPECT_EQ(d(m[2].early_finish), "2026-01-02");
  // D: SS +1 after B's start (29 Dec, day 3): day 4 = 30 Dec.
  EXPECT_EQ(d(m[3].early_start), "2025-12-30");
  // E: FF: finishes with C on 2 Jan (day 6); 3 days back: days 4-6 = 30 Dec to 2 Jan.
  EXPECT_EQ(d(m[4].early_start), "2025-12-30");
  EXPECT_EQ(d(m[4].early_finish), "2026-01-02");
  // F: B's last day 30 Dec + 1 + 7 calendar days = Wed 7 Jan.
  EXPECT_EQ(d(m[5].early_start), "2026-01-07");
  EXPECT_EQ(d(s.finish), "2026-01-07");

  // Backward from the finish (after day 9): F, B and A are critical.
  //   E: late finish day 9 (7 Jan), 3 days: late start day 7 (5 Jan); float 7 - 4 = 3.
  //   D: late start day 9; float 9 - 4 = 5.
  //   C: FF with E: late finish day 9, late start 8; float 8 - 5 = 3.
  //   B: F needs B's last day by 7 Jan - 7 - 1 = 30 Dec (day 4): float 0.
  //   A: B must start by day 3: A finishes by day 2; float 0.
  std::vector<std::int64_t> floats;
  for (const auto& x : m) floats.push_back(x.total_float);
  EXPECT_EQ(floats, (std::vector<std::int64_t>{0, 0, 3, 5, 3, 0}));
  EXPECT_EQ(d(m[4].late_start), "2026-01-05");
  EXPECT_EQ(d(m[3].late_start), "2026-01-07");
  // Free float: D and E have no successors (finish after day 9 minus their
  // early finishes 5 and 7); C's FF link to E is tight.
  EXPECT_EQ(m[3].free_float, 5);
  EXPECT_EQ(m[4].free_float, 3);
  EXPECT_EQ(m[2].free_float, 0);
  EXPECT_EQ(s.critical_path, (std::vector<model::Index>{0, 1, 5}));
  EXPECT_TRUE(s.findings.empty());
}

TEST(Schedule, MissedInterimDeadlineGivesNegativeFloatAndNamesTheChain) {
  auto doc = test::parse(plan_text);
  auto* goal = doc.add_goals();
  goal->set_id("zz");
  goal->set_kind(v1::GOAL_KIND_INTERIM);
  goal->set_deadline("2026-01-05");
  doc.mutable_measures(5)->add_contributions()->set_goal_id("zz");
  const auto plan = model::from_proto(doc);
  const auto s = schedule_plan(plan, calendar_for(plan));
  // F must finish by 5 Jan (day 7) but finishes 7 Jan (day 9): float -2,
  // which runs back through B to A.
  EXPECT_EQ(s.measures[5].total_float, -2);
  EXPECT_EQ(s.measures[1].total_float, -2);
  EXPECT_EQ(s.measures[0].total_float, -2);
  ASSERT_EQ(s.findings.size(), 1u);
  EXPECT_EQ(s.findings[0].code, "PW201");
  EXPECT_EQ(s.findings[0].entity, "F");
  EXPECT_EQ(s.findings[0].message,
            "measure \"F\" cannot meet the deadline 2026-01-05 of interim goal \"zz\": it finishes 2026-01-07 at the "
            "earliest (-2 working days of float), driven by \"A\" -> \"B\" -> \"F\"");
}

TEST(Schedule, ConstraintsAndOwnStartDates) {
  const auto plan = test::concept_from(R"(
    period_start: "2026-01-05" calendar { state: "NW" closures { date: "2026-02-16" name: "Rosenmontag" } }
    measures { id: "late-start" duration_days: 2 start: "2026-02-13" }
    measures { id: "snet" duration_days: 1 constraints { type: CONSTRAINT_TYPE_START_NO_EARLIER_THAN date: "2026-01-10" } }
    measures { id: "fixed" duration_days: 1 constraints { type: CONSTRAINT_TYPE_MUST_START_ON date: "2026-01-07" } }
    measures { id: "fnlt" duration_days: 5 constraints { type: CONSTRAINT_TYPE_FINISH_NO_LATER_THAN date: "2026-01-08" } }
  )");
  const auto s = schedule_plan(plan, calendar_for(plan));
  // Starts Fri 13 Feb; Mon 16 Feb is closed, so its second day is 17 Feb.
  EXPECT_EQ(d(s.measures[0].early_finish), "2026-02-17");
  // Sat 10 Jan is no working day: Mon 12 Jan.
  EXPECT_EQ(d(s.measures[1].early_start), "2026-01-12");
  EXPECT_EQ(d(s.measures[2].early_start), "2026-01-07");
  EXPECT_EQ(s.measures[2].total_float, 0);
  // 5 days from Mon 5 Jan end Fri 9 Jan, a day after 8 Jan: float -1.
  EXPECT_EQ(s.measures[3].total_float, -1);
  ASSERT_EQ(s.findings.size(), 1u);
  EXPECT_NE(s.findings[0].message.find("cannot meet finish no later than 2026-01-08"), std::string::npos);
}

TEST(Schedule, RescheduleFromAStatusDate) {
  // Status date Mon 5 Jan 2026 on the NRW calendar.
  //   A finished 22-24 Dec: stays.
  //   B under way since 29 Dec, 5 days planned: done by 5 Jan are 29, 30,
  //     31 Dec and 2 Jan = 4 days, so 1 remains: B finishes Mon 5 Jan.
  //   C after B (FS), 2 days: 6-7 Jan.
  //   D not started, no predecessors: not before the status date, 5 Jan.
  //   E under way since 23 Dec though its predecessor F has not started:
  //     the link no longer binds it. Before the status date it ran 23, 24,
  //     29, 30, 31 Dec and 2 Jan = 6 working days, more than the 3 planned;
  //     not being finished, it still runs on 5 Jan: 6 + 1 = 7 days, to 5 Jan.
  const char* text = R"(
    period_start: "2025-12-01" calendar { state: "NW" }
    measures { id: "A" duration_days: 3 actual_start: "2025-12-22" actual_finish: "2025-12-24" }
    measures { id: "B" duration_days: 5 actual_start: "2025-12-29" dependencies { predecessor_id: "A" } }
    measures { id: "C" duration_days: 2 dependencies { predecessor_id: "B" } }
    measures { id: "D" duration_days: 1 }
    measures { id: "F" duration_days: 1 }
    measures { id: "E" duration_days: 3 actual_start: "2025-12-23" dependencies { predecessor_id: "F" } }
  )";
  auto plan = test::concept_from(text);
  auto s = schedule_plan(plan, calendar_for(plan), {std::nullopt, Date(2026, 1, 5)});
  EXPECT_EQ(s.measures[0].progress, WorkState::finished);
  EXPECT_EQ(d(s.measures[0].early_finish), "2025-12-24");
  EXPECT_FALSE(s.measures[0].critical);
  EXPECT_EQ(s.measures[1].progress, WorkState::in_progress);
  EXPECT_EQ(d(s.measures[1].early_start), "2025-12-29");
  EXPECT_EQ(d(s.measures[1].early_finish), "2026-01-05");
  EXPECT_EQ(d(s.measures[2].early_start), "2026-01-06");
  EXPECT_EQ(d(s.measures[2].early_finish), "2026-01-07");
  EXPECT_EQ(d(s.measures[3].early_start), "2026-01-05");
  EXPECT_EQ(d(s.measures[5].early_start), "2025-12-23");
  EXPECT_EQ(s.measures[5].duration, 7);
  EXPECT_EQ(d(s.measures[5].early_finish), "2026-01-05");
  // With 3 days said to remain, B runs 4 + 3 = 7 days, to Wed 7 Jan, and C
  // follows on 8-9 Jan.
  auto doc = test::parse(text);
  doc.mutable_measures(1)->set_remaining_days(3);
  plan = model::from_proto(doc);
  s = schedule_plan(plan, calendar_for(plan), {std::nullopt, Date(2026, 1, 5)});
  EXPECT_EQ(d(s.measures[1].early_finish), "2026-01-07");
  EXPECT_EQ(d(s.measures[2].early_start), "2026-01-08");
  EXPECT_EQ(d(s.measures[2].early_finish), "2026-01-09");
}

TEST(Schedule, AConstraintThatContradictsALinkIsAFinding) {
  // B must start on Tue 6 Jan, but follows A (3 days from Mon 5 Jan, to Wed
  // 7 Jan): the link wins, B starts Thu 8 Jan, 2 working days late.
  const auto plan = test::concept_from(R"(
    period_start: "2026-01-05" calendar { state: "NW" }
    measures { id: "A" duration_days: 3 }
    measures { id: "B" duration_days: 1 dependencies { predecessor_id: "A" }
               constraints { type: CONSTRAINT_TYPE_MUST_START_ON date: "2026-01-06" } })");
  const auto s = schedule_plan(plan, calendar_for(plan));
  EXPECT_EQ(d(s.measures[1].early_start), "2026-01-08");
  EXPECT_EQ(s.measures[1].total_float, -2);
  ASSERT_EQ(s.findings.size(), 1u);
  EXPECT_NE(s.findings[0].message.find("cannot meet must start on 2026-01-06"), std::string::npos);
  EXPECT_NE(s.findings[0].message.find("driven by \"A\" -> \"B\""), std::string::npos);
}

TEST(Schedule, BadInput) {
  const auto ring = test::concept_from(R"(period_start: "2026-01-05"
    measures { id: "x" dependencies { predecessor_id: "y" } } measures { id: "y" dependencies { predecessor_id: "x" } })");
  EXPECT_EQ(test::error_code_of([&] { schedule_plan(ring, Calendar()); }), ErrorCode::conflict);
  const auto no_start = test::concept_from(R"(measures { id: "x" })");
  EXPECT_EQ(test::error_code_of([&] { schedule_plan(no_start, Calendar()); }), ErrorCode::invalid_argument);
  EXPECT_EQ(test::error_code_of([&] { schedule_plan(no_start, Calendar(), {Date(1985, 1, 1)}); }), ErrorCode::out_of_range);
  const auto bad_state = test::concept_from(R"(calendar { state: "XX" })");
  try {
    calendar_for(bad_state);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
    EXPECT_NE(std::string(e.what()).find("calendar.state \"XX\" is not a German state code"), std::string::npos);
  }
}

}  // namespace
}  // namespace planwerk::schedule

namespace planwerk::schedule {
namespace {

// An FS link with a calendar-day lag counts from the driver's last working
// day; after a milestone, from the working day before it (as TaskJuggler
// does), so a milestone between two measures moves nothing.
//   A: 22-24 Dec 2025 (days 0-2). M: milestone FS after A, at day 3 (29 Dec).
//   B: FS +2 calendar days after M: M's last working day is 24 Dec; 24 + 1 + 2
//      = Sat 27 Dec, so the next working day, Mon 29 Dec.
//   C: FS +2 calendar days straight after A: 24 + 1 + 2 = 27 Dec -> 29 Dec too.
// (Counting from the milestone's own day, 29 Dec + 2 = 31 Dec, would move B
// two working days later than C.)
TEST(Schedule, MilestoneBetweenMeasuresMovesNothing) {
  const auto plan = test::concept_from(R"(
    period_start: "2025-12-22"
    calendar { state: "NW" }
    measures { id: "A" duration_days: 3 }
    measures { id: "M" duration_days: 0 dependencies { predecessor_id: "A" } }
    measures { id: "B" duration_days: 1 dependencies { predecessor_id: "M" lag: 2 lag_unit: LAG_UNIT_CALENDAR_DAYS } }
    measures { id: "C" duration_days: 1 dependencies { predecessor_id: "A" lag: 2 lag_unit: LAG_UNIT_CALENDAR_DAYS } }
  )");
  const auto s = schedule_plan(plan, calendar_for(plan));
  const auto& m = s.measures;
  EXPECT_EQ(model::format_date(m[1].early_start), "2025-12-29");
  EXPECT_EQ(model::format_date(m[2].early_start), "2025-12-29");
  EXPECT_EQ(model::format_date(m[3].early_start), "2025-12-29");
  // Backward: B and C both finish on 29 Dec, the finish; the milestone may
  // sit as late as 29 Dec and A finish by 24 Dec: no float anywhere.
  EXPECT_EQ(m[0].total_float, 0);
  EXPECT_EQ(m[1].total_float, 0);
}

}  // namespace
}  // namespace planwerk::schedule
