// SPDX-License-Identifier: Apache-2.0
// Rules on measures, their dependencies, contributions and milestones.
#include <algorithm>

#include "checks.hpp"

namespace planwerk::model::detail {

void check_measures(const Concept& c, Findings& f) {
  const auto& measures = c.measures();
  const auto& goals = c.goals();
  for (Index i = 0; i < measures.size(); ++i) {
    const Measure& m = measures[i];
    const std::string where = at(Kind::measure, i);
    if (m.contributions.empty()) {
      f.add("PW104", Kind::measure, m.id, where + ".contributions",
            "measure \"" + m.id + "\" contributes to no goal");
    }
    if (m.responsible == npos) {
      f.add("PW123", Kind::measure, m.id, where + ".responsible_actor_id",
            "measure \"" + m.id + "\" has no responsible actor");
    }
    if (is_set(m.start) && is_set(m.end) && m.end < m.start) {
      f.add("PW105", Kind::measure, m.id, where + ".end",
            "measure \"" + m.id + "\" ends (" + format_date(m.end) + ") before it starts (" + format_date(m.start) +
                ")");
    }
    if (is_set(m.actual_finish) && (!is_set(m.actual_start) || m.actual_finish < m.actual_start)) {
      f.add("PW105", Kind::measure, m.id, where + ".actual_finish",
            "measure \"" + m.id + "\" has an actual finish (" + format_date(m.actual_finish) + ") " +
                (is_set(m.actual_start) ? "before its actual start (" + format_date(m.actual_start) + ")"
                                        : "but no actual start"));
    }
    std::vector<Index> seen;
    for (std::size_t d = 0; d < m.dependencies.size(); ++d) {
      const Index pred = m.dependencies[d].predecessor;
      const std::string field = where + ".dependencies[" + std::to_string(d) + "]";
      if (pred == i) {
        f.add("PW109", Kind::measure, m.id, field, "measure \"" + m.id + "\" depends on itself");
      } else if (std::find(seen.begin(), seen.end(), pred) != seen.end()) {
        f.add("PW110", Kind::measure, m.id, field,
              "measure \"" + m.id + "\" lists predecessor \"" + measures[pred].id + "\" more than once");
      }
      seen.push_back(pred);
    }
    seen.clear();
    for (std::size_t k = 0; k < m.contributions.size(); ++k) {
      const Index g = m.contributions[k].goal;
      const std::string field = where + ".contributions[" + std::to_string(k) + "]";
      if (std::find(seen.begin(), seen.end(), g) != seen.end()) {
        f.add("PW124", Kind::measure, m.id, field,
              "measure \"" + m.id + "\" lists goal \"" + goals[g].id + "\" more than once");
        continue;
      }
      seen.push_back(g);
      if (is_set(m.end) && is_set(goals[g].deadline) && m.end > goals[g].deadline) {
        f.add("PW115", Kind::measure, m.id, field,
              "measure \"" + m.id + "\" ends " + format_date(m.end) + ", after the deadline " +
                  format_date(goals[g].deadline) + " of goal \"" + goals[g].id + "\"");
      }
    }
  }

  const auto& milestones = c.milestones();
  for (Index i = 0; i < milestones.size(); ++i) {
    const Milestone& ms = milestones[i];
    if (ms.measure == npos || !is_set(ms.due)) continue;
    const Measure& m = measures[ms.measure];
    if ((is_set(m.start) && ms.due < m.start) || (is_set(m.end) && ms.due > m.end)) {
      f.add("PW120", Kind::milestone, ms.id, at(Kind::milestone, i) + ".due",
            "milestone \"" + ms.id + "\" is due " + format_date(ms.due) + ", outside measure \"" + m.id + "\" (" +
                format_date(m.start) + " to " + format_date(m.end) + ")");
    }
  }
}

}  // namespace planwerk::model::detail
