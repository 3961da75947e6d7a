// SPDX-License-Identifier: Apache-2.0
#include "planwerk/schedule/recurrence.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "planwerk/error.hpp"

namespace planwerk::schedule {
namespace {

namespace bg = boost::gregorian;

constexpr std::array<std::string_view, 7> weekday_codes = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

[[noreturn]] void fail(std::string_view part, const std::string& why) {
  throw Error(ErrorCode::parse, "recurrence rule: " + std::string(part) + ": " + why);
}

std::vector<std::string_view> split(std::string_view text, char by) {
  std::vector<std::string_view> out;
  while (true) {
    const auto p = text.find(by);
    out.push_back(text.substr(0, p));
    if (p == std::string_view::npos) return out;
    text.remove_prefix(p + 1);
  }
}

int number(std::string_view part, std::string_view text, int low, int high) {
  int v = 0;
  const char* first = text.data();
  if (!text.empty() && text[0] == '+') ++first;
  auto [ptr, ec] = std::from_chars(first, text.data() + text.size(), v);
  if (ec != std::errc{} || ptr != text.data() + text.size() || v < low || v > high || v == 0)
    fail(part, "\"" + std::string(text) + "\" is not a number from " + std::to_string(low) + " to " + std::to_string(high));
  return v;
}

Date basic_date(std::string_view part, std::string_view text) {
  // YYYYMMDD, optionally with a time that is ignored (date-based rules only).
  if (text.size() >= 8) {
    const std::string iso = std::string(text.substr(0, 4)) + "-" + std::string(text.substr(4, 2)) + "-" +
                            std::string(text.substr(6, 2));
    if (auto d = model::parse_date(iso); d && model::is_set(*d)) return *d;
  }
  fail(part, "\"" + std::string(text) + "\" is not a date YYYYMMDD");
}

void parse_rule(std::string_view rule, Recurrence& r) {
  bool has_freq = false;
  for (auto part : split(rule, ';')) {
    if (part.empty()) continue;
    const auto eq = part.find('=');
    if (eq == std::string_view::npos) fail(part, "expected NAME=VALUE");
    const auto name = part.substr(0, eq), value = part.substr(eq + 1);
    if (name == "FREQ") {
      has_freq = true;
      if (value == "YEARLY") r.frequency = Recurrence::Frequency::yearly;
      else if (value == "MONTHLY") r.frequency = Recurrence::Frequency::monthly;
      else if (value == "WEEKLY") r.frequency = Recurrence::Frequency::weekly;
      else fail(part, "only YEARLY, MONTHLY and WEEKLY are supported");
    } else if (name == "INTERVAL") {
      r.interval = number(part, value, 1, 1000);
    } else if (name == "BYMONTH") {
      for (auto v : split(value, ',')) r.by_month.push_back(number(part, v, 1, 12));
    } else if (name == "BYMONTHDAY") {
      for (auto v : split(value, ',')) r.by_month_day.push_back(number(part, v, -31, 31));
    } else if (name == "BYSETPOS") {
      for (auto v : split(value, ',')) r.by_set_pos.push_back(number(part, v, -366, 366));
    } else if (name == "BYDAY") {
      for (auto v : split(value, ',')) {
        if (v.size() < 2) fail(part, "\"" + std::string(v) + "\" is not a weekday");
        const auto code = v.substr(v.size() - 2);
        const auto it = std::find(weekday_codes.begin(), weekday_codes.end(), code);
        if (it == weekday_codes.end()) fail(part, "\"" + std::string(code) + "\": unknown weekday");
        const int ordinal = v.size() > 2 ? number(part, v.substr(0, v.size() - 2), -53, 53) : 0;
        r.by_day.emplace_back(ordinal, static_cast<int>(it - weekday_codes.begin()));
      }
    } else if (name == "COUNT") {
      r.count = number(part, value, 1, 100000);
    } else if (name == "UNTIL") {
      r.until = basic_date(part, value);
    } else if (name == "WKST") {
      if (value != "MO") fail(part, "only weeks starting on Monday are supported");
    } else {
      fail(part, "is not in the supported subset (FREQ, INTERVAL, BYMONTH, BYDAY, BYMONTHDAY, BYSETPOS, COUNT, UNTIL)");
    }
  }
  if (!has_freq) fail(rule, "FREQ is missing");
  if (r.count && r.until) fail(rule, "COUNT and UNTIL exclude each other");
  // A value listed twice selects its days once (RFC 5545 lists are sets);
  // the first mention keeps its place, so the rule reads back as written.
  // (The kept values are distinct and few, at most 7 * 107 weekdays, so the
  // search among them stays linear in the list.)
  auto as_set = [](auto& list) {
    auto kept = list.begin();
    for (auto it = list.begin(); it != list.end(); ++it)
      if (std::find(list.begin(), kept, *it) == kept) *kept++ = *it;
    list.erase(kept, list.end());
  };
  as_set(r.by_month);
  as_set(r.by_month_day);
  as_set(r.by_set_pos);
  as_set(r.by_day);
  if (r.frequency == Recurrence::Frequency::weekly) {
    for (auto [ordinal, day] : r.by_day)
      if (ordinal != 0) fail("BYDAY", "ordinals such as 2MO need a MONTHLY or YEARLY rule");
    if (!r.by_month_day.empty()) fail("BYMONTHDAY", "does not go with FREQ=WEEKLY");
  }
}

int days_in_month(int y, int m) { return bg::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y), static_cast<unsigned short>(m)); }

