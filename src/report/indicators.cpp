// SPDX-License-Identifier: Apache-2.0
// The indicator pages: a list of the indicators, and per indicator its
// series by district and by group (chart and table), the method panel, the
// group gaps, the districts against the city, and the downloads (CSV in the
// official dialect, JSON). Every figure comes from monitor::evaluate's
// result, which holds only published cells: a suppressed value never
// reaches this file.
#include <algorithm>
#include <cmath>
#include <charconv>
#include <set>

#include "chart.hpp"
#include "indicator_cells.hpp"
#include "layout.hpp"
#include "planwerk/error.hpp"
#include "planwerk/monitor/compare.hpp"
#include "planwerk/monitor/period.hpp"
#include "templates.hpp"
#include "text.hpp"

namespace planwerk::report {
namespace {

using model::Index;
using model::npos;
using monitor::Period;

// The table symbol or the figure of a cell.
std::string cell_text(const Cells& c, std::size_t r, int decimals, Language lang) {
  std::string text;
  if (c.suppressed[r] != 0) {
    text = ".";
  } else if (std::isnan(c.value[r])) {
    text = missing_symbol(c, r);
  } else {
    text = format_number(c.value[r], decimals, lang);
    // The qualifiers as the statistical offices print them.
    if ((c.flags[r] & monitor::low_reliability) != 0) text = "(" + text + ")";
    if ((c.flags[r] & monitor::provisional) != 0) text += "\u00A0p";
    if ((c.flags[r] & monitor::revised) != 0) text += "\u00A0r";
    if ((c.flags[r] & monitor::estimated) != 0) text += "\u00A0s";
  }
  if ((c.flags[r] & monitor::series_break) != 0) text = "|\u00A0" + text;
  return text;
}


std::string name_or_id(const std::string& name, const std::string& id) { return name.empty() ? id : name; }

std::string district_name(const model::Concept& plan, std::int32_t code, Language lang) {
  return code == 0 ? std::string(word(Word::whole_city, lang))
                   : name_or_id(plan.districts()[static_cast<Index>(code - 1)].name,
                                plan.districts()[static_cast<Index>(code - 1)].id);
}

std::string group_name(const std::string& label, Language lang) {
  return label.empty() ? std::string(word(Word::everybody, lang)) : label;
}

// One slice of an indicator's cells: the districts (group "everybody") or
// the groups (the whole city), as a chart and a table.
struct Slice {
  std::vector<std::string> names;            // rows, in code order
  std::vector<Period> periods;               // columns, sorted
  std::map<std::pair<std::size_t, Period>, std::size_t> cell;  // (row, period) -> cells row
};

Slice slice(const Cells& c, std::size_t ind, bool by_district, const model::Concept& plan, Language lang) {
  Slice s;
  std::map<std::int32_t, std::size_t> rows;
  std::set<Period> periods;
  std::vector<std::pair<std::int32_t, std::size_t>> members;
  for (std::size_t r : c.by_indicator[ind]) {
    const std::int32_t key = by_district ? c.district[r] : c.group[r];
    if ((by_district ? c.group[r] : c.district[r]) != 0) continue;
    members.push_back({key, r});
    rows.emplace(key, 0);
  }
  std::size_t k = 0;
  for (auto& [code, row] : rows) {
    row = k++;
    s.names.push_back(by_district ? district_name(plan, code, lang)
                                  : group_name(c.groups[static_cast<std::size_t>(code)], lang));
  }
  for (const auto& [code, r] : members) {
    periods.insert(static_cast<Period>(c.period[r]));
    s.cell[{rows[code], static_cast<Period>(c.period[r])}] = r;
  }
  s.periods.assign(periods.begin(), periods.end());
  return s;
}

std::string target_label(const model::Target& t, int decimals, Language lang) {
  const Word w = t.kind == v1::TARGET_KIND_INTERIM ? Word::interim_target : Word::target;
  return std::string(word(w, lang)) + " " + std::to_string(static_cast<int>(t.date.year())) + ": " +
         format_number(*t.value, decimals, lang);
}

// The general baseline and targets (whole city, everybody) as chart marks.
std::vector<ChartMark> marks_of(const model::Indicator& ind, Language lang) {
  std::vector<ChartMark> out;
  const int decimals = decimals_of(ind);
  for (const auto& b : ind.baselines)
    if (b.value && b.district == npos && b.group.empty() && model::is_set(b.date))
      out.push_back({MarkKind::baseline, monitor::date_time(b.date), *b.value,
                     std::string(word(Word::baseline, lang)) + " " + std::to_string(static_cast<int>(b.date.year())) +
                         ": " + format_number(*b.value, decimals, lang)});
  for (const auto& t : ind.targets)
    if (t.value && t.district == npos && t.group.empty() && model::is_set(t.date))
      out.push_back({t.kind == v1::TARGET_KIND_INTERIM ? MarkKind::interim : MarkKind::target,
                     monitor::date_time(t.date), *t.value, target_label(t, decimals, lang)});
  return out;
}

mu::data slice_data(const SiteData& site, const Cells& c, const model::Indicator& ind, const Slice& s,
                    const std::string& id, const std::string& heading, bool with_targets) {
  const Language lang = site.options.language;
  const int decimals = decimals_of(ind);
  LineChart chart;
  chart.id = id;
  chart.title = heading + ": " + name_or_id(ind.title, ind.id);
  chart.language = lang;
  chart.decimals = decimals;
  if (with_targets) chart.marks = marks_of(ind, lang);
  for (std::size_t row = 0; row < s.names.size(); ++row) {
    ChartLine line{s.names[row], {}};
    bool broken = false;
    for (Period p : s.periods) {
      const auto it = s.cell.find({row, p});
      if (it == s.cell.end()) continue;
      const std::size_t r = it->second;
      broken = broken || (c.flags[r] & monitor::series_break) != 0;
      if (c.suppressed[r] != 0 || std::isnan(c.value[r])) continue;
      line.points.push_back({monitor::period_time(p), c.value[r], (c.flags[r] & monitor::provisional) != 0, broken});
      broken = false;
    }
    chart.lines.push_back(std::move(line));
  }
  // The table's columns: the periods with data, then target years after them.
  std::vector<Period> columns = s.periods;
  std::map<Period, std::string> targets;
  if (with_targets)
    for (const auto& t : ind.targets)
      if (t.value && t.district == npos && t.group.empty() && model::is_set(t.date)) {
        const Period p = monitor::year_period(t.date.year());
        targets[p] = format_number(*t.value, decimals, lang);
        if (std::find(columns.begin(), columns.end(), p) == columns.end()) columns.push_back(p);
      }
  std::sort(columns.begin(), columns.end());
  const Period last = s.periods.empty() ? 0 : s.periods.back();
  chart.description = std::string(word(Word::chart_lines, lang)) + " " +
                      (s.periods.empty() ? std::string()
                                         : monitor::format_period(s.periods.front()) + "\u2013" +
                                               monitor::format_period(last)) +
                      ". " + word(Word::chart_table_below, lang);
  mu::data d;
  d.set("id", id);
  d.set("heading", heading);
  d.set("svg", line_chart_svg(chart));
  d.set("series_label", word(with_targets ? Word::district : Word::group, lang));
  d.set("region_label", heading + ", " + word(Word::table, lang));
  mu::data head{mu::data::type::list};
  for (Period p : columns) {
    mu::data col;
    col.set("period", monitor::format_period(p));
    head.push_back(col);
  }
  d.set("columns", head);
  mu::data rows{mu::data::type::list};
  for (std::size_t row = 0; row < s.names.size(); ++row) {
    mu::data tr;
    tr.set("name", s.names[row]);
    mu::data cells{mu::data::type::list};
    for (Period p : columns) {
      const auto it = s.cell.find({row, p});
      cells.push_back(mu::data(it != s.cell.end() ? cell_text(c, it->second, decimals, lang) : p > last ? "..." : "."));
    }
    tr.set("cells", cells);
    rows.push_back(tr);
  }
  if (!targets.empty()) {
    mu::data tr;
    tr.set("name", word(Word::target, lang));
    tr.set("target", true);
    mu::data cells{mu::data::type::list};
    for (Period p : columns) {
      const auto it = targets.find(p);
      cells.push_back(mu::data(it == targets.end() ? std::string() : it->second));
    }
    tr.set("cells", cells);
    rows.push_back(tr);
  }
  d.set("rows", rows);
  return d;
}

// The row of the series frame for (indicator, whole city, everybody).
std::optional<std::size_t> headline_row(const Frame& series, std::size_t ind) {
  const auto& i = series["indicator"].codes();
  const auto& d = series["district"].codes();
  const auto& g = series["group"].codes();
  for (std::size_t r = 0; r < i.size(); ++r)
    if (static_cast<std::size_t>(i[r]) == ind && d[r] == 0 && g[r] == 0) return r;
  return std::nullopt;
}

std::string category_label(const Column& c, std::size_t r) {
  return c.labels()[static_cast<std::size_t>(c.codes()[r])];
}

// A category label of the series frame, an enum in words.
std::string label_words(std::string_view label, Language lang) {
  static const std::pair<std::string_view, Word> table[] = {
      {"insufficient_data", Word::cat_insufficient_data},
      {"wrong_direction", Word::cat_wrong_direction},
      {"off_track", Word::cat_off_track},
      {"on_track", Word::cat_on_track},
      {"achieved", Word::cat_achieved},
      {"unable_to_assess", Word::cat_unable_to_assess},
      {"deterioration", Word::cat_deterioration},
      {"limited_progress", Word::cat_limited_progress},
      {"needs_acceleration", Word::cat_needs_acceleration},
      {"target_achieved", Word::cat_target_achieved},
      {"decreasing", Word::cat_decreasing},
      {"stagnating", Word::cat_stagnating},
      {"moderately_improving", Word::cat_moderately_improving},
      {"MEASURE_TYPE_PERCENTAGE", Word::type_percentage},
      {"MEASURE_TYPE_RATE", Word::type_rate},
      {"MEASURE_TYPE_COUNT", Word::type_count},
      {"MEASURE_TYPE_RATIO", Word::type_ratio},
      {"MEASURE_TYPE_INDEX", Word::type_index},
      {"MEASURE_TYPE_AMOUNT", Word::type_amount},
      {"MEASURE_TYPE_SCORE", Word::type_score},
      {"AGGREGATION_SUM", Word::agg_sum},
      {"AGGREGATION_RATIO", Word::agg_ratio},
      {"AGGREGATION_CUMULATIVE", Word::agg_cumulative},
      {"AGGREGATION_NONE", Word::agg_none},
  };
  for (const auto& [name, w] : table)
    if (name == label) return word(w, lang);
  return "";
}

// The method panel: the definition, the inputs and why the result is what it is.
mu::data method_data(const SiteData& site, const model::Indicator& ind, std::size_t index) {
  const Language lang = site.options.language;
  const int decimals = decimals_of(ind);
  mu::data items{mu::data::type::list};
  auto add = [&](Word term, const std::string& value) {
    if (value.empty()) return;
    mu::data item;
    item.set("term", word(term, lang));
    item.set("value", value);
    items.push_back(item);
  };
  add(Word::unit, ind.unit);
  add(Word::measure_type, label_words(v1::MeasureType_Name(ind.measure_type), lang));
  add(Word::numerator, ind.numerator);
  add(Word::denominator, ind.denominator);
  add(Word::source, ind.source);
  add(Word::polarity, monitor::direction(ind) > 0 ? word(Word::higher_is_better, lang) : word(Word::lower_is_better, lang));
  add(Word::aggregation, label_words(v1::Aggregation_Name(monitor::aggregation(ind)), lang));
  const auto& gp = ind.goalposts;
  std::string thresholds;
  auto threshold = [&](Word w, const std::optional<double>& v) {
    if (!v) return;
    if (!thresholds.empty()) thresholds += " · ";
    thresholds += std::string(word(w, lang)) + " " + format_number(*v, decimals, lang);
  };
  threshold(Word::lower_bound, gp.lower_bound);
  threshold(Word::red_threshold, gp.red_threshold);
  threshold(Word::green_threshold, gp.green_threshold);
  threshold(Word::optimum, gp.optimum);
  add(Word::thresholds, thresholds);
  add(Word::min_cases_term, format_number(site.options.min_cases, 0, lang));
  if (site.monitoring) {
    const Frame& s = site.monitoring->series;
    if (const auto r = headline_row(s, index)) {
      const auto real = [&](const char* column) { return s[column].reals()[*r]; };
      const auto period = [&](const char* column) {
        const auto p = static_cast<Period>(s[column].integers()[*r]);
        return p == 0 ? std::string() : monitor::format_period(p);
      };
      add(Word::data_points, std::to_string(s["points"].integers()[*r]) + " (" + period("first_period") + "\u2013" +
                                 period("latest_period") + ")");
      add(Word::latest_value, format_number(real("latest_value"), decimals, lang));
      add(Word::baseline, format_number(real("baseline"), decimals, lang));
      add(Word::target, format_number(real("target"), decimals, lang) +
                            (period("target_period").empty() ? "" : " (" + period("target_period") + ")"));
      add(Word::attainment, format_number(real("attainment") * 100, 0, lang) + (std::isnan(real("attainment")) ? "" : " %"));
      add(Word::score, format_number(real("score"), 0, lang));
      add(Word::slope, format_number(real("slope"), 2, lang));
      add(Word::outlook, label_words(category_label(s["outlook"], *r), lang));
      add(Word::trend_method, word(Word::trend_method_text, lang));
      const double progress = real("progress");
      add(Word::progress_category, label_words(category_label(s["progress_category"], *r), lang) +
                                      (std::isnan(progress) ? "" : " (R = " + format_number(progress, 2, lang) + ")"));
      add(Word::sdsn_trend, label_words(category_label(s["trend"], *r), lang));
    }
  }
  mu::data d;
  d.set("items", items);
  return d;
}

// Group gaps at the latest period both are published, whole city: each group
// against everybody.
std::optional<mu::data> gaps_data(const SiteData& site, const Cells& c, const Frame& mine,
                                  const model::Indicator& ind, std::size_t index, const std::string& id) {
  const Language lang = site.options.language;
  const int decimals = decimals_of(ind);
  std::set<std::int32_t> groups;
  for (std::size_t r : c.by_indicator[index])
    if (c.group[r] != 0 && c.district[r] == 0) groups.insert(c.group[r]);
  DumbbellChart chart;
  chart.id = id;
  chart.title = std::string(word(Word::group_gaps, lang)) + ": " + name_or_id(ind.title, ind.id);
  chart.description = word(Word::group_gaps_description, lang);
  chart.a_label = word(Word::group, lang);
  chart.b_label = word(Word::everybody, lang);
  chart.language = lang;
  chart.decimals = decimals;
  mu::data rows{mu::data::type::list};
  const bool percent = ind.measure_type == v1::MEASURE_TYPE_PERCENTAGE;
  for (std::int32_t g : groups) {
    const std::string& label = c.groups[static_cast<std::size_t>(g)];
    Frame gap;
    try {
      gap = monitor::group_gap(mine, ind.id, label, "");
    } catch (const Error&) {
      continue;  // no period where both are published
    }
    if (gap.rows() == 0) continue;
    const std::size_t last = gap.rows() - 1;
    const double a = gap["value_a"].reals()[last], b = gap["value_b"].reals()[last];
    chart.rows.push_back({label, a, b});
    const monitor::GapTrend trend = monitor::gap_trend(gap);
    mu::data tr;
    tr.set("group", label);
    tr.set("period", monitor::format_period(static_cast<Period>(gap["period"].integers()[last])));
    tr.set("a", format_number(a, decimals, lang));
    tr.set("b", format_number(b, decimals, lang));
    tr.set("difference", format_number(gap["difference"].reals()[last], decimals, lang) +
                             (percent ? std::string("\u00A0") + word(Word::percentage_points_short, lang) : ""));
    tr.set("ratio", format_number(gap["ratio"].reals()[last], 2, lang));
    tr.set("trend", word(!trend.known ? Word::no_data : trend.closing > 0 ? Word::gap_closing
                                                    : trend.closing < 0 ? Word::gap_widening
                                                                        : Word::gap_unchanged,
                         lang));
    rows.push_back(tr);
  }
  if (rows.list_value().empty()) return std::nullopt;
  mu::data d;
  d.set("svg", dumbbell_svg(chart));
  d.set("rows", rows);
  return d;
}

std::optional<mu::data> districts_data(const SiteData& site, const Frame& mine, const model::Indicator& ind) {
  const Language lang = site.options.language;
  const int decimals = decimals_of(ind);
  Frame f;
  try {
    f = monitor::district_comparison(site.plan, mine, ind.id);
  } catch (const Error&) {
    return std::nullopt;
  }
  if (f.rows() == 0) return std::nullopt;
  std::vector<std::size_t> order(f.rows());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto& rank = f["rank"].integers();
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rank[a] < rank[b]; });
  mu::data rows{mu::data::type::list};
  const auto& district = f["district"];
  for (std::size_t r : order) {
    mu::data tr;
    const std::string& id = category_label(district, r);
    const auto d = site.plan.find(model::Kind::district, id);
    tr.set("rank", std::to_string(rank[r]));
    tr.set("district", d ? name_or_id(site.plan.districts()[*d].name, id) : id);
    tr.set("value", format_number(f["value"].reals()[r], decimals, lang));
    tr.set("city", format_number(f["city"].reals()[r], decimals, lang));
    tr.set("difference", format_number(f["difference"].reals()[r], decimals, lang));
    tr.set("ratio", format_number(f["ratio"].reals()[r], 2, lang));
    rows.push_back(tr);
  }
  mu::data d;
  d.set("rows", rows);
  return d;
}

}  // namespace

