// SPDX-License-Identifier: Apache-2.0
#include "chart.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "text.hpp"

namespace planwerk::report {
namespace {

constexpr double width = 720, height = 340;
constexpr double margin_left = 64, margin_right = 190, margin_top = 16, margin_bottom = 40;
constexpr double label_gap = 14;  // vertical space an end label needs

// Line styles: a colour (each at least 3:1 on white), a dash pattern and a
// marker shape, so that lines stay apart in greyscale and forced colours.
struct Style {
  const char* colour;
  const char* dash;  // "" solid
  int shape;         // 0 circle, 1 square, 2 triangle, 3 diamond
};
constexpr Style styles[] = {
    {"#1a1a1a", "", 0},      {"#0b4f9c", "6 3", 1},   {"#a3231f", "2 3", 2},  {"#1e6b34", "8 3 2 3", 3},
    {"#6b3fa0", "", 1},      {"#8a4b00", "6 3", 2},   {"#00677f", "2 3", 3},  {"#5a5a5a", "8 3 2 3", 0},
};
constexpr std::size_t style_count = sizeof styles / sizeof styles[0];

// A tick step of 1, 2 or 5 times a power of ten giving about `count` ticks.
double nice_step(double range, int count) {
  if (!(range > 0)) return 1;
  const double raw = range / count;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  const double m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

int decimals_of(double step, int at_least) {
  int d = 0;
  while (d < 6 && std::abs(step * std::pow(10.0, d) - std::round(step * std::pow(10.0, d))) > 1e-9) ++d;
  return std::max(d, at_least);
}

std::string marker(int shape, double x, double y, const char* colour, bool hollow) {
  const std::string fill = hollow ? "#ffffff" : colour;
  const std::string paint = " fill=\"" + fill + "\" stroke=\"" + colour + "\" stroke-width=\"1.5\"";
  const std::string cx = coordinate(x), cy = coordinate(y);
  switch (shape) {
    case 1:
      return "<rect x=\"" + coordinate(x - 3.5) + "\" y=\"" + coordinate(y - 3.5) + "\" width=\"7\" height=\"7\"" +
             paint + "/>";
    case 2:
      return "<path d=\"M" + cx + " " + coordinate(y - 4.5) + "L" + coordinate(x + 4.5) + " " + coordinate(y + 3.5) +
             "H" + coordinate(x - 4.5) + "Z\"" + paint + "/>";
    case 3:
      return "<path d=\"M" + cx + " " + coordinate(y - 5) + "L" + coordinate(x + 5) + " " + cy + "L" + cx + " " +
             coordinate(y + 5) + "L" + coordinate(x - 5) + " " + cy + "Z\"" + paint + "/>";
    default: return "<circle cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"4\"" + paint + "/>";
  }
}

// End labels sorted by their line's last y and pushed apart to `label_gap`.
std::vector<double> spread(std::vector<double> ys, double top, double bottom) {
  std::vector<std::size_t> order(ys.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ys[a] < ys[b]; });
  double last = top - label_gap;
  for (std::size_t i : order) last = ys[i] = std::max(ys[i], last + label_gap);
  // Pushed past the bottom: the whole stack moves up, keeping its spacing.
  const double over = order.empty() ? 0 : ys[order.back()] - bottom;
  if (over > 0)
    for (double& y : ys) y -= over;
  return ys;
}

std::string open_svg(const std::string& id, const std::string& title, const std::string& description, double w,
                     double h, const char* css) {
  return "<svg class=\"" + std::string(css) + "\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + coordinate(w) +
         "\" height=\"" + coordinate(h) + "\" viewBox=\"0 0 " + coordinate(w) + " " + coordinate(h) +
         "\" role=\"img\" aria-labelledby=\"" + id + "-t " + id + "-d\"><title id=\"" + id + "-t\">" + escape(title) +
         "</title><desc id=\"" + id + "-d\">" + escape(description) + "</desc>";
}

}  // namespace

ChartScale chart_scale(const LineChart& chart) {
  ChartScale s;
  double t0 = std::numeric_limits<double>::infinity(), t1 = -t0, v0 = t0, v1 = -t0;
  auto take = [&](double t, double v) {
    t0 = std::min(t0, t);
    t1 = std::max(t1, t);
    v0 = std::min(v0, v);
    v1 = std::max(v1, v);
  };
  for (const auto& line : chart.lines)
    for (const auto& p : line.points) take(p.t, p.value);
  for (const auto& m : chart.marks) take(m.t, m.value);
  if (!std::isfinite(t0)) t0 = 0, t1 = 1, v0 = 0, v1 = 1;
  s.t0 = std::floor(t0);
  s.t1 = std::max(std::ceil(t1), s.t0 + 1);
  // Values from zero when all are positive and zero is near (less than the
  // range away): bars of change then read true.
  if (v0 > 0 && v0 < (v1 - v0)) v0 = 0;
  const double step = nice_step(v1 - v0 > 0 ? v1 - v0 : std::max(std::abs(v1), 1.0), 5);
  s.v0 = std::floor(v0 / step) * step;
  s.v1 = std::ceil(v1 / step) * step;
  if (s.v1 <= s.v0) s.v1 = s.v0 + step;
  s.left = margin_left;
  s.right = width - margin_right;
  s.top = margin_top;
  s.bottom = height - margin_bottom;
  return s;
}

std::string line_chart_svg(const LineChart& chart) {
  const ChartScale s = chart_scale(chart);
  std::string out = open_svg(chart.id, chart.title, chart.description, width, height, "chart");
  // Value grid and labels.
  const double step = nice_step(s.v1 - s.v0, 5);
  const int decimals = decimals_of(step, 0);
  for (double v = s.v0; v <= s.v1 + step / 2; v += step) {
    const std::string y = coordinate(s.y(v));
    out += "<line class=\"grid\" x1=\"" + coordinate(s.left) + "\" x2=\"" + coordinate(s.right) + "\" y1=\"" + y +
           "\" y2=\"" + y + "\"/><text class=\"axis\" x=\"" + coordinate(s.left - 6) + "\" y=\"" + coordinate(s.y(v) + 4) +
           "\" text-anchor=\"end\">" + format_number(v, decimals, chart.language) + "</text>";
  }
  // Years: a tick each, a label on at most ten.
  const int years = static_cast<int>(s.t1 - s.t0);
  const int every = std::max(1, (years + 9) / 10);
  for (int k = 0; k <= years; ++k) {
    const double x = s.x(s.t0 + k);
    out += "<line class=\"tick\" x1=\"" + coordinate(x) + "\" x2=\"" + coordinate(x) + "\" y1=\"" +
           coordinate(s.bottom) + "\" y2=\"" + coordinate(s.bottom + 5) + "\"/>";
    if (k % every == 0)
      out += "<text class=\"axis\" x=\"" + coordinate(x) + "\" y=\"" + coordinate(s.bottom + 20) +
             "\" text-anchor=\"middle\">" + std::to_string(static_cast<int>(s.t0) + k) + "</text>";
  }
  out += "<line class=\"axis-line\" x1=\"" + coordinate(s.left) + "\" x2=\"" + coordinate(s.right) + "\" y1=\"" +
         coordinate(s.bottom) + "\" y2=\"" + coordinate(s.bottom) + "\"/>";
  // Baseline and targets: a dashed level to the target's date, a labelled mark.
  for (const auto& m : chart.marks) {
    const double x = s.x(m.t), y = s.y(m.value);
    const char* css = m.kind == MarkKind::baseline ? "baseline" : m.kind == MarkKind::target ? "target" : "interim";
    if (m.kind == MarkKind::target)
      out += "<line class=\"target-line\" x1=\"" + coordinate(s.left) + "\" x2=\"" + coordinate(x) + "\" y1=\"" +
             coordinate(y) + "\" y2=\"" + coordinate(y) + "\"/>";
    out += "<g class=\"" + std::string(css) + "\">";
    if (m.kind == MarkKind::baseline)
      out += "<rect x=\"" + coordinate(x - 5) + "\" y=\"" + coordinate(y - 5) + "\" width=\"10\" height=\"10\"/>";
    else
      out += "<path d=\"M" + coordinate(x) + " " + coordinate(y - 7) + "L" + coordinate(x + 7) + " " + coordinate(y) +
             "L" + coordinate(x) + " " + coordinate(y + 7) + "L" + coordinate(x - 7) + " " + coordinate(y) + "Z\"/>";
    // Labels right of a mark in the chart's left half, left of it in the right
    // half: they stay clear of the lines' end labels.
    const bool right_half = x > (s.left + s.right) / 2;
    out += "<text x=\"" + coordinate(right_half ? x - 9 : x + 9) + "\" y=\"" + coordinate(y - 9) + "\"" +
           (right_half ? " text-anchor=\"end\"" : "") + ">" + escape(m.label) + "</text></g>";
  }
  // Lines, then markers, then the end labels.
  std::vector<double> ends;
  for (std::size_t i = 0; i < chart.lines.size(); ++i) {
    const auto& line = chart.lines[i];
    const Style& st = styles[i % style_count];
    std::string path;
    for (std::size_t k = 0; k < line.points.size(); ++k) {
      const auto& p = line.points[k];
      path += (k == 0 || p.breaks ? "M" : "L") + coordinate(s.x(p.t)) + " " + coordinate(s.y(p.value));
    }
    out += "<g class=\"series\">";
    if (!path.empty())
      out += "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + st.colour + "\" stroke-width=\"2\"" +
             (*st.dash ? " stroke-dasharray=\"" + std::string(st.dash) + "\"" : std::string()) + "/>";
    for (const auto& p : line.points) {
      if (p.breaks)
        out += "<line class=\"break\" x1=\"" + coordinate(s.x(p.t) - 4) + "\" x2=\"" + coordinate(s.x(p.t) - 4) +
               "\" y1=\"" + coordinate(s.top) + "\" y2=\"" + coordinate(s.bottom) + "\"/>";
      out += marker(st.shape, s.x(p.t), s.y(p.value), st.colour, p.provisional);
    }
    out += "</g>";
    ends.push_back(line.points.empty() ? s.bottom : s.y(line.points.back().value));
  }
  ends = spread(ends, s.top + 4, s.bottom);
  for (std::size_t i = 0; i < chart.lines.size(); ++i) {
    const Style& st = styles[i % style_count];
    const double y = ends[i];
    out += "<g class=\"end-label\">" + marker(st.shape, s.right + 14, y - 4, st.colour, false) + "<text x=\"" +
           coordinate(s.right + 24) + "\" y=\"" + coordinate(y) + "\">" + escape(shorten(chart.lines[i].label, 24)) +
           "</text></g>";
  }
  out += "</svg>";
  return out;
}

std::string dumbbell_svg(const DumbbellChart& chart) {
  constexpr double row = 28, left = 200, right_margin = 40, top = 36;
  const double w = 640, h = top + row * static_cast<double>(chart.rows.size()) + 30;
  double v0 = std::numeric_limits<double>::infinity(), v1 = -v0;
  for (const auto& r : chart.rows) v0 = std::min({v0, r.a, r.b}), v1 = std::max({v1, r.a, r.b});
  if (!std::isfinite(v0)) v0 = 0, v1 = 1;
  if (v0 > 0 && v0 < v1 - v0) v0 = 0;
  const double step = nice_step(v1 - v0 > 0 ? v1 - v0 : std::max(std::abs(v1), 1.0), 5);
  v0 = std::floor(v0 / step) * step;
  v1 = std::ceil(v1 / step) * step;
  if (v1 <= v0) v1 = v0 + step;
  auto x = [&](double v) { return left + (v - v0) / (v1 - v0) * (w - left - right_margin); };
  std::string out = open_svg(chart.id, chart.title, chart.description, w, h, "chart dumbbell");
  const int decimals = decimals_of(step, 0);
  for (double v = v0; v <= v1 + step / 2; v += step)
    out += "<line class=\"grid\" x1=\"" + coordinate(x(v)) + "\" x2=\"" + coordinate(x(v)) + "\" y1=\"" +
           coordinate(top - 6) + "\" y2=\"" + coordinate(h - 24) + "\"/><text class=\"axis\" x=\"" + coordinate(x(v)) +
           "\" y=\"" + coordinate(h - 8) + "\" text-anchor=\"middle\">" + format_number(v, decimals, chart.language) +
           "</text>";
  // The legend: a filled circle for the group, a hollow square for the reference.
  out += "<g class=\"legend-marks\">" + marker(0, left, 14, "#0b4f9c", false) + "<text x=\"" + coordinate(left + 10) +
         "\" y=\"18\">" + escape(chart.a_label) + "</text>" + marker(1, left + 180, 14, "#1a1a1a", true) +
         "<text x=\"" + coordinate(left + 190) + "\" y=\"18\">" + escape(chart.b_label) + "</text></g>";
  for (std::size_t i = 0; i < chart.rows.size(); ++i) {
    const auto& r = chart.rows[i];
    const double y = top + row * static_cast<double>(i) + row / 2;
    out += "<g class=\"dumbbell-row\"><text x=\"" + coordinate(left - 12) + "\" y=\"" + coordinate(y + 4) +
           "\" text-anchor=\"end\">" + escape(shorten(r.label, 28)) + "</text><line class=\"gap\" x1=\"" +
           coordinate(x(r.a)) + "\" x2=\"" + coordinate(x(r.b)) + "\" y1=\"" + coordinate(y) + "\" y2=\"" +
           coordinate(y) + "\"/>" + marker(1, x(r.b), y, "#1a1a1a", true) + marker(0, x(r.a), y, "#0b4f9c", false) +
           "</g>";
  }
  out += "</svg>";
  return out;
}

}  // namespace planwerk::report
