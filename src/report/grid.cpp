// SPDX-License-Identifier: Apache-2.0
// "Wer macht was zu welchem Ziel hin?": the INKO grid of actors, measures
// and goals, with funding type and target groups, viewed by goal and by
// actor. Goals without any measure (graph::coverage: none of theirs or of
// the goals below them) are marked in words.
#include <algorithm>

#include "layout.hpp"
#include "planwerk/graph/analysis.hpp"
#include "templates.hpp"
#include "text.hpp"

namespace planwerk::report {
namespace {

using model::Index;
using model::npos;

std::string title_of(const std::string& title, const std::string& id) { return title.empty() ? id : title; }

// One measure as a row of the grid.
mu::data measure_row(const model::Concept& plan, Index m, Language lang) {
  const auto& measure = plan.measures()[m];
  mu::data row;
  row.set("href", measure_file(measure.id));
  row.set("title", title_of(measure.title, measure.id));
  row.set("responsible", measure.responsible == npos ? std::string() : plan.actors()[measure.responsible].name);
  std::vector<std::string> partners, groups;
  for (Index a : measure.partners) partners.push_back(plan.actors()[a].name);
  for (Index g : measure.target_groups) groups.push_back(plan.target_groups()[g].name);
  auto join = [](const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
  };
  row.set("partners", join(partners));
  std::string funding = funding_word(measure.budget.funding_type, lang);
  if (!measure.budget.funding_source.empty()) funding += (funding.empty() ? "" : " (") + measure.budget.funding_source +
                                                        (funding.empty() ? "" : ")");
  row.set("funding", funding);
  row.set("target_groups", join(groups));
  return row;
}

void set_headers(mu::data& d, Language lang) {
  set_words(d, lang, {{"measure_group_label", Word::activity},
                      {"frame_group_label", Word::framework},
                      {"measure_label", Word::measure},
                      {"responsible_label", Word::responsible},
                      {"partners_label", Word::partners},
                      {"funding_label", Word::funding},
                      {"target_groups_label", Word::target_groups}});
}

}  // namespace

std::string grid_page(const SiteData& site) {
  const Language lang = site.options.language;
  const model::Concept& plan = site.plan;
  const graph::Coverage coverage = graph::coverage(plan);
  std::vector<bool> uncovered(plan.goals().size(), false);
  for (Index g : coverage.goals_without_measures) uncovered[g] = true;

  mu::data d;
  set_headers(d, lang);
  set_words(d, lang, {{"intro", Word::grid_intro},
                      {"by_goal_label", Word::by_goal},
                      {"by_actor_label", Word::by_actor}});
  d.set("uncovered_count", std::to_string(coverage.goals_without_measures.size()));
  d.set("uncovered_label", word(Word::goals_without_measures, lang));
  mu::data goals{mu::data::type::list};
  for (Index g = 0; g < plan.goals().size(); ++g) {
    const auto& goal = plan.goals()[g];
    mu::data item;
    item.set("anchor", anchor("grid-g", goal.id));
    item.set("title", title_of(goal.title, goal.id));
    item.set("responsible", goal.responsible == npos ? std::string() : plan.actors()[goal.responsible].name);
    item.set("responsible_label", word(Word::responsible, lang));
    mu::data rows{mu::data::type::list};
    for (Index m = 0; m < plan.measures().size(); ++m) {
      const auto& c = plan.measures()[m].contributions;
      if (std::any_of(c.begin(), c.end(), [&](const model::Contribution& x) { return x.goal == g; }))
        rows.push_back(measure_row(plan, m, lang));
    }
    item.set("rows", rows);
    item.set("direct_none", rows.list_value().empty());
    item.set("direct_none_label", word(uncovered[g] ? Word::no_measure_marked : Word::only_below, lang));
    item.set("uncovered", static_cast<bool>(uncovered[g]));
    goals.push_back(item);
  }
  d.set("goals", goals);
  mu::data actors{mu::data::type::list};
  for (Index a = 0; a < plan.actors().size(); ++a) {
    mu::data rows{mu::data::type::list};
    for (Index m = 0; m < plan.measures().size(); ++m) {
      const auto& measure = plan.measures()[m];
      const bool involved = measure.responsible == a ||
                            std::find(measure.partners.begin(), measure.partners.end(), a) != measure.partners.end();
      if (!involved) continue;
      mu::data row = measure_row(plan, m, lang);
      std::string toward;
      for (const auto& c : measure.contributions)
        toward += (toward.empty() ? "" : "; ") + title_of(plan.goals()[c.goal].title, plan.goals()[c.goal].id);
      row.set("goals", toward);
      rows.push_back(row);
    }
    if (rows.list_value().empty()) continue;
    mu::data item;
    item.set("anchor", anchor("grid-a", plan.actors()[a].id));
    item.set("name", plan.actors()[a].name.empty() ? plan.actors()[a].id : plan.actors()[a].name);
    item.set("rows", rows);
    actors.push_back(item);
  }
  d.set("actors", actors);
  d.set("goals_label", word(Word::toward_goals, lang));
  return render(templates::grid, d);
}

}  // namespace planwerk::report
