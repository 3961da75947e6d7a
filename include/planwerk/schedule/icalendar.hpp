// SPDX-License-Identifier: Apache-2.0
// iCalendar (RFC 5545) export of a concept's dates: committee meetings
// (listed and, expanded over the plan period, recurring), recurring
// participation formats, participation events, milestones, goal deadlines
// and, with a schedule, each measure's scheduled span. All-day events with UIDs that stay the same
// from one export to the next, so calendars that subscribe update in place.
#pragma once

#include <optional>
#include <cstdint>
#include <string>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace planwerk::schedule {

/// What goes into a calendar, as bits (numbers stable; the C API's PW_ICS_*).
/// A council calendar wants meetings only, a citizens' one meetings and
/// participation, the administration everything.
enum IcsPart : std::uint32_t {
  ics_meetings = 1,       ///< committee meetings, listed and recurring
  ics_participation = 2,  ///< participation formats' dates and events
  ics_milestones = 4,
  ics_deadlines = 8,      ///< goals' deadlines
  ics_measures = 16,      ///< each measure's scheduled span (needs a schedule)
  ics_all = 31,
};

/// "meetings", "participation", "milestones", "deadlines", "measures"; and back
/// (std::nullopt for another name).
///@{
PLANWERK_API std::string_view ics_part_name(IcsPart part) noexcept;
PLANWERK_API std::optional<IcsPart> ics_part_from_name(std::string_view name) noexcept;
///@}

/// What to_icalendar writes.
struct IcsOptions {
  /// DTSTAMP of every event, "YYYYMMDDTHHMMSSZ"; default: now. Fix it for
  /// output that is the same byte for byte.
  std::string stamp;
  /// IcsPart bits; 0 or bits outside ics_all are an Error(invalid_argument).
  std::uint32_t parts = ics_all;
  /// The committees whose meetings are written (ids); empty: every one.
  /// An id that is no committee is an Error(not_found).
  std::vector<std::string> committees;
};

/// Throws Error(parse) for a recurrence rule that cannot be read and
/// Error(invalid_argument) for an unknown calendar state. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
/// character; text is escaped (backslash, semicolon, comma, newline). UIDs
/// are "<kind>-<id>[-<date>]@<concept id>.planwerk".
PLANWERK_API std::string to_icalendar(const model::Concept& plan, const Schedule* schedule = nullptr,
                                      const IcsOptions& options = {});

/// RFC 5545 TEXT escaping (backslash, semicolon, comma, newline).
PLANWERK_API std::string ics_escape(std::string_view text);
/// RFC 5545 line folding of one content line: CRLF and a space every 75
/// octets, never inside a UTF-8 character.
PLANWERK_API std::string ics_fold(std::string_view line);

}  // namespace planwerk::schedule
