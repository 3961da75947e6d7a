// SPDX-License-Identifier: Apache-2.0
#include "planwerk/schedule/schedule.hpp"

#include <algorithm>

#include <boost/graph/filtered_graph.hpp>

#include "planwerk/graph/analysis.hpp"
#include "planwerk/graph/order.hpp"

namespace planwerk::schedule {
namespace {

using graph::Link;
using model::Index;
using model::Kind;
namespace bg = boost::gregorian;

// d + n days. A lag near the limits of its type leaves even the dates Boost
// can hold (1400 to 9999), and Boost does not check sums: the result would be
// a date that throws when it is read. Such a sum is out of range here, as
// any day off the calendar is in Calendar.
Date plus_days(Date d, std::int64_t n) {
  static const std::int64_t lowest = Date(1400, 1, 1).day_number(), highest = Date(9999, 12, 31).day_number();
  const std::int64_t target = static_cast<std::int64_t>(d.day_number()) + n;
  if (target < lowest || target > highest)
    throw Error(ErrorCode::out_of_range, "a lag of " + std::to_string(n) + " calendar days from " + model::format_date(d) +
                                             " leaves the calendar (1990-01-01 to 2100-12-31)");
  return d + bg::days(n);
}

// Link demands on a calendar: working-day lags as in the graph module,
// calendar-day lags counted in days on the calendar (ordinals are working-day
// numbers; finishes are exclusive, one past the last working day).
struct CalendarLinks {
  const Calendar& cal;
  graph::WorkingDayLinks working;

  // Number of working days on or before `day`: the exclusive finish of a
  // measure whose last day is the last working day on or before `day`.
  std::int64_t through(Date day) const {
    return day >= Calendar::last_day() ? cal.working_day_count() : cal.ordinal(day + bg::days(1));
  }
  Date first_day(std::int64_t start) const { return cal.working_day(start); }
  Date last_day(std::int64_t start, std::int64_t finish) const {
    return finish > start ? cal.working_day(finish - 1) : cal.working_day(start);
  }
  // The last working day before an exclusive finish: a measure's last day,
  // and for a milestone (finish = start) the working day before it, as
  // TaskJuggler counts. So an FS calendar-day lag after a milestone counts
  // from the same day as after the milestone's own predecessor, and putting
  // a milestone between two measures moves nothing. (Before the calendar's
  // first working day: the day before the calendar.)
  Date last_worked(std::int64_t finish) const {
    return finish > 0 ? cal.working_day(finish - 1) : Calendar::first_day() - bg::days(1);
  }

  std::int64_t earliest_start(const Link& l, std::int64_t su, std::int64_t fu, std::int64_t dv) const {
    if (l.lag_unit != v1::LAG_UNIT_CALENDAR_DAYS) return working.earliest_start(l, su, fu, dv);
    const std::int64_t lag = l.lag;
    switch (l.type) {
      case v1::LINK_TYPE_SS: return cal.ordinal(plus_days(first_day(su), lag));
      case v1::LINK_TYPE_FF: return cal.ordinal(plus_days(last_day(su, fu), lag)) + 1 - dv;
      case v1::LINK_TYPE_SF: return cal.ordinal(plus_days(first_day(su), lag)) + 1 - dv;
      default:  // FS: the day after the driver's last working day, plus the lag
        return cal.ordinal(plus_days(last_worked(fu), lag + 1));
    }
  }

