// Visits every reference an entity holds as f(Kind target, Index& ref)
// (const Index& for a const entity; npos references are visited too). Edits
// use it to find who refers to an entity and to shift indices on removal.
#pragma once

#include <concepts>
#include <type_traits>

#include "planwerk/model/entities.hpp"
#include "planwerk/model/kind.hpp"

namespace planwerk::model::detail {

#define PLANWERK_REFS(TYPE) \
  template <class E, class F> \
    requires std::same_as<std::remove_const_t<E>, TYPE> \
  void for_each_ref([[maybe_unused]] E& e, [[maybe_unused]] F&& f)

PLANWERK_REFS(GuidingGoal) { f(Kind::action_field, e.action_field); }
PLANWERK_REFS(ActionField) {}
PLANWERK_REFS(Need) { f(Kind::action_field, e.action_field); }
PLANWERK_REFS(Goal) {
  f(Kind::action_field, e.action_field);
  f(Kind::goal, e.parent);
  f(Kind::guiding_goal, e.guiding_goal);
  f(Kind::actor, e.responsible);
  for (auto& n : e.needs) f(Kind::need, n);
  for (auto& r : e.relations) f(Kind::goal, r.goal);
}
PLANWERK_REFS(Measure) {
  f(Kind::action_field, e.action_field);
  f(Kind::actor, e.responsible);
  for (auto& a : e.partners) f(Kind::actor, a);
  for (auto& t : e.target_groups) f(Kind::target_group, t);
  for (auto& d : e.districts) f(Kind::district, d);
  for (auto& c : e.contributions) f(Kind::goal, c.goal);
  for (auto& d : e.dependencies) f(Kind::measure, d.predecessor);
}
PLANWERK_REFS(Milestone) {
  f(Kind::measure, e.measure);
  f(Kind::goal, e.goal);
}
PLANWERK_REFS(Actor) { f(Kind::actor, e.parent); }
PLANWERK_REFS(Committee) {
  for (auto& m : e.members) f(Kind::actor, m);
}
PLANWERK_REFS(District) {}
PLANWERK_REFS(TargetGroup) {}
PLANWERK_REFS(Indicator) {
  for (auto& g : e.goals) f(Kind::goal, g);
  for (auto& b : e.baselines) f(Kind::district, b.district);
  for (auto& t : e.targets) f(Kind::district, t.district);
}
PLANWERK_REFS(ParticipationFormat) {
  f(Kind::actor, e.organiser);
  f(Kind::committee, e.committee);
}
PLANWERK_REFS(ParticipationEvent) {
  f(Kind::participation_format, e.format);
  f(Kind::district, e.district);
}
PLANWERK_REFS(Stakeholder) { f(Kind::actor, e.actor); }
PLANWERK_REFS(BudgetPool) {
  f(Kind::actor, e.manager);
  for (auto& a : e.allocations) f(Kind::measure, a.measure);
}

#undef PLANWERK_REFS

}  // namespace planwerk::model::detail
