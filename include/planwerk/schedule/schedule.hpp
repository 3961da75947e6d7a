// SPDX-License-Identifier: Apache-2.0
// The critical path method on a working-day calendar.
//
// Date convention (docs/schedule.md has worked examples): durations count
// working days, and a measure of d >= 1 days occupies d working days, from
// its start to its finish, both included. A milestone (d = 0) is dated on the
// working day on which what follows it may start. A finish-to-start link
// with lag L lets the successor start on the (L+1)-th working day after the
// predecessor's finish; a lag in calendar days is counted on the calendar
// (and the successor starts on the next working day, if it lands on none).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/model/diagnostic.hpp"
#include "planwerk/schedule/calendar.hpp"

namespace planwerk::schedule {

/// The calendar a concept's calendar spec describes. Throws
/// Error(invalid_argument) for an unknown state code, Error(out_of_range) for
/// a closure or working day outside 1990 to 2100.
PLANWERK_API Calendar calendar_for(const model::Concept& plan);

/// Where and when schedule_plan starts.
struct ScheduleOptions {
  std::optional<Date> start;  ///< the first day of the plan; default: its period's start
  /// The status date: measures not yet started start no earlier; a measure
  /// under way runs its remaining days from it. Default: the start.
  std::optional<Date> as_of;
};

/// Where a measure stands at the status date.
enum class WorkState { not_started, in_progress, finished };

/// One measure's dates in a schedule.
struct MeasureDates {
  Date early_start;   ///< the earliest start its links and constraints allow
  Date early_finish;  ///< inclusive; a milestone's own day
  Date late_start;    ///< the latest start that delays nothing
  Date late_finish;   ///< the latest finish that delays nothing
  std::int64_t duration = 0;     ///< working days
  std::int64_t total_float = 0;  ///< late minus early start, in working days; < 0: a deadline cannot be met
  std::int64_t free_float = 0;   ///< how far it can slip without moving any successor
  bool critical = false;         ///< total float <= 0 (never for finished measures)
  WorkState progress = WorkState::not_started;  ///< at the status date
};

/// The critical path schedule of a concept (schedule_plan()).
struct Schedule {
  Date start;   ///< the plan's first day
  Date finish;  ///< the last early finish
  std::vector<MeasureDates> measures;      ///< by measure index
  std::vector<model::Index> critical_path;  ///< first to last, along the links that set each start
  std::vector<model::Diagnostic> findings;  ///< PW201: deadlines that cannot be met
};

/// Schedules every measure as early as its links, the plan's start, the
/// status date and its constraints allow. A measure's own start date counts
/// as "start no earlier than". Late dates come from the plan's finish, "finish
/// no later than" constraints and the deadlines of the interim goals a
/// measure serves; "must start on" fixes both.
///
/// Progress: a finished measure (actual start and finish) keeps its actual
/// dates; one under way (actual start only) keeps its actual start and runs
/// its remaining days from the status date on: remaining_days, else the
/// planned duration less the working days from its actual start to the status
/// date, but at least the status date itself. Links into measures that have started no longer bind them.
///
/// Throws Error(conflict) naming a cycle, Error(invalid_argument) without a
/// start, Error(out_of_range) for dates outside the calendar.
PLANWERK_API Schedule schedule_plan(const model::Concept& plan, const Calendar& calendar,
                                    const ScheduleOptions& options = {});

}  // namespace planwerk::schedule

#include "planwerk/frame.hpp"

namespace planwerk::schedule {

/// The schedule as a frame, one row per measure in document order: measure
/// (text), duration (integer, working days), early_start, early_finish,
/// late_start, late_finish (dates), total_float, free_float (integer, working
/// days), critical (boolean).
PLANWERK_API Frame schedule_table(const model::Concept& plan, const Schedule& schedule);

}  // namespace planwerk::schedule