Date make(int y, int m, int d) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

bool listed(const std::vector<int>& list, int v) { return list.empty() || std::find(list.begin(), list.end(), v) != list.end(); }

// The days of [first, last] that BYDAY (ordinals counted within the span)
// and BYMONTHDAY select; with neither, `fallback`.
std::vector<Date> select(const Recurrence& r, Date first, Date last, const std::vector<Date>& fallback) {
  std::vector<Date> out;
  if (r.by_day.empty() && r.by_month_day.empty()) return fallback;
  for (Date d = first; d <= last; d += bg::days(1)) {
    const int dim = days_in_month(d.year(), d.month());
    const int md = d.day();
    if (!r.by_month_day.empty()) {
      const bool hit = std::any_of(r.by_month_day.begin(), r.by_month_day.end(),
                                   [&](int v) { return v > 0 ? v == md : dim + 1 + v == md; });
      if (!hit) continue;
    }
    if (!r.by_day.empty()) {
      const int wd = d.day_of_week().as_number();
      // The how-many-th such weekday of the span this is, from either end.
      const int from_start = static_cast<int>((d - first).days()) / 7 + 1;
      const int from_end = -(static_cast<int>((last - d).days()) / 7 + 1);
      const bool hit = std::any_of(r.by_day.begin(), r.by_day.end(), [&](std::pair<int, int> b) {
        return b.second == wd && (b.first == 0 || b.first == from_start || b.first == from_end);
      });
      if (!hit) continue;
    }
    out.push_back(d);
  }
  return out;
}

// The candidates of the period starting on `period` (a year's 1 January, a
// month's 1st, or a week's Monday).
std::vector<Date> candidates(const Recurrence& r, Date period, Date dtstart) {
  std::vector<Date> out;
  using F = Recurrence::Frequency;
  if (r.frequency == F::weekly) {
    for (int i = 0; i < 7; ++i) {
      const Date d = period + bg::days(i);
      if (!listed(r.by_month, d.month())) continue;
      const int wd = d.day_of_week().as_number();
      const bool hit = r.by_day.empty() ? wd == dtstart.day_of_week().as_number()
                                        : std::any_of(r.by_day.begin(), r.by_day.end(),
                                                      [&](auto b) { return b.second == wd; });
      if (hit) out.push_back(d);
    }
  } else if (r.frequency == F::monthly) {
    const int y = period.year(), m = period.month();
    if (!listed(r.by_month, m)) return out;
    std::vector<Date> fallback;
    if (dtstart.day() <= days_in_month(y, m)) fallback.push_back(make(y, m, dtstart.day()));
    out = select(r, period, make(y, m, days_in_month(y, m)), fallback);
  } else {
    const int y = period.year();
    if (!r.by_month.empty()) {
      // Ordinals in BYDAY count within each listed month.
      for (int m : r.by_month) {
        std::vector<Date> fallback;
        if (dtstart.day() <= days_in_month(y, m)) fallback.push_back(make(y, m, dtstart.day()));
        auto month = select(r, make(y, m, 1), make(y, m, days_in_month(y, m)), fallback);
        out.insert(out.end(), month.begin(), month.end());
      }
      std::sort(out.begin(), out.end());
    } else if (!r.by_month_day.empty() && r.by_day.empty()) {
      for (int m = 1; m <= 12; ++m) {
        auto month = select(r, make(y, m, 1), make(y, m, days_in_month(y, m)), {});
        out.insert(out.end(), month.begin(), month.end());
      }
    } else {
      std::vector<Date> fallback;
      if (dtstart.day() <= days_in_month(y, dtstart.month())) fallback.push_back(make(y, dtstart.month(), dtstart.day()));
      out = select(r, make(y, 1, 1), make(y, 12, 31), fallback);
    }
  }
  if (!r.by_set_pos.empty()) {
    std::vector<Date> picked;
    const int size = static_cast<int>(out.size());
    for (int pos : r.by_set_pos) {
      const int i = pos > 0 ? pos - 1 : size + pos;
      if (i >= 0 && i < size) picked.push_back(out[static_cast<std::size_t>(i)]);
    }
    std::sort(picked.begin(), picked.end());
    picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
    out = std::move(picked);
  }
  return out;
}

Date next_period(const Recurrence& r, Date period) {
  switch (r.frequency) {
    case Recurrence::Frequency::weekly: return period + bg::days(7 * r.interval);
    case Recurrence::Frequency::monthly: return period + bg::months(r.interval);
    default: return period + bg::years(r.interval);
  }
}

}  // namespace

