// SPDX-License-Identifier: Apache-2.0
// What changed between two versions of a concept (Fortschreibung): goals,
// measures and indicators added, removed, renamed, retitled or moved to
// another action field; targets and deadlines changed; responsibilities
// changed. Entities are matched by id; `renames` maps ids of the old
// version to their new ids (for any of the three kinds).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/frame.hpp"
#include "planwerk/model/concept.hpp"

namespace planwerk::history {

/// Stable numbers (C API, Python).
enum class ChangeType : std::int32_t {
  added = 0,
  removed = 1,
  renamed = 2,                 ///< matched through `renames`
  retitled = 3,                ///< same entity, another title
  moved = 4,                   ///< another action field (for an indicator: its goals' fields)
  target_changed = 5,          ///< an indicator's targets (value, date, kind, district, group)
  deadline_changed = 6,        ///< a goal's deadline, a measure's end
  responsibility_changed = 7,  ///< a goal's or measure's responsible actor
};

/// "added", "removed", "renamed", ...; static storage.
PLANWERK_API const char* to_string(ChangeType type) noexcept;

/// One difference between two versions of a concept.
struct Change {
  model::Kind kind;     ///< goal, measure or indicator
  ChangeType type;      ///< what changed
  std::string id;       ///< in the new version ("" when removed)
  std::string old_id;   ///< in the old version ("" when added)
  std::string field;    ///< the schema field that changed ("" for added and removed)
  std::string before;   ///< readable values ("" when there was none)
  std::string after;    ///< readable values ("" when there is none)
};

/// In the order: goals, measures, indicators; within a kind the new version's
/// order, removed entities last in the old version's order. Throws
/// Error(invalid_argument) when `renames` maps two ids to one or names an id
/// missing from its version.
PLANWERK_API std::vector<Change> diff(const model::Concept& before, const model::Concept& after,
                                      const std::map<std::string, std::string>& renames = {});

/// The changes as a frame, one row each: kind ("goal", "measure",
/// "indicator") and change (the ChangeType names, in their numbers' order)
/// as categories; id, old_id, field, before, after as text, missing where
/// the Change holds "".
PLANWERK_API Frame diff_table(const std::vector<Change>& changes);

/// One line per change: `goal sz-1.1: retitled: "A" -> "B"`.
PLANWERK_API std::string to_text(const std::vector<Change>& changes);
/// A JSON array of objects with the fields of Change (kind as its schema name
/// in lower case: "goal", "measure", "indicator").
PLANWERK_API std::string to_json(const std::vector<Change>& changes);

}  // namespace planwerk::history
