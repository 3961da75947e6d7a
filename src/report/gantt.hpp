// SPDX-License-Identifier: Apache-2.0
// The action plan's Gantt chart: a layout computed from the schedule
// (gantt_layout, pure and tested by its geometry), then drawn as inline SVG
// (gantt_svg). A day d occupies [x(d), x(d) + day_width): a bar runs from
// x(early_start) to x(early_finish) + day_width, a milestone's diamond is
// centred on x(its day).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "planwerk/model/concept.hpp"
#include "planwerk/report/site.hpp"
#include "planwerk/schedule/calendar.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace planwerk::report {

struct GanttBar {
  model::Index measure = model::npos;
  double x = 0, width = 0, y = 0;  // the bar's box (a milestone: its centre x and row y)
  bool milestone = false;
  bool critical = false;
  bool done = false;
  // The share of the bar's span before the status date (1 when finished,
  // 0 when not started): drawn as a darker part of the bar.
  double progress = 0;
  // The previous version's dates as a thin outline under the bar; width < 0: none.
  double ghost_x = 0, ghost_width = -1;
};

struct GanttArrow {
  model::Index from = model::npos, to = model::npos;  // measures
  v1::LinkType type = v1::LINK_TYPE_FS;
  std::int32_t lag = 0;
  v1::LagUnit lag_unit = v1::LAG_UNIT_WORKING_DAYS;
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;  // from the predecessor's end or start to the successor's
};

// The deadline of an interim goal a measure serves, on the measure's row.
struct GanttDeadline {
  model::Index measure = model::npos, goal = model::npos;
  double x = 0, y = 0;  // the deadline day's x (its end: x(d) + day_width) and the bar's top
};

struct GanttGroup {
  std::string title;  // the action field's, or the "none" word
  double y = 0;       // the heading row's top
};

// The zoom levels: `automatic` picks the finest of month, quarter and year
// that keeps the whole plan within about two screens; `week` shows thirteen
// weeks around the status date, days off shaded.
enum class Zoom { automatic, week, month, quarter, year };

// The previous version's dates of a measure (by the current measure index).
struct GhostDates {
  model::Date start, finish;
};

struct GanttLayout {
  Zoom zoom = Zoom::automatic;
  model::Date first_day;  // the first of the first month shown (week: the Monday two weeks before the status date)
  model::Date last_day;   // the last of the last month shown
  double day_width = 3;   // pixels per calendar day: 3 (months), 1 (quarters) or 0.3 (years)
  int months_per_tick = 1;  // the scale's labels: every month, quarter or year (0: every week)
  double left = 0;        // where day one starts (the label column's width)
  double row_height = 28;
  double top = 36;        // below the month scale
  double width = 0, height = 0;
  double status_x = -1;   // the status date's line; < 0: outside the chart
  std::vector<double> off_days;  // week zoom: the x of each day off (weekends, holidays, closures)
  std::vector<GanttGroup> groups;
  std::vector<GanttBar> bars;  // in row order
  std::vector<GanttArrow> arrows;
  std::vector<GanttDeadline> deadlines;

  double x(model::Date d) const { return left + static_cast<double>((d - first_day).days()) * day_width; }
};

// `ghosts` (empty, or one per measure) holds the previous version's dates;
// `calendar` marks the days off in the week zoom (may be null otherwise).
GanttLayout gantt_layout(const model::Concept& plan, const schedule::Schedule& s, model::Date status_date,
                         Language language, Zoom zoom = Zoom::automatic,
                         const std::vector<std::optional<GhostDates>>& ghosts = {},
                         const schedule::Calendar* calendar = nullptr);

std::string gantt_svg(const model::Concept& plan, const GanttLayout& layout, Language language);

}  // namespace planwerk::report
