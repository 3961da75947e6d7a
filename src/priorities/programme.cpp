// SPDX-License-Identifier: Apache-2.0
// The programme model (docs/priorities.md) and what is read from its
// solution: starts, pool accounts, annual goals, explanations, marginal
// values and the budget-value frontier.
#include "planwerk/priorities/programme.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "planwerk/error.hpp"

namespace planwerk::priorities {
namespace {

constexpr double tolerance = 1e-6;

bool pays(const Pool& pool, const std::string& funding_type, bool start) {
  if (!start && pool.start_only) return false;
  return std::find(pool.funding_types.begin(), pool.funding_types.end(), funding_type) != pool.funding_types.end();
}
bool eligible(const Pool& pool, const Candidate& c, std::size_t offset) { return pays(pool, c.funding_type, offset == 0); }

std::string euros(double v) {
  // 1234567.8 -> "1,234,568 euros": whole euros are what a council reads.
  const auto whole = static_cast<long long>(std::llround(v));
  std::string digits = std::to_string(whole < 0 ? -whole : whole), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (whole < 0 ? "-" : "") + out + " euros";
}

std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

// The years a free candidate may start in: its window within the horizon,
// without years in which a cost would fall to no pool that may pay it.
std::vector<int> start_years(const Problem& p, const Candidate& c) {
  const int first = std::max(c.earliest.value_or(p.years.front()), p.years.front());
  const int last = std::min(c.latest.value_or(p.years.back()), p.years.back());
  std::vector<int> out;
  for (int y = first; y <= last; ++y) {
    bool payable = true;
    for (std::size_t off = 0; off < c.costs.size() && y + static_cast<int>(off) <= p.years.back(); ++off) {
      if (c.costs[off] <= 0) continue;
      payable = std::any_of(p.pools.begin(), p.pools.end(), [&](const Pool& pool) { return eligible(pool, c, off); });
      if (!payable) break;
    }
    if (payable) out.push_back(y);
  }
  return out;
}

// The model with its index: which column is which.
struct Built {
  LinearModel model;
  std::vector<std::vector<std::pair<int, std::size_t>>> x;  // per candidate: (start year, column)
  // The costs of one funding type in one year, start years or later years.
  struct Group {
    std::string funding_type;
    bool start;
    std::size_t year_index;
    double committed;                                    // of the measures under way
    std::vector<std::pair<std::size_t, double>> terms;   // (x column, cost) of the candidates
  };
  std::vector<Group> groups;
  struct Flow {
    std::size_t pool, year_index, column, group;
  };
  std::vector<Flow> flows;
};

// amounts[k][t]: what pool k holds in year t for this solve.
Built build(const Problem& p, const std::vector<std::vector<double>>& amounts) {
  Built b;
  auto& m = b.model;
  m.sense = LinearModel::Sense::maximize;
  const int y0 = p.years.front(), yH = p.years.back();
  const std::size_t n = p.candidates.size();
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < n; ++i) index.emplace(p.candidates[i].id, i);

  b.x.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& c = p.candidates[i];
    if (c.started) continue;
    for (int y : start_years(p, c))
      b.x[i].emplace_back(y, m.add_column({0, 1, discounted(p, c, y), true, "x[" + c.id + "," + std::to_string(y) + "]"}));
    if (b.x[i].size() > 1) {
      const auto row = m.add_row({-unbounded, 1, "once[" + c.id + "]"});
      for (const auto& [y, col] : b.x[i]) m.add(row, col, 1);
    }
  }

