// Rules on committees (cadence, size) and budget pools.
#include "checks.hpp"

namespace planwerk::model::detail {
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

std::string period_label(int year, int first_month, int months) {
  switch (months) {
    case 1: return std::to_string(year) + "-" + (first_month < 10 ? "0" : "") + std::to_string(first_month);
    case 3: return std::to_string(year) + "-Q" + std::to_string((first_month - 1) / 3 + 1);
    case 6: return std::to_string(year) + "-H" + std::to_string((first_month - 1) / 6 + 1);
    default: return std::to_string(year);
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

// The cadence is checked over the calendar periods (months, quarters,
// half-years or years) that lie wholly inside the plan period, so a plan
// starting in November is not faulted for its first year.
void check_committees(const Concept& c, Findings& f) {
  const Header& h = c.header();
  const auto& committees = c.committees();
  for (Index i = 0; i < committees.size(); ++i) {
    const Committee& com = committees[i];
    const std::string where = at(Kind::committee, i);
    if (com.max_members > 0 && com.members.size() > com.max_members) {
      f.add("PW111", Kind::committee, com.id, where + ".member_actor_ids",
            "committee \"" + com.id + "\" has " + std::to_string(com.members.size()) + " members, more than its " +
                "maximum of " + std::to_string(com.max_members));
    }
    const int months = months_per_period(com.cadence.period);
    // A recurrence rule without listed meetings is expanded by the schedule
    // module, not here.
    if (com.cadence.min_meetings == 0 || months == 0 || !is_set(h.period_start) || !is_set(h.period_end) ||
        (com.meetings.empty() && !com.recurrence.empty())) {
      continue;
    }
    std::string shortfalls;
    int failing = 0;
    const auto start = h.period_start.year_month_day();
    int year = start.year;
    int month = ((start.month - 1) / months) * months + 1;
    for (;;) {
      const Date first(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
      const Date next = first + boost::gregorian::months(months);
      if (first > h.period_end) break;
      if (first >= h.period_start && next - boost::gregorian::days(1) <= h.period_end) {
        std::uint32_t held = 0;
        for (const Date& d : com.meetings) held += (d >= first && d < next) ? 1 : 0;
        if (held < com.cadence.min_meetings) {
          if (++failing <= 5) {
            shortfalls += (shortfalls.empty() ? "" : ", ") + period_label(year, month, months) + " has " +
                          std::to_string(held);
          }
        }
      }
      const auto ymd = next.year_month_day();
      year = ymd.year;
      month = ymd.month;
    }
    if (failing > 0) {
      if (failing > 5) shortfalls += " and " + std::to_string(failing - 5) + " more";
      f.add("PW108", Kind::committee, com.id, where + ".meetings",
            "committee \"" + com.id + "\" must meet at least " + std::to_string(com.cadence.min_meetings) +
                " times per " + period_word(months) + ", but " + shortfalls);
    }
  }
}

namespace {

std::string euros(std::int64_t cents) {
  const std::string rest = std::to_string(cents % 100);
  return std::to_string(cents / 100) + "." + (rest.size() < 2 ? "0" : "") + rest + " EUR";
}

}  // namespace

void check_budgets(const Concept& c, Findings& f) {
  const auto& pools = c.budget_pools();
  for (Index i = 0; i < pools.size(); ++i) {
    const BudgetPool& p = pools[i];
    // Amounts are non-negative (checked at load); saturate instead of
    // overflowing on absurd inputs.
    std::int64_t allocated = 0;
    for (const auto& a : p.allocations) {
      if (__builtin_add_overflow(allocated, a.amount_cents, &allocated)) allocated = INT64_MAX;
    }
    if (allocated > p.total_cents) {
      f.add("PW112", Kind::budget_pool, p.id, at(Kind::budget_pool, i) + ".allocations",
            "budget pool \"" + p.id + "\" allocates " + euros(allocated) + " of its " + euros(p.total_cents));
    }
  }
}

}  // namespace planwerk::model::detail
