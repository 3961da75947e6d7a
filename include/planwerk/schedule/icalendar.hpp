// iCalendar (RFC 5545) export of a concept's dates: committee meetings
// (listed and, expanded over the plan period, recurring), recurring
// participation formats, participation events, milestones, goal deadlines
// and, with a schedule, each measure's scheduled span. All-day events with UIDs that stay the same
// from one export to the next, so calendars that subscribe update in place.
#pragma once

#include <optional>
#include <string>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace planwerk::schedule {

struct IcsOptions {
  // DTSTAMP of every event, "YYYYMMDDTHHMMSSZ"; default: now. Fix it for
  // output that is the same byte for byte.
  std::string stamp;
};

// Throws Error(parse) for a recurrence rule that cannot be read and
// Error(invalid_argument) for an unknown calendar state. Lines end in CRLF and are folded at 75 octets without splitting a UTF-8
// character; text is escaped (backslash, semicolon, comma, newline). UIDs
// are "<kind>-<id>[-<date>]@<concept id>.planwerk".
PLANWERK_API std::string to_icalendar(const model::Concept& plan, const Schedule* schedule = nullptr,
                                      const IcsOptions& options = {});

// RFC 5545 TEXT escaping and line folding, for one content line.
PLANWERK_API std::string ics_escape(std::string_view text);
PLANWERK_API std::string ics_fold(std::string_view line);

}  // namespace planwerk::schedule
