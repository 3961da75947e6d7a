#include "pages.hpp"

#include <map>

#include "gantt.hpp"
#include "layout.hpp"
#include "parallel.hpp"
#include "planwerk/error.hpp"
#include "templates.hpp"
#include "text.hpp"
#include "words.hpp"

namespace planwerk::report {
namespace {

using model::Index;
using model::npos;

enum class MeasureState { on_time, late, done };

MeasureState state_of(const model::Measure& m, const schedule::MeasureDates& d) {
  if (d.progress == schedule::WorkState::finished || m.status == v1::MEASURE_STATUS_COMPLETED)
    return MeasureState::done;
  if (d.total_float < 0 || (model::is_set(m.end) && d.early_finish > m.end)) return MeasureState::late;
  return MeasureState::on_time;
}

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

std::map<std::string, int> goal_lights(const SiteData& site) {
  std::map<std::string, int> out;
  if (!site.monitoring) return out;
  const Frame& f = site.monitoring->rollup;
  const auto& level = f["level"];
  const auto& id = f["id"];
  const auto& status = f["status"].codes();
  auto label = [](const Column& c, std::size_t r) { return c.labels()[static_cast<std::size_t>(c.codes()[r])]; };
  for (std::size_t r = 0; r < status.size(); ++r)
    if (label(level, r) == "goal") out[label(id, r)] = status[r];
  return out;
}

// A goal's depth below the top goals of its action field.
int depth(const model::Concept& plan, Index g) {
  int d = 0;
  for (Index p = plan.goals()[g].parent; p != npos && d < 2; p = plan.goals()[p].parent) ++d;
  return d;
}

std::string overview(const SiteData& site) {
  const Language lang = site.options.language;
  const model::Concept& plan = site.plan;
  const auto lights = goal_lights(site);
  mu::data d;
  if (!plan.header().vision.empty()) {
    d.set("vision", plan.header().vision);
    d.set("vision_label", word(Word::vision, lang));
  }
  d.set("status_date_label", word(Word::status_date, lang));
  d.set("as_of", format_date(site.as_of, lang));
  d.set("as_of_iso", model::format_date(site.as_of));
  mu::data fields{mu::data::type::list};
  const std::size_t n = plan.action_fields().size();
  for (std::size_t k = 0; k <= n; ++k) {
    mu::data field;
    field.set("title", k < n ? plan.action_fields()[k].title : std::string(word(Word::no_action_field, lang)));
    field.set("anchor", anchor("f", k < n ? plan.action_fields()[k].id : std::string()));
    field.set("field_label", word(Word::action_field, lang));
    field.set("guiding_label", word(Word::guiding_goals, lang));
    field.set("goals_label", word(Word::goals, lang));
    field.set("status_label", word(Word::status, lang));
    field.set("measures_label", word(Word::measures, lang));
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
    for (Index g = 0; g < plan.goals().size(); ++g) {
      const auto& goal = plan.goals()[g];
      if (goal.action_field != af) continue;
      const auto it = lights.find(goal.id);
      const LightText light = light_text(it == lights.end() ? 0 : it->second);
      mu::data row;
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
    field.set("on_time_label", word(Word::on_time, lang));
    field.set("late_label", word(Word::late, lang));
    field.set("done_label", word(Word::done, lang));
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
    row.set("title", measure.title.empty() ? measure.id : measure.title);
    row.set("field", measure.action_field == npos ? std::string() : plan.action_fields()[measure.action_field].title);
    row.set("start", format_date(dates.early_start, lang));
    row.set("start_iso", model::format_date(dates.early_start));
    row.set("finish", format_date(dates.early_finish, lang));
    row.set("finish_iso", model::format_date(dates.early_finish));
    row.set("duration", std::to_string(dates.duration));
    row.set("float", std::to_string(dates.total_float));
    row.set("negative", dates.total_float < 0);
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
  d.set("measures_label", word(Word::measures, lang));
  d.set("measure_label", word(Word::measure, lang));
  d.set("field_label", word(Word::action_field, lang));
  d.set("start_label", word(Word::start, lang));
  d.set("finish_label", word(Word::finish, lang));
  d.set("duration_label", word(Word::duration_days, lang));
  d.set("float_label", word(Word::total_float, lang));
  d.set("status_label", word(Word::status, lang));
  d.set("depends_label", word(Word::depends_on, lang));
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
  for (const PageEntry& page : navigation(site)) {
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
    if (file == "stakeholders.html") add(stakeholders_page, Figures::none);
    if (file == "budget.html") add(budget_page, Figures::shown);
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
  return files;
}

}  // namespace planwerk::report