std::string indicator_file(const std::string& id) { return anchor("indicator", id) + ".html"; }

namespace {

// One indicator's files: its page and, with data, its downloads.
struct IndicatorFiles {
  std::string page, csv, json;
};

IndicatorFiles indicator_files(const SiteData& site, const std::optional<Cells>& cells, Index i) {
  const Language lang = site.options.language;
  const model::Concept& plan = site.plan;
  const auto& ind = plan.indicators()[i];
  IndicatorFiles out;
  mu::data d;
  d.set("description", ind.description);
  d.set("code", ind.code);
  d.set("code_label", word(Word::code, lang));
  mu::data goals{mu::data::type::list};
  for (Index g : ind.goals) {
    mu::data item;
    item.set("href", "index.html#" + anchor("g", plan.goals()[g].id));
    item.set("title", name_or_id(plan.goals()[g].title, plan.goals()[g].id));
    goals.push_back(item);
  }
  d.set("goals_label", word(Word::goals, lang));
  d.set("has_goals", !goals.list_value().empty());
  d.set("goals", goals);
  d.set("table_label", word(Word::table, lang));
  d.set("method_label", word(Word::method, lang));
  d.set("method", method_data(site, ind, i));
  const bool data = cells && !cells->by_indicator[i].empty();
  d.set("no_data", !data);
  d.set("no_data_label", word(Word::no_data, lang));
  if (data) {
    const Slice districts = slice(*cells, i, true, plan, lang);
    const Slice groups = slice(*cells, i, false, plan, lang);
    mu::data slices{mu::data::type::list};
    slices.push_back(slice_data(site, *cells, ind, districts, "by-district", word(Word::by_district, lang), true));
    if (groups.names.size() > 1)
      slices.push_back(slice_data(site, *cells, ind, groups, "by-group", word(Word::by_group, lang), false));
    d.set("slices", slices);
    // The comparisons read this indicator's cells only.
    const Frame mine = site.monitoring->cells.take(cells->by_indicator[i]);
    if (auto gaps = gaps_data(site, *cells, mine, ind, i, "gaps")) {
      mu::data& g = *gaps;
      set_words(g, lang, {{"heading", Word::group_gaps},
                          {"group_label", Word::group},
                          {"period_label", Word::period},
                          {"a_label", Word::group},
                          {"b_label", Word::everybody},
                          {"difference_label", Word::difference},
                          {"ratio_label", Word::ratio},
                          {"trend_label", Word::gap_trend}});
      d.set("gaps", g);
    }
    if (auto found = districts_data(site, mine, ind)) {
      mu::data& ranking = *found;
      set_words(ranking, lang, {{"heading", Word::districts_vs_city},
                                {"caveat", Word::rank_caveat},
                                {"rank_label", Word::rank},
                                {"district_label", Word::district},
                                {"value_label", Word::value},
                                {"city_label", Word::whole_city},
                                {"difference_label", Word::difference},
                                {"ratio_label", Word::ratio}});
      d.set("ranking", ranking);
    }
    const std::string base = "data/" + anchor("indicator", ind.id);
    out.csv = csv_download(*cells, plan, ind, i);
    out.json = json_download(*cells, plan, ind, i);
    d.set("downloads_label", word(Word::downloads, lang));
    d.set("csv_href", base + ".csv");
    d.set("json_href", base + ".json");
    d.set("csv_label", word(Word::csv_download, lang));
    d.set("json_label", word(Word::json_download, lang));
  }
  out.page = layout(site, "indicators.html", name_or_id(ind.title, ind.id), render(templates::indicator, d),
                    Figures::shown);
  return out;
}

}  // namespace

