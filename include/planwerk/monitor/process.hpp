// SPDX-License-Identifier: Apache-2.0
// Process monitoring (Prozess-Monitoring), kept apart from outcome
// monitoring: is the action plan being carried out? Measure status counts,
// milestones met on time, participants reached, feedback given.
#pragma once

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/frame.hpp"

namespace planwerk::monitor {

/// One row per goal, action field and the concept: level, id, measures (that
/// contribute to the goal or one of its sub-goals; for an action field, its
/// own measures and those of its goals), one column per measure status
/// (proposed, planned, in_progress, completed, suspended, cancelled,
/// unspecified), milestones_due (due on or before as_of), milestones_on_time
/// (achieved by their due day), on_time_share (NaN when none is due),
/// milestones_overdue (due, not achieved, as_of passed).
///
/// A milestone's due day is its own; without one, the scheduled finish of its
/// measure when the concept can be scheduled (schedule_plan); without either
/// it is not counted.
PLANWERK_API Frame process_status(const model::Concept& plan, model::Date as_of);

/// One row per participation format and a last row for all ("" format):
/// format, events (held on or before as_of), events_counted (with a
/// participant count), participants (summed over events, so a person at two
/// events counts twice: participation reports count participants across
/// events), feedback_events, feedback_mean (the mean of the events' scores).
PLANWERK_API Frame participation(const model::Concept& plan, model::Date as_of);

}  // namespace planwerk::monitor
