// SPDX-License-Identifier: Apache-2.0
// A concept's decision as a Problem (from_concept.hpp; docs/priorities.md).
#include "planwerk/priorities/from_concept.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <set>

#include "planwerk/error.hpp"
#include "planwerk/monitor/methods.hpp"
#include "planwerk/schedule/meetings.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace planwerk::priorities {
namespace {

using model::Index;
using model::npos;

constexpr int max_horizon_years = 30;
constexpr double working_days_a_year = 250;

// Years a measure of `working_days` runs: whole years, at least one.
int years_of(std::int64_t working_days) {
  return std::max(1, static_cast<int>(std::ceil(static_cast<double>(working_days) / working_days_a_year)));
}
// A lag in working days (calendar days count 250/365 each); a lead counts as none.
double lag_days(const model::Dependency& d) {
  if (d.lag <= 0) return 0;
  return d.lag_unit == v1::LAG_UNIT_CALENDAR_DAYS ? d.lag * working_days_a_year / 365.0 : d.lag;
}
// The whole years from a predecessor's start to a successor's, by the link
// type: a successor may start in the year its predecessor lets it (an annual
// programme plans "first A, then B" within one year).
int lag_years(const model::Dependency& d, double predecessor_days, double successor_days) {
  double days = lag_days(d);
  switch (d.type) {
    case v1::LINK_TYPE_SS: break;
    case v1::LINK_TYPE_FF: days += predecessor_days - successor_days; break;
    case v1::LINK_TYPE_SF: days -= successor_days; break;
    default: days += predecessor_days; break;  // finish-to-start
  }
  return std::max(0, static_cast<int>(std::floor(days / working_days_a_year)));
}

bool under_way(const model::Measure& m) {
  if (m.status == v1::MEASURE_STATUS_COMPLETED || m.status == v1::MEASURE_STATUS_CANCELLED ||
      m.status == v1::MEASURE_STATUS_SUSPENDED)
    return false;
  return m.status == v1::MEASURE_STATUS_IN_PROGRESS ||
         (model::is_set(m.actual_start) && !model::is_set(m.actual_finish));
}
bool candidate(const model::Measure& m) {
  return (m.status == v1::MEASURE_STATUS_PROPOSED || m.status == v1::MEASURE_STATUS_PLANNED) &&
         !model::is_set(m.actual_start);
}

std::vector<std::string> every_funding_type() {
  std::vector<std::string> out;
  for (int t = v1::FundingType_MIN; t <= v1::FundingType_MAX; ++t)
    if (v1::FundingType_IsValid(t)) out.push_back(funding_type_name(static_cast<v1::FundingType>(t)));
  return out;
}

// The year the council decides on a measure, when a proposal about it is
// not decided before the horizon: the consultation sequence's adoption.
struct Decision {
  int year = 0;
  std::string text;
};
std::optional<Decision> decision_of(const model::Concept& plan, const schedule::Calendar& calendar, Index measure,
                                    int first_year) {
  std::optional<Decision> latest;
  for (const auto& proposal : plan.proposals()) {
    if (std::find(proposal.measures.begin(), proposal.measures.end(), measure) == proposal.measures.end()) continue;
    if (proposal.consultations.empty()) continue;
    const auto& last = proposal.consultations.back();
    Decision d;
    if (model::is_set(last.date)) {
      d = {static_cast<int>(last.date.year()), "the council decides on " + proposal.id + " on " + model::format_date(last.date)};
    } else {
      std::vector<std::string> committees;
      for (const auto& c : proposal.consultations) committees.push_back(plan.committees()[c.committee].id);
      const model::Date ready = model::is_set(proposal.date) ? proposal.date : model::Date(first_year, 1, 1);
      try {
        const auto path = schedule::consultation_path(plan, calendar, ready, committees);
        d = {static_cast<int>(path.adoption.year()),
             "the consultation of " + proposal.id + " can end on " + model::format_date(path.adoption)};
      } catch (const Error& e) {
        if (e.code() != ErrorCode::conflict) throw;
        d = {std::numeric_limits<int>::max() / 2, "no committee meetings decide on " + proposal.id + " in time"};
      }
    }
    if (!latest || d.year > latest->year) latest = d;
  }
  return latest;
}

void check_horizon(const ConceptOptions& o) {
  if (o.first_year <= 0 || o.last_year <= 0)
    throw Error(ErrorCode::invalid_argument, "the horizon needs a first and a last year (e.g. 2026-2028)");
  if (o.last_year < o.first_year)
    throw Error(ErrorCode::invalid_argument, "the horizon " + std::to_string(o.first_year) + "-" +
                                                 std::to_string(o.last_year) + " ends before it starts");
  if (o.last_year - o.first_year + 1 > max_horizon_years)
    throw Error(ErrorCode::invalid_argument, "the horizon " + std::to_string(o.first_year) + "-" +
                                                 std::to_string(o.last_year) + " is longer than " +
                                                 std::to_string(max_horizon_years) + " years");
  if (!std::isfinite(o.discount) || o.discount < 0 || o.discount > 1)
    throw Error(ErrorCode::invalid_argument, "the discount must lie between 0 and 1");
  if (o.capacity && *o.capacity < 1) throw Error(ErrorCode::invalid_argument, "the capacity must be at least 1");
}

}  // namespace