  // Precedence, cumulatively: started_by(succ, y) <= started_by(pred, y - lag).
  for (std::size_t i = 0; i < n; ++i) {
    const auto& c = p.candidates[i];
    if (c.started || b.x[i].empty()) continue;
    for (const auto& pred : c.predecessors) {
      const std::size_t j = index.at(pred.id);
      const auto& pj = p.candidates[j];
      for (int y = b.x[i].front().first; y <= yH; ++y) {
        const int by = y - pred.lag;
        const double already = pj.started && *pj.started <= by ? 1.0 : 0.0;
        const auto row = m.add_row({-unbounded, already, "after[" + c.id + "," + pj.id + "," + std::to_string(y) + "]"});
        for (const auto& [ys, col] : b.x[i])
          if (ys <= y) m.add(row, col, 1);
        for (const auto& [ys, col] : b.x[j])
          if (ys <= by) m.add(row, col, -1);
      }
    }
  }

  // Money. Which pools may pay a cost depends only on the funding type and
  // on whether it is a start year, so the costs are summed per (funding
  // type, start or not, year) and those sums are paid by the eligible pools:
  // far fewer payment variables than one per candidate, the same solutions.
  std::map<std::tuple<std::string, bool, std::size_t>, std::size_t> group_of;
  auto group = [&](const Candidate& c, std::size_t offset, std::size_t t) -> Built::Group& {
    const auto key = std::make_tuple(c.funding_type, offset == 0, t);
    auto [it, added] = group_of.emplace(key, b.groups.size());
    if (added) b.groups.push_back({c.funding_type, offset == 0, t, 0, {}});
    return b.groups[it->second];
  };
  for (std::size_t i = 0; i < n; ++i) {
    const auto& c = p.candidates[i];
    for (std::size_t t = 0; t < p.years.size(); ++t) {
      const int year = p.years[t];
      if (c.started) {
        const int off = year - *c.started;
        if (off >= 0 && off < static_cast<int>(c.costs.size()) && c.costs[static_cast<std::size_t>(off)] > 0)
          group(c, static_cast<std::size_t>(off), t).committed += c.costs[static_cast<std::size_t>(off)];
        continue;
      }
      for (const auto& [y, col] : b.x[i]) {
        const int off = year - y;
        if (off >= 0 && off < static_cast<int>(c.costs.size()) && c.costs[static_cast<std::size_t>(off)] > 0)
          group(c, static_cast<std::size_t>(off), t).terms.emplace_back(col, c.costs[static_cast<std::size_t>(off)]);
      }
    }
  }
  std::vector<std::vector<std::vector<std::size_t>>> into(p.pools.size(),
                                                          std::vector<std::vector<std::size_t>>(p.years.size()));
  for (std::size_t gi = 0; gi < b.groups.size(); ++gi) {
    const auto& g = b.groups[gi];
    const std::string label = g.funding_type + (g.start ? ",start," : ",running,") + std::to_string(p.years[g.year_index]);
    const auto row = m.add_row({g.committed, g.committed, "pay[" + label + "]"});
    for (const auto& [col, cost] : g.terms) m.add(row, col, -cost);
    for (std::size_t k = 0; k < p.pools.size(); ++k) {
      if (!pays(p.pools[k], g.funding_type, g.start)) continue;
      const auto col = m.add_column({0, unbounded, 0, false, "g[" + label + "," + p.pools[k].id + "]"});
      m.add(row, col, 1);
      into[k][g.year_index].push_back(col);
      b.flows.push_back({k, g.year_index, col, gi});
    }
  }
  for (std::size_t k = 0; k < p.pools.size(); ++k)
    for (std::size_t t = 0; t < p.years.size(); ++t) {
      if (into[k][t].empty()) continue;
      const auto row = m.add_row({-unbounded, amounts[k][t], "pool[" + p.pools[k].id + "," + std::to_string(p.years[t]) + "]"});
      for (auto col : into[k][t]) m.add(row, col, 1);
    }

