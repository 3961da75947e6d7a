// SPDX-License-Identifier: Apache-2.0
// Validation: every rule planwerk checks, in one call. This is the entry
// point (`planwerk validate`, pw_concept_validate, Concept.validate() and
// planwerk.validate_file run it): the model's rules (model::check_rules)
// and those that need the concept's working-day calendar (recurring
// meetings' cadence, PW108; recurrence rules that cannot be read, PW202; a
// calendar that cannot be built, PW203). It lives here because the calendar
// rules need this module.
#pragma once

#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/model/diagnostic.hpp"

namespace planwerk::schedule {

/// Every rule on a concept. Ordered by rule, then by entity order; the same
/// input gives the same list.
PLANWERK_API std::vector<model::Diagnostic> validate(const model::Concept& plan);

/// A document that may not even load: its structural findings (duplicate ids,
/// dangling references, malformed values) if it has any, else every rule on
/// the concept it describes. Throws Error(unsupported_version) for a newer
/// schema.
PLANWERK_API std::vector<model::Diagnostic> validate(const v1::Concept& doc);

}  // namespace planwerk::schedule
