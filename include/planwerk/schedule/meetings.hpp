// SPDX-License-Identifier: Apache-2.0
// Committee meetings and consultation sequences (Beratungsfolge).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/frame.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/model/diagnostic.hpp"
#include "planwerk/schedule/calendar.hpp"

namespace planwerk::schedule {

/// A committee's meetings in [from, to]: its listed meetings and the dates of
/// its recurrence rule (starting from `from` unless the rule has a DTSTART),
/// the latter moved or skipped on days off as its holiday rule says. Sorted,
/// each date once. Throws Error(parse) naming the committee for a bad rule.
PLANWERK_API std::vector<Date> committee_meetings(const model::Concept& plan, const Calendar& calendar,
                                                  model::Index committee, Date from, Date to);

/// The cadence check (PW108) for committees with a recurrence rule, over
/// their listed and recurring meetings in the whole calendar periods inside
/// the plan period (the model's own validation checks the others); and PW202
/// for a recurrence rule that cannot be read.
PLANWERK_API std::vector<model::Diagnostic> check_meetings(const model::Concept& plan, const Calendar& calendar);

/// One move for a what-if: the committee's meeting on `from` takes place on `to`.
struct MeetingMove {
  std::string committee_id;  ///< the committee's id
  Date from;                 ///< the meeting as planned
  Date to;                   ///< the day it is held instead
};

/// One committee's treatment of a proposal.
struct ConsultationStep {
  model::Index committee;  ///< the committee
  Date papers_due;  ///< the working day the papers must be in: paper_lead_days before the meeting
  Date meeting;     ///< the meeting that treats the proposal
};

/// A proposal's way through its committees (consultation_path()).
struct ConsultationPath {
  std::vector<ConsultationStep> steps;  ///< in the order of the sequence
  Date adoption;  ///< the last committee's meeting
};

/// A proposal ready on `ready` passes the committees in order. Each treats it
/// in its first meeting whose papers are due on or after the day the proposal
/// is available to it: `ready` for the first committee, the working day after
/// the previous committee's meeting for the others. Meetings are searched for
/// up to three years after `ready`. Throws Error(not_found) for an unknown
/// committee or a move of a meeting that does not exist, Error(conflict) when
/// a committee has no meeting in time, naming it.
PLANWERK_API ConsultationPath consultation_path(const model::Concept& plan, const Calendar& calendar, Date ready,
                                                const std::vector<std::string>& committee_ids,
                                                const std::vector<MeetingMove>& moves = {});

/// The path as a frame, one row per committee in order: committee (text),
/// papers_due, meeting (dates).
PLANWERK_API Frame consultation_table(const model::Concept& plan, const ConsultationPath& path);

/// What happened to similar papers, to read beside a computed path: the
/// concept's proposals (imported from a council system, say) whose
/// consultations pass exactly these committees in this order, each step
/// with a date. One row per proposal, by its first date: proposal,
/// reference, title (text), first, last (the first and the last step's
/// dates), working_days (integer: from first to last, both included, on
/// `calendar`). Throws Error(not_found) for an unknown committee id.
PLANWERK_API Frame similar_sequences(const model::Concept& plan, const Calendar& calendar,
                                     const std::vector<std::string>& committee_ids);

}  // namespace planwerk::schedule