  std::int64_t latest_finish(const Link& l, std::int64_t sv, std::int64_t fv, std::int64_t du) const {
    if (l.lag_unit != v1::LAG_UNIT_CALENDAR_DAYS) return working.latest_finish(l, sv, fv, du);
    const std::int64_t lag = l.lag;
    // The latest start of u whose first (or, for a milestone, only) day is
    // on or before `day`.
    auto start_by = [&](Date day) { return through(day) - 1; };
    switch (l.type) {
      case v1::LINK_TYPE_SS: return start_by(plus_days(first_day(sv), -lag)) + du;
      case v1::LINK_TYPE_FF:
        return du > 0 ? through(plus_days(last_day(sv, fv), -lag)) : start_by(plus_days(last_day(sv, fv), -lag));
      case v1::LINK_TYPE_SF: return start_by(plus_days(last_day(sv, fv), -lag)) + du;
      default:  // FS, from u's last working day (a milestone's: the one before it)
        return through(plus_days(first_day(sv), -lag - 1));
    }
  }
};

// Keeps the links whose dependent measure has not started: a measure that
// has started is past waiting for its predecessors.
struct NotStarted {
  const std::vector<char>* started = nullptr;
  const graph::DependencyGraph* g = nullptr;
  bool operator()(graph::DependencyGraph::edge_descriptor e) const { return !(*started)[target(e, *g)]; }
};

// Each measure's duration in working days: its own, or its dates' span; a
// finished one's actual span; a running one's days done by `status` plus
// what remains.
std::vector<std::int64_t> durations(const std::vector<model::Measure>& measures, const std::vector<WorkState>& progress,
                                    const Calendar& cal, Date status) {
  std::vector<std::int64_t> duration(measures.size());
  for (std::size_t v = 0; v < measures.size(); ++v) {
    const auto& m = measures[v];
    duration[v] = m.duration_days ? static_cast<std::int64_t>(*m.duration_days)
                  : (model::is_set(m.start) && model::is_set(m.end)) ? cal.working_days_between(m.start, m.end)
                                                                     : 0;
    if (progress[v] == WorkState::finished) {
      duration[v] = cal.working_days_between(m.actual_start, m.actual_finish);
    } else if (progress[v] == WorkState::in_progress) {
      const std::int64_t done = std::max<std::int64_t>(0, cal.ordinal(status) - cal.ordinal(m.actual_start));
      // Without a word on what remains, a measure that is not finished is
      // still running on the status date: at least that day remains.
      const std::int64_t remaining =
          m.remaining_days ? static_cast<std::int64_t>(*m.remaining_days) : std::max<std::int64_t>(1, duration[v] - done);
      duration[v] = done + remaining;
    }
  }
  return duration;
}

// What bounds each measure before the links do: the earliest start (the
// plan's start or status date, the measure's own start, start-no-earlier-than
// and must-start-on) and the latest finish with what sets it, for findings
// (must-start-on, finish-no-later-than, interim goals' deadlines). A started
// measure is pinned: it began when it began, a finished one ended when it ended.
struct Bounds {
  std::vector<std::int64_t> earliest, latest;
  std::vector<std::string> deadline;
};

Bounds bounds(const model::Concept& plan, const std::vector<WorkState>& progress,
              const std::vector<std::int64_t>& duration, const CalendarLinks& links, std::int64_t not_before) {
  const auto& measures = plan.measures();
  const auto& cal = links.cal;
  const std::size_t n = measures.size();
  constexpr std::int64_t unbounded = INT64_MAX / 4;
  Bounds b{std::vector<std::int64_t>(n, not_before), std::vector<std::int64_t>(n, unbounded),
           std::vector<std::string>(n)};
  auto& earliest = b.earliest;
  auto& latest = b.latest;
  auto& deadline = b.deadline;
  for (std::size_t v = 0; v < n; ++v) {
    const auto& m = measures[v];
    if (progress[v] != WorkState::not_started) {
      earliest[v] = cal.ordinal(m.actual_start);
      if (progress[v] == WorkState::finished) latest[v] = earliest[v] + duration[v];
      continue;
    }
    if (model::is_set(m.start)) earliest[v] = std::max(earliest[v], cal.ordinal(m.start));
    for (const auto& c : m.constraints) {
      if (c.type == v1::CONSTRAINT_TYPE_START_NO_EARLIER_THAN) {
        earliest[v] = std::max(earliest[v], cal.ordinal(c.date));
      } else if (c.type == v1::CONSTRAINT_TYPE_MUST_START_ON) {
        earliest[v] = cal.ordinal(c.date);
        if (cal.ordinal(c.date) + duration[v] < latest[v]) {
          latest[v] = cal.ordinal(c.date) + duration[v];
          deadline[v] = "must start on " + model::format_date(c.date);
        }
      } else if (c.type == v1::CONSTRAINT_TYPE_FINISH_NO_LATER_THAN) {
        if (links.through(c.date) < latest[v]) {
          latest[v] = links.through(c.date);
          deadline[v] = "finish no later than " + model::format_date(c.date);
        }
      }
    }
    for (const auto& con : m.contributions) {
      const auto& goal = plan.goals()[con.goal];
      if (goal.kind != v1::GOAL_KIND_INTERIM || !model::is_set(goal.deadline)) continue;
      if (links.through(goal.deadline) < latest[v]) {
        latest[v] = links.through(goal.deadline);
        deadline[v] = "the deadline " + model::format_date(goal.deadline) + " of interim goal \"" + goal.id + "\"";
      }
    }
  }
  return b;
}

std::string chain_text(const model::Concept& plan, const std::vector<Index>& chain) {
  std::string out;
  for (Index m : chain) out += (out.empty() ? "\"" : " -> \"") + plan.measures()[m].id + "\"";
  return out;
}

}  // namespace

Calendar calendar_for(const model::Concept& plan) {
  const auto& spec = plan.header().calendar;
  Calendar cal;
  if (!spec.state.empty()) {
    const auto state = state_from_code(spec.state);
    if (!state) {
      throw Error(ErrorCode::invalid_argument, "concept \"" + plan.header().id + "\": calendar.state \"" +
                                                   spec.state + "\" is not a German state code (BW, BY, ... TH)");
    }
    cal = Calendar(*state, {spec.catholic_municipality});
  }
  for (const auto& c : spec.closures) cal.add_closure(c.date, c.name);
  for (const auto& d : spec.working_days) cal.add_working_day(d);
  return cal;
}

Schedule schedule_plan(const model::Concept& plan, const Calendar& cal, const ScheduleOptions& options) {
  const Date start = options.start ? *options.start : plan.header().period_start;
  if (!model::is_set(start))
    throw Error(ErrorCode::invalid_argument, "a schedule needs a start: give one, or the plan period's start");
  const auto& measures = plan.measures();
  const std::size_t n = measures.size();
  const Date status = options.as_of ? *options.as_of : start;
  const graph::DependencyGraph g = graph::dependency_graph(plan);
  std::vector<char> started(n, 0);
  std::vector<WorkState> progress(n, WorkState::not_started);
  for (std::size_t v = 0; v < n; ++v) {
    if (model::is_set(measures[v].actual_finish)) progress[v] = WorkState::finished;
    else if (model::is_set(measures[v].actual_start)) progress[v] = WorkState::in_progress;
    started[v] = progress[v] != WorkState::not_started;
  }
  // Links into started measures are dropped through a filtered view; when
  // nothing has started, the plain view does the same faster. Every pass
  // runs on the view on_view chooses.
  const bool any_started = std::find(started.begin(), started.end(), 1) != started.end();
  const boost::filtered_graph<graph::DependencyGraph, NotStarted> filtered(g, NotStarted{&started, &g});
  const auto on_view = [&](auto&& pass) { return any_started ? pass(filtered) : pass(g); };
  const auto sorted = on_view([](const auto& view) { return graph::topological_order(view); });
  if (!sorted) graph::dependency_order(plan);  // throws, naming the cycle
  const std::vector<Index> order(sorted->begin(), sorted->end());

  const std::vector<std::int64_t> duration = durations(measures, progress, cal, status);

  const std::int64_t first = cal.ordinal(start);
  const CalendarLinks links{cal, {}};
  Bounds bound = bounds(plan, progress, duration, links, std::max(first, cal.ordinal(status)));
  const auto& earliest = bound.earliest;
  auto& latest = bound.latest;
  const auto& deadline = bound.deadline;

  const auto index = get(boost::vertex_index, g);
  const auto dmap = boost::make_iterator_property_map(duration.begin(), index);
  const auto link = get(boost::edge_bundle, g);
  const auto early =
      on_view([&](const auto& view) { return graph::forward_pass(view, order, dmap, link, &earliest, links); });
  std::int64_t end = first;
  for (std::size_t v = 0; v < n; ++v) end = std::max(end, early.finish[v]);
  for (auto& l : latest) l = std::min(l, end);
  const auto late =
      on_view([&](const auto& view) { return graph::backward_pass(view, order, dmap, link, latest, links); });

  Schedule out;
  out.start = cal.working_day(first);
  out.finish = end > first ? cal.working_day(end - 1) : out.start;
  out.measures.resize(n);
  for (std::size_t v = 0; v < n; ++v) {
    auto& d = out.measures[v];
    d.duration = duration[v];
    d.early_start = links.first_day(early.start[v]);
    d.early_finish = links.last_day(early.start[v], early.finish[v]);
    d.late_start = links.first_day(std::max<std::int64_t>(late.start[v], 0));
    d.late_finish = links.last_day(std::max<std::int64_t>(late.start[v], 0), std::max<std::int64_t>(late.finish[v], 0));
    d.progress = progress[v];
    d.total_float = late.start[v] - early.start[v];
    d.critical = d.total_float <= 0 && progress[v] != WorkState::finished;
  }
  // How far each measure can slip without moving a successor, given the early dates.
  on_view([&](const auto& view) {
    for (std::size_t v = 0; v < n; ++v) {
      std::int64_t slack = end - early.finish[v];
      for (auto e : boost::make_iterator_range(out_edges(static_cast<graph::Vertex>(v), view))) {
        const auto w = target(e, view);
        slack = std::min(slack, early.start[w] - links.earliest_start(g[e], early.start[v], early.finish[v], duration[w]));
      }
      out.measures[v].free_float = slack;
    }
  });
  // The critical path: back from the last finisher along driving links.
  if (n > 0) out.critical_path = graph::driving_chain(early, graph::last_finisher(early, order, index), index);
  // A deadline is missed where a measure's own late finish is set by it and
  // lies before its early finish; name the chain that pushes it there.
  for (std::size_t v = 0; v < n; ++v) {
    if (deadline[v].empty() || early.finish[v] <= latest[v]) continue;
    const auto chain = graph::driving_chain(early, static_cast<Index>(v), index);
    out.findings.push_back(
        {"PW201", model::Severity::error, Kind::measure, measures[v].id, "measures[" + std::to_string(v) + "]",
         "measure \"" + measures[v].id + "\" cannot meet " + deadline[v] + ": it finishes " +
             model::format_date(out.measures[v].early_finish) + " at the earliest (" +
             std::to_string(out.measures[v].total_float) + " working days of float), driven by " +
             chain_text(plan, chain)});
  }
  return out;
}

}  // namespace planwerk::schedule