  // Capacity: an actor's measures under way in each year.
  for (const auto& cap : p.capacity) {
    for (int t = y0; t <= yH; ++t) {
      double busy = 0;
      std::vector<std::size_t> cols;
      for (std::size_t i = 0; i < n; ++i) {
        const auto& c = p.candidates[i];
        if (c.actor != cap.actor) continue;
        const int len = static_cast<int>(c.costs.size());
        if (c.started) {
          if (*c.started <= t && t < *c.started + len) busy += 1;
          continue;
        }
        for (const auto& [y, col] : b.x[i])
          if (y <= t && t < y + len) cols.push_back(col);
      }
      if (busy > cap.limit)
        throw Error(ErrorCode::conflict, "capacity of " + cap.actor + " in " + std::to_string(t) + ": " +
                                             std::to_string(static_cast<int>(busy)) + " measures under way, limit " +
                                             std::to_string(cap.limit));
      if (cols.empty()) continue;
      const auto row = m.add_row({-unbounded, cap.limit - busy, "capacity[" + cap.actor + "," + std::to_string(t) + "]"});
      for (auto col : cols) m.add(row, col, 1);
    }
  }
  return b;
}

std::vector<std::vector<double>> amounts_of(const Problem& p, double scale = 1) {
  std::vector<std::vector<double>> a;
  for (const auto& pool : p.pools) {
    a.push_back(pool.amounts);
    for (auto& v : a.back()) v *= scale;
  }
  return a;
}

// The smallest amount left unpaid in year t when every demand in `demands`
// (candidate, offset, cost) is paid from its eligible pools: 0 when they all
// fit. A transport LP, solved by the same solver.
double unpaid(const Problem& p, const MipSolver& solver, const SolveLimits& limits, std::size_t t,
              const std::vector<std::tuple<std::size_t, std::size_t, double>>& demands,
              const std::vector<std::vector<double>>& amounts) {
  LinearModel lp;
  lp.sense = LinearModel::Sense::minimize;
  std::vector<std::vector<std::size_t>> into(p.pools.size());
  for (const auto& [i, offset, cost] : demands) {
    const auto row = lp.add_row({cost, cost, ""});
    lp.add(row, lp.add_column({0, unbounded, 1, false, "unpaid"}), 1);
    for (std::size_t k = 0; k < p.pools.size(); ++k) {
      if (!eligible(p.pools[k], p.candidates[i], offset)) continue;
      const auto col = lp.add_column({0, unbounded, 0, false, ""});
      lp.add(row, col, 1);
      into[k].push_back(col);
    }
  }
  for (std::size_t k = 0; k < p.pools.size(); ++k) {
    if (into[k].empty()) continue;
    const auto row = lp.add_row({-unbounded, amounts[k][t], ""});
    for (auto col : into[k]) lp.add(row, col, 1);
  }
  const MipResult r = solver.solve(lp, limits);
  if (r.status != SolveStatus::optimal) throw Error(ErrorCode::internal, "the payment check did not solve");
  return std::max(0.0, r.objective);
}

// Start years of the candidates chosen or under way.
std::map<std::size_t, int> starts_of(const Problem& p, const Built& b, const std::vector<double>& values) {
  std::map<std::size_t, int> out;
  for (std::size_t i = 0; i < p.candidates.size(); ++i) {
    if (p.candidates[i].started) out[i] = *p.candidates[i].started;
    for (const auto& [y, col] : b.x[i])
      if (values[col] > 0.5) out[i] = y;
  }
  return out;
}

// What a year's payments are for the given starts: (candidate, offset, cost).
std::vector<std::tuple<std::size_t, std::size_t, double>> demands_in(const Problem& p, const std::map<std::size_t, int>& starts,
                                                                     int year) {
  std::vector<std::tuple<std::size_t, std::size_t, double>> out;
  for (const auto& [i, s] : starts) {
    const int off = year - s;
    const auto& c = p.candidates[i];
    if (off >= 0 && off < static_cast<int>(c.costs.size()) && c.costs[static_cast<std::size_t>(off)] > 0)
      out.emplace_back(i, static_cast<std::size_t>(off), c.costs[static_cast<std::size_t>(off)]);
  }
  return out;
}

