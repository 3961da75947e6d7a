// SPDX-License-Identifier: Apache-2.0
// A concept's programme as frames: what the C API and Python hand out
// (pw_programme_frame, planwerk.priorities.Programme).
#pragma once

#include <string_view>

#include "planwerk/export.hpp"
#include "planwerk/frame.hpp"
#include "planwerk/priorities/from_concept.hpp"

namespace planwerk::priorities {

/// The parts of a programme, in the C API's order (pw_programme_part).
enum class ProgrammePart : int {
  summary = 0,       ///< one row: status, solver (text), value, bound, gap, seconds (real), first_year, last_year
  starts = 1,        ///< measure (text), year (integer), value, first_cost, total_cost (real euros)
  pools = 2,         ///< pool (text), year, amount, committed, programme, left, marginal (per euro; NaN not measured)
  left_out = 3,      ///< one row per blocker: measure, year (best start; missing: none), kind, what, blocking_year, shortfall, text
  annual_goals = 4,  ///< year, goal, measures (text, "; "-separated)
  frontier = 5,      ///< scale, budget, value (NaN without a solution), status
  weights = 6,       ///< goal, priority_factor, gap, off_track (boolean), urgency, weight, given (boolean)
  notes = 7,         ///< note (text)
};
/// How many parts there are.
inline constexpr int programme_part_count = 8;

/// "summary", "starts", ...; "unknown" outside the enum.
PLANWERK_API const char* programme_part_name(ProgrammePart part) noexcept;

/// One part of a programme as a frame (columns as ProgrammePart says).
PLANWERK_API Frame programme_frame(const ConceptProgramme& programme, ProgrammePart part);

}  // namespace planwerk::priorities