namespace planwerk::schedule {

Frame schedule_table(const model::Concept& plan, const Schedule& s) {
  using T = Column::Type;
  Frame f;
  auto& measure = f.add("measure", T::text).texts();
  auto& duration = f.add("duration", T::integer).integers();
  auto& early_start = f.add("early_start", T::date).dates();
  auto& early_finish = f.add("early_finish", T::date).dates();
  auto& late_start = f.add("late_start", T::date).dates();
  auto& late_finish = f.add("late_finish", T::date).dates();
  auto& total_float = f.add("total_float", T::integer).integers();
  auto& free_float = f.add("free_float", T::integer).integers();
  auto& critical = f.add("critical", T::boolean).booleans();
  for (std::size_t v = 0; v < s.measures.size(); ++v) {
    const auto& m = s.measures[v];
    measure.push_back(plan.measures()[v].id);
    duration.push_back(m.duration);
    early_start.push_back(model::to_day(m.early_start));
    early_finish.push_back(model::to_day(m.early_finish));
    late_start.push_back(model::to_day(m.late_start));
    late_finish.push_back(model::to_day(m.late_finish));
    total_float.push_back(m.total_float);
    free_float.push_back(m.free_float);
    critical.push_back(m.critical ? 1 : 0);
  }
  return f;
}

}  // namespace planwerk::schedule