void check_committed(const Problem& p, const MipSolver& solver, const SolveLimits& limits) {
  std::map<std::size_t, int> under_way;
  for (std::size_t i = 0; i < p.candidates.size(); ++i)
    if (p.candidates[i].started) under_way[i] = *p.candidates[i].started;
  const auto amounts = amounts_of(p);
  for (std::size_t t = 0; t < p.years.size(); ++t) {
    const auto demands = demands_in(p, under_way, p.years[t]);
    if (demands.empty()) continue;
    const double missing = unpaid(p, solver, limits, t, demands, amounts);
    if (missing <= tolerance) continue;
    std::vector<std::string> ids, pools;
    std::set<std::size_t> used;
    for (const auto& [i, off, cost] : demands) {
      ids.push_back(p.candidates[i].id);
      for (std::size_t k = 0; k < p.pools.size(); ++k)
        if (eligible(p.pools[k], p.candidates[i], off) && used.insert(k).second)
          pools.push_back(p.pools[k].id + " (" + euros(amounts[k][t]) + ")");
    }
    throw Error(ErrorCode::conflict, std::to_string(p.years[t]) + ": the measures under way (" + joined(ids) + ") need " +
                                         euros(missing) + " more than " +
                                         (pools.empty() ? std::string("any pool pays") : "the pools " + joined(pools) + " hold"));
  }
}

}  // namespace

double discounted(const Problem& problem, const Candidate& candidate, int year) {
  return candidate.value * std::pow(1.0 + problem.discount, -(year - problem.years.front()));
}

LinearModel programme_model(const Problem& problem) {
  check(problem);
  return build(problem, amounts_of(problem)).model;
}

