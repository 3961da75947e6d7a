// SPDX-License-Identifier: Apache-2.0
#include "planwerk/schedule/calendar.hpp"

#include <algorithm>

#include "planwerk/error.hpp"

namespace planwerk::schedule {
namespace {

const char* weekday_name(int d) {
  static constexpr const char* names[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  return names[d];
}

}  // namespace

Calendar::Calendar() { rebuild(); }

Calendar::Calendar(State state, HolidayOptions options) : state_(state), options_(options) {
  for (int y = first_holiday_year; y <= last_holiday_year; ++y) {
    for (auto& h : public_holidays(state, y, options)) holidays_.emplace(h.date, std::move(h.name));
  }
  rebuild();
}

void Calendar::require_within(Date day, std::string_view what) {
  if (model::is_set(day) && day >= first_day() && day <= last_day()) return;
  throw Error(ErrorCode::out_of_range, std::string(what) + (what.empty() ? "" : ": ") + "the date " +
                                           (model::is_set(day) ? model::format_date(day) : "(unset)") +
                                           " is outside the calendar (1990-01-01 to 2100-12-31)");
}

std::size_t Calendar::offset(Date day) const {
  if (!model::is_set(day) || day < first_day() || day > last_day()) {
    throw Error(ErrorCode::out_of_range, "the date " + (model::is_set(day) ? model::format_date(day) : "(unset)") +
                                             " is outside the calendar (1990-01-01 to 2100-12-31)");
  }
  return static_cast<std::size_t>((day - first_day()).days());
}

void Calendar::set_working_weekdays(const std::array<bool, 7>& weekdays) {
  weekdays_ = weekdays;
  rebuild();
}

void Calendar::add_closure(Date day, std::string name) {
  offset(day);
  closures_[day] = std::move(name);
  rebuild();
}

void Calendar::add_working_day(Date day) {
  offset(day);
  extra_working_.push_back(day);
  rebuild();
}

std::string Calendar::reason(Date day) const {
  offset(day);
  if (std::find(extra_working_.begin(), extra_working_.end(), day) != extra_working_.end()) return {};
  if (auto it = closures_.find(day); it != closures_.end()) return "closure: " + it->second;
  if (auto it = holidays_.find(day); it != holidays_.end()) return it->second;
  if (!weekdays_[day.day_of_week().as_number()]) return weekday_name(day.day_of_week().as_number());
  return {};
}

bool Calendar::is_working_day(Date day) const {
  const std::size_t i = offset(day);
  // Working days are exactly those whose next working day is themselves.
  return next_ordinal_[i] < static_cast<std::int32_t>(days_.size()) &&
         days_[static_cast<std::size_t>(next_ordinal_[i])] == static_cast<std::int32_t>(i);
}

void Calendar::rebuild() {
  // Mark the days off once, then walk the span with the weekday in hand: no
  // per-day look-ups or strings (reason() is for explaining single days).
  const std::size_t span = static_cast<std::size_t>((last_day() - first_day()).days()) + 1;
  std::vector<char> off(span, 0), worked(span, 0);
  for (const auto& entry : holidays_) off[offset(entry.first)] = 1;
  for (const auto& entry : closures_) off[offset(entry.first)] = 1;
  for (const Date d : extra_working_) worked[offset(d)] = 1;
  std::vector<std::int32_t> days;
  days.reserve(span * 5 / 7 + 16);
  int weekday = first_day().day_of_week().as_number();
  for (std::size_t i = 0; i < span; ++i, weekday = (weekday + 1) % 7) {
    if (worked[i] || (!off[i] && weekdays_[static_cast<std::size_t>(weekday)])) days.push_back(static_cast<std::int32_t>(i));
  }
  std::vector<std::int32_t> next(span);
  std::size_t k = 0;  // the first working day not before day i
  for (std::size_t i = 0; i < span; ++i) {
    while (k < days.size() && days[k] < static_cast<std::int32_t>(i)) ++k;
    next[i] = static_cast<std::int32_t>(k);
  }
  days_ = std::move(days);
  next_ordinal_ = std::move(next);
}

std::int64_t Calendar::ordinal(Date day) const { return next_ordinal_[offset(day)]; }

Date Calendar::working_day(std::int64_t ordinal) const {
  if (ordinal < 0 || ordinal >= working_day_count()) {
    throw Error(ErrorCode::out_of_range, "working day " + std::to_string(ordinal) +
                                             " lies outside the calendar (1990-01-01 to 2100-12-31)");
  }
  return first_day() + boost::gregorian::days(days_[static_cast<std::size_t>(ordinal)]);
}

Date Calendar::next_working_day(Date day) const { return working_day(ordinal(day)); }

Date Calendar::previous_working_day(Date day) const {
  return is_working_day(day) ? day : working_day(ordinal(day) - 1);
}

Date Calendar::add_working_days(Date day, std::int64_t n) const { return working_day(ordinal(day) + n); }

std::int64_t Calendar::working_days_between(Date first, Date last) const {
  if (last < first) return 0;
  // ordinal(last + 1) counts the working days before the day after last.
  const std::int64_t end = last == last_day() ? working_day_count() : ordinal(last + boost::gregorian::days(1));
  return end - ordinal(first);
}

}  // namespace planwerk::schedule
