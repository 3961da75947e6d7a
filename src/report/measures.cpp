// SPDX-License-Identifier: Apache-2.0
// A page per measure: what the plan says about it and what the schedule
// makes of it, its goals, its links to other measures (both ways), its
// milestones and the proposals that concern it. The action plan's bars and
// rows, the grid and the budget link here. Written in batches as tasks, so
// that thousands of measures share the cores.
#include <algorithm>

#include "layout.hpp"
#include "templates.hpp"
#include "text.hpp"

namespace planwerk::report {
namespace {

using model::Index;
using model::npos;

constexpr std::size_t batch = 256;

std::string names(const model::Concept& plan, model::Kind kind, const std::vector<Index>& list) {
  std::string out;
  for (Index i : list) {
    if (!out.empty()) out += ", ";
    switch (kind) {
      case model::Kind::actor: out += plan.actors()[i].name.empty() ? plan.actors()[i].id : plan.actors()[i].name; break;
      case model::Kind::target_group:
        out += plan.target_groups()[i].name.empty() ? plan.target_groups()[i].id : plan.target_groups()[i].name;
        break;
      default: out += plan.districts()[i].name.empty() ? plan.districts()[i].id : plan.districts()[i].name;
    }
  }
  return out;
}

std::string lag_text(const model::Dependency& d, Language lang) {
  std::string out = v1::LinkType_Name(d.type).substr(10);  // "LINK_TYPE_FS" -> "FS"
  if (d.lag != 0)
    out += ", " + std::to_string(d.lag) + " " +
           word(d.lag_unit == v1::LAG_UNIT_CALENDAR_DAYS ? Word::lag_calendar_days : Word::lag_working_days, lang);
  return out;
}

// Per measure, what refers to it: successors, milestones, proposals.
struct Referrers {
  std::vector<std::vector<std::pair<Index, const model::Dependency*>>> successors;
  std::vector<std::vector<Index>> milestones;
  std::vector<std::vector<Index>> proposals;
};

Referrers referrers(const model::Concept& plan) {
  const std::size_t n = plan.measures().size();
  Referrers r{std::vector<std::vector<std::pair<Index, const model::Dependency*>>>(n),
              std::vector<std::vector<Index>>(n), std::vector<std::vector<Index>>(n)};
  for (Index m = 0; m < n; ++m)
    for (const auto& d : plan.measures()[m].dependencies) r.successors[d.predecessor].emplace_back(m, &d);
  for (Index k = 0; k < plan.milestones().size(); ++k)
    if (plan.milestones()[k].measure != npos) r.milestones[plan.milestones()[k].measure].push_back(k);
  for (Index p = 0; p < plan.proposals().size(); ++p)
    for (Index m : plan.proposals()[p].measures) r.proposals[m].push_back(p);
  return r;
}

std::string measure_page(const SiteData& site, const Referrers& refs, Index m) {
  const Language lang = site.options.language;
  const model::Concept& plan = site.plan;
  const auto& measure = plan.measures()[m];
  const auto& dates = site.schedule.measures[m];
  mu::data d;
  d.set("row_anchor", anchor("m", measure.id));
  if (!measure.description.empty()) d.set("description", measure.description);
  const MeasureState state = state_of(measure, dates);
  d.set("state", word(state == MeasureState::done ? Word::done : state == MeasureState::late ? Word::late : Word::on_time,
                      lang));
  d.set("critical", dates.critical);
  if (measure.action_field != npos) {
    const auto& f = plan.action_fields()[measure.action_field];
    d.set("field", f.title.empty() ? f.id : f.title);
  }
  // Sections in the template show only for values that are set: an
  // empty text would still open them.
  auto set_text = [&](const char* name, const std::string& value) {
    if (!value.empty()) d.set(name, value);
  };
  if (measure.responsible != npos) set_text("responsible", names(plan, model::Kind::actor, {measure.responsible}));
  set_text("partners", names(plan, model::Kind::actor, measure.partners));
  set_schedule_dates(d, dates, lang);
  if (measure.budget.amount_cents > 0) {
    std::string budget = format_euros(measure.budget.amount_cents, lang);
    const std::string funding = funding_word(measure.budget.funding_type, lang);
    if (!funding.empty()) budget += ", " + funding;
    if (!measure.budget.funding_source.empty()) budget += " (" + measure.budget.funding_source + ")";
    d.set("budget", budget);
  }
  set_text("target_groups", names(plan, model::Kind::target_group, measure.target_groups));
  set_text("districts", names(plan, model::Kind::district, measure.districts));

  mu::data goals{mu::data::type::list};
  for (const auto& c : measure.contributions) {
    const auto& g = plan.goals()[c.goal];
    mu::data item;
    item.set("anchor", anchor("g", g.id));
    item.set("title", g.title.empty() ? g.id : g.title);
    goals.push_back(item);
  }
  d.set("has_goals", !measure.contributions.empty());
  d.set("goals", goals);

  mu::data links{mu::data::type::list};
  auto link = [&](Word relation, Index other, const std::string& detail) {
    const auto& o = plan.measures()[other];
    mu::data item;
    item.set("relation", word(relation, lang));
    item.set("href", measure_file(o.id));
    item.set("title", o.title.empty() ? o.id : o.title);
    item.set("detail", detail);
    links.push_back(item);
  };
  for (const auto& dep : measure.dependencies) link(Word::comes_after, dep.predecessor, lag_text(dep, lang));
  for (const auto& [successor, dep] : refs.successors[m]) link(Word::comes_before, successor, lag_text(*dep, lang));
  d.set("has_links", !measure.dependencies.empty() || !refs.successors[m].empty());
  d.set("links", links);

  mu::data milestones{mu::data::type::list};
  for (Index k : refs.milestones[m]) {
    const auto& ms = plan.milestones()[k];
    mu::data item;
    item.set("title", ms.title.empty() ? ms.id : ms.title);
    item.set("due", format_date(ms.due, lang));
    item.set("due_iso", model::format_date(ms.due));
    if (model::is_set(ms.achieved)) item.set("achieved", format_date(ms.achieved, lang));
    milestones.push_back(item);
  }
  d.set("has_milestones", !refs.milestones[m].empty());
  d.set("milestones", milestones);

  mu::data proposals{mu::data::type::list};
  for (Index p : refs.proposals[m]) {
    const auto& proposal = plan.proposals()[p];
    std::string steps;
    for (const auto& k : proposal.consultations) {
      if (!steps.empty()) steps += " \u2192 ";
      const auto& c = plan.committees()[k.committee];
      steps += (c.name.empty() ? c.id : c.name);
      if (model::is_set(k.date)) steps += " " + format_date(k.date, lang);
    }
    mu::data item;
    item.set("title", proposal.reference.empty() ? proposal.title : proposal.reference + ": " + proposal.title);
    item.set("steps", steps);
    proposals.push_back(item);
  }
  d.set("has_proposals", !refs.proposals[m].empty());
  d.set("proposals", proposals);

  set_words(d, lang, {{"back_label", Word::back_to_plan},
                      {"status_label", Word::status},
                      {"critical_word", Word::critical},
                      {"field_label", Word::action_field},
                      {"responsible_label", Word::responsible},
                      {"partners_label", Word::partners},
                      {"start_label", Word::start},
                      {"finish_label", Word::finish},
                      {"duration_label", Word::duration_days},
                      {"float_label", Word::total_float},
                      {"budget_label", Word::funding},
                      {"target_groups_label", Word::target_groups},
                      {"districts_label", Word::districts},
                      {"goals_label", Word::goals_served},
                      {"links_label", Word::linked_measures},
                      {"milestones_label", Word::milestones},
                      {"proposals_label", Word::proposals}});
  return layout(site, "plan.html", measure.title.empty() ? measure.id : measure.title,
                render(templates::measure, d));
}

}  // namespace

void add_measure_tasks(const SiteData& site, std::vector<Task>& tasks) {
  const std::size_t n = site.plan.measures().size();
  if (n == 0) return;
  auto refs = std::make_shared<const Referrers>(referrers(site.plan));
  for (std::size_t from = 0; from < n; from += batch) {
    const std::size_t to = std::min(n, from + batch);
    tasks.push_back([&site, refs, from, to](Files& files) {
      for (std::size_t m = from; m < to; ++m)
        files[measure_file(site.plan.measures()[m].id)] = measure_page(site, *refs, static_cast<Index>(m));
    });
  }
}

}  // namespace planwerk::report
