#include "planwerk/graph/tables.hpp"

namespace planwerk::graph {
namespace {

using model::Kind;

Table make(std::initializer_list<std::pair<const char*, bool>> columns) {
  Table t;
  for (const auto& [name, text] : columns) {
    t.columns.emplace_back(name);
    t.text.push_back(text);
  }
  return t;
}

std::int64_t as_int(std::size_t v) { return static_cast<std::int64_t>(v); }

}  // namespace

Table cycles_table(const model::Concept& plan) {
  Table t = make({{"cycle", false}, {"position", false}, {"measure", true}});
  const auto cycles = dependency_cycles(plan);
  for (std::size_t c = 0; c < cycles.size(); ++c) {
    for (std::size_t i = 0; i < cycles[c].witness.size(); ++i)
      t.rows.push_back({as_int(c), as_int(i), plan.measures()[cycles[c].witness[i]].id});
  }
  return t;
}

Table order_table(const model::Concept& plan) {
  Table t = make({{"position", false}, {"measure", true}});
  const auto order = dependency_order(plan);
  for (std::size_t i = 0; i < order.size(); ++i) t.rows.push_back({as_int(i), plan.measures()[order[i]].id});
  return t;
}

Table critical_table(const model::Concept& plan) {
  Table t = make({{"chain", true}, {"position", false}, {"measure", true}, {"length", false}});
  const auto chains = critical_chains(plan);
  for (const auto& [name, chain] : {std::pair{"links", &chains.by_links}, std::pair{"duration", &chains.by_duration}}) {
    for (std::size_t i = 0; i < chain->vertices.size(); ++i)
      t.rows.push_back({std::string(name), as_int(i), plan.measures()[chain->vertices[i]].id, chain->length});
  }
  return t;
}

Table redundant_table(const model::Concept& plan) {
  Table t = make({{"measure", true}, {"predecessor", true}, {"position", false}});
  for (const auto& l : redundant_dependencies(plan)) {
    const auto& m = plan.measures()[l.measure];
    t.rows.push_back({m.id, plan.measures()[m.dependencies[l.which].predecessor].id, as_int(l.which)});
  }
  return t;
}

Table impact_table(const model::Concept& plan, std::string_view measure_id, Change change, std::int64_t delay_days) {
  Table t = make({{"role", true}, {"id", true}, {"shift", false}});
  const auto result = impact(plan, plan.index_of(Kind::measure, measure_id), change, delay_days);
  for (const auto& s : result.downstream) t.rows.push_back({std::string("downstream"), plan.measures()[s.measure].id, s.days});
  for (auto g : result.goals) t.rows.push_back({std::string("goal"), plan.goals()[g].id, std::int64_t{0}});
  for (auto g : result.guiding_goals)
    t.rows.push_back({std::string("guiding_goal"), plan.guiding_goals()[g].id, std::int64_t{0}});
  for (auto g : result.goals_without_active_measure)
    t.rows.push_back({std::string("goal_without_active_measure"), plan.goals()[g].id, std::int64_t{0}});
  return t;
}

Table coverage_table(const model::Concept& plan) {
  Table t = make({{"gap", true}, {"id", true}});
  const auto c = coverage(plan);
  auto add = [&](const char* gap, Kind kind, const std::vector<model::Index>& list) {
    for (auto i : list) t.rows.push_back({std::string(gap), plan.id(kind, i)});
  };
  add("goal_without_measures", Kind::goal, c.goals_without_measures);
  add("goal_without_indicators", Kind::goal, c.goals_without_indicators);
  add("measure_without_goals", Kind::measure, c.measures_without_goals);
  add("indicator_without_goals", Kind::indicator, c.indicators_without_goals);
  add("actor_without_assignment", Kind::actor, c.actors_without_assignment);
  return t;
}

Table conflicts_table(const model::Concept& plan) {
  Table t = make({{"first", true}, {"second", true}, {"measure", true}});
  for (const auto& k : goal_conflicts(plan)) {
    for (auto m : k.shared_measures)
      t.rows.push_back({plan.goals()[k.first].id, plan.goals()[k.second].id, plan.measures()[m].id});
  }
  return t;
}

Table cross_conflicts_table(const ConceptSet& set) {
  Table t = make({{"first", true}, {"second", true}, {"side", true}, {"measure", true}});
  for (const auto& k : set.cross_conflicts()) {
    const std::string first = set.qualified_id(k.first), second = set.qualified_id(k.second);
    for (auto m : k.first_measures)
      t.rows.push_back({first, second, std::string("first"), set.at(k.first.concept_index).measures()[m].id});
    for (auto m : k.second_measures)
      t.rows.push_back({first, second, std::string("second"), set.at(k.second.concept_index).measures()[m].id});
  }
  return t;
}

}  // namespace planwerk::graph
