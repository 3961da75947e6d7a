// SPDX-License-Identifier: Apache-2.0
// The optimum against trying every choice, on random small problems: each
// free candidate starts in one of the horizon's years or not at all; a choice
// is kept if it keeps every rule, checked here without any solver (money by
// Hall's condition: the costs of every set of funding groups fit into the
// pools that may pay any of them, which is exact for a transport problem).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

#include "planwerk/error.hpp"
#include "planwerk/priorities/programme.hpp"

namespace pr = planwerk::priorities;

namespace {

pr::Problem random_problem(unsigned seed, std::size_t candidates, int years) {
  std::mt19937 rng(seed);
  auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
  auto pick = [&](int n) { return static_cast<int>(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
  pr::Problem p;
  for (int y = 0; y < years; ++y) p.years.push_back(2026 + y);
  p.discount = 0.05;
  const char* types[] = {"municipal", "state", "innovation_budget"};
  double total = 0;
  for (std::size_t i = 0; i < candidates; ++i) {
    pr::Candidate c;
    c.id = "m" + std::to_string(i);
    c.value = std::round(uniform(0.5, 10) * 1000) / 1000;
    const int length = 1 + pick(3);
    for (int k = 0; k < length; ++k) c.costs.push_back(10 + pick(190));
    c.funding_type = types[pick(3)];
    c.actor = "a" + std::to_string(pick(3));
    if (pick(10) == 0) c.started = 2026 - 1 - pick(2);
    else if (pick(5) == 0) c.earliest = p.years[static_cast<std::size_t>(pick(years))];
    if (!c.started && pick(6) == 0) c.latest = p.years[static_cast<std::size_t>(pick(years))];
    if (i > 0 && pick(4) == 0) c.predecessors.push_back({"m" + std::to_string(pick(static_cast<int>(i))), pick(3)});
    for (double v : c.costs) total += v;
    p.candidates.push_back(std::move(c));
  }
  // Tight pools (a third of all costs): the harder the choice, the better
  // the check; small problems stay quick anyway.
  const double per_year = total / 3 / years;
  p.pools = {{"innovation", {}, {"innovation_budget"}, true},
             {"city", {}, {"municipal", "innovation_budget"}, false},
             {"state", {}, {"state"}, false}};
  const double shares[] = {0.15, 0.6, 0.25};
  for (std::size_t k = 0; k < 3; ++k)
    for (int y = 0; y < years; ++y) p.pools[k].amounts.push_back(std::round(per_year * shares[k] * uniform(0.7, 1.3)));
  for (int a = 0; a < 3; ++a)
    if (pick(2) == 0) p.capacity.push_back({"a" + std::to_string(a), 1 + pick(2)});
  return p;
}

bool pays(const pr::Pool& pool, const std::string& type, bool start) {
  if (!start && pool.start_only) return false;
  return std::find(pool.funding_types.begin(), pool.funding_types.end(), type) != pool.funding_types.end();
}

// Whether `start` (a year per candidate, 0 for not started) keeps every rule.
bool keeps_every_rule(const pr::Problem& p, const std::vector<int>& start) {
  const int y0 = p.years.front(), yH = p.years.back();
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < p.candidates.size(); ++i) index[p.candidates[i].id] = i;
  for (std::size_t i = 0; i < p.candidates.size(); ++i) {
    const auto& c = p.candidates[i];
    if (c.started || start[i] == 0) continue;
    if (start[i] < std::max(c.earliest.value_or(y0), y0) || start[i] > std::min(c.latest.value_or(yH), yH)) return false;
    for (const auto& pred : c.predecessors) {
      const int s = start[index[pred.id]];
      if (s == 0 || start[i] < s + pred.lag) return false;
    }
  }
  for (const auto& cap : p.capacity)
    for (int t = y0; t <= yH; ++t) {
      int busy = 0;
      for (std::size_t i = 0; i < p.candidates.size(); ++i)
        if (p.candidates[i].actor == cap.actor && start[i] != 0 && start[i] <= t &&
            t < start[i] + static_cast<int>(p.candidates[i].costs.size()))
          ++busy;
      if (busy > cap.limit) return false;
    }
  for (std::size_t ti = 0; ti < p.years.size(); ++ti) {
    const int t = p.years[ti];
    // The year's costs by (funding type, start year or not).
    std::vector<std::pair<std::pair<std::string, bool>, double>> groups;
    for (std::size_t i = 0; i < p.candidates.size(); ++i) {
      if (start[i] == 0) continue;
      const int off = t - start[i];
      const auto& c = p.candidates[i];
      if (off < 0 || off >= static_cast<int>(c.costs.size()) || c.costs[static_cast<std::size_t>(off)] <= 0) continue;
      const std::pair<std::string, bool> key{c.funding_type, off == 0};
      auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == key; });
      if (it == groups.end()) groups.push_back({key, 0}), it = groups.end() - 1;
      it->second += c.costs[static_cast<std::size_t>(off)];
    }
    for (unsigned mask = 1; mask < (1u << groups.size()); ++mask) {
      double need = 0, can = 0;
      std::vector<bool> used(p.pools.size(), false);
      for (std::size_t g = 0; g < groups.size(); ++g) {
        if (!(mask & (1u << g))) continue;
        need += groups[g].second;
        for (std::size_t k = 0; k < p.pools.size(); ++k)
          if (pays(p.pools[k], groups[g].first.first, groups[g].first.second)) used[k] = true;
      }
      for (std::size_t k = 0; k < p.pools.size(); ++k)
        if (used[k]) can += p.pools[k].amounts[ti];
      if (need > can + 1e-6) return false;
    }
  }
  return true;
}

