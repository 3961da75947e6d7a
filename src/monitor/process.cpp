// SPDX-License-Identifier: Apache-2.0
#include "planwerk/monitor/process.hpp"

#include <cmath>
#include <set>

#include "planwerk/model/hierarchy.hpp"
#include "planwerk/error.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace planwerk::monitor {
namespace {

constexpr const char* status_names[] = {"unspecified", "proposed", "planned", "in_progress",
                                        "completed",   "suspended", "cancelled"};

// The scheduled finish of every measure, or nothing when the concept cannot
// be scheduled (no start, a cycle, dates outside the calendar).
std::vector<model::Date> scheduled_finish(const model::Concept& plan) {
  try {
    const auto calendar = schedule::calendar_for(plan);
    const auto s = schedule::schedule_plan(plan, calendar);
    std::vector<model::Date> out;
    for (const auto& m : s.measures) out.push_back(m.early_finish);
    return out;
  } catch (const Error&) {
    return {};
  }
}

}  // namespace

Frame process_status(const model::Concept& plan, model::Date as_of) {
  const auto& goals = plan.goals();
  const auto& measures = plan.measures();
  // Measures per goal (with sub-goals) and per action field.
  std::vector<std::set<model::Index>> of_goal(goals.size()), of_field(plan.action_fields().size());
  std::vector<std::set<model::Index>> milestones_of_goal(goals.size()), milestones_of_field(plan.action_fields().size());
  auto up_the_tree = [&](model::Index g, auto&& visit) {
    model::Index field = model::npos;
    model::for_each_ancestor(plan, g, [&](model::Index up) {
      visit(up, model::npos);
      if (field == model::npos) field = goals[up].action_field;
      return true;
    });
    if (field != model::npos) visit(model::npos, field);
  };
  for (model::Index m = 0; m < measures.size(); ++m) {
    if (measures[m].action_field != model::npos) of_field[measures[m].action_field].insert(m);
    for (const auto& c : measures[m].contributions)
      up_the_tree(c.goal, [&](model::Index g, model::Index f) { (g != model::npos ? of_goal[g] : of_field[f]).insert(m); });
  }
  const auto& milestones = plan.milestones();
  for (model::Index k = 0; k < milestones.size(); ++k) {
    std::set<model::Index> direct;
    if (milestones[k].goal != model::npos) direct.insert(milestones[k].goal);
    if (milestones[k].measure != model::npos)
      for (const auto& c : measures[milestones[k].measure].contributions) direct.insert(c.goal);
    for (auto g0 : direct)
      up_the_tree(g0, [&](model::Index g, model::Index f) {
        (g != model::npos ? milestones_of_goal[g] : milestones_of_field[f]).insert(k);
      });
    if (milestones[k].measure != model::npos && measures[milestones[k].measure].action_field != model::npos)
      milestones_of_field[measures[milestones[k].measure].action_field].insert(k);
  }
  const auto finish = scheduled_finish(plan);
  auto due_of = [&](model::Index k) {
    const auto& ms = milestones[k];
    if (model::is_set(ms.due)) return ms.due;
    if (ms.measure != model::npos && ms.measure < finish.size()) return finish[ms.measure];
    return model::Date();
  };

  Frame f;
  using T = Column::Type;
  auto& level = f.add("level", T::category, {"goal", "action_field", "concept"});
  auto& id = f.add("id", T::category);
  auto& count = f.add("measures", T::integer);
  std::vector<Column*> by_status;
  for (const char* name : status_names) by_status.push_back(&f.add(name, T::integer));
  auto& due = f.add("milestones_due", T::integer);
  auto& on_time = f.add("milestones_on_time", T::integer);
  auto& share = f.add("on_time_share", T::real);
  auto& overdue = f.add("milestones_overdue", T::integer);
  auto row = [&](std::int32_t lvl, const std::string& name, const std::set<model::Index>& ms,
                 const std::set<model::Index>& stones) {
    level.codes().push_back(lvl);
    id.codes().push_back(static_cast<std::int32_t>(id.labels().size()));
    id.labels().push_back(name);
    count.integers().push_back(static_cast<std::int64_t>(ms.size()));
    std::vector<std::int64_t> counts(std::size(status_names), 0);
    for (auto m : ms) ++counts[static_cast<std::size_t>(measures[m].status)];
    for (std::size_t s = 0; s < counts.size(); ++s) by_status[s]->integers().push_back(counts[s]);
    std::int64_t n_due = 0, n_on_time = 0, n_overdue = 0;
    for (auto k : stones) {
      const model::Date d = due_of(k);
      if (!model::is_set(d) || d > as_of) continue;
      ++n_due;
      const model::Date done = milestones[k].achieved;
      if (model::is_set(done) && done <= d) ++n_on_time;
      if (!model::is_set(done) || done > as_of) ++n_overdue;
    }
    due.integers().push_back(n_due);
    on_time.integers().push_back(n_on_time);
    share.reals().push_back(n_due == 0 ? std::nan("") : static_cast<double>(n_on_time) / static_cast<double>(n_due));
    overdue.integers().push_back(n_overdue);
  };
  for (std::size_t g = 0; g < goals.size(); ++g) row(0, goals[g].id, of_goal[g], milestones_of_goal[g]);
  for (std::size_t a = 0; a < of_field.size(); ++a)
    row(1, plan.action_fields()[a].id, of_field[a], milestones_of_field[a]);
  std::set<model::Index> all_measures, all_stones;
  for (model::Index m = 0; m < measures.size(); ++m) all_measures.insert(m);
  for (model::Index k = 0; k < milestones.size(); ++k) all_stones.insert(k);
  row(2, plan.header().id, all_measures, all_stones);
  return f;
}

Frame participation(const model::Concept& plan, model::Date as_of) {
  const auto& formats = plan.participation_formats();
  Frame f;
  using T = Column::Type;
  std::vector<std::string> labels;
  for (const auto& x : formats) labels.push_back(x.id);
  labels.emplace_back();
  auto& format = f.add("format", T::category, labels);
  auto& events = f.add("events", T::integer);
  auto& counted = f.add("events_counted", T::integer);
  auto& participants = f.add("participants", T::integer);
  auto& feedback_events = f.add("feedback_events", T::integer);
  auto& feedback = f.add("feedback_mean", T::real);
  struct Sums {
    std::int64_t events = 0, counted = 0, participants = 0, feedback_events = 0;
    double feedback = 0;
  };
  std::vector<Sums> sums(formats.size() + 1);
  for (const auto& e : plan.participation_events()) {
    if (model::is_set(e.date) && e.date > as_of) continue;
    for (std::size_t slot : {e.format == model::npos ? formats.size() : static_cast<std::size_t>(e.format), formats.size()}) {
      Sums& s = sums[slot];
      ++s.events;
      if (e.participants) {
        ++s.counted;
        s.participants += *e.participants;
      }
      if (e.feedback_score) {
        ++s.feedback_events;
        s.feedback += *e.feedback_score;
      }
      if (e.format == model::npos) break;  // already the total row
    }
  }
  for (std::size_t k = 0; k < sums.size(); ++k) {
    format.codes().push_back(static_cast<std::int32_t>(k));
    events.integers().push_back(sums[k].events);
    counted.integers().push_back(sums[k].counted);
    participants.integers().push_back(sums[k].participants);
    feedback_events.integers().push_back(sums[k].feedback_events);
    feedback.reals().push_back(sums[k].feedback_events == 0 ? std::nan("")
                                                         : sums[k].feedback / static_cast<double>(sums[k].feedback_events));
  }
  return f;
}

}  // namespace planwerk::monitor