Recurrence parse_recurrence(std::string_view text) {
  Recurrence r;
  bool has_rule = false;
  for (auto line : split(text, '\n')) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty()) continue;
    const auto colon = line.find(':');
    const auto name = colon == std::string_view::npos ? std::string_view("RRULE") : line.substr(0, line.find_first_of(";:"));
    const auto value = colon == std::string_view::npos ? line : line.substr(colon + 1);
    if (name == "RRULE") {
      if (has_rule) fail(line, "only one RRULE is supported");
      parse_rule(value, r);
      has_rule = true;
    } else if (name == "DTSTART") {
      r.start = basic_date(line, value);
    } else if (name == "EXDATE") {
      for (auto v : split(value, ',')) r.exdates.push_back(basic_date(line, v));
    } else {
      fail(line, "expected RRULE, DTSTART or EXDATE");
    }
  }
  if (!has_rule) fail(text, "no RRULE");
  // Rules are expanded on the calendar: their dates lie within it.
  auto within = [](Date d, const char* what) {
    if (d < Calendar::first_day() || d > Calendar::last_day())
      throw Error(ErrorCode::out_of_range, std::string("recurrence rule: ") + what + " " + model::format_date(d) +
                                               " is outside the calendar (1990-01-01 to 2100-12-31)");
  };
  if (r.start) within(*r.start, "DTSTART");
  if (r.until) within(*r.until, "UNTIL");
  for (Date d : r.exdates) within(d, "EXDATE");
  return r;
}

std::vector<Date> expand(const Recurrence& r, Date from, Date to) {
  if (!model::is_set(from) || !model::is_set(to))
    throw Error(ErrorCode::invalid_argument, "a recurrence is expanded between two dates, not an unset one");
  if (r.start) Calendar::require_within(*r.start, "recurrence DTSTART");
  // Only the calendar's days occur (the span is clipped to it).
  from = std::max(from, Calendar::first_day());
  to = std::min(to, Calendar::last_day());
  if (from > to) return {};
  const Date dtstart = r.start ? *r.start : from;
  Date period;
  switch (r.frequency) {
    case Recurrence::Frequency::weekly:
      period = dtstart - bg::days((dtstart.day_of_week().as_number() + 6) % 7);  // that week's Monday
      break;
    case Recurrence::Frequency::monthly: period = make(dtstart.year(), dtstart.month(), 1); break;
    default: period = make(dtstart.year(), 1, 1); break;
  }
  const Date end = r.until ? std::min(to, *r.until) : to;
  std::vector<Date> out;
  int counted = 0;
  while (period <= end && period <= Calendar::last_day()) {
    for (Date d : candidates(r, period, dtstart)) {
      if (d < dtstart) continue;
      if (r.until && d > *r.until) return out;
      if (r.count && counted >= *r.count) return out;
      ++counted;
      if (d >= from && d <= to && std::find(r.exdates.begin(), r.exdates.end(), d) == r.exdates.end())
        out.push_back(d);
    }
    if (r.count && counted >= *r.count) break;
    period = next_period(r, period);
  }
  return out;
}

std::string to_rrule(const Recurrence& r) {
  auto list = [](const std::vector<int>& v) {
    std::string s;
    for (int x : v) s += (s.empty() ? "" : ",") + std::to_string(x);
    return s;
  };
  std::string out = "FREQ=";
  out += r.frequency == Recurrence::Frequency::weekly ? "WEEKLY" : r.frequency == Recurrence::Frequency::monthly ? "MONTHLY" : "YEARLY";
  if (r.interval != 1) out += ";INTERVAL=" + std::to_string(r.interval);
  if (!r.by_month.empty()) out += ";BYMONTH=" + list(r.by_month);
  if (!r.by_day.empty()) {
    std::string days;
    for (auto [ordinal, wd] : r.by_day)
      days += (days.empty() ? "" : ",") + (ordinal ? std::to_string(ordinal) : "") + std::string(weekday_codes[static_cast<std::size_t>(wd)]);
    out += ";BYDAY=" + days;
  }
  if (!r.by_month_day.empty()) out += ";BYMONTHDAY=" + list(r.by_month_day);
  if (!r.by_set_pos.empty()) out += ";BYSETPOS=" + list(r.by_set_pos);
  if (r.count) out += ";COUNT=" + std::to_string(*r.count);
  if (r.until) {
    std::string iso = model::format_date(*r.until);
    out += ";UNTIL=" + iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
  }
  return out;
}

std::vector<Date> on_working_days(const std::vector<Date>& dates, const Calendar& calendar, HolidayRule rule) {
  std::vector<Date> out;
  for (Date d : dates) {
    if (calendar.is_working_day(d)) out.push_back(d);
    else if (rule == HolidayRule::move_to_next_working_day) out.push_back(calendar.next_working_day(d));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Frame expansion_table(const Recurrence& rule, Date from, Date to) {
  Frame f;
  auto& date = f.add("date", Column::Type::date).dates();
  for (const auto& d : expand(rule, from, to)) date.push_back(model::to_day(d));
  return f;
}

}  // namespace planwerk::schedule
