// SPDX-License-Identifier: Apache-2.0
// A working-day calendar: working weekdays, the public holidays of a German
// state, named closures (a city administration closed on Rosenmontag) and
// exceptions that make a day a working day. Covers 1990-01-01 to 2100-12-31.
//
// Working-day arithmetic is O(1): the calendar numbers its working days once,
// so "the 20th working day after" is an index lookup.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/schedule/holidays.hpp"

namespace planwerk::schedule {

/// A working-day calendar from 1990 to 2100: weekdays worked, a state's
/// public holidays, closures and extra working days, with the working days
/// numbered for fast arithmetic.
class PLANWERK_API Calendar {
 public:
  /// The span every calendar covers: 1990-01-01 to 2100-12-31.
  ///@{
  static Date first_day() { return Date(1990, 1, 1); }
  static Date last_day() { return Date(2100, 12, 31); }
  ///@}
  /// The one range rule for dates that scheduling computes with (a
  /// schedule's start, a consultation's ready date, a recurrence's dates):
  /// throws Error(out_of_range) "WHAT: the date D is outside the calendar
  /// (1990-01-01 to 2100-12-31)" for a date outside it or unset.
  static void require_within(Date day, std::string_view what);

  /// Monday to Friday, without holidays.
  Calendar();
  /// Monday to Friday, without the state's public holidays.
  explicit Calendar(State state, HolidayOptions options = {});

  /// The state whose holidays it has; std::nullopt: none.
  std::optional<State> state() const noexcept { return state_; }

  /// Which weekdays are worked, Sunday first (index 0) as in Boost.Date_Time.
  void set_working_weekdays(const std::array<bool, 7>& weekdays);
  /// A day off with a name, such as "Rosenmontag". Throws Error(out_of_range)
  /// outside the calendar's span.
  void add_closure(Date day, std::string name);
  /// Makes a day a working day whatever else it is.
  void add_working_day(Date day);

  /// Whether `day` is worked; false outside the calendar's span.
  bool is_working_day(Date day) const;
  /// Why a day is not worked: "Sunday", "Ostermontag", "closure: Rosenmontag";
  /// empty for a working day.
  std::string reason(Date day) const;

  /// The working days of the calendar are numbered from 0 in date order.
  /// ordinal(d) is the number of the first working day on or after d.
  /// working_day(n) is working day number n; working_day_count() how many
  /// there are.
  ///@{
  std::int64_t ordinal(Date day) const;
  Date working_day(std::int64_t ordinal) const;
  std::int64_t working_day_count() const noexcept { return static_cast<std::int64_t>(days_.size()); }

  ///@}

  /// The first working day on or after (before) `day`.
  ///@{
  Date next_working_day(Date day) const;
  Date previous_working_day(Date day) const;
  ///@}
  /// The working day n working days after (n < 0: before) the working day
  /// on or after `day`. Throws Error(out_of_range) beyond the span.
  Date add_working_days(Date day, std::int64_t n) const;
  /// Working days from first to last, both included (0 if last < first).
  std::int64_t working_days_between(Date first, Date last) const;

 private:
  void rebuild();
  std::size_t offset(Date day) const;  ///< checks the span

  std::optional<State> state_;
  HolidayOptions options_;
  std::array<bool, 7> weekdays_{false, true, true, true, true, true, false};
  std::map<Date, std::string> holidays_;
  std::map<Date, std::string> closures_;
  std::vector<Date> extra_working_;
  /// Per day of the span: the ordinal of the first working day on or after it.
  std::vector<std::int32_t> next_ordinal_;
  /// Per working day: its offset from first_day().
  std::vector<std::int32_t> days_;
};

}  // namespace planwerk::schedule
