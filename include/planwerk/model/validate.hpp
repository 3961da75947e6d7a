// Validation: the planning rules a concept should meet. Every finding has a
// stable code (docs/diagnostics.md), a severity, the entity's id and a
// message naming the ids involved.
#pragma once

#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/model/diagnostic.hpp"

namespace planwerk::model {

// The planning rules on a concept that is structurally sound (every Concept
// is). Ordered by rule, then by entity order; the same input gives the same
// list.
PLANWERK_API std::vector<Diagnostic> validate(const Concept& plan);

// A document that may not even load: its structural findings (duplicate ids,
// dangling references, malformed values) if it has any, else the planning
// rules of the concept it describes. Throws Error(unsupported_version) for a
// newer schema.
PLANWERK_API std::vector<Diagnostic> validate_document(const v1::Concept& doc);

}  // namespace planwerk::model
