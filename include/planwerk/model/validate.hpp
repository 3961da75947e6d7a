// SPDX-License-Identifier: Apache-2.0
// The model's planning rules: the part of validation that needs nothing but
// the model. Every finding has a stable code (docs/diagnostics.md), a
// severity, the entity's id and a message naming the ids involved. To
// validate a concept, call schedule::validate (planwerk/schedule/validate.hpp):
// it runs these and the rules that need the working-day calendar.
#pragma once

#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/model/diagnostic.hpp"

namespace planwerk::model {

/// The model's rules on a concept that is structurally sound (every Concept
/// is). Ordered by rule, then by entity order; the same input gives the same
/// list.
PLANWERK_API std::vector<Diagnostic> check_rules(const Concept& plan);

}  // namespace planwerk::model
