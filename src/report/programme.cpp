// SPDX-License-Identifier: Apache-2.0
// The annual programme (Jahresprogramm): the starts planwerk's priorities
// propose, the annual goals they reach, the pools year by year with what
// more money would be worth, why measures are left out, the trade-off
// between budget and value, and the goals' weights (docs/priorities.md).
#include <cmath>
#include <map>

#include "layout.hpp"
#include "templates.hpp"
#include "text.hpp"

namespace planwerk::report {
namespace {

std::int64_t cents(double euros) { return static_cast<std::int64_t>(std::llround(euros * 100)); }

}  // namespace

std::string programme_page(const SiteData& site) {
  const Language lang = site.options.language;
  const model::Concept& plan = site.plan;
  const auto& result = *site.options.programme;
  const auto& problem = result.input.problem;
  const auto& programme = result.programme;
  auto measure_title = [&](const std::string& id) {
    const auto i = plan.find(model::Kind::measure, id);
    return i && !plan.measures()[*i].title.empty() ? plan.measures()[*i].title : id;
  };
  auto goal_title = [&](const std::string& id) {
    const auto i = plan.find(model::Kind::goal, id);
    return i && !plan.goals()[*i].title.empty() ? plan.goals()[*i].title : id;
  };
  auto pool_name = [&](const std::string& id) {
    const auto i = plan.find(model::Kind::budget_pool, id);
    return i && !plan.budget_pools()[*i].name.empty() ? plan.budget_pools()[*i].name : id;
  };
  std::map<std::string, const priorities::Candidate*> candidates;
  for (const auto& c : problem.candidates) candidates.emplace(c.id, &c);

  mu::data d;
  d.set("intro", std::string(word(Word::programme_intro, lang)));
  d.set("horizon", problem.years.empty() ? std::string()
                                         : std::to_string(problem.years.front()) + "–" + std::to_string(problem.years.back()));
  std::string solution = std::string(word(programme.status == priorities::SolveStatus::optimal && programme.gap == 0
                                              ? Word::proven_optimal
                                              : Word::best_found, lang));
  if (!(programme.status == priorities::SolveStatus::optimal && programme.gap == 0))
    solution += " " + format_number(programme.gap * 100, 2, lang) + " %";
  d.set("solution", solution + " (" + programme.solver + ")");
  d.set("value", format_number(programme.value, 2, lang));

  mu::data starts{mu::data::type::list};
  for (const auto& s : programme.starts) {
    mu::data row;
    row.set("year", std::to_string(s.year));
    row.set("href", measure_file(s.candidate));
    row.set("measure", measure_title(s.candidate));
    const auto c = candidates.find(s.candidate);
    row.set("cost", c == candidates.end() || c->second->costs.empty() ? std::string()
                                                                      : format_euros(cents(c->second->costs.front()), lang));
    row.set("value", format_number(s.value, 2, lang));
    starts.push_back(row);
  }
  d.set("starts", starts);

  mu::data goals{mu::data::type::list};
  for (const auto& g : programme.annual_goals) {
    std::string by;
    for (const auto& m : g.measures) by += (by.empty() ? "" : "; ") + measure_title(m);
    // A goal the programme reaches after its deadline says so: the miss is
    // reported, not hidden.
    std::string late;
    if (const auto i = plan.find(model::Kind::goal, g.goal)) {
      const auto& deadline = plan.goals()[*i].deadline;
      if (model::is_set(deadline) && g.year > static_cast<int>(deadline.year()))
        late = std::string(word(Word::after_deadline, lang)) + " (" + format_date(deadline, lang) + ")";
    }
    mu::data row;
    row.set("year", std::to_string(g.year));
    row.set("goal", goal_title(g.goal));
    row.set("late", late);
    row.set("measures", by);
    goals.push_back(row);
  }
  d.set("annual_goals", goals);

  mu::data pools{mu::data::type::list};
  for (const auto& a : programme.pools) {
    // A pool tied to one year holds nothing in the others: those rows say nothing.
    if (a.amount == 0 && a.committed == 0 && a.programme == 0) continue;
    mu::data row;
    row.set("pool", pool_name(a.pool));
    row.set("year", std::to_string(a.year));
    row.set("held", format_euros(cents(a.amount), lang));
    row.set("committed", format_euros(cents(a.committed), lang));
    row.set("programme", format_euros(cents(a.programme), lang));
    row.set("left", format_euros(cents(a.left), lang));
    row.set("marginal", std::isnan(a.marginal) ? std::string() : format_number(a.marginal * 1000, 2, lang));
    pools.push_back(row);
  }
  d.set("pools", pools);

  mu::data left{mu::data::type::list};
  for (const auto& e : programme.left_out) {
    std::string reasons;
    for (const auto& b : e.blockers) {
      std::string r;
      if (b.kind == "window") r = word(Word::reason_window, lang);
      else if (b.kind == "predecessor") r = std::string(word(Word::reason_predecessor, lang)) + " " + measure_title(b.what);
      else if (b.kind == "pool") {
        std::string names;
        for (std::size_t at = 0; at <= b.what.size();) {
          const auto comma = std::min(b.what.find(", ", at), b.what.size());
          names += (names.empty() ? "" : ", ") + pool_name(b.what.substr(at, comma - at));
          at = comma + 2;
        }
        r = names + " " + std::to_string(b.year) + ": " + std::string(word(Word::reason_pool, lang)) + " " +
            format_euros(cents(b.shortfall), lang);
      } else if (b.kind == "capacity") {
        const auto a = plan.find(model::Kind::actor, b.what);
        r = (a ? plan.actors()[*a].name : b.what) + " " + std::string(word(Word::reason_capacity, lang)) + " " +
            std::to_string(b.year);
      } else {
        r = word(Word::reason_value, lang);
      }
      reasons += (reasons.empty() ? "" : "; ") + r;
    }
    mu::data row;
    row.set("href", measure_file(e.candidate));
    row.set("measure", measure_title(e.candidate));
    row.set("reasons", reasons);
    left.push_back(row);
  }
  d.set("left_out", left);
  d.set("has_left_out", !programme.left_out.empty());

  mu::data frontier{mu::data::type::list};
  for (const auto& f : programme.frontier) {
    mu::data row;
    row.set("share", format_number(f.scale * 100, 0, lang) + " %");
    row.set("budget", format_euros(cents(f.budget), lang));
    row.set("value", format_number(f.value, 2, lang));
    frontier.push_back(row);
  }
  d.set("frontier", frontier);
  d.set("has_frontier", !programme.frontier.empty());

  mu::data weights{mu::data::type::list};
  for (const auto& w : result.input.weights) {
    mu::data row;
    row.set("goal", goal_title(w.goal));
    row.set("priority_factor", w.given ? std::string() : format_number(w.priority_factor, 2, lang));
    row.set("gap", w.given ? std::string() : format_number(w.gap, 2, lang));
    row.set("off_track", w.off_track && !w.given ? std::string(word(Word::off_track, lang)) : std::string());
    row.set("weight", format_number(w.weight, 2, lang));
    weights.push_back(row);
  }
  d.set("weights", weights);
  d.set("weights_intro", std::string(word(Word::weights_intro, lang)));
  d.set("frontier_intro", std::string(word(Word::frontier_intro, lang)));
  set_words(d, lang, {{"horizon_label", Word::horizon},
                      {"solution_label", Word::solution},
                      {"value_label", Word::value},
                      {"starts_label", Word::starts},
                      {"start_label", Word::start_year},
                      {"measure_label", Word::measure},
                      {"first_cost_label", Word::first_year_cost},
                      {"annual_goals_label", Word::annual_goals},
                      {"year_label", Word::year},
                      {"goal_label", Word::goal},
                      {"reached_by_label", Word::reached_by},
                      {"pools_label", Word::pool_accounts},
                      {"pool_label", Word::pool},
                      {"held_label", Word::held},
                      {"committed_label", Word::committed},
                      {"programme_label", Word::programme_costs},
                      {"left_label", Word::left},
                      {"marginal_label", Word::marginal},
                      {"left_out_label", Word::left_out},
                      {"reason_label", Word::reason},
                      {"frontier_label", Word::frontier},
                      {"share_label", Word::share_of_pools},
                      {"total_label", Word::total},
                      {"weights_label", Word::weights},
                      {"priority_factor_label", Word::priority_factor},
                      {"gap_label", Word::gap},
                      {"off_track_label", Word::off_track},
                      {"weight_label", Word::weight}});
  return render(templates::programme, d);
}

}  // namespace planwerk::report
