// SPDX-License-Identifier: Apache-2.0
#include <charconv>

#include "planwerk/model/types.hpp"

namespace planwerk::model {
namespace {

bool digits(std::string_view s, int& out) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc{};
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  if (text.empty()) return Date{};
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(text.substr(0, 4), y) ||
      !digits(text.substr(5, 2), m) || !digits(text.substr(8, 2), d)) {
    return std::nullopt;
  }
  // Boost.Date_Time covers 1400..9999 and rejects 2025-02-30 and the like.
  try {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
  } catch (const std::out_of_range&) {
    return std::nullopt;
  }
}

Day to_day(const Date& d) {
  if (!is_set(d) || d.day_number() < Date(1400, 1, 1).day_number() || d.day_number() > Date(9999, 12, 31).day_number())
    return {};
  const auto ymd = d.year_month_day();
  return {static_cast<std::int32_t>(ymd.year), static_cast<std::int32_t>(ymd.month), static_cast<std::int32_t>(ymd.day)};
}

std::string format_date(const Date& d) {
  if (!is_set(d)) return {};
  // A sum of days that Boost did not check can leave its years (1400 to
  // 9999); such a date is never formatted as if it were one.
  if (d.day_number() < Date(1400, 1, 1).day_number() || d.day_number() > Date(9999, 12, 31).day_number())
    return "(out of range)";
  const auto ymd = d.year_month_day();
  char buf[11];
  buf[10] = '\0';
  auto put = [&](int value, int at, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10) buf[at + i] = static_cast<char>('0' + value % 10);
  };
  put(ymd.year, 0, 4);
  buf[4] = '-';
  put(ymd.month, 5, 2);
  buf[7] = '-';
  put(ymd.day, 8, 2);
  return std::string(buf, 10);
}

}  // namespace planwerk::model