Programme prioritize(const Problem& p, const ProgrammeOptions& options) {
  check(p);
  const auto solver = make_solver(options.solver);
  check_committed(p, *solver, options.limits);
  const auto amounts = amounts_of(p);
  const Built b = build(p, amounts);
  const MipResult r = solver->solve(b.model, options.limits);
  if (r.status == SolveStatus::infeasible)
    throw Error(ErrorCode::internal, "the programme model is infeasible although the measures under way fit");
  Programme out;
  out.status = r.status;
  out.solver = std::string(solver->name());
  out.seconds = r.seconds;
  if (r.status == SolveStatus::no_solution) return out;
  out.value = r.objective;
  out.bound = r.bound;
  out.gap = r.gap;
  const auto starts = starts_of(p, b, r.values);

  for (const auto& [i, y] : starts)
    if (!p.candidates[i].started) out.starts.push_back({p.candidates[i].id, y, discounted(p, p.candidates[i], y)});
  std::sort(out.starts.begin(), out.starts.end(),
            [](const Start& a, const Start& c) { return a.year != c.year ? a.year < c.year : a.candidate < c.candidate; });

  // Pool accounts from the payments.
  std::vector<std::vector<PoolYear>> accounts(p.pools.size());
  for (std::size_t k = 0; k < p.pools.size(); ++k)
    for (std::size_t t = 0; t < p.years.size(); ++t)
      accounts[k].push_back({p.pools[k].id, p.years[t], amounts[k][t], 0, 0, 0, NAN});
  // A group's payment from a pool is split between the measures under way
  // and the new starts in proportion to what each needs (any split of the
  // same payment is as valid; this one is deterministic).
  for (const auto& f : b.flows) {
    const auto& g = b.groups[f.group];
    double programme = 0;
    for (const auto& [col, cost] : g.terms) programme += cost * std::round(r.values[col]);
    const double paid = r.values[f.column], need = g.committed + programme;
    const double committed_share = need > 0 ? g.committed / need : 0;
    accounts[f.pool][f.year_index].committed += paid * committed_share;
    accounts[f.pool][f.year_index].programme += paid * (1 - committed_share);
  }
  for (auto& pool : accounts)
    for (auto& a : pool) a.left = a.amount - a.committed - a.programme;

  // What more money would be worth: solve again with 10 % more (at least
  // 1,000 euros) in one pool and year.
  if (options.marginals && r.status == SolveStatus::optimal) {
    for (std::size_t k = 0; k < p.pools.size(); ++k)
      for (std::size_t t = 0; t < p.years.size(); ++t) {
        auto more = amounts;
        const double delta = std::max(amounts[k][t] * 0.1, 1000.0);
        more[k][t] += delta;
        // The programme fits the larger pool too: it is the start.
        const MipResult again = solver->solve(build(p, more).model, options.limits, r.values);
        if (again.status == SolveStatus::optimal) accounts[k][t].marginal = std::max(0.0, again.objective - r.objective) / delta;
      }
  }
  for (auto& pool : accounts)
    for (auto& a : pool) out.pools.push_back(a);

  // Annual goals: the year the last contributing measure in the programme
  // or under way finishes, if a new start is among them.
  std::map<std::string, std::vector<std::size_t>> by_goal;
  for (const auto& [i, y] : starts)
    for (const auto& g : p.candidates[i].goals) by_goal[g].push_back(i);
  for (const auto& [goal, members] : by_goal) {
    int finish = 0;
    bool new_start = false;
    std::vector<std::string> ids;
    for (auto i : members) {
      finish = std::max(finish, starts.at(i) + static_cast<int>(p.candidates[i].costs.size()) - 1);
      new_start = new_start || !p.candidates[i].started;
      ids.push_back(p.candidates[i].id);
    }
    if (new_start && finish >= p.years.front() && finish <= p.years.back()) out.annual_goals.push_back({finish, goal, ids});
  }
  std::sort(out.annual_goals.begin(), out.annual_goals.end(),
            [](const AnnualGoal& a, const AnnualGoal& c) { return a.year != c.year ? a.year < c.year : a.goal < c.goal; });

  // Why each candidate left out is out.
  if (options.explain) {
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < p.candidates.size(); ++i) index.emplace(p.candidates[i].id, i);
    for (std::size_t i = 0; i < p.candidates.size(); ++i) {
      const auto& c = p.candidates[i];
      if (c.started || starts.count(i)) continue;
      Exclusion ex{c.id, 0, {}};
      const auto years = start_years(p, c);
      if (years.empty()) {
        std::string why;
        if (c.latest && *c.latest < p.years.front())
          why = "its latest start " + std::to_string(*c.latest) + " lies before the horizon";
        else if (c.earliest && *c.earliest > p.years.back())
          why = "it cannot start before " + std::to_string(*c.earliest) + ", after the horizon";
        else if (c.earliest && c.latest && *c.earliest > *c.latest)
          why = "it cannot start before " + std::to_string(*c.earliest) + " but must start by " + std::to_string(*c.latest);
        else
          why = "no pool may pay its " + c.funding_type + " costs in the years it would run";
        ex.blockers.push_back({"window", "", 0, 0, c.id + ": " + why});
        out.left_out.push_back(std::move(ex));
        continue;
      }
      std::vector<Blocker> best;
      int best_year = 0;
      for (int y : years) {
        std::vector<Blocker> blockers;
        for (const auto& pred : c.predecessors) {
          const auto j = index.at(pred.id);
          const auto s = starts.find(j);
          if (s == starts.end())
            blockers.push_back({"predecessor", pred.id, 0, 0, c.id + ": its predecessor " + pred.id + " is not in the programme"});
          else if (s->second + pred.lag > y)
            blockers.push_back({"predecessor", pred.id, 0, 0, c.id + ": its predecessor " + pred.id + " starts in " +
                                                                   std::to_string(s->second) + ", so it cannot start before " +
                                                                   std::to_string(s->second + pred.lag)});
        }
        const int len = static_cast<int>(c.costs.size());
        for (const auto& cap : p.capacity) {
          if (cap.actor != c.actor) continue;
          for (int t = y; t < y + len && t <= p.years.back(); ++t) {
            int busy = 0;
            for (const auto& [k, s] : starts)
              if (p.candidates[k].actor == cap.actor && s <= t && t < s + static_cast<int>(p.candidates[k].costs.size())) ++busy;
            if (busy + 1 > cap.limit)
              blockers.push_back({"capacity", cap.actor, t, static_cast<double>(busy + 1 - cap.limit),
                                  c.id + ": " + cap.actor + " has " + std::to_string(busy) + " measures under way in " +
                                      std::to_string(t) + ", its limit is " + std::to_string(cap.limit)});
          }
        }
        for (int t = y; t < y + len && t <= p.years.back(); ++t) {
          const double cost = c.costs[static_cast<std::size_t>(t - y)];
          if (cost <= 0) continue;
          const auto ti = static_cast<std::size_t>(t - p.years.front());
          std::vector<std::string> pools;
          double left = 0;
          for (std::size_t k = 0; k < p.pools.size(); ++k)
            if (eligible(p.pools[k], c, static_cast<std::size_t>(t - y))) {
              pools.push_back(p.pools[k].id);
              left += accounts[k][ti].left;
            }
          if (cost <= left + tolerance) continue;  // fits without moving other payments
          auto with = starts;
          with[i] = y;
          const double missing = unpaid(p, *solver, options.limits, ti, demands_in(p, with, t), amounts);
          if (missing > tolerance)
            blockers.push_back({"pool", joined(pools), t, missing,
                                c.id + ": " + (pools.size() == 1 ? "pool " : "pools ") + joined(pools) + " in " +
                                    std::to_string(t) + (pools.size() == 1 ? " lacks " : " lack ") + euros(missing) +
                                    " for its " + euros(cost)});
        }
        if (best_year == 0 || blockers.size() < best.size()) {
          best = std::move(blockers);
          best_year = y;
        }
        if (best.empty()) break;
      }
      if (best.empty())
        best.push_back({"value", "", 0, 0, c.id + (c.value <= 0 ? ": it adds no value" :
                                                   ": it fits, but the solve stopped within its gap before taking it")});
      ex.year = best_year;
      ex.blockers = std::move(best);
      out.left_out.push_back(std::move(ex));
    }
  }

  // The trade-off between budget and value. The models of every scale have
  // the same columns, and a programme that fits the pools at one scale fits
  // them at any larger one: solved from the smallest scale up, each solve
  // starts from the last solution below it (or the main one above 100 %),
  // and 100 % is the main solve itself.
  double total = 0;
  for (const auto& pool : amounts)
    for (double v : pool) total += v;
  std::vector<std::size_t> order(options.frontier.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t c) { return options.frontier[a] < options.frontier[c]; });
  out.frontier.assign(options.frontier.size(), {});
  std::vector<double> below;  // the last solution at a smaller scale
  for (std::size_t i : order) {
    const double scale = options.frontier[i];
    FrontierPoint point{scale, total * scale, NAN, SolveStatus::infeasible};
    if (scale == 1.0) {
      point.status = r.status;
      point.value = r.objective;
      below = r.values;
    } else {
      Problem scaled = p;
      for (auto& pool : scaled.pools)
        for (auto& v : pool.amounts) v *= scale;
      try {
        check_committed(scaled, *solver, options.limits);
        const std::vector<double>& start = !below.empty() ? below : scale > 1.0 ? r.values : below;
        MipResult s = solver->solve(build(scaled, amounts_of(scaled)).model, options.limits, start);
        point.status = s.status;
        if (s.status == SolveStatus::optimal || s.status == SolveStatus::time_limit) {
          point.value = s.objective;
          below = std::move(s.values);
        }
      } catch (const Error& e) {
        if (e.code() != ErrorCode::conflict) throw;
      }
    }
    out.frontier[i] = point;
  }
  return out;
}

}  // namespace planwerk::priorities
