// SPDX-License-Identifier: Apache-2.0
#include "planwerk/schedule/holidays.hpp"

#include <algorithm>
#include <array>

#include "planwerk/error.hpp"

namespace planwerk::schedule {
namespace {

constexpr std::array<std::string_view, 16> codes = {"BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV",
                                                    "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"};

bool in(State s, std::initializer_list<State> states) { return std::find(states.begin(), states.end(), s) != states.end(); }

Date day(int year, int month, int d) {
  return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month), static_cast<unsigned short>(d));
}

// Buß- und Bettag: the Wednesday before 23 November, so between 16 and 22.
Date repentance_day(int year) {
  Date d = day(year, 11, 22);
  while (d.day_of_week().as_number() != 3) d -= boost::gregorian::days(1);
  return d;
}

}  // namespace

std::string_view state_code(State s) noexcept { return codes[static_cast<std::size_t>(s) - 1]; }

std::optional<State> state_from_code(std::string_view code) noexcept {
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (codes[i] == code) return static_cast<State>(i + 1);
  }
  return std::nullopt;
}

Date easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, dd = (h + l - 7 * m + 114) % 31 + 1;
  return day(year, month, dd);
}

std::vector<Holiday> public_holidays(State s, int year, HolidayOptions options) {
  if (year < first_holiday_year || year > last_holiday_year) {
    throw Error(ErrorCode::out_of_range, "public holidays are known from " + std::to_string(first_holiday_year) +
                                             " to " + std::to_string(last_holiday_year) + ", not " +
                                             std::to_string(year));
  }
  using S = State;
  const Date easter = easter_sunday(year);
  auto from_easter = [&](int offset) { return easter + boost::gregorian::days(offset); };
  std::vector<Holiday> out;
  auto add = [&](Date d, const char* name) { out.push_back({d, name}); };

  add(day(year, 1, 1), "Neujahr");
  if (in(s, {S::BW, S::BY, S::ST})) add(day(year, 1, 6), "Heilige Drei Könige");
  if ((s == S::BE && year >= 2019) || (s == S::MV && year >= 2023)) add(day(year, 3, 8), "Frauentag");
  add(from_easter(-2), "Karfreitag");
  if (s == S::BB) add(easter, "Ostersonntag");
  add(from_easter(1), "Ostermontag");
  add(day(year, 5, 1), "Erster Mai");
  if (s == S::BE && (year == 2020 || year == 2025))
    add(day(year, 5, 8), "Jahrestag der Befreiung vom Nationalsozialismus");
  add(from_easter(39), "Christi Himmelfahrt");
  if (s == S::BB) add(from_easter(49), "Pfingstsonntag");
  add(from_easter(50), "Pfingstmontag");
  if (in(s, {S::BW, S::BY, S::HE, S::NW, S::RP, S::SL}) ||
      (options.catholic_municipality && in(s, {S::SN, S::TH})))
    add(from_easter(60), "Fronleichnam");
  if (s == S::BE && year == 2028) add(day(year, 6, 17), "Jahrestag des Aufstandes vom 17. Juni 1953");
  if (s == S::SL || (options.catholic_municipality && s == S::BY)) add(day(year, 8, 15), "Mariä Himmelfahrt");
  if (s == S::TH && year >= 2019) add(day(year, 9, 20), "Weltkindertag");
  add(day(year, 10, 3), "Tag der Deutschen Einheit");
  if (in(s, {S::BB, S::MV, S::SN, S::ST, S::TH}) || (in(s, {S::HB, S::HH, S::NI, S::SH}) && year >= 2018) ||
      year == 2017)
    add(day(year, 10, 31), "Reformationstag");
  if (in(s, {S::BW, S::BY, S::NW, S::RP, S::SL})) add(day(year, 11, 1), "Allerheiligen");
  if (year <= 1994 || s == S::SN) add(repentance_day(year), "Buß- und Bettag");
  add(day(year, 12, 25), "Erster Weihnachtstag");
  add(day(year, 12, 26), "Zweiter Weihnachtstag");
  // Pfingstmontag and Fronleichnam can never meet another holiday, but
  // Christi Himmelfahrt can fall on 1 May: keep one entry per date.
  std::stable_sort(out.begin(), out.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  out.erase(std::unique(out.begin(), out.end(), [](const Holiday& a, const Holiday& b) { return a.date == b.date; }),
            out.end());
  return out;
}

Frame holiday_table(State state, int year, HolidayOptions options) {
  Frame f;
  auto& date = f.add("date", Column::Type::date).dates();
  auto& name = f.add("name", Column::Type::text).texts();
  for (const auto& h : public_holidays(state, year, options)) {
    date.push_back(model::to_day(h.date));
    name.push_back(h.name);
  }
  return f;
}

}  // namespace planwerk::schedule
