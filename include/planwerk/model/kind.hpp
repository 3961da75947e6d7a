// The kinds of entity in a concept. The numbers equal planwerk.v1.EntityKind
// and the C API's pw_kind; they are stable.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "planwerk/export.hpp"

namespace planwerk::model {

enum class Kind : int {
  guiding_goal = 1,
  action_field = 2,
  need = 3,
  goal = 4,
  measure = 5,
  milestone = 6,
  actor = 7,
  committee = 8,
  district = 9,
  target_group = 10,
  indicator = 11,
  participation_format = 12,
  participation_event = 13,
  stakeholder = 14,
  budget_pool = 15,
};

inline constexpr std::size_t kind_count = 15;

inline constexpr std::array<Kind, kind_count> all_kinds = {
    Kind::guiding_goal, Kind::action_field,         Kind::need,
    Kind::goal,         Kind::measure,              Kind::milestone,
    Kind::actor,        Kind::committee,            Kind::district,
    Kind::target_group, Kind::indicator,            Kind::participation_format,
    Kind::participation_event, Kind::stakeholder,   Kind::budget_pool};

// Position of a kind in per-kind arrays.
constexpr std::size_t slot(Kind k) noexcept { return static_cast<std::size_t>(k) - 1; }

// Singular snake_case name: "guiding_goal", "measure", ...
PLANWERK_API std::string_view kind_name(Kind k) noexcept;
// The name of the list in a document: "guiding_goals", "measures", ...
PLANWERK_API std::string_view kind_list_name(Kind k) noexcept;
// Accepts the singular or the list name.
PLANWERK_API std::optional<Kind> kind_from_name(std::string_view name) noexcept;
PLANWERK_API std::optional<Kind> kind_from_int(int value) noexcept;

}  // namespace planwerk::model
