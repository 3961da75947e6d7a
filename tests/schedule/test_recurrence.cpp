// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "planwerk/error.hpp"
#include "planwerk/schedule/recurrence.hpp"

namespace planwerk::schedule {
namespace {

std::vector<std::string> run(const char* rule, Date from, Date to) {
  std::vector<std::string> out;
  for (Date d : expand(parse_recurrence(rule), from, to)) out.push_back(model::format_date(d));
  return out;
}

TEST(Recurrence, TheSeedsCommittees) {
  const Date from(2026, 1, 1), to(2026, 12, 31);
  // Quarterly steering group, second Wednesday: 1 Jan 2026 is a Thursday,
  // so Wednesdays 7, 14 -> 14 Jan; 1 Apr is a Wednesday -> 8 Apr; 1 Jul a
  // Wednesday -> 8 Jul; 1 Oct a Thursday -> 14 Oct.
  EXPECT_EQ(run("FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE", from, to),
            (std::vector<std::string>{"2026-01-14", "2026-04-08", "2026-07-08", "2026-10-14"}));
  // The yearly conference in the second quarter, its last Friday: 30 June
  // 2026 is a Tuesday -> Friday 26 June.
  EXPECT_EQ(run("FREQ=YEARLY;BYMONTH=4,5,6;BYDAY=FR;BYSETPOS=-1", from, to),
            (std::vector<std::string>{"2026-06-26"}));
  // The working group twice a year, third Wednesday of March and October:
  // 1 Mar 2026 is a Sunday -> 4, 11, 18; 1 Oct a Thursday -> 7, 14, 21.
  EXPECT_EQ(run("FREQ=YEARLY;BYMONTH=3,10;BYDAY=3WE", from, to),
            (std::vector<std::string>{"2026-03-18", "2026-10-21"}));
  // The citizens' survey every two years from 2024, on 1 May.
  EXPECT_EQ(run("DTSTART:20240101\nRRULE:FREQ=YEARLY;INTERVAL=2;BYMONTH=5;BYMONTHDAY=1", Date(2024, 1, 1),
                Date(2030, 12, 31)),
            (std::vector<std::string>{"2024-05-01", "2026-05-01", "2028-05-01", "2030-05-01"}));
}

TEST(Recurrence, CountUntilExdateAndWeekly) {
  // Every other Monday from Mon 5 Jan 2026, four times, without 2 Feb.
  EXPECT_EQ(run("DTSTART:20260105\nRRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4\nEXDATE:20260202", Date(2026, 1, 1),
                Date(2026, 12, 31)),
            (std::vector<std::string>{"2026-01-05", "2026-01-19", "2026-02-16"}));
  // Last day of each month until April.
  EXPECT_EQ(run("FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20260430", Date(2026, 1, 1), Date(2026, 12, 31)),
            (std::vector<std::string>{"2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"}));
  // Tuesdays and Thursdays of one week.
  EXPECT_EQ(run("FREQ=WEEKLY;BYDAY=TU,TH", Date(2026, 1, 5), Date(2026, 1, 11)),
            (std::vector<std::string>{"2026-01-06", "2026-01-08"}));
  // The 31st exists only in some months.
  EXPECT_EQ(run("DTSTART:20260131\nRRULE:FREQ=MONTHLY;COUNT=3", Date(2026, 1, 1), Date(2026, 12, 31)),
            (std::vector<std::string>{"2026-01-31", "2026-03-31", "2026-05-31"}));
}

TEST(Recurrence, HolidaysMoveOrSkip) {
  const Calendar nrw(State::NW);
  // 25 Dec 2026 is a Friday and a holiday; 26 Dec a Saturday.
  const std::vector<Date> dates{Date(2026, 12, 24), Date(2026, 12, 25), Date(2026, 12, 26)};
  EXPECT_EQ(on_working_days(dates, nrw, HolidayRule::skip), (std::vector<Date>{Date(2026, 12, 24)}));
  // Both move to Monday 28 Dec, kept once.
  EXPECT_EQ(on_working_days(dates, nrw, HolidayRule::move_to_next_working_day),
            (std::vector<Date>{Date(2026, 12, 24), Date(2026, 12, 28)}));
}

TEST(Recurrence, RoundTripAndErrors) {
  EXPECT_EQ(to_rrule(parse_recurrence("RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE,-1FR;COUNT=5")),
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE,-1FR;COUNT=5");
  auto message = [](const char* text) {
    try {
      parse_recurrence(text);
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::parse);
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  EXPECT_EQ(message("FREQ=DAILY"), "recurrence rule: FREQ=DAILY: only YEARLY, MONTHLY and WEEKLY are supported");
  EXPECT_EQ(message("FREQ=MONTHLY;BYDAY=2XX"), "recurrence rule: BYDAY=2XX: \"XX\": unknown weekday");
  EXPECT_EQ(message("FREQ=YEARLY;BYMONTH=13"), "recurrence rule: BYMONTH=13: \"13\" is not a number from 1 to 12");
  EXPECT_EQ(message("INTERVAL=2"), "recurrence rule: INTERVAL=2: FREQ is missing");
  EXPECT_EQ(message("FREQ=WEEKLY;BYDAY=2MO"), "recurrence rule: BYDAY: ordinals such as 2MO need a MONTHLY or YEARLY rule");
  EXPECT_EQ(message("FREQ=YEARLY;COUNT=2;UNTIL=20300101"), "recurrence rule: FREQ=YEARLY;COUNT=2;UNTIL=20300101: COUNT and UNTIL exclude each other");
  EXPECT_EQ(message("FREQ=YEARLY;BYHOUR=9"), "recurrence rule: BYHOUR=9: is not in the supported subset (FREQ, INTERVAL, BYMONTH, BYDAY, BYMONTHDAY, BYSETPOS, COUNT, UNTIL)");
  EXPECT_EQ(message("DTSTART:2026"), "recurrence rule: DTSTART:2026: \"2026\" is not a date YYYYMMDD");
}

TEST(Recurrence, ExpansionTableBoundsAndOrder) {
  const auto rule = parse_recurrence("FREQ=MONTHLY;BYMONTHDAY=1");
  // 2026-01-01 to 2026-12-31: twelve firsts, ascending.
  const Frame year = expansion_table(rule, Date(2026, 1, 1), Date(2026, 12, 31));
  ASSERT_EQ(year.rows(), 12u);
  EXPECT_EQ(year["date"].dates().front(), model::to_day(Date(2026, 1, 1)));
  EXPECT_EQ(year["date"].dates().back(), model::to_day(Date(2026, 12, 1)));
  // An empty span (end before start) is no occurrence, not an error.
  EXPECT_EQ(expansion_table(rule, Date(2026, 12, 31), Date(2026, 1, 1)).rows(), 0u);
  // A span past the calendar is clipped to it: 1990-01 to 2100-12, 111 years of firsts.
  EXPECT_EQ(expansion_table(rule, Date(1400, 1, 1), Date(9999, 12, 31)).rows(), 111u * 12u);
}

}  // namespace
}  // namespace planwerk::schedule
