// SPDX-License-Identifier: Apache-2.0
// Recurring dates: a subset of RFC 5545 recurrence rules, for committees and
// participation formats (the quarterly steering group, the yearly conference
// in the second quarter, a citizens' survey every two years).
//
// Supported: FREQ=YEARLY|MONTHLY|WEEKLY, INTERVAL, BYMONTH, BYDAY (with
// ordinals such as 2WE or -1FR in monthly and yearly rules), BYMONTHDAY
// (also negative), BYSETPOS, COUNT, UNTIL (a date), and EXDATE. Weeks start
// on Monday. A text may hold several lines: "DTSTART:20260101",
// "RRULE:FREQ=...", "EXDATE:20261230,20270106"; a bare "FREQ=..." is the rule.
// Only dates that match the rule count as occurrences (as in python-dateutil);
// DTSTART, default the start of the span asked for, only sets where the
// series begins.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/frame.hpp"
#include "planwerk/schedule/calendar.hpp"

namespace planwerk::schedule {

/// An RFC 5545 recurrence rule (RRULE), the parts committees' calendars use.
struct Recurrence {
  /// FREQ.
  enum class Frequency { yearly, monthly, weekly };
  Frequency frequency = Frequency::yearly;  ///< FREQ
  int interval = 1;                            ///< INTERVAL: every n-th period
  std::vector<int> by_month;                   ///< 1..12
  std::vector<std::pair<int, int>> by_day;     ///< (ordinal or 0, weekday 0 = Sunday .. 6)
  std::vector<int> by_month_day;               ///< 1..31 or -31..-1
  std::vector<int> by_set_pos;                 ///< 1..366 or -366..-1
  std::optional<int> count;                    ///< COUNT: at most this many dates
  std::optional<Date> until;                   ///< UNTIL: no date after it
  std::optional<Date> start;                   ///< DTSTART
  std::vector<Date> exdates;                   ///< EXDATE: dates left out
};

/// Throws Error(parse) naming the part that is wrong ("BYDAY=3XX: unknown
/// weekday"), and for parts outside the subset.
PLANWERK_API Recurrence parse_recurrence(std::string_view text);

/// The occurrences from the series' start (DTSTART, else `from`) that lie in
/// [from, to], ascending, without the EXDATEs. Only days of the calendar
/// (1990 to 2100) occur: the span is clipped to it. Throws Error(out_of_range)
/// for a DTSTART outside it; parse_recurrence refuses DTSTART, UNTIL and
/// EXDATE outside it, and a value listed twice counts once.
PLANWERK_API std::vector<Date> expand(const Recurrence& rule, Date from, Date to);

/// The same as a frame with one column: date (date).
PLANWERK_API Frame expansion_table(const Recurrence& rule, Date from, Date to);

/// The RRULE value ("FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE"), for iCalendar.
PLANWERK_API std::string to_rrule(const Recurrence& rule);

/// What to do with an occurrence on a day off.
enum class HolidayRule { move_to_next_working_day, skip };

/// Applies the rule; moved dates that meet an existing one are kept once.
PLANWERK_API std::vector<Date> on_working_days(const std::vector<Date>& dates, const Calendar& calendar,
                                               HolidayRule rule);

}  // namespace planwerk::schedule
