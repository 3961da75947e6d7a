// SPDX-License-Identifier: Apache-2.0
// Rules on committees (cadence, size) and budget pools.
#include "checks.hpp"
#include "planwerk/model/cadence.hpp"

namespace planwerk::model::detail {
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
    // Committees with a recurrence rule are checked with their recurring
    // meetings by schedule::check_meetings, which needs the calendar.
    if (!com.recurrence.empty()) continue;
    if (auto shortfall = cadence_shortfall(com, listed_meetings(com), h.period_start, h.period_end))
      f.add("PW108", Kind::committee, com.id, where + ".meetings", *shortfall);
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
