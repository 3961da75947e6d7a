// SPDX-License-Identifier: Apache-2.0
#include "planwerk/model/kind.hpp"

#include "planwerk/v1/concept.pb.h"

namespace planwerk::model {
namespace {

struct Names {
  std::string_view singular;
  std::string_view list;
};

constexpr std::array<Names, kind_count> names = {{
#define PLANWERK_KIND_NAMES(name, Type, list, NAME) {#name, #list},
    PLANWERK_KINDS(PLANWERK_KIND_NAMES)
#undef PLANWERK_KIND_NAMES
}};

// The schema's EntityKind has every kind, with the same number, and no other.
#define PLANWERK_KIND_SCHEMA(name, Type, list, NAME) \
  static_assert(static_cast<int>(Kind::name) == v1::ENTITY_KIND_##NAME, "EntityKind." #NAME " differs");
PLANWERK_KINDS(PLANWERK_KIND_SCHEMA)
#undef PLANWERK_KIND_SCHEMA
static_assert(v1::EntityKind_ARRAYSIZE == kind_count + 1, "the schema's EntityKind has a kind PLANWERK_KINDS lacks");

}  // namespace

std::string_view kind_name(Kind k) noexcept { return names[slot(k)].singular; }
std::string_view kind_list_name(Kind k) noexcept { return names[slot(k)].list; }

std::optional<Kind> kind_from_name(std::string_view name) noexcept {
  for (Kind k : all_kinds) {
    if (names[slot(k)].singular == name || names[slot(k)].list == name) return k;
  }
  return std::nullopt;
}

std::optional<Kind> kind_from_int(int value) noexcept {
  if (value < 1 || value > static_cast<int>(kind_count)) return std::nullopt;
  return static_cast<Kind>(value);
}

}  // namespace planwerk::model