// The best value over every choice, by depth-first enumeration.
double best_by_trying_everything(const pr::Problem& p) {
  std::vector<int> start(p.candidates.size(), 0);
  for (std::size_t i = 0; i < p.candidates.size(); ++i)
    if (p.candidates[i].started) start[i] = *p.candidates[i].started;
  std::vector<std::size_t> free;
  for (std::size_t i = 0; i < p.candidates.size(); ++i)
    if (!p.candidates[i].started) free.push_back(i);
  double best = -1;
  std::vector<int> options{0};
  for (int y : p.years) options.push_back(y);
  std::vector<std::size_t> at(free.size(), 0);
  while (true) {
    for (std::size_t f = 0; f < free.size(); ++f) start[free[f]] = options[at[f]];
    if (keeps_every_rule(p, start)) {
      double value = 0;
      for (auto i : free)
        if (start[i] != 0) value += pr::discounted(p, p.candidates[i], start[i]);
      best = std::max(best, value);
    }
    std::size_t f = 0;
    while (f < free.size() && ++at[f] == options.size()) at[f++] = 0;
    if (f == free.size()) break;
  }
  return best;
}

TEST(BruteForce, AgreesWithTheOptimumOn300RandomProblems) {
  // 300 problems: up to 14 candidates over one year (every subset), up to 8
  // over two years (every start year or none: 3^8 choices).
  int compared = 0, refused = 0, with_choice = 0;
  for (unsigned seed = 0; seed < 300; ++seed) {
    const bool two_years = seed % 3 == 0;
    const std::size_t n = two_years ? 2 + seed % 7 : 2 + seed % 13;
    const auto p = random_problem(seed, n, two_years ? 2 : 1);
    pr::ProgrammeOptions options;
    options.explain = options.marginals = false;
    const double best = best_by_trying_everything(p);
    if (best < 0) {  // the measures under way alone break a rule
      EXPECT_THROW(pr::prioritize(p, options), planwerk::Error) << "seed " << seed;
      ++refused;
      continue;
    }
    const auto programme = pr::prioritize(p, options);
    ASSERT_EQ(programme.status, pr::SolveStatus::optimal) << "seed " << seed;
    EXPECT_NEAR(programme.value, best, 1e-6) << "seed " << seed;
    std::vector<int> chosen(p.candidates.size(), 0);
    for (std::size_t i = 0; i < p.candidates.size(); ++i)
      if (p.candidates[i].started) chosen[i] = *p.candidates[i].started;
    for (const auto& s : programme.starts)
      for (std::size_t i = 0; i < p.candidates.size(); ++i)
        if (p.candidates[i].id == s.candidate) chosen[i] = s.year;
    EXPECT_TRUE(keeps_every_rule(p, chosen)) << "seed " << seed;
    ++compared;
    std::size_t free = 0;
    for (const auto& c : p.candidates) free += c.started ? 0 : 1;
    if (!programme.starts.empty() && programme.starts.size() < free) ++with_choice;
  }
  EXPECT_GT(compared, 250) << refused << " problems refused";
  // The pools are tight: most problems start some candidates and leave
  // others out, so the optimum is a real choice.
  EXPECT_GT(with_choice, 150) << with_choice << " of " << compared;
}

}  // namespace
