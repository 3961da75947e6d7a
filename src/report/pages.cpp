// SPDX-License-Identifier: Apache-2.0
#include "pages.hpp"

#include <functional>
#include <map>

#include "gantt.hpp"
#include "planwerk/schedule/meetings.hpp"
#include "text.hpp"
#include "layout.hpp"
#include "parallel.hpp"
#include "planwerk/error.hpp"
#include "templates.hpp"
#include "text.hpp"
#include "words.hpp"

namespace planwerk::report {

MeasureState state_of(const model::Measure& m, const schedule::MeasureDates& d) {
  if (d.progress == schedule::WorkState::finished || m.status == v1::MEASURE_STATUS_COMPLETED)
    return MeasureState::done;
  if (d.total_float < 0 || (model::is_set(m.end) && d.early_finish > m.end)) return MeasureState::late;
  return MeasureState::on_time;
}

std::string measure_file(const std::string& id) { return anchor("measure", id) + ".html"; }

void set_schedule_dates(mu::data& data, const schedule::MeasureDates& dates, Language language) {
  data.set("start", format_date(dates.early_start, language));
  data.set("start_iso", model::format_date(dates.early_start));
  data.set("finish", format_date(dates.early_finish, language));
  data.set("finish_iso", model::format_date(dates.early_finish));
  data.set("duration", std::to_string(dates.duration));
  data.set("float", std::to_string(dates.total_float));
  data.set("negative", dates.total_float < 0);
}

namespace {

using model::Index;
using model::npos;

Word state_word(MeasureState s) {
  return s == MeasureState::done ? Word::done : s == MeasureState::late ? Word::late : Word::on_time;
}

// A status as word, shape and colour class: never colour alone.
struct LightText {
  const char* css;
  const char* shape;
  Word word;
};
LightText light_text(int light) {
  switch (light) {
    case 1: return {"red", "\u2716", Word::status_red};
    case 2: return {"orange", "\u25BC", Word::status_orange};
    case 3: return {"yellow", "\u25B2", Word::status_yellow};
    case 4: return {"green", "\u2714", Word::status_green};
    default: return {"none", "\u2013", Word::no_data};
  }
}

// A goal's row of the roll-up: its status, score and how many of its
// indicators have data.
struct GoalRollup {
  int light = 0;
  double score = std::nan("");
  std::int64_t indicators = 0, with_data = 0;
};

std::map<std::string, GoalRollup> goal_rollups(const SiteData& site) {
  std::map<std::string, GoalRollup> out;
  if (!site.monitoring) return out;
  const Frame& f = site.monitoring->rollup;
  const auto& level = f["level"];
  const auto& id = f["id"];
  const auto& status = f["status"].codes();
  auto label = [](const Column& c, std::size_t r) { return c.labels()[static_cast<std::size_t>(c.codes()[r])]; };
  for (std::size_t r = 0; r < status.size(); ++r)
    if (label(level, r) == "goal")
      out[label(id, r)] = {status[r], f["score"].reals()[r], f["indicators"].integers()[r], f["with_data"].integers()[r]};
  return out;
}

// Each indicator's progress (Open SDG category of its whole-city series) as
// an arrow and a word: never the arrow alone.
struct Trend {
  const char* arrow;
  Word word;
};
std::vector<Trend> indicator_trends(const SiteData& site) {
  std::vector<Trend> out(site.plan.indicators().size(), Trend{"\u2013", Word::cat_unable_to_assess});
  if (!site.monitoring) return out;
  const Frame& s = site.monitoring->series;
  const auto& ind = s["indicator"].codes();
  const auto& district = s["district"].codes();
  const auto& group = s["group"].codes();
  const auto& category = s["progress_category"].codes();
  static const Trend trends[] = {{"\u2013", Word::cat_unable_to_assess}, {"\u2198", Word::cat_deterioration},
                                 {"\u2192", Word::cat_limited_progress},  {"\u2197", Word::cat_needs_acceleration},
                                 {"\u2191", Word::cat_on_track},          {"\u2714", Word::cat_target_achieved}};
  for (std::size_t r = 0; r < ind.size(); ++r)
    if (district[r] == 0 && group[r] == 0 && category[r] >= 0 && category[r] < 6)
      out[static_cast<std::size_t>(ind[r])] = trends[category[r]];
  return out;
}

// A goal's depth below the top goals of its action field.
int depth(const model::Concept& plan, Index g) {
  int d = 0;
  for (Index p = plan.goals()[g].parent; p != npos && d < 2; p = plan.goals()[p].parent) ++d;
  return d;
}

// The goals in tree order (each followed by the goals below it, in the
// concept's order), with the action field each belongs to: its own, else
// the first one up its parents. A parent cycle (refused by validation, but
// a report may be written of an invalid draft) ends the walk.
std::vector<std::pair<Index, Index>> goals_in_tree_order(const model::Concept& plan) {
  const auto& goals = plan.goals();
  std::vector<std::vector<Index>> children(goals.size());
  std::vector<Index> roots;
  for (Index g = 0; g < goals.size(); ++g) (goals[g].parent == npos ? roots : children[goals[g].parent]).push_back(g);
  std::vector<std::pair<Index, Index>> out;
  std::vector<bool> seen(goals.size(), false);
  std::function<void(Index, Index)> visit = [&](Index g, Index field) {
    if (seen[g]) return;
    seen[g] = true;
    const Index own = goals[g].action_field != npos ? goals[g].action_field : field;
    out.push_back({g, own});
    for (Index c : children[g]) visit(c, own);
  };
  for (Index r : roots) visit(r, npos);
  for (Index g = 0; g < goals.size(); ++g) visit(g, goals[g].action_field);  // goals only on a cycle
  return out;
}

std::string overview(const SiteData& site) {
  const Language lang = site.options.language;
  const model::Concept& plan = site.plan;
  const auto rollups = goal_rollups(site);
  const auto tree = goals_in_tree_order(plan);
  const auto trends = indicator_trends(site);
  std::vector<std::vector<Index>> indicators_of(plan.goals().size());
  for (Index i = 0; i < plan.indicators().size(); ++i)
    for (Index g : plan.indicators()[i].goals) indicators_of[g].push_back(i);
  mu::data d;
  if (!plan.header().vision.empty()) {
    d.set("vision", plan.header().vision);
    d.set("vision_label", word(Word::vision, lang));
  }
  d.set("status_date_label", word(Word::status_date, lang));
  d.set("as_of", format_date(site.as_of, lang));
  d.set("as_of_iso", model::format_date(site.as_of));
  if (!plan.indicators().empty()) {
    d.set("method_href", "indicators.html#how");
    d.set("method_link", word(Word::how_status, lang));
  }
  // The next meetings: the first five within a year of the status date.
  if (model::is_set(site.as_of)) {
    const schedule::Calendar calendar = schedule::calendar_for(plan);
    std::vector<std::pair<model::Date, Index>> next;
    const model::Date until = site.as_of + boost::gregorian::days(365);
    for (Index c = 0; c < plan.committees().size(); ++c)
      for (const auto& day : schedule::committee_meetings(plan, calendar, c, site.as_of, until)) next.push_back({day, c});
    std::sort(next.begin(), next.end());
    if (next.size() > 5) next.resize(5);
    mu::data meetings{mu::data::type::list};
    for (const auto& [day, c] : next) {
      mu::data m;
      m.set("date", format_date(day, lang));
      m.set("iso", model::format_date(day));
      m.set("committee", plan.committees()[c].name.empty() ? plan.committees()[c].id : plan.committees()[c].name);
      meetings.push_back(m);
    }
    d.set("has_meetings", !next.empty());
    d.set("meetings", meetings);
    d.set("meetings_label", word(Word::next_meetings, lang));
    d.set("calendar_label", word(Word::all_dates, lang));
  }
  mu::data fields{mu::data::type::list};
  const std::size_t n = plan.action_fields().size();
  for (std::size_t k = 0; k <= n; ++k) {
    mu::data field;
    field.set("title", k < n ? plan.action_fields()[k].title : std::string(word(Word::no_action_field, lang)));
    field.set("anchor", anchor("f", k < n ? plan.action_fields()[k].id : std::string()));
    set_words(field, lang, {{"field_label", Word::action_field},
                            {"guiding_label", Word::guiding_goals},
                            {"goals_label", Word::goals},
                            {"status_label", Word::status},
                            {"score_label", Word::score},
                            {"coverage_label", Word::data_coverage},
                            {"indicators_label", Word::indicators},
                            {"measures_label", Word::measures}});
    const Index af = k < n ? static_cast<Index>(k) : npos;
    mu::data guiding{mu::data::type::list};
    for (const auto& gg : plan.guiding_goals())
      if (gg.action_field == af) {
        mu::data item;
        item.set("title", gg.title);
        guiding.push_back(item);
      }
    field.set("has_guiding", !guiding.list_value().empty());
    field.set("guiding_goals", guiding);
    mu::data goals{mu::data::type::list};
    for (const auto& [g, field_of_goal] : tree) {
      const auto& goal = plan.goals()[g];
      if (field_of_goal != af) continue;
      const auto it = rollups.find(goal.id);
      const GoalRollup rollup = it == rollups.end() ? GoalRollup{} : it->second;
      const LightText light = light_text(rollup.light);
      mu::data row;
      row.set("score", format_number(rollup.score, 0, lang));
      row.set("coverage", rollup.indicators == 0 ? std::string("\u2013")
                                                 : std::to_string(rollup.with_data) + " " + word(Word::of, lang) + " " +
                                                       std::to_string(rollup.indicators));
      mu::data links{mu::data::type::list};
      for (Index i : indicators_of[g]) {
        const auto& ind = plan.indicators()[i];
        mu::data link;
        link.set("href", indicator_file(ind.id) + "#method");
        link.set("title", ind.title.empty() ? ind.id : ind.title);
        link.set("arrow", trends[i].arrow);
        link.set("trend", word(trends[i].word, lang));
        links.push_back(link);
      }
      row.set("indicators", links);
      row.set("title", goal.title.empty() ? goal.id : goal.title);
      row.set("anchor", anchor("g", goal.id));
      row.set("level", std::to_string(depth(plan, g)));
      row.set("light", light.css);
      row.set("shape", light.shape);
      row.set("light_word", word(light.word, lang));
      goals.push_back(row);
    }
    field.set("has_goals", !goals.list_value().empty());
    field.set("goals", goals);
    int counts[3] = {0, 0, 0};
    std::size_t measures = 0;
    for (Index m = 0; m < plan.measures().size(); ++m) {
      if (plan.measures()[m].action_field != af) continue;
      ++counts[static_cast<int>(state_of(plan.measures()[m], site.schedule.measures[m]))];
      ++measures;
    }
    if (k == n && measures == 0 && goals.list_value().empty() && guiding.list_value().empty()) continue;
    field.set("on_time", std::to_string(counts[0]));
    field.set("late", std::to_string(counts[1]));
    field.set("done", std::to_string(counts[2]));
    set_words(field, lang, {{"on_time_label", Word::on_time},
                            {"late_label", Word::late},
                            {"done_label", Word::done}});
    fields.push_back(field);
  }
  d.set("fields", fields);
  return render(templates::overview, d);
}

// The previous version's scheduled dates of each measure (by id), when it
// can be scheduled; none otherwise (a cycle there does not stop this site).
std::vector<std::optional<GhostDates>> ghosts_of(const SiteData& site) {
  std::vector<std::optional<GhostDates>> out;
  if (site.previous == nullptr) return out;
  const model::Concept& before = *site.previous;
  std::optional<schedule::Schedule> s;
  try {
    schedule::ScheduleOptions o;
    if (model::is_set(site.as_of)) o.as_of = site.as_of;
    s = schedule::schedule_plan(before, schedule::calendar_for(before), o);
  } catch (const Error&) {
    return out;
  }
  out.resize(site.plan.measures().size());
  for (Index m = 0; m < site.plan.measures().size(); ++m)
    if (const auto old = before.find(model::Kind::measure, site.plan.measures()[m].id))
      out[m] = GhostDates{s->measures[*old].early_start, s->measures[*old].early_finish};
  return out;
}

struct ZoomPage {
  Zoom zoom;
  const char* file;
  Word label;
};
// The action plan's pages: the whole plan at the automatic level, then one
// page per fixed level.
constexpr ZoomPage zoom_pages[] = {{Zoom::automatic, "plan.html", Word::zoom_auto},
                                   {Zoom::week, "plan-week.html", Word::zoom_week},
                                   {Zoom::month, "plan-month.html", Word::zoom_month},
                                   {Zoom::quarter, "plan-quarter.html", Word::zoom_quarter},
                                   {Zoom::year, "plan-year.html", Word::zoom_year}};

// The table's row of each measure, rendered once for all zoom pages (the
// same rows in each; a large plan's table is most of a page).
std::vector<std::string> plan_rows(const SiteData& site) {
  const Language lang = site.options.language;
  const model::Concept& plan = site.plan;
  mu::mustache tmpl{std::string(templates::plan_row)};
  std::vector<std::string> out(plan.measures().size());
  for (Index m = 0; m < plan.measures().size(); ++m) {
    const auto& measure = plan.measures()[m];
    const auto& dates = site.schedule.measures[m];
    mu::data row;
    row.set("anchor", anchor("m", measure.id));
    row.set("href", measure_file(measure.id));
    row.set("title", measure.title.empty() ? measure.id : measure.title);
    row.set("field", measure.action_field == npos ? std::string() : plan.action_fields()[measure.action_field].title);
    set_schedule_dates(row, dates, lang);
    row.set("state", word(state_word(state_of(measure, dates)), lang));
    row.set("critical", dates.critical);
    row.set("critical_word", word(Word::critical, lang));
    std::string depends;
    for (const auto& dep : measure.dependencies) {
      if (!depends.empty()) depends += "; ";
      const auto& p = plan.measures()[dep.predecessor];
      depends += (p.title.empty() ? p.id : p.title) + " (" + v1::LinkType_Name(dep.type).substr(10);
      if (dep.lag != 0)
        depends += ", " + std::to_string(dep.lag) + " " +
                   word(dep.lag_unit == v1::LAG_UNIT_CALENDAR_DAYS ? Word::lag_calendar_days : Word::lag_working_days,
                        lang);
      depends += ")";
    }
    row.set("depends", depends);
    out[m] = tmpl.render(row);
    if (!tmpl.is_valid()) throw Error(ErrorCode::internal, "report template: " + tmpl.error_message());
  }
  return out;
}

std::string action_plan(const SiteData& site, const ZoomPage& page, const std::vector<std::string>& table_rows,
                        const std::vector<std::optional<GhostDates>>& ghosts, const schedule::Calendar& calendar) {
  const Language lang = site.options.language;
  const model::Concept& plan = site.plan;
  const GanttLayout g = gantt_layout(plan, site.schedule, site.as_of, lang, page.zoom, ghosts, &calendar);
  mu::data d;
  mu::data zooms{mu::data::type::list};
  for (const ZoomPage& z : zoom_pages) {
    mu::data item;
    item.set("href", z.file);
    item.set("label", word(z.label, lang));
    item.set("current", z.file == page.file);
    zooms.push_back(item);
  }
  d.set("zooms", zooms);
  d.set("zoom_label", word(Word::zoom, lang));
  if (!ghosts.empty()) d.set("ghost_note", word(Word::ghost_note, lang));
  d.set("status_date_label", word(Word::status_date, lang));
  d.set("as_of", format_date(site.as_of, lang));
  d.set("as_of_iso", model::format_date(site.as_of));
  d.set("critical_label", word(Word::critical_chain, lang));
  std::string chain;
  for (Index m : site.schedule.critical_path) {
    if (!chain.empty()) chain += " \u2192 ";
    chain += plan.measures()[m].title.empty() ? plan.measures()[m].id : plan.measures()[m].title;
  }
  d.set("critical_chain", chain);
  d.set("gantt_region_label", word(Word::gantt_region, lang));
  d.set("gantt", gantt_svg(plan, g, lang));
  set_words(d, lang, {{"measures_label", Word::measures},
                      {"measure_label", Word::measure},
                      {"field_label", Word::action_field},
                      {"start_label", Word::start},
                      {"finish_label", Word::finish},
                      {"duration_label", Word::duration_days},
                      {"float_label", Word::total_float},
                      {"status_label", Word::status},
                      {"depends_label", Word::depends_on},
                      {"filter_label", Word::filter_measures},
                      {"filter_shown", Word::filter_shown}});
  std::string rows;
  for (const auto& bar : g.bars) rows += table_rows[bar.measure];
  d.set("rows", rows);
  return render(templates::plan, d);
}

// Paragraphs of plain text, one per line of `text`.
std::string paragraphs(const std::string& text) {
  mu::data d;
  mu::data list{mu::data::type::list};
  std::size_t from = 0;
  while (from <= text.size()) {
    const std::size_t end = std::min(text.find('\n', from), text.size());
    if (end > from) list.push_back(mu::data(text.substr(from, end - from)));
    from = end + 1;
  }
  d.set("paragraphs", list);
  return render(templates::text, d);
}

}  // namespace

Files render_site(const SiteData& site) {
  const Language lang = site.options.language;
  // Every page (or page with its downloads) is a task with its own files.
  std::vector<Task> tasks;
  tasks.push_back([&](Files& files) {
    files["index.html"] = layout(site, "index.html", word(Word::overview, lang), overview(site), Figures::shown);
  });
  const auto ghosts = ghosts_of(site);
  const schedule::Calendar calendar = schedule::calendar_for(site.plan);
  const std::vector<std::string> table_rows = plan_rows(site);
  for (const ZoomPage& z : zoom_pages)
    tasks.push_back([&, z](Files& files) {
      const std::string title = z.zoom == Zoom::automatic ? std::string(word(Word::action_plan, lang))
                                                          : std::string(word(Word::action_plan, lang)) + ": " +
                                                                word(z.label, lang);
      files[z.file] =
          layout(site, "plan.html", title, action_plan(site, z, table_rows, ghosts, calendar), Figures::shown);
    });
  add_measure_tasks(site, tasks);
  for (const PageEntry& page : site.pages) {
    const std::string file = page.file;
    const std::string title = word(page.title, lang);
    auto add = [&](std::string (*body)(const SiteData&), Figures figures) {
      tasks.push_back([&site, file, title, body, figures](Files& files) {
        files[file] = layout(site, file, title, body(site), figures);
      });
    };
    if (file == "indicators.html") add_indicator_tasks(site, tasks);
    if (file == "grid.html") add(grid_page, Figures::none);
    if (file == "calendar.html") tasks.push_back([&](Files& files) { add_calendar(site, files); });
    if (file == "participation.html") add(participation_page, Figures::shown);
    if (file == "stakeholders.html") add(stakeholders_page, Figures::shown);
    if (file == "budget.html") add(budget_page, Figures::shown);
    if (file == "programme.html") add(programme_page, Figures::none);
    if (file == "changes.html") add(changes_page, Figures::none);
  }
  std::vector<Files> parts(tasks.size());
  parallel_for(tasks.size(), [&](std::size_t i) { tasks[i](parts[i]); });
  Files files;
  for (auto& part : parts) files.merge(part);
  files["accessibility.html"] = layout(site, "accessibility.html", word(Word::accessibility, lang),
                                       paragraphs(word(Word::accessibility_text, lang)));
  if (!site.options.contact.empty())
    files["contact.html"] = layout(site, "contact.html", word(Word::contact, lang), paragraphs(site.options.contact));
  files["style.css"] = std::string(templates::style);
  files["enhance.js"] = std::string(templates::enhance);
  return files;
}

}  // namespace planwerk::report
