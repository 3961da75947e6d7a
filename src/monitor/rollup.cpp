// SPDX-License-Identifier: Apache-2.0
// Roll-ups. An indicator counts for the goals it measures and for all their
// ancestors; for the action field of each of those goals (a goal without
// one inherits its parent's); and for the concept. Only outcome indicators
// take part: process indicators are reported apart.
//
// weighted_mean: score = sum(w * s) / sum(w) over indicators with data; the
// colour is the weighted mean of the colours (red 1 .. green 4), rounded to
// the nearest (halves up).
// two_worst (SDSN): the two lowest-scoring indicators decide; green only if
// both are green, red only if both are red, otherwise the mean of their
// colours rounded down and kept within orange..yellow; the score is the mean
// of their scores. With one indicator, its own.
// Either way, below `min_share` indicators with data the aggregate is empty.
#include <algorithm>
#include <cmath>
#include <set>

#include "planwerk/model/hierarchy.hpp"
#include "rollup.hpp"

namespace planwerk::monitor::detail {
namespace {

struct Aggregate {
  double score = std::nan("");
  Light status = Light::none;
};

Aggregate combine(const model::Concept& plan, const std::set<model::Index>& members, const std::vector<double>& scores,
                  const std::vector<Light>& lights, RollupRule rule, double min_share, std::size_t& with_data) {
  std::vector<model::Index> have;
  for (auto i : members)
    if (!std::isnan(scores[i]) && lights[i] != Light::none) have.push_back(i);
  with_data = have.size();
  Aggregate out;
  if (have.empty() || static_cast<double>(have.size()) < min_share * static_cast<double>(members.size())) return out;
  if (rule == RollupRule::weighted_mean) {
    double sw = 0, ss = 0, sl = 0;
    for (auto i : have) {
      const auto& w = plan.indicators()[i].weight;
      const double weight = w ? *w : 1.0;
      sw += weight;
      ss += weight * scores[i];
      sl += weight * static_cast<double>(lights[i]);
    }
    if (!(sw > 0)) return out;
    out.score = ss / sw;
    out.status = static_cast<Light>(static_cast<std::int32_t>(std::floor(sl / sw + 0.5)));
    return out;
  }
  std::sort(have.begin(), have.end(), [&](model::Index a, model::Index b) {
    return scores[a] != scores[b] ? scores[a] < scores[b] : a < b;
  });
  if (have.size() == 1) return {scores[have[0]], lights[have[0]]};
  const Light a = lights[have[0]], b = lights[have[1]];
  out.score = (scores[have[0]] + scores[have[1]]) / 2;
  if (a == Light::green && b == Light::green) out.status = Light::green;
  else if (a == Light::red && b == Light::red) out.status = Light::red;
  else {
    const auto mean = (static_cast<std::int32_t>(a) + static_cast<std::int32_t>(b)) / 2;  // rounds down
    out.status = static_cast<Light>(std::clamp(mean, static_cast<std::int32_t>(Light::orange),
                                               static_cast<std::int32_t>(Light::yellow)));
  }
  return out;
}

}  // namespace

Frame rollup(const model::Concept& plan, const std::vector<double>& scores, const std::vector<Light>& lights,
             RollupRule rule, double min_share) {
  const auto& goals = plan.goals();
  std::vector<std::set<model::Index>> of_goal(goals.size());
  std::vector<std::set<model::Index>> of_field(plan.action_fields().size());
  std::set<model::Index> all;
  for (model::Index i = 0; i < plan.indicators().size(); ++i) {
    const auto& ind = plan.indicators()[i];
    if (ind.monitoring_type == v1::MONITORING_TYPE_PROCESS) continue;
    for (auto g : ind.goals) {
      all.insert(i);
      model::Index field = model::npos;
      model::for_each_ancestor(plan, g, [&](model::Index up) {
        of_goal[up].insert(i);
        if (field == model::npos) field = goals[up].action_field;
        return true;
      });
      if (field != model::npos) of_field[field].insert(i);
    }
  }
  Frame f;
  using T = Column::Type;
  auto& level = f.add("level", T::category, {"goal", "action_field", "concept"});
  auto& id = f.add("id", T::category);
  auto& count = f.add("indicators", T::integer);
  auto& with = f.add("with_data", T::integer);
  auto& score = f.add("score", T::real);
  auto& status = f.add("status", T::category, {"none", "red", "orange", "yellow", "green"});
  auto row = [&](std::int32_t lvl, const std::string& name, const std::set<model::Index>& members) {
    std::size_t have = 0;
    const Aggregate a = combine(plan, members, scores, lights, rule, min_share, have);
    level.codes().push_back(lvl);
    id.codes().push_back(static_cast<std::int32_t>(id.labels().size()));
    id.labels().push_back(name);
    count.integers().push_back(static_cast<std::int64_t>(members.size()));
    with.integers().push_back(static_cast<std::int64_t>(have));
    score.reals().push_back(a.score);
    status.codes().push_back(static_cast<std::int32_t>(a.status));
  };
  for (std::size_t g = 0; g < goals.size(); ++g) row(0, goals[g].id, of_goal[g]);
  for (std::size_t a = 0; a < of_field.size(); ++a) row(1, plan.action_fields()[a].id, of_field[a]);
  row(2, plan.header().id, all);
  return f;
}

}  // namespace planwerk::monitor::detail
