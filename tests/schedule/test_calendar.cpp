// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "planwerk/error.hpp"
#include "planwerk/schedule/calendar.hpp"
#include "planwerk/schedule/holidays.hpp"
#include "support/text.hpp"

namespace planwerk::schedule {
namespace {

std::vector<std::string> dates(const std::vector<Holiday>& list) {
  std::vector<std::string> out;
  for (const auto& h : list) out.push_back(model::format_date(h.date));
  return out;
}

TEST(Holidays, EasterSundays) {
  // Known dates: 1990-04-15, 2000-04-23, 2008-03-23, 2024-03-31, 2025-04-20,
  // 2038-04-25 (latest possible), 2100-03-28.
  EXPECT_EQ(easter_sunday(1990), Date(1990, 4, 15));
  EXPECT_EQ(easter_sunday(2000), Date(2000, 4, 23));
  EXPECT_EQ(easter_sunday(2008), Date(2008, 3, 23));
  EXPECT_EQ(easter_sunday(2024), Date(2024, 3, 31));
  EXPECT_EQ(easter_sunday(2025), Date(2025, 4, 20));
  EXPECT_EQ(easter_sunday(2038), Date(2038, 4, 25));
  EXPECT_EQ(easter_sunday(2100), Date(2100, 3, 28));
}

TEST(Holidays, NorthRhineWestphalia2025) {
  // Easter 2025-04-20: Karfreitag -2 = 04-18, Ostermontag +1 = 04-21,
  // Himmelfahrt +39 = 05-29, Pfingstmontag +50 = 06-09, Fronleichnam +60 = 06-19.
  EXPECT_EQ(dates(public_holidays(State::NW, 2025)),
            (std::vector<std::string>{"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-05-29",
                                      "2025-06-09", "2025-06-19", "2025-10-03", "2025-11-01", "2025-12-25",
                                      "2025-12-26"}));
}

TEST(Holidays, HistoryAndStateRules) {
  // 1990: Buß- und Bettag everywhere; 22 Nov 1990 was a Thursday, so 21 Nov.
  auto nw1990 = dates(public_holidays(State::NW, 1990));
  EXPECT_NE(std::find(nw1990.begin(), nw1990.end(), "1990-11-21"), nw1990.end());
  // 1995 on: Saxony only (2025: 22 Nov is a Saturday, so Wednesday 19 Nov).
  auto sn = dates(public_holidays(State::SN, 2025));
  EXPECT_NE(std::find(sn.begin(), sn.end(), "2025-11-19"), sn.end());
  auto by = dates(public_holidays(State::BY, 2025));
  EXPECT_EQ(std::find(by.begin(), by.end(), "2025-11-19"), by.end());
  // Reformationstag: 2017 everywhere, Lower Saxony from 2018.
  auto has = [](State s, int y, const char* d) {
    auto l = dates(public_holidays(s, y));
    return std::find(l.begin(), l.end(), d) != l.end();
  };
  EXPECT_TRUE(has(State::BY, 2017, "2017-10-31"));
  EXPECT_FALSE(has(State::NI, 2016, "2016-10-31"));
  EXPECT_TRUE(has(State::NI, 2018, "2018-10-31"));
  EXPECT_TRUE(has(State::BE, 2019, "2019-03-08"));
  EXPECT_FALSE(has(State::BE, 2018, "2018-03-08"));
  EXPECT_TRUE(has(State::TH, 2019, "2019-09-20"));
  EXPECT_TRUE(has(State::BB, 2025, "2025-04-20"));  // Ostersonntag
  // Catholic municipalities: Mariä Himmelfahrt in Bavaria.
  EXPECT_FALSE(has(State::BY, 2025, "2025-08-15"));
  auto catholic = dates(public_holidays(State::BY, 2025, {true}));
  EXPECT_NE(std::find(catholic.begin(), catholic.end(), "2025-08-15"), catholic.end());
  // 2008: Christi Himmelfahrt fell on 1 May; one entry for the day.
  auto nw2008 = dates(public_holidays(State::NW, 2008));
  EXPECT_EQ(std::count(nw2008.begin(), nw2008.end(), "2008-05-01"), 1);
  EXPECT_THROW(public_holidays(State::NW, 1989), Error);
  EXPECT_THROW(public_holidays(State::NW, 2101), Error);
  EXPECT_EQ(state_from_code("NW"), State::NW);
  EXPECT_EQ(state_code(State::TH), "TH");
  EXPECT_EQ(state_from_code("XX"), std::nullopt);
}

TEST(Calendar, WorkingDaysAroundChristmasInNrw) {
  const Calendar nrw(State::NW);
  // 22-24 Dec 2025 (Mon-Wed) worked, 25/26 holidays, 27/28 weekend, 29-31
  // worked, 1 Jan holiday, 2 Jan (Fri) worked: 3 + 3 + 1 = 7.
  EXPECT_EQ(nrw.working_days_between(Date(2025, 12, 22), Date(2026, 1, 2)), 7);
  EXPECT_EQ(nrw.add_working_days(Date(2025, 12, 23), 2), Date(2025, 12, 29));
  EXPECT_EQ(nrw.add_working_days(Date(2025, 12, 29), -2), Date(2025, 12, 23));
  EXPECT_EQ(nrw.next_working_day(Date(2025, 12, 25)), Date(2025, 12, 29));
  EXPECT_EQ(nrw.previous_working_day(Date(2025, 12, 28)), Date(2025, 12, 24));
  EXPECT_FALSE(nrw.is_working_day(Date(2025, 6, 19)));
  EXPECT_EQ(nrw.reason(Date(2025, 6, 19)), "Fronleichnam");
  EXPECT_EQ(nrw.reason(Date(2025, 6, 21)), "Saturday");
  EXPECT_EQ(nrw.reason(Date(2025, 6, 20)), "");
  EXPECT_EQ(nrw.working_day(nrw.ordinal(Date(2025, 6, 20))), Date(2025, 6, 20));
}

TEST(Calendar, ClosuresExceptionsAndWeekdays) {
  Calendar city(State::NW);
  city.add_closure(Date(2026, 2, 16), "Rosenmontag");
  EXPECT_EQ(city.reason(Date(2026, 2, 16)), "closure: Rosenmontag");
  EXPECT_EQ(city.add_working_days(Date(2026, 2, 13), 1), Date(2026, 2, 17));
  city.add_working_day(Date(2026, 2, 14));  // a Saturday made a working day
  EXPECT_TRUE(city.is_working_day(Date(2026, 2, 14)));
  EXPECT_EQ(city.add_working_days(Date(2026, 2, 13), 1), Date(2026, 2, 14));
  Calendar six;
  six.set_working_weekdays({false, true, true, true, true, true, true});
  EXPECT_TRUE(six.is_working_day(Date(2026, 2, 14)));
  EXPECT_EQ(six.working_days_between(Date(2026, 2, 9), Date(2026, 2, 15)), 6);
}

TEST(Calendar, RangeErrors) {
  const Calendar c;
  EXPECT_EQ(test::error_code_of([&] { c.is_working_day(Date(1989, 12, 31)); }), ErrorCode::out_of_range);
  EXPECT_EQ(test::error_code_of([&] { c.add_working_days(Date(2100, 12, 30), 5); }), ErrorCode::out_of_range);
  EXPECT_EQ(test::error_code_of([&] { c.working_day(-1); }), ErrorCode::out_of_range);
  EXPECT_EQ(test::error_code_of([&] { Calendar x; x.add_closure(Date(2101, 1, 1), "x"); }), ErrorCode::out_of_range);
  EXPECT_EQ(c.working_days_between(Date(2100, 12, 27), Date(2100, 12, 31)), 5);  // Mon 27 to Fri 31
}

TEST(Holidays, HolidayTableAndItsBounds) {
  // NW 2025: eleven holidays (New Year, Good Friday, Easter Monday, 1 May,
  // Ascension, Whit Monday, Corpus Christi, 3 Oct, All Saints, 25 and 26 Dec).
  const Frame f = holiday_table(State::NW, 2025);
  ASSERT_EQ(f.rows(), 11u);
  EXPECT_EQ(f["date"].dates().front(), model::to_day(Date(2025, 1, 1)));
  EXPECT_EQ(f["name"].texts().front(), public_holidays(State::NW, 2025).front().name);
  for (int year : {1989, 2101, -5, 1 << 30}) {
    try {
      (void)holiday_table(State::NW, year);
      ADD_FAILURE() << year << " was accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::out_of_range) << year;
    }
  }
}

}  // namespace
}  // namespace planwerk::schedule