std::string funding_type_name(v1::FundingType type) {
  std::string name = v1::FundingType_Name(type);
  const std::string prefix = "FUNDING_TYPE_";
  if (name.rfind(prefix, 0) == 0) name.erase(0, prefix.size());
  if (name.empty()) name = "unknown_" + std::to_string(static_cast<int>(type));
  for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return name;
}

std::vector<GoalWeight> goal_weights(const model::Concept& plan, const monitor::Result* evaluation,
                                     const ConceptOptions& options) {
  const auto& goals = plan.goals();
  for (const auto& [id, w] : options.goal_weights) {
    if (!plan.find(model::Kind::goal, id)) throw Error(ErrorCode::not_found, "goal weight for \"" + id + "\": no such goal");
    if (!std::isfinite(w) || w < 0)
      throw Error(ErrorCode::invalid_argument, "goal weight for \"" + id + "\": must be a finite number of at least 0");
  }
  std::uint32_t pmax = 0;
  for (const auto& g : goals) pmax = std::max(pmax, g.priority);

  // Monitoring: the roll-up's goal rows come in goal order; an indicator's
  // series for the whole municipality and everybody carries its outlook.
  std::vector<double> score(goals.size(), NAN);
  std::vector<bool> off(goals.size(), false);
  if (evaluation != nullptr) {
    const Frame& r = evaluation->rollup;
    if (auto lv = r.find("level"), id = r.find("id"), sc = r.find("score"); lv && id && sc) {
      const auto& level = r[*lv];
      const auto& ids = r[*id];
      for (std::size_t row = 0; row < r.rows(); ++row) {
        if (level.codes()[row] != 0 || !r[*sc].valid(row)) continue;
        if (auto g = plan.find(model::Kind::goal, ids.labels()[static_cast<std::size_t>(ids.codes()[row])]))
          score[*g] = r[*sc].reals()[row];
      }
    }
    const Frame& s = evaluation->series;
    auto ind = s.find("indicator"), dist = s.find("district"), grp = s.find("group"), out = s.find("outlook");
    if (ind && dist && grp && out) {
      auto label = [&](std::size_t col, std::size_t row) -> std::string {
        const auto& c = s[col];
        const auto code = c.codes()[row];
        return code < 0 ? std::string() : c.labels()[static_cast<std::size_t>(code)];
      };
      for (std::size_t row = 0; row < s.rows(); ++row) {
        if (!label(*dist, row).empty() || !label(*grp, row).empty()) continue;
        const std::string outlook = label(*out, row);
        if (outlook != "off_track" && outlook != "wrong_direction") continue;
        if (auto i = plan.find(model::Kind::indicator, label(*ind, row)))
          for (Index g : plan.indicators()[*i].goals) off[g] = true;
      }
    }
  }

  std::vector<GoalWeight> out;
  out.reserve(goals.size());
  for (std::size_t g = 0; g < goals.size(); ++g) {
    GoalWeight w;
    w.goal = goals[g].id;
    const auto p = goals[g].priority;
    w.priority_factor = p == 0 ? 1.0 : 1.0 + static_cast<double>(pmax - p + 1) / pmax;
    w.gap = std::isnan(score[g]) ? 0.5 : std::clamp(1.0 - score[g] / 100.0, 0.0, 1.0);
    w.off_track = off[g];
    w.urgency = 1.0 + w.gap + (w.off_track ? 0.5 : 0.0);
    w.weight = w.priority_factor * w.urgency;
    if (auto it = options.goal_weights.find(w.goal); it != options.goal_weights.end()) {
      w.weight = it->second;
      w.given = true;
    }
    out.push_back(w);
  }
  return out;
}

