// SPDX-License-Identifier: Apache-2.0
// Charts of indicator series as inline SVG: lines over time with the
// baseline, targets, series breaks and provisional values marked, and the
// dumbbells of group gaps. Each has a title and a description and stands
// next to a table with the same numbers; colour is never the only cue (each
// line has its own dash pattern, marker shape and a label at its end).
#pragma once

#include <string>
#include <vector>

#include "planwerk/report/site.hpp"

namespace planwerk::report {

struct ChartPoint {
  double t = 0;               // the time axis in years (monitor::period_time)
  double value = 0;
  bool provisional = false;   // drawn hollow
  bool breaks = false;        // a series break before this point: the line is not joined across it
};

struct ChartLine {
  std::string label;
  std::vector<ChartPoint> points;  // by time
};

enum class MarkKind { baseline, target, interim };

struct ChartMark {
  MarkKind kind = MarkKind::target;
  double t = 0;
  double value = 0;
  std::string label;  // "Ziel 2030: 25,0"
};

struct LineChart {
  std::string id;  // unique in the page: the SVG's title and description ids
  std::string title;
  std::string description;
  std::vector<ChartLine> lines;
  std::vector<ChartMark> marks;
  int decimals = 1;  // of the axis labels' figures
  Language language = Language::de;
};

// The pixel geometry, for tests: where a value and a time land.
struct ChartScale {
  double t0 = 0, t1 = 1, v0 = 0, v1 = 1;  // the axes' ranges
  double left = 0, right = 0, top = 0, bottom = 0;
  double x(double t) const { return left + (t - t0) / (t1 - t0) * (right - left); }
  double y(double v) const { return bottom - (v - v0) / (v1 - v0) * (bottom - top); }
};

// The axes for a chart: time from the first to the last year shown (whole
// years), values from a "nice" tick below the smallest to one above the
// largest point or mark.
ChartScale chart_scale(const LineChart& chart);

std::string line_chart_svg(const LineChart& chart);

struct Dumbbell {
  std::string label;   // the group
  double a = 0, b = 0;  // the group's value and the reference's
};

struct DumbbellChart {
  std::string id, title, description;
  std::string a_label, b_label;  // the legend: "Gruppe", "alle"
  std::vector<Dumbbell> rows;
  int decimals = 1;
  Language language = Language::de;
};

std::string dumbbell_svg(const DumbbellChart& chart);

}  // namespace planwerk::report
