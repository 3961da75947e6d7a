// SPDX-License-Identifier: Apache-2.0
// The kinds of entity in a concept. The numbers equal planwerk.v1.EntityKind
// and the C API's pw_kind; they are stable.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "planwerk/export.hpp"

namespace planwerk::model {

// The one list of the kinds of entity: X(name, Type, list, NAME), in the
// schema's order, numbered from 1. Type is both the model struct
// (entities.hpp) and the schema message (planwerk.v1.Type); list is the
// Concept message's field; NAME is the suffix of ENTITY_KIND_NAME and
// PW_KIND_NAME. Everything else per kind derives from it here, in
// kind_traits.hpp and in kind.cpp; the library's build checks the schema's
// EntityKind and the C header's pw_kind against it, and a Python test the
// Python Kind. A kind is only ever appended.
#define PLANWERK_KINDS(X)                                                                   \
  X(guiding_goal, GuidingGoal, guiding_goals, GUIDING_GOAL)                                  \
  X(action_field, ActionField, action_fields, ACTION_FIELD)                                  \
  X(need, Need, needs, NEED)                                                                 \
  X(goal, Goal, goals, GOAL)                                                                 \
  X(measure, Measure, measures, MEASURE)                                                     \
  X(milestone, Milestone, milestones, MILESTONE)                                             \
  X(actor, Actor, actors, ACTOR)                                                             \
  X(committee, Committee, committees, COMMITTEE)                                             \
  X(district, District, districts, DISTRICT)                                                 \
  X(target_group, TargetGroup, target_groups, TARGET_GROUP)                                  \
  X(indicator, Indicator, indicators, INDICATOR)                                             \
  X(participation_format, ParticipationFormat, participation_formats, PARTICIPATION_FORMAT)  \
  X(participation_event, ParticipationEvent, participation_events, PARTICIPATION_EVENT)      \
  X(stakeholder, Stakeholder, stakeholders, STAKEHOLDER)                                     \
  X(budget_pool, BudgetPool, budget_pools, BUDGET_POOL)                                      \
  X(proposal, Proposal, proposals, PROPOSAL)

namespace detail {
/// The kinds numbered by position: 0 before the first.
enum class KindPosition : int {
  none_,
#define PLANWERK_KIND_POSITION(name, Type, list, NAME) name,
  PLANWERK_KINDS(PLANWERK_KIND_POSITION)
#undef PLANWERK_KIND_POSITION
  end_
};
}  // namespace detail

/// The kinds of entity; the numbers are planwerk.v1.EntityKind's and the C
/// API's pw_kind.
enum class Kind : int {
#define PLANWERK_KIND_ENUMERATOR(name, Type, list, NAME) name = static_cast<int>(detail::KindPosition::name),
  PLANWERK_KINDS(PLANWERK_KIND_ENUMERATOR)
#undef PLANWERK_KIND_ENUMERATOR
};

/// The number of kinds.
inline constexpr std::size_t kind_count = static_cast<std::size_t>(detail::KindPosition::end_) - 1;

/// Every kind, in the schema's order.
inline constexpr std::array<Kind, kind_count> all_kinds = {
#define PLANWERK_KIND_VALUE(name, Type, list, NAME) Kind::name,
    PLANWERK_KINDS(PLANWERK_KIND_VALUE)
#undef PLANWERK_KIND_VALUE
};

/// Position of a kind in per-kind arrays.
constexpr std::size_t slot(Kind k) noexcept { return static_cast<std::size_t>(k) - 1; }

/// Singular snake_case name: "guiding_goal", "measure", ...
PLANWERK_API std::string_view kind_name(Kind k) noexcept;
/// The name of the list in a document: "guiding_goals", "measures", ...
PLANWERK_API std::string_view kind_list_name(Kind k) noexcept;
/// Accepts the singular or the list name.
PLANWERK_API std::optional<Kind> kind_from_name(std::string_view name) noexcept;
/// The kind with this number; std::nullopt for any other number.
PLANWERK_API std::optional<Kind> kind_from_int(int value) noexcept;

}  // namespace planwerk::model