void add_indicator_tasks(const SiteData& site, std::vector<Task>& tasks) {
  const model::Concept& plan = site.plan;
  auto cells = std::make_shared<std::optional<Cells>>();
  if (site.monitoring) cells->emplace(site.monitoring->cells, plan.indicators().size());
  for (Index i = 0; i < plan.indicators().size(); ++i)
    tasks.push_back([&site, cells, i](Files& files) {
      const auto& ind = site.plan.indicators()[i];
      IndicatorFiles out = indicator_files(site, *cells, i);
      files[indicator_file(ind.id)] = std::move(out.page);
      if (!out.csv.empty()) {
        const std::string base = "data/" + anchor("indicator", ind.id);
        files[base + ".csv"] = std::move(out.csv);
        files[base + ".json"] = std::move(out.json);
      }
    });
  tasks.push_back([&site](Files& files) {
    const Language lang = site.options.language;
    mu::data list{mu::data::type::list};
    for (const auto& ind : site.plan.indicators()) {
      mu::data item;
      item.set("href", indicator_file(ind.id));
      item.set("title", name_or_id(ind.title, ind.id));
      item.set("code", ind.code);
      item.set("unit", ind.unit);
      list.push_back(item);
    }
    mu::data d;
    d.set("indicators", list);
    set_words(d, lang, {{"indicator_label", Word::indicator},
                        {"code_label", Word::code},
                        {"unit_label", Word::unit},
                        {"indicators_label", Word::indicators},
                        {"how_label", Word::how_status},
                        {"how_text", Word::how_status_text}});
    files["indicators.html"] =
        layout(site, "indicators.html", word(Word::indicators, lang), render(templates::indicators, d));
  });
}

}  // namespace planwerk::report
