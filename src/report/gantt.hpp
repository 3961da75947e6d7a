// The action plan's Gantt chart: a layout computed from the schedule
// (gantt_layout, pure and tested by its geometry), then drawn as inline SVG
// (gantt_svg). A day d occupies [x(d), x(d) + day_width): a bar runs from
// x(early_start) to x(early_finish) + day_width, a milestone's diamond is
// centred on x(its day).
#pragma once

#include <string>
#include <vector>

#include "planwerk/model/concept.hpp"
#include "planwerk/report/site.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace planwerk::report {

struct GanttBar {
  model::Index measure = model::npos;
  double x = 0, width = 0, y = 0;  // the bar's box (a milestone: its centre x and row y)
  bool milestone = false;
  bool critical = false;
  bool done = false;
};

struct GanttArrow {
  model::Index from = model::npos, to = model::npos;  // measures
  v1::LinkType type = v1::LINK_TYPE_FS;
  std::int32_t lag = 0;
  v1::LagUnit lag_unit = v1::LAG_UNIT_WORKING_DAYS;
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;  // from the predecessor's end or start to the successor's
};

struct GanttGroup {
  std::string title;  // the action field's, or the "none" word
  double y = 0;       // the heading row's top
};

struct GanttLayout {
  model::Date first_day;  // the first of the first month shown
  model::Date last_day;   // the last of the last month shown
  double day_width = 3;   // pixels per calendar day: 3 (months), 1 (quarters) or 0.3 (years)
  int months_per_tick = 1;  // the scale's labels: every month, quarter or year
  double left = 0;        // where day one starts (the label column's width)
  double row_height = 28;
  double top = 36;        // below the month scale
  double width = 0, height = 0;
  double status_x = -1;   // the status date's line; < 0: outside the chart
  std::vector<GanttGroup> groups;
  std::vector<GanttBar> bars;  // in row order
  std::vector<GanttArrow> arrows;

  double x(model::Date d) const { return left + static_cast<double>((d - first_day).days()) * day_width; }
};

GanttLayout gantt_layout(const model::Concept& plan, const schedule::Schedule& s, model::Date status_date,
                         Language language);

std::string gantt_svg(const model::Concept& plan, const GanttLayout& layout, Language language);

}  // namespace planwerk::report
