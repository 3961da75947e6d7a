// SPDX-License-Identifier: Apache-2.0
#include "planwerk/model/cadence.hpp"

#include <algorithm>

namespace planwerk::model {
namespace {

int months_per_period(v1::CadencePeriod p) {
  switch (p) {
    case v1::CADENCE_PERIOD_MONTH: return 1;
    case v1::CADENCE_PERIOD_QUARTER: return 3;
    case v1::CADENCE_PERIOD_HALF_YEAR: return 6;
    case v1::CADENCE_PERIOD_YEAR: return 12;
    default: return 0;
  }
}

std::string period_label(Date first, int months) {
  const std::string year = std::to_string(first.year());
  const int month = first.month();
  switch (months) {
    case 1: return year + "-" + (month < 10 ? "0" : "") + std::to_string(month);
    case 3: return year + "-Q" + std::to_string((month - 1) / 3 + 1);
    case 6: return year + "-H" + std::to_string((month - 1) / 6 + 1);
    default: return year;
  }
}

const char* period_word(int months) {
  switch (months) {
    case 1: return "month";
    case 3: return "quarter";
    case 6: return "half-year";
    default: return "year";
  }
}

}  // namespace

std::vector<Date> listed_meetings(const Committee& committee) {
  std::vector<Date> out = committee.meetings;
  for (const Meeting& m : committee.meeting_records) {
    if (!m.cancelled && is_set(m.date)) out.push_back(m.date);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Only whole periods inside the plan count, so a plan starting in November
// is not faulted for its first year.
std::optional<std::string> cadence_shortfall(const Committee& committee, const std::vector<Date>& meetings,
                                             Date period_start, Date period_end) {
  const int months = months_per_period(committee.cadence.period);
  if (committee.cadence.min_meetings == 0 || months == 0 || !is_set(period_start) || !is_set(period_end))
    return std::nullopt;
  namespace bg = boost::gregorian;
  std::string shortfalls;
  int failing = 0;
  Date first(period_start.year(), static_cast<unsigned short>(((period_start.month() - 1) / months) * months + 1), 1);
  // Periods are stepped by month numbers, not by Boost's month arithmetic,
  // which throws past 9999 (a plan period may run to 9999-12-31).
  for (;;) {
    if (first > period_end) break;
    const int following = first.year() * 12 + (first.month() - 1) + months;  // the next period's month number
    const Date last = following / 12 > 9999 ? Date(9999, 12, 31)
                                            : Date(static_cast<unsigned short>(following / 12),
                                                   static_cast<unsigned short>(following % 12 + 1), 1) - bg::days(1);
    const Date current = first;
    const bool whole = !(current < period_start || last > period_end);
    if (whole) {
      const auto held =
          std::count_if(meetings.begin(), meetings.end(), [&](Date d) { return d >= current && d <= last; });
      if (held < static_cast<long>(committee.cadence.min_meetings) && ++failing <= 5)
        shortfalls += (shortfalls.empty() ? "" : ", ") + period_label(current, months) + " has " + std::to_string(held);
    }
    if (following / 12 > 9999) break;  // that was the last period Boost's dates hold
    first = last + bg::days(1);
  }
  if (failing == 0) return std::nullopt;
  if (failing > 5) shortfalls += " and " + std::to_string(failing - 5) + " more";
  return "committee \"" + committee.id + "\" must meet at least " + std::to_string(committee.cadence.min_meetings) +
         " times per " + period_word(months) + ", but " + shortfalls;
}

}  // namespace planwerk::model