ConceptProblem problem_from_concept(const model::Concept& plan, const monitor::Result* evaluation,
                                    const ConceptOptions& options) {
  check_horizon(options);
  for (const auto& [id, amount] : options.pool_amounts) {
    if (!plan.find(model::Kind::budget_pool, id)) throw Error(ErrorCode::not_found, "pool \"" + id + "\": no such budget pool");
    if (!std::isfinite(amount) || amount < 0)
      throw Error(ErrorCode::invalid_argument, "pool \"" + id + "\": the amount must be a finite number of at least 0");
  }
  ConceptProblem out;
  out.weights = goal_weights(plan, evaluation, options);
  Problem& p = out.problem;
  for (int y = options.first_year; y <= options.last_year; ++y) p.years.push_back(y);
  p.discount = options.discount;

  // Pools: the concept's amount in its year, or every year when it names none.
  std::set<std::string> paid_types;
  for (const auto& pool : plan.budget_pools()) {
    Pool q;
    q.id = pool.id;
    const auto given = options.pool_amounts.find(pool.id);
    for (int y : p.years)
      q.amounts.push_back(given != options.pool_amounts.end() ? given->second
                          : pool.year == 0 || static_cast<int>(pool.year) == y ? static_cast<double>(pool.total_cents) / 100.0
                                                                                 : 0.0);
    if (!pool.funding_types.empty())
      for (auto t : pool.funding_types) q.funding_types.push_back(funding_type_name(t));
    else if (pool.kind == v1::BUDGET_POOL_KIND_INNOVATION)
      q.funding_types = {funding_type_name(v1::FUNDING_TYPE_INNOVATION_BUDGET)};
    else
      q.funding_types = every_funding_type();
    q.start_only = pool.kind == v1::BUDGET_POOL_KIND_INNOVATION;
    paid_types.insert(q.funding_types.begin(), q.funding_types.end());
    p.pools.push_back(std::move(q));
  }

  const auto calendar = schedule::calendar_for(plan);
  const auto sched = schedule::schedule_plan(plan, calendar);
  const auto& measures = plan.measures();
  std::vector<int> duration(measures.size());
  for (std::size_t i = 0; i < measures.size(); ++i) duration[i] = years_of(sched.measures[i].duration);

  std::vector<bool> taken(measures.size(), false);
  std::set<std::string> actors;
  for (std::size_t i = 0; i < measures.size(); ++i) {
    const auto& m = measures[i];
    const bool running = under_way(m);
    if (!running && !candidate(m)) continue;
    Candidate c;
    c.id = m.id;
    c.funding_type = funding_type_name(m.budget.funding_type);
    int years = duration[i];
    if (running) {
      const model::Date began = model::is_set(m.actual_start) ? m.actual_start : m.start;
      c.started = model::is_set(began) ? static_cast<int>(began.year()) : options.first_year;
      if (model::is_set(m.end)) years = std::max(1, static_cast<int>(m.end.year()) - *c.started + 1);
      if (*c.started + years - 1 < options.first_year) continue;  // runs out before the horizon
    }
    const double euros = static_cast<double>(m.budget.amount_cents) / 100.0;
    const bool outside = euros > 0 && !paid_types.count(c.funding_type);
    c.costs.assign(static_cast<std::size_t>(years), outside ? 0.0 : euros / years);
    if (outside && !running)
      out.notes.push_back(m.id + ": its " + c.funding_type + " money comes from outside the concept's pools");
    if (m.responsible != npos) {
      c.actor = plan.actors()[m.responsible].id;
      actors.insert(c.actor);
    }
    for (const auto& contribution : m.contributions) {
      const double share = contribution.weight.value_or(1.0);
      c.value += share * out.weights[contribution.goal].weight;
      c.goals.push_back(plan.goals()[contribution.goal].id);
    }
    if (!running) {
      // Earliest: date constraints and the council's decision.
      int earliest = options.first_year;
      std::optional<int> latest;
      for (const auto& k : m.constraints) {
        if (!model::is_set(k.date)) continue;
        const int y = static_cast<int>(k.date.year());
        if (k.type == v1::CONSTRAINT_TYPE_START_NO_EARLIER_THAN) earliest = std::max(earliest, y);
        if (k.type == v1::CONSTRAINT_TYPE_MUST_START_ON) earliest = std::max(earliest, y), latest = std::min(latest.value_or(y), y);
        if (k.type == v1::CONSTRAINT_TYPE_FINISH_NO_LATER_THAN) latest = std::min(latest.value_or(y - years + 1), y - years + 1);
      }
      if (auto d = decision_of(plan, calendar, i, options.first_year); d && d->year > earliest) earliest = d->year;
      // Latest: the deadlines of the interim and annual goals it serves, where a start
      // in the horizon can still meet them; otherwise a note.
      for (const auto& contribution : m.contributions) {
        const auto& g = plan.goals()[contribution.goal];
        if ((g.kind != v1::GOAL_KIND_INTERIM && g.kind != v1::GOAL_KIND_ANNUAL) || !model::is_set(g.deadline)) continue;
        const int by = static_cast<int>(g.deadline.year()) - years + 1;
        if (by < earliest) {
          out.notes.push_back(m.id + ": no start from " + std::to_string(earliest) + " finishes by " + g.id +
                              "'s deadline " + model::format_date(g.deadline));
          continue;
        }
        latest = std::min(latest.value_or(by), by);
      }
      if (earliest > options.first_year) c.earliest = earliest;
      c.latest = latest;
    }
    taken[i] = true;
    p.candidates.push_back(std::move(c));
  }
  // Predecessors among the candidates and the measures under way; finished
  // ones bind nothing any more, and links to measures left aside (suspended,
  // cancelled) cannot be kept and are noted.
  std::size_t at = 0;
  for (std::size_t i = 0; i < measures.size(); ++i) {
    if (!taken[i]) continue;
    Candidate& c = p.candidates[at++];
    if (c.started) continue;
    for (const auto& d : measures[i].dependencies) {
      const auto& pred = measures[d.predecessor];
      if (!taken[d.predecessor]) {
        if (pred.status == v1::MEASURE_STATUS_SUSPENDED || pred.status == v1::MEASURE_STATUS_CANCELLED)
          out.notes.push_back(c.id + ": its predecessor " + pred.id + " is suspended or cancelled; the link is left aside");
        continue;
      }
      const int years = lag_years(d, static_cast<double>(sched.measures[d.predecessor].duration),
                                  static_cast<double>(sched.measures[i].duration));
      c.predecessors.push_back({pred.id, years});
    }
  }
  if (options.capacity)
    for (const auto& a : actors) p.capacity.push_back({a, *options.capacity});
  check(p);
  return out;
}

ConceptProgramme prioritize(const model::Concept& plan, const monitor::Result* evaluation,
                            const ConceptOptions& options, const ProgrammeOptions& programme) {
  ConceptProgramme out;
  out.input = problem_from_concept(plan, evaluation, options);
  out.programme = prioritize(out.input.problem, programme);
  return out;
}

void parse_horizon(std::string_view text, ConceptOptions& options) {
  auto year = [&](std::string_view t) {
    int y = 0;
    if (t.size() != 4 || !std::all_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
      throw Error(ErrorCode::invalid_argument, "horizon \"" + std::string(text) + "\": expected YEAR-YEAR, e.g. 2026-2028");
    for (char ch : t) y = y * 10 + (ch - '0');
    return y;
  };
  const auto dash = text.find('-');
  const int first = year(text.substr(0, dash));
  const int last = dash == std::string_view::npos ? first : year(text.substr(dash + 1));
  ConceptOptions checked = options;
  checked.first_year = first;
  checked.last_year = last;
  check_horizon(checked);
  options.first_year = first;
  options.last_year = last;
}

std::vector<double> default_frontier() { return {0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4}; }

}  // namespace planwerk::priorities
