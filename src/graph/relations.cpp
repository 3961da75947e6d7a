// SPDX-License-Identifier: Apache-2.0
#include "planwerk/graph/relations.hpp"

#include <algorithm>
#include <map>

#include "goal_tree.hpp"

namespace planwerk::graph {

void ConceptSet::add(const model::Concept& plan) {
  const std::string& id = plan.header().id;
  if (id.empty()) throw Error(ErrorCode::invalid_argument, "a concept in a set needs an id");
  for (const auto* c : concepts_) {
    if (c->header().id == id) throw Error(ErrorCode::conflict, "the set already holds a concept \"" + id + "\"");
  }
  concepts_.push_back(&plan);
}

std::string ConceptSet::qualified_id(const GoalRef& ref) const {
  const auto& c = at(ref.concept_index);
  return c.header().id + ":" + c.id(model::Kind::goal, ref.goal);
}

GoalRef ConceptSet::find(std::string_view qualified_id) const {
  const auto colon = qualified_id.rfind(':');
  if (colon == std::string_view::npos) {
    throw Error(ErrorCode::invalid_argument,
                "\"" + std::string(qualified_id) + "\" is not a qualified goal id of the form concept:goal");
  }
  const auto concept_id = qualified_id.substr(0, colon);
  const auto goal_id = qualified_id.substr(colon + 1);
  for (std::size_t i = 0; i < concepts_.size(); ++i) {
    if (concepts_[i]->header().id != concept_id) continue;
    return {i, concepts_[i]->index_of(model::Kind::goal, goal_id)};
  }
  throw Error(ErrorCode::not_found, "no concept \"" + std::string(concept_id) + "\" in the set");
}

namespace {

// The concept a relation points into: its own, or the named one if loaded.
std::optional<std::size_t> target_concept(const std::vector<const model::Concept*>& concepts, std::size_t own,
                                          const model::GoalRelation& rel) {
  if (rel.foreign_concept.empty()) return own;
  for (std::size_t i = 0; i < concepts.size(); ++i) {
    if (concepts[i]->header().id == rel.foreign_concept) return i;
  }
  return std::nullopt;
}

template <class Visit>
void for_each_relation(const std::vector<const model::Concept*>& concepts, Visit&& visit) {
  for (std::size_t ci = 0; ci < concepts.size(); ++ci) {
    const auto& goals = concepts[ci]->goals();
    for (model::Index g = 0; g < goals.size(); ++g) {
      for (const auto& rel : goals[g].relations) visit(GoalRef{ci, g}, rel);
    }
  }
}

}  // namespace

std::vector<Relation> ConceptSet::relations() const {
  std::vector<Relation> out;
  for_each_relation(concepts_, [&](const GoalRef& from, const model::GoalRelation& rel) {
    const auto target = target_concept(concepts_, from.concept_index, rel);
    if (!target) return;
    const auto goal = rel.foreign_concept.empty() ? std::optional<model::Index>(rel.goal)
                                                  : concepts_[*target]->find(model::Kind::goal, rel.foreign_goal);
    if (goal && *goal != model::npos) out.push_back({from, {*target, *goal}, rel.kind, rel.note});
  });
  return out;
}

std::vector<UnresolvedRelation> ConceptSet::unresolved() const {
  std::vector<UnresolvedRelation> out;
  for_each_relation(concepts_, [&](const GoalRef& from, const model::GoalRelation& rel) {
    if (rel.foreign_concept.empty()) return;  // local references always resolve
    const auto target = target_concept(concepts_, from.concept_index, rel);
    if (!target || !concepts_[*target]->find(model::Kind::goal, rel.foreign_goal))
      out.push_back({from, rel.foreign_concept, rel.foreign_goal, rel.kind});
  });
  return out;
}

std::vector<CrossConflict> ConceptSet::cross_conflicts() const {
  std::map<std::pair<GoalRef, GoalRef>, CrossConflict> pairs;
  for (const auto& rel : relations()) {
    if (rel.kind != v1::GOAL_RELATION_KIND_CONFLICTS || rel.from.concept_index == rel.to.concept_index) continue;
    const auto key = std::minmax(rel.from, rel.to);
    pairs.emplace(key, CrossConflict{key.first, key.second, {}, {}});
  }
  // Active measures serving each goal, directly or through a goal below it.
  auto serving = [&](const GoalRef& ref) {
    const auto& plan = *concepts_[ref.concept_index];
    std::vector<model::Index> out;
    for (model::Index m = 0; m < plan.measures().size(); ++m) {
      const auto& measure = plan.measures()[m];
      if (!detail::is_active(measure)) continue;
      std::vector<bool> above(plan.goals().size(), false);
      for (const auto& c : measure.contributions) detail::mark_with_ancestors(plan, c.goal, above);
      if (above[ref.goal]) out.push_back(m);
    }
    return out;
  };
  std::vector<CrossConflict> out;
  for (auto& [key, conflict] : pairs) {
    conflict.first_measures = serving(conflict.first);
    conflict.second_measures = serving(conflict.second);
    if (!conflict.first_measures.empty() && !conflict.second_measures.empty()) out.push_back(std::move(conflict));
  }
  return out;
}

}  // namespace planwerk::graph
