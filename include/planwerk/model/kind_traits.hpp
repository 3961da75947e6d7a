// Compile-time map from a Kind to its model struct, its schema message and
// its list in a document, so that generic code (loading, edits, removal,
// look-up) is written once for all kinds.
#pragma once

#include <type_traits>
#include <utility>

#include "planwerk/model/entities.hpp"
#include "planwerk/model/kind.hpp"

namespace planwerk::model {

template <Kind K>
struct KindTraits;

#define PLANWERK_KIND_TRAITS(KIND, TYPE, MESSAGE, LIST)                                   \
  template <>                                                                             \
  struct KindTraits<Kind::KIND> {                                                         \
    using type = TYPE;                                                                    \
    using message = v1::MESSAGE;                                                          \
    static const auto& list(const v1::Concept& doc) { return doc.LIST(); }                \
    static auto* mutable_list(v1::Concept& doc) { return doc.mutable_##LIST(); }          \
  };                                                                                      \
  template <>                                                                             \
  struct KindOfMessage<v1::MESSAGE> : std::integral_constant<Kind, Kind::KIND> {};        \
  template <>                                                                             \
  struct KindOfType<TYPE> : std::integral_constant<Kind, Kind::KIND> {};

template <class Message>
struct KindOfMessage;
template <class T>
struct KindOfType;

PLANWERK_KIND_TRAITS(guiding_goal, GuidingGoal, GuidingGoal, guiding_goals)
PLANWERK_KIND_TRAITS(action_field, ActionField, ActionField, action_fields)
PLANWERK_KIND_TRAITS(need, Need, Need, needs)
PLANWERK_KIND_TRAITS(goal, Goal, Goal, goals)
PLANWERK_KIND_TRAITS(measure, Measure, Measure, measures)
PLANWERK_KIND_TRAITS(milestone, Milestone, Milestone, milestones)
PLANWERK_KIND_TRAITS(actor, Actor, Actor, actors)
PLANWERK_KIND_TRAITS(committee, Committee, Committee, committees)
PLANWERK_KIND_TRAITS(district, District, District, districts)
PLANWERK_KIND_TRAITS(target_group, TargetGroup, TargetGroup, target_groups)
PLANWERK_KIND_TRAITS(indicator, Indicator, Indicator, indicators)
PLANWERK_KIND_TRAITS(participation_format, ParticipationFormat, ParticipationFormat,
                     participation_formats)
PLANWERK_KIND_TRAITS(participation_event, ParticipationEvent, ParticipationEvent,
                     participation_events)
PLANWERK_KIND_TRAITS(stakeholder, Stakeholder, Stakeholder, stakeholders)
PLANWERK_KIND_TRAITS(budget_pool, BudgetPool, BudgetPool, budget_pools)

#undef PLANWERK_KIND_TRAITS

// X(kind) for every kind, in kind order: for explicit instantiations and
// other lists that must name every kind.
#define PLANWERK_FOR_EACH_KIND(X)                                                                   \
  X(guiding_goal) X(action_field) X(need) X(goal) X(measure) X(milestone) X(actor) X(committee)   \
  X(district) X(target_group) X(indicator) X(participation_format) X(participation_event)          \
  X(stakeholder) X(budget_pool)

template <Kind K>
using entity_t = typename KindTraits<K>::type;
template <Kind K>
using message_t = typename KindTraits<K>::message;

template <Kind K>
using KindTag = std::integral_constant<Kind, K>;

// Calls f(KindTag<K>{}) for the run-time kind k.
template <class F>
decltype(auto) dispatch(Kind k, F&& f) {
  switch (k) {
    case Kind::guiding_goal: return f(KindTag<Kind::guiding_goal>{});
    case Kind::action_field: return f(KindTag<Kind::action_field>{});
    case Kind::need: return f(KindTag<Kind::need>{});
    case Kind::goal: return f(KindTag<Kind::goal>{});
    case Kind::measure: return f(KindTag<Kind::measure>{});
    case Kind::milestone: return f(KindTag<Kind::milestone>{});
    case Kind::actor: return f(KindTag<Kind::actor>{});
    case Kind::committee: return f(KindTag<Kind::committee>{});
    case Kind::district: return f(KindTag<Kind::district>{});
    case Kind::target_group: return f(KindTag<Kind::target_group>{});
    case Kind::indicator: return f(KindTag<Kind::indicator>{});
    case Kind::participation_format: return f(KindTag<Kind::participation_format>{});
    case Kind::participation_event: return f(KindTag<Kind::participation_event>{});
    case Kind::stakeholder: return f(KindTag<Kind::stakeholder>{});
    case Kind::budget_pool: break;
  }
  return f(KindTag<Kind::budget_pool>{});
}

// Calls f(KindTag<K>{}) for every kind, in kind order.
template <class F>
void for_each_kind(F&& f) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (f(KindTag<static_cast<Kind>(I + 1)>{}), ...);
  }(std::make_index_sequence<kind_count>{});
}

}  // namespace planwerk::model
