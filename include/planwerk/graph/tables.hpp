// SPDX-License-Identifier: Apache-2.0
// The analyses as frames (planwerk/frame.hpp): the shape in which the C API
// and Python hand them out, one row per item. Ids are text columns, fixed
// vocabularies ("links", "downstream", ...) category columns, counts and
// positions integer columns.
#pragma once

#include <cstdint>
#include <string_view>

#include "planwerk/export.hpp"
#include "planwerk/frame.hpp"
#include "planwerk/graph/analysis.hpp"
#include "planwerk/graph/relations.hpp"

namespace planwerk::graph {

/// cycle, position, measure: each cycle's witness in order.
PLANWERK_API Frame cycles_table(const model::Concept& plan);
/// position, measure. Throws Error(conflict) on cycles.
PLANWERK_API Frame order_table(const model::Concept& plan);
/// chain ("links" or "duration"), position, measure, length.
PLANWERK_API Frame critical_table(const model::Concept& plan);
/// measure, predecessor, position (in the measure's dependencies).
PLANWERK_API Frame redundant_table(const model::Concept& plan);
/// role ("downstream", "goal", "guiding_goal", "goal_without_active_measure"),
/// id, shift (working days for downstream measures of a delay, else 0).
PLANWERK_API Frame impact_table(const model::Concept& plan, std::string_view measure_id, Disruption change,
                                std::int64_t delay_days);
/// gap ("goal_without_measures", "goal_without_indicators",
/// "measure_without_goals", "indicator_without_goals",
/// "actor_without_assignment"), id.
PLANWERK_API Frame coverage_table(const model::Concept& plan);
/// first, second, measure: one row per shared measure of conflicting goals.
PLANWERK_API Frame conflicts_table(const model::Concept& plan);
/// first, second (qualified ids), side ("first" or "second"), measure: the
/// active measures on each side of conflicts across concepts.
PLANWERK_API Frame cross_conflicts_table(const ConceptSet& set);

}  // namespace planwerk::graph
