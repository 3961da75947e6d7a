// SPDX-License-Identifier: Apache-2.0
// Participation and process monitoring, kept apart from outcome monitoring
// (the indicator pages): formats and their events, participants over time
// and across events, feedback, measure status counts, milestones met on time
// (monitor::participation and monitor::process_status at the status date).
#include <cmath>

#include "chart.hpp"
#include "layout.hpp"
#include "planwerk/monitor/period.hpp"
#include "planwerk/monitor/process.hpp"
#include "templates.hpp"
#include "text.hpp"

namespace planwerk::report {
namespace {

using model::Index;
using model::npos;

std::string integer(std::int64_t v, Language lang) { return format_number(static_cast<double>(v), 0, lang); }

}  // namespace

std::string participation_page(const SiteData& site) {
  const Language lang = site.options.language;
  const model::Concept& plan = site.plan;
  mu::data d;
  d.set("as_of", format_date(site.as_of, lang));
  d.set("as_of_iso", model::format_date(site.as_of));
  d.set("status_date_label", word(Word::status_date, lang));
  d.set("apart", word(Word::process_apart, lang));

  // Measures by status and milestones: the concept's row of process_status.
  const Frame process = monitor::process_status(plan, site.as_of);
  const auto& level = process["level"];
  std::size_t concept_row = 0;
  for (std::size_t r = 0; r < process.rows(); ++r)
    if (level.labels()[static_cast<std::size_t>(level.codes()[r])] == "concept") concept_row = r;
  const struct {
    const char* column;
    Word label;
  } statuses[] = {{"proposed", Word::status_proposed},   {"planned", Word::status_planned},
                  {"in_progress", Word::status_in_progress}, {"completed", Word::status_completed},
                  {"suspended", Word::status_suspended}, {"cancelled", Word::status_cancelled},
                  {"unspecified", Word::status_unspecified}};
  mu::data counts{mu::data::type::list};
  for (const auto& s : statuses) {
    mu::data row;
    row.set("label", word(s.label, lang));
    row.set("count", integer(process[s.column].integers()[concept_row], lang));
    counts.push_back(row);
  }
  d.set("status_counts", counts);
  set_words(d, lang, {{"status_label", Word::measure_status},
                      {"count_label", Word::count},
                      {"milestones_label", Word::milestones},
                      {"due_label", Word::milestones_due},
                      {"on_time_label", Word::milestones_on_time},
                      {"overdue_label", Word::milestones_overdue}});
  d.set("due", integer(process["milestones_due"].integers()[concept_row], lang));
  d.set("on_time", integer(process["milestones_on_time"].integers()[concept_row], lang));
  d.set("overdue", integer(process["milestones_overdue"].integers()[concept_row], lang));
  const double share = process["on_time_share"].reals()[concept_row];
  d.set("share", std::isnan(share) ? std::string("\u2013") : format_number(share * 100, 0, lang) + " %");
  d.set("share_label", word(Word::on_time_share, lang));

  // Formats: events held, participants across events, feedback.
  const Frame formats = monitor::participation(plan, site.as_of);
  mu::data format_rows{mu::data::type::list};
  for (std::size_t r = 0; r < formats.rows(); ++r) {
    const auto code = static_cast<std::size_t>(formats["format"].codes()[r]);
    mu::data row;
    row.set("title", code < plan.participation_formats().size()
                         ? plan.participation_formats()[code].title
                         : std::string(word(Word::all_formats, lang)));
    row.set("total", code >= plan.participation_formats().size());
    row.set("events", integer(formats["events"].integers()[r], lang));
    row.set("participants", integer(formats["participants"].integers()[r], lang));
    row.set("counted", integer(formats["events_counted"].integers()[r], lang));
    const double feedback = formats["feedback_mean"].reals()[r];
    row.set("feedback", std::isnan(feedback) ? std::string("\u2013") : format_number(feedback, 1, lang));
    format_rows.push_back(row);
  }
  d.set("formats", format_rows);
  set_words(d, lang, {{"formats_label", Word::formats},
                      {"format_label", Word::format},
                      {"events_label", Word::events_held},
                      {"participants_label", Word::participants_across},
                      {"counted_label", Word::events_counted},
                      {"feedback_label", Word::feedback_mean}});

  // Events, and the participants over time as a chart (one line per format).
  LineChart chart;
  chart.id = "participants";
  chart.title = word(Word::participants_over_time, lang);
  chart.description = word(Word::participants_description, lang);
  chart.language = lang;
  chart.decimals = 0;
  mu::data events{mu::data::type::list};
  for (Index f = 0; f <= plan.participation_formats().size(); ++f) {
    ChartLine line;
    line.label = f < plan.participation_formats().size() ? plan.participation_formats()[f].title
                                                          : std::string(word(Word::no_format, lang));
    for (const auto& e : plan.participation_events()) {
      if ((e.format == npos ? plan.participation_formats().size() : e.format) != f) continue;
      if (e.participants && model::is_set(e.date) && e.date <= site.as_of)
        line.points.push_back({monitor::date_time(e.date), static_cast<double>(*e.participants), false, false});
    }
    std::sort(line.points.begin(), line.points.end(),
              [](const ChartPoint& a, const ChartPoint& b) { return a.t < b.t; });
    if (!line.points.empty()) chart.lines.push_back(std::move(line));
  }
  if (!chart.lines.empty()) d.set("chart", line_chart_svg(chart));
  std::vector<const model::ParticipationEvent*> sorted;
  for (const auto& e : plan.participation_events()) sorted.push_back(&e);
  std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->date < b->date; });
  for (const auto* e : sorted) {
    mu::data row;
    row.set("date", format_date(e->date, lang));
    row.set("iso", model::format_date(e->date));
    row.set("title", e->title.empty() ? e->id : e->title);
    row.set("format", e->format == npos ? std::string() : plan.participation_formats()[e->format].title);
    row.set("participants", e->participants ? integer(*e->participants, lang) : std::string("."));
    row.set("feedback", e->feedback_score ? format_number(*e->feedback_score, 1, lang) : std::string("."));
    row.set("documentation", e->documentation);
    row.set("held", model::is_set(e->date) && e->date <= site.as_of);
    events.push_back(row);
  }
  d.set("events", events);
  d.set("has_events", !sorted.empty());
  set_words(d, lang, {{"events_list_label", Word::participation_events},
                      {"chart_label", Word::participants_over_time},
                      {"date_label", Word::date},
                      {"event_label", Word::participation_event},
                      {"participants_count_label", Word::participants},
                      {"feedback_score_label", Word::feedback_score},
                      {"documentation_label", Word::documentation},
                      {"planned_label", Word::planned_event}});
  return render(templates::participation, d);
}

}  // namespace planwerk::report
