// SPDX-License-Identifier: Apache-2.0
#include "planwerk/graph/tables.hpp"

namespace planwerk::graph {
namespace {

using model::Kind;
using T = Column::Type;

std::int64_t as_int(std::size_t v) { return static_cast<std::int64_t>(v); }

}  // namespace

Frame cycles_table(const model::Concept& plan) {
  Frame f;
  auto& cycle = f.add("cycle", T::integer).integers();
  auto& position = f.add("position", T::integer).integers();
  auto& measure = f.add("measure", T::text).texts();
  const auto cycles = dependency_cycles(plan);
  for (std::size_t c = 0; c < cycles.size(); ++c) {
    for (std::size_t i = 0; i < cycles[c].witness.size(); ++i) {
      cycle.push_back(as_int(c));
      position.push_back(as_int(i));
      measure.push_back(plan.measures()[cycles[c].witness[i]].id);
    }
  }
  return f;
}

Frame order_table(const model::Concept& plan) {
  Frame f;
  auto& position = f.add("position", T::integer).integers();
  auto& measure = f.add("measure", T::text).texts();
  const auto order = dependency_order(plan);
  for (std::size_t i = 0; i < order.size(); ++i) {
    position.push_back(as_int(i));
    measure.push_back(plan.measures()[order[i]].id);
  }
  return f;
}

Frame critical_table(const model::Concept& plan) {
  Frame f;
  auto& chain_name = f.add("chain", T::category, {"links", "duration"}).codes();
  auto& position = f.add("position", T::integer).integers();
  auto& measure = f.add("measure", T::text).texts();
  auto& length = f.add("length", T::integer).integers();
  const auto chains = critical_chains(plan);
  for (const auto& [code, chain] : {std::pair{0, &chains.by_links}, std::pair{1, &chains.by_duration}}) {
    for (std::size_t i = 0; i < chain->vertices.size(); ++i) {
      chain_name.push_back(code);
      position.push_back(as_int(i));
      measure.push_back(plan.measures()[chain->vertices[i]].id);
      length.push_back(chain->length);
    }
  }
  return f;
}

Frame redundant_table(const model::Concept& plan) {
  Frame f;
  auto& measure = f.add("measure", T::text).texts();
  auto& predecessor = f.add("predecessor", T::text).texts();
  auto& position = f.add("position", T::integer).integers();
  for (const auto& l : redundant_dependencies(plan)) {
    const auto& m = plan.measures()[l.measure];
    measure.push_back(m.id);
    predecessor.push_back(plan.measures()[m.dependencies[l.which].predecessor].id);
    position.push_back(as_int(l.which));
  }
  return f;
}

Frame impact_table(const model::Concept& plan, std::string_view measure_id, Disruption change, std::int64_t delay_days) {
  Frame f;
  auto& role = f.add("role", T::category, {"downstream", "goal", "guiding_goal", "goal_without_active_measure"}).codes();
  auto& id = f.add("id", T::text).texts();
  auto& shift = f.add("shift", T::integer).integers();
  const auto result = impact(plan, plan.index_of(Kind::measure, measure_id), change, delay_days);
  auto row = [&](std::int32_t r, const std::string& entity, std::int64_t days) {
    role.push_back(r);
    id.push_back(entity);
    shift.push_back(days);
  };
  for (const auto& s : result.downstream) row(0, plan.measures()[s.measure].id, s.days);
  for (auto g : result.goals) row(1, plan.goals()[g].id, 0);
  for (auto g : result.guiding_goals) row(2, plan.guiding_goals()[g].id, 0);
  for (auto g : result.goals_without_active_measure) row(3, plan.goals()[g].id, 0);
  return f;
}

Frame coverage_table(const model::Concept& plan) {
  Frame f;
  auto& gap = f.add("gap", T::category,
                    {"goal_without_measures", "goal_without_indicators", "measure_without_goals",
                     "indicator_without_goals", "actor_without_assignment"})
                  .codes();
  auto& id = f.add("id", T::text).texts();
  const auto c = coverage(plan);
  auto add = [&](std::int32_t code, Kind kind, const std::vector<model::Index>& list) {
    for (auto i : list) {
      gap.push_back(code);
      id.push_back(plan.id(kind, i));
    }
  };
  add(0, Kind::goal, c.goals_without_measures);
  add(1, Kind::goal, c.goals_without_indicators);
  add(2, Kind::measure, c.measures_without_goals);
  add(3, Kind::indicator, c.indicators_without_goals);
  add(4, Kind::actor, c.actors_without_assignment);
  return f;
}

Frame conflicts_table(const model::Concept& plan) {
  Frame f;
  auto& first = f.add("first", T::text).texts();
  auto& second = f.add("second", T::text).texts();
  auto& measure = f.add("measure", T::text).texts();
  for (const auto& k : goal_conflicts(plan)) {
    for (auto m : k.shared_measures) {
      first.push_back(plan.goals()[k.first].id);
      second.push_back(plan.goals()[k.second].id);
      measure.push_back(plan.measures()[m].id);
    }
  }
  return f;
}

Frame cross_conflicts_table(const ConceptSet& set) {
  Frame f;
  auto& first = f.add("first", T::text).texts();
  auto& second = f.add("second", T::text).texts();
  auto& side = f.add("side", T::category, {"first", "second"}).codes();
  auto& measure = f.add("measure", T::text).texts();
  for (const auto& k : set.cross_conflicts()) {
    const std::string a = set.qualified_id(k.first), b = set.qualified_id(k.second);
    auto row = [&](std::int32_t s, const model::Concept& plan, model::Index m) {
      first.push_back(a);
      second.push_back(b);
      side.push_back(s);
      measure.push_back(plan.measures()[m].id);
    };
    for (auto m : k.first_measures) row(0, set.at(k.first.concept_index), m);
    for (auto m : k.second_measures) row(1, set.at(k.second.concept_index), m);
  }
  return f;
}

}  // namespace planwerk::graph
