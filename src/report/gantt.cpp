// SPDX-License-Identifier: Apache-2.0
#include "gantt.hpp"

#include <algorithm>
#include <sstream>

#include "pages.hpp"
#include "text.hpp"
#include "words.hpp"

namespace planwerk::report {
namespace {

using model::Date;
using model::Index;
using model::npos;

constexpr double label_width = 300;
constexpr double bar_height = 14;
constexpr double max_chart_width = 2400;

// Rows: measures grouped by action field in the concept's order, those
// without one last; within a group in the concept's order.
std::vector<std::vector<Index>> groups_of(const model::Concept& plan) {
  std::vector<std::vector<Index>> groups(plan.action_fields().size() + 1);
  for (Index m = 0; m < plan.measures().size(); ++m) {
    const Index af = plan.measures()[m].action_field;
    groups[af == npos ? plan.action_fields().size() : af].push_back(m);
  }
  return groups;
}

}  // namespace

GanttLayout gantt_layout(const model::Concept& plan, const schedule::Schedule& s, Date status_date,
                         Language language, Zoom zoom, const std::vector<std::optional<GhostDates>>& ghosts,
                         const schedule::Calendar* calendar) {
  GanttLayout g;
  g.zoom = zoom;
  g.left = label_width;
  // From the earliest of the plan's start, the status date and any measure's
  // (actual) start, to the latest finish.
  Date from = s.start;
  if (model::is_set(status_date)) from = std::min(from, status_date);
  Date to = s.finish;
  for (const auto& d : s.measures) {
    from = std::min(from, d.early_start);
    to = std::max(to, d.early_finish);
  }
  g.first_day = Date(from.year(), from.month(), 1);
  g.last_day = Date(to.year(), to.month(), 1).end_of_month();
  const double days = static_cast<double>((g.last_day - g.first_day).days() + 1);
  struct Level {
    Zoom zoom;
    double day_width;
    int months_per_tick;
  };
  constexpr Level levels[] = {{Zoom::month, 3, 1}, {Zoom::quarter, 1, 3}, {Zoom::year, 0.3, 12}};
  if (zoom == Zoom::week) {
    // Thirteen weeks from the Monday two weeks before the status date.
    const Date anchor_day = model::is_set(status_date) ? status_date : s.start;
    g.first_day = anchor_day - boost::gregorian::days((anchor_day.day_of_week().as_number() + 6) % 7 + 14);
    g.last_day = g.first_day + boost::gregorian::days(13 * 7 - 1);
    g.day_width = 16;
    g.months_per_tick = 0;
  } else {
    for (const auto& level : levels) {
      g.day_width = level.day_width;
      g.months_per_tick = level.months_per_tick;
      g.zoom = level.zoom;
      // A fixed level is taken as asked; automatic takes the finest of them
      // at which the chart stays within about two screens.
      if (zoom == level.zoom || (zoom == Zoom::automatic && days * level.day_width <= max_chart_width)) break;
    }
  }
  g.width = g.x(g.last_day) + g.day_width;
  if (zoom == Zoom::week && calendar != nullptr)
    for (Date d = g.first_day; d <= g.last_day; d += boost::gregorian::days(1))
      if (!calendar->is_working_day(d)) g.off_days.push_back(g.x(d));

  std::vector<double> row_y(plan.measures().size(), 0);
  double y = g.top;
  const auto groups = groups_of(plan);
  for (std::size_t k = 0; k < groups.size(); ++k) {
    if (groups[k].empty()) continue;
    if (g.zoom == Zoom::week && std::none_of(groups[k].begin(), groups[k].end(), [&](Index m) {
          return s.measures[m].early_finish >= g.first_day && s.measures[m].early_start <= g.last_day;
        }))
      continue;
    g.groups.push_back({k < plan.action_fields().size() ? plan.action_fields()[k].title
                                                        : std::string(word(Word::no_action_field, language)),
                        y});
    y += g.row_height;
    for (Index m : groups[k]) {
      const auto& d = s.measures[m];
      // The week zoom shows the measures under way in its window only.
      if (g.zoom == Zoom::week && (d.early_finish < g.first_day || d.early_start > g.last_day)) continue;
      GanttBar bar;
      bar.measure = m;
      bar.y = y + (g.row_height - bar_height) / 2;
      bar.milestone = d.duration == 0;
      bar.critical = d.critical;
      bar.done = d.progress == schedule::WorkState::finished;
      if (bar.milestone) {
        bar.x = g.x(d.early_start);
        bar.width = 0;
      } else {
        bar.x = g.x(d.early_start);
        bar.width = g.x(d.early_finish) + g.day_width - bar.x;
      }
      if (bar.done) {
        bar.progress = 1;
      } else if (model::is_set(status_date) && status_date > d.early_start) {
        const double span = static_cast<double>((d.early_finish - d.early_start).days() + 1);
        bar.progress = std::min(1.0, static_cast<double>((status_date - d.early_start).days()) / span);
      }
      if (m < ghosts.size() && ghosts[m]) {
        bar.ghost_x = g.x(ghosts[m]->start);
        bar.ghost_width = g.x(ghosts[m]->finish) + g.day_width - bar.ghost_x;
      }
      if (g.zoom == Zoom::week) {
        // Bars reaching out of the window are cut at its edges.
        auto clip = [&](double& x, double& width) {
          const double x1 = std::min(x + width, g.width);
          x = std::max(x, g.left);
          width = std::max(x1 - x, 0.0);
        };
        if (!bar.milestone) clip(bar.x, bar.width);
        if (bar.ghost_width >= 0) clip(bar.ghost_x, bar.ghost_width);
      }
      row_y[m] = y + g.row_height / 2;
      g.bars.push_back(bar);
      y += g.row_height;
    }
  }
  g.height = y + 8;

  // A link's arrow leaves the side of the predecessor its type names (the
  // finish for FS and FF) and enters the successor's (the start for FS, SS).
  auto start_x = [&](Index m) { return g.x(s.measures[m].early_start); };
  auto finish_x = [&](Index m) {
    return s.measures[m].duration == 0 ? g.x(s.measures[m].early_start)
                                       : g.x(s.measures[m].early_finish) + g.day_width;
  };
  std::vector<bool> shown(plan.measures().size(), false);
  for (const auto& bar : g.bars) shown[bar.measure] = true;
  for (Index m = 0; m < plan.measures().size(); ++m) {
    if (!shown[m]) continue;
    for (const auto& dep : plan.measures()[m].dependencies) {
      if (!shown[dep.predecessor]) continue;
      GanttArrow a;
      a.from = dep.predecessor;
      a.to = m;
      a.type = dep.type;
      a.lag = dep.lag;
      a.lag_unit = dep.lag_unit;
      const bool from_finish = dep.type == v1::LINK_TYPE_FS || dep.type == v1::LINK_TYPE_FF;
      const bool to_start = dep.type == v1::LINK_TYPE_FS || dep.type == v1::LINK_TYPE_SS;
      a.x1 = from_finish ? finish_x(dep.predecessor) : start_x(dep.predecessor);
      a.y1 = row_y[dep.predecessor];
      a.x2 = to_start ? start_x(m) : finish_x(m);
      a.y2 = row_y[m];
      a.x1 = std::clamp(a.x1, g.left, g.width);
      a.x2 = std::clamp(a.x2, g.left, g.width);
      g.arrows.push_back(a);
    }
  }
  // The interim goals' deadlines on the rows of the measures serving them,
  // at the end of the deadline day (a bar reaching past it is late).
  for (const auto& bar : g.bars)
    for (const auto& c : plan.measures()[bar.measure].contributions) {
      const auto& goal = plan.goals()[c.goal];
      if (goal.kind != v1::GOAL_KIND_INTERIM || !model::is_set(goal.deadline)) continue;
      if (goal.deadline < g.first_day || goal.deadline > g.last_day) continue;
      g.deadlines.push_back({bar.measure, c.goal, g.x(goal.deadline) + g.day_width, bar.y});
    }
  if (model::is_set(status_date) && status_date >= g.first_day && status_date <= g.last_day)
    g.status_x = g.x(status_date);
  return g;
}

std::string gantt_svg(const model::Concept& plan, const GanttLayout& g, Language language) {
  std::ostringstream o;
  const auto c = [](double v) { return coordinate(v); };
  // The scale as data, so that a test can recompute every bar from the dates.
  o << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" role=\"group\" aria-labelledby=\"gantt-title "
       "gantt-desc\" data-first-day=\""
    << model::format_date(g.first_day) << "\" data-day-width=\"" << c(g.day_width) << "\" data-left=\"" << c(g.left)
    << "\" width=\""
    << c(g.width) << "\" height=\"" << c(g.height) << "\" viewBox=\"0 0 " << c(g.width) << ' ' << c(g.height)
    << "\">\n";
  o << "<title id=\"gantt-title\">" << escape(word(Word::gantt_title, language)) << "</title>\n";
  o << "<desc id=\"gantt-desc\">" << escape(word(Word::gantt_description, language)) << "</desc>\n";
  o << "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
       "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"bar-critical\"/>"
       "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch-line\"/></pattern>"
       "</defs>\n";
  // Days off first, under everything (week zoom).
  for (double x : g.off_days)
    o << "<rect x=\"" << c(x) << "\" y=\"20\" width=\"" << c(g.day_width) << "\" height=\"" << c(g.height - 20)
      << "\" class=\"off-day\"/>";
  // The week scale: a line and the date on each Monday.
  for (model::Date d = g.first_day; g.months_per_tick == 0 && d <= g.last_day; d += boost::gregorian::days(7)) {
    const double x = g.x(d);
    o << "<line x1=\"" << c(x) << "\" y1=\"20\" x2=\"" << c(x) << "\" y2=\"" << c(g.height) << "\" class=\"grid\"/>"
      << "<text x=\"" << c(x + 3) << "\" y=\"15\" class=\"month\">" << escape(format_date(d, language).substr(0, language == Language::de ? 6 : 10))
      << "</text>\n";
  }
  // The month scale and its grid lines.
  for (model::Date d = g.first_day; g.months_per_tick > 0 && d <= g.last_day;
       d = (d.end_of_month() + boost::gregorian::days(1))) {
    // Ticks on the months that start a quarter or a year at coarser zooms.
    if ((d.month() - 1) % g.months_per_tick != 0 && d != g.first_day) continue;
    const double x = g.x(d);
    o << "<line x1=\"" << c(x) << "\" y1=\"20\" x2=\"" << c(x) << "\" y2=\"" << c(g.height) << "\" class=\"grid\"/>";
    std::string tick = g.months_per_tick == 12 ? std::string() : month_name(d.month(), language);
    if (d.month() == 1 || d == g.first_day)
      tick += (tick.empty() ? "" : " ") + std::to_string(static_cast<int>(d.year()));
    o << "<text x=\"" << c(x + 3) << "\" y=\"15\" class=\"month\">" << escape(tick) << "</text>\n";
  }
  for (const auto& group : g.groups)
    o << "<text x=\"4\" y=\"" << c(group.y + g.row_height / 2 + 4) << "\" class=\"group\">" << escape(group.title)
      << "</text>\n";
  for (const auto& bar : g.bars) {
    const auto& m = plan.measures()[bar.measure];
    const std::string label = m.title.empty() ? m.id : m.title;
    const std::string critical = bar.critical ? std::string(" (") + word(Word::critical, language) + ")" : "";
    o << "<a href=\"" << measure_file(m.id) << "\">";
    o << "<text x=\"12\" y=\"" << c(bar.y + bar_height - 3) << "\" class=\"label\">" << escape(shorten(label, 32))
      << escape(critical) << "</text>";
    if (bar.milestone) {
      const double cy = bar.y + bar_height / 2, r = bar_height / 2;
      o << "<path d=\"M" << c(bar.x) << ',' << c(cy - r) << " L" << c(bar.x + r) << ',' << c(cy) << " L" << c(bar.x)
        << ',' << c(cy + r) << " L" << c(bar.x - r) << ',' << c(cy) << " z\" class=\"milestone"
        << (bar.critical ? " critical" : "") << "\" data-measure=\"" << escape(m.id) << "\" data-x=\"" << c(bar.x)
        << "\"><title>" << escape(word(Word::milestone, language)) << ": " << escape(label) << escape(critical)
        << "</title></path>";
    } else {
      const std::string progress =
          bar.progress > 0 && !bar.done
              ? ", " + format_number(bar.progress * 100, 0, language) + " % " + word(Word::elapsed, language)
              : "";
      o << "<rect x=\"" << c(bar.x) << "\" y=\"" << c(bar.y) << "\" width=\"" << c(bar.width) << "\" height=\""
        << c(bar_height) << "\" class=\"bar" << (bar.critical ? " critical" : "") << (bar.done ? " done" : "")
        << "\" data-measure=\"" << escape(m.id)
        << "\"><title>" << escape(label) << escape(critical) << escape(progress) << "</title></rect>";
      if (bar.progress > 0 && !bar.done)
        o << "<rect x=\"" << c(bar.x) << "\" y=\"" << c(bar.y + bar_height - 4) << "\" width=\""
          << c(bar.width * bar.progress) << "\" height=\"4\" class=\"progress\"/>";
    }
    if (bar.ghost_width >= 0)
      o << "<rect x=\"" << c(bar.ghost_x) << "\" y=\"" << c(bar.y + bar_height + 1) << "\" width=\""
        << c(std::max(bar.ghost_width, 2.0)) << "\" height=\"4\" class=\"ghost\"><title>"
        << escape(word(Word::previous_version, language)) << "</title></rect>";
    o << "</a>\n";
  }
  for (const auto& a : g.arrows) {
    const double bend = a.x1 + 6;
    // The head is a chevron in the same path: thousands of SVG markers slow
    // a large plan's loading by a sixth (docs/benchmarks.md).
    const double head = a.x2 >= bend ? -6 : 6;
    o << "<path d=\"M" << c(a.x1) << ',' << c(a.y1) << " H" << c(bend) << " V" << c(a.y2) << " H" << c(a.x2) << " M"
      << c(a.x2 + head) << ',' << c(a.y2 - 4) << " L" << c(a.x2) << ',' << c(a.y2) << " L" << c(a.x2 + head) << ','
      << c(a.y2 + 4) << "\" class=\"link\" data-from=\"" << escape(plan.measures()[a.from].id)
      << "\" data-to=\"" << escape(plan.measures()[a.to].id) << "\"/>";
    if (a.lag != 0)
      o << "<text x=\"" << c(bend + 2) << "\" y=\"" << c((a.y1 + a.y2) / 2) << "\" class=\"lag\">"
        << (a.lag > 0 ? "+" : "") << a.lag << ' ' << word(a.lag_unit == v1::LAG_UNIT_CALENDAR_DAYS ? Word::lag_calendar_short : Word::lag_working_short, language)
        << "</text>";
    o << "\n";
  }
  for (const auto& d : g.deadlines) {
    const auto& goal = plan.goals()[d.goal];
    o << "<path d=\"M" << c(d.x) << ',' << c(d.y - 3) << " v" << c(bar_height + 6) << " M" << c(d.x - 4) << ','
      << c(d.y - 3) << " h8\" class=\"deadline\" data-goal=\"" << escape(goal.id) << "\"><title>"
      << escape(word(Word::interim_deadline, language)) << ": " << escape(goal.title.empty() ? goal.id : goal.title)
      << ", " << escape(format_date(goal.deadline, language)) << "</title></path>\n";
  }
  if (g.status_x >= 0)
    o << "<line x1=\"" << c(g.status_x) << "\" y1=\"20\" x2=\"" << c(g.status_x) << "\" y2=\"" << c(g.height)
      << "\" class=\"status-date\"><title>" << escape(word(Word::status_date, language)) << "</title></line>\n";
  o << "</svg>";
  return o.str();
}

}  // namespace planwerk::report
