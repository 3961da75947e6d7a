// SPDX-License-Identifier: Apache-2.0
#include "planwerk/monitor/period.hpp"

#include <charconv>

namespace planwerk::monitor {
namespace {

// Only for valid periods (years 1400-9999, real days): the parts fit.
model::Date day_of(Period p) {
  return model::Date(static_cast<unsigned short>(p / 10000), static_cast<unsigned short>((p / 100) % 100),
                     static_cast<unsigned short>(p % 100));
}

}  // namespace

bool valid_period(Period p) noexcept {
  const int year = p / 10000;
  if (year < 1400 || year > 9999) return false;
  if (is_year(p)) return true;
  const int month = (p / 100) % 100;
  const int day = p % 100;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(year),
                                                                        static_cast<unsigned short>(month));
}

double date_time(const model::Date& d) {
  const int year = d.year();
  const double length = boost::gregorian::gregorian_calendar::is_leap_year(static_cast<unsigned short>(year)) ? 366 : 365;
  return year + (d.day_of_year() - 1) / length;
}

Period date_period(const model::Date& d) { return d.year() * 10000 + d.month() * 100 + d.day(); }

double period_time(Period p) { return is_year(p) ? static_cast<double>(period_year(p)) : date_time(day_of(p)); }

std::optional<Period> parse_period(std::string_view text) {
  if (text.size() == 4) {
    int year = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + 4, year);
    if (ec != std::errc() || end != text.data() + 4) return std::nullopt;
    const Period p = year_period(year);
    return valid_period(p) ? std::optional<Period>(p) : std::nullopt;
  }
  const auto day = model::parse_date(text);
  if (!day || !model::is_set(*day)) return std::nullopt;
  return date_period(*day);
}

std::string format_period(Period p) {
  if (is_year(p)) return std::to_string(period_year(p));
  return model::format_date(day_of(p));
}

}  // namespace planwerk::monitor
