// SPDX-License-Identifier: Apache-2.0
#include "planwerk/schedule/icalendar.hpp"

#include <algorithm>
#include <chrono>
#include <map>

#include <boost/date_time/posix_time/posix_time.hpp>

#include "planwerk/model/cadence.hpp"
#include "planwerk/schedule/meetings.hpp"
#include "planwerk/schedule/recurrence.hpp"
#include "planwerk/version.h"

namespace planwerk::schedule {
namespace {

std::string basic(Date d) {
  std::string iso = model::format_date(d);
  iso.erase(7, 1);
  iso.erase(4, 1);
  return iso;
}

// DTSTAMP in UTC, "YYYYMMDDTHHMMSSZ" (RFC 5545 3.3.5). Boost.Date_Time
// rather than gmtime_r, which is POSIX, not standard C++.
std::string now_stamp() {
  return boost::posix_time::to_iso_string(boost::posix_time::second_clock::universal_time()) + "Z";
}

// "HH:MM" if the text is such a time of day, else "" (an all-day event).
std::string valid_time(const std::string& t) {
  auto digit = [&](std::size_t i) { return t[i] >= '0' && t[i] <= '9'; };
  if (t.size() != 5 || t[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) return {};
  if ((t[0] - '0') * 10 + (t[1] - '0') > 23 || (t[3] - '0') * 10 + (t[4] - '0') > 59) return {};
  return t;
}

// What a recorded meeting adds to its event.
struct EventDetails {
  std::string start_time;  // "HH:MM": a timed event in local (floating) time
  std::string location;
  bool cancelled = false;  // STATUS:CANCELLED, so that subscribers drop it
};

class Writer {
 public:
  Writer(const model::Concept& plan, std::string stamp) : plan_(plan), stamp_(std::move(stamp)) {}

  void line(std::string_view text) { out_ += ics_fold(text) + "\r\n"; }

  // An all-day event from first to last (both included), or a timed one
  // when details give a start time.
  void event(const std::string& uid, Date first, Date last, const std::string& summary,
             const std::string& description = "", const std::string& category = "", const EventDetails& details = {}) {
    line("BEGIN:VEVENT");
    line("UID:" + uid + "@" + plan_.header().id + ".planwerk");
    line("DTSTAMP:" + stamp_);
    if (details.start_time.size() == 5) {
      line("DTSTART:" + basic(first) + "T" + details.start_time.substr(0, 2) + details.start_time.substr(3, 2) + "00");
    } else {
      line("DTSTART;VALUE=DATE:" + basic(first));
      line("DTEND;VALUE=DATE:" + basic(last + boost::gregorian::days(1)));  // exclusive
    }
    line("SUMMARY:" + ics_escape(summary));
    if (!description.empty()) line("DESCRIPTION:" + ics_escape(description));
    if (!details.location.empty()) line("LOCATION:" + ics_escape(details.location));
    if (!category.empty()) line("CATEGORIES:" + ics_escape(category));
    if (details.cancelled) line("STATUS:CANCELLED");
    line("TRANSP:TRANSPARENT");
    line("END:VEVENT");
  }

  std::string str() { return std::move(out_); }

 private:
  const model::Concept& plan_;
  std::string stamp_;
  std::string out_;
};

}  // namespace

std::string ics_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  std::size_t width = 0;  // octets on the current physical line
  for (std::size_t i = 0; i < line.size();) {
    // The length of the UTF-8 character starting here.
    const auto lead = static_cast<unsigned char>(line[i]);
    const std::size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (width + len > 75) {
      out += "\r\n ";  // continuation lines start with a space, which counts
      width = 1;
    }
    out.append(line.substr(i, len));
    width += len;
    i += len;
  }
  return out;
}

// DTSTAMP is a UTC date-time, "YYYYMMDDTHHMMSSZ" (RFC 5545, 3.3.5): checked,
// because it is copied into the output as it is.
void check_stamp(const std::string& stamp) {
  const bool shape = stamp.size() == 16 && stamp[8] == 'T' && stamp[15] == 'Z' &&
                     std::all_of(stamp.begin(), stamp.begin() + 8, [](char c) { return c >= '0' && c <= '9'; }) &&
                     std::all_of(stamp.begin() + 9, stamp.begin() + 15, [](char c) { return c >= '0' && c <= '9'; });
  if (!shape)
    throw Error(ErrorCode::invalid_argument, "the stamp is a UTC date-time YYYYMMDDTHHMMSSZ, not \"" +
                                                 ics_escape(stamp.substr(0, 40)) + "\"");
}

std::string_view ics_part_name(IcsPart part) noexcept {
  switch (part) {
    case ics_meetings:
      return "meetings";
    case ics_participation:
      return "participation";
    case ics_milestones:
      return "milestones";
    case ics_deadlines:
      return "deadlines";
    case ics_measures:
      return "measures";
    default:
      return "unknown";
  }
}

std::optional<IcsPart> ics_part_from_name(std::string_view name) noexcept {
  for (auto p : {ics_meetings, ics_participation, ics_milestones, ics_deadlines, ics_measures})
    if (ics_part_name(p) == name) return p;
  return std::nullopt;
}

std::string to_icalendar(const model::Concept& plan, const Schedule* schedule, const IcsOptions& options) {
  if (!options.stamp.empty()) check_stamp(options.stamp);
  if (options.parts == 0 || (options.parts & ~std::uint32_t{ics_all}) != 0)
    throw Error(ErrorCode::invalid_argument, "iCalendar parts: " + std::to_string(options.parts) +
                                                 " is not a combination of the parts' bits 1 to 16");
  const auto wanted = [&](IcsPart part) { return (options.parts & part) != 0; };
  std::vector<bool> committee_wanted(plan.committees().size(), options.committees.empty());
  for (const auto& id : options.committees) {
    const auto c = plan.find(model::Kind::committee, id);
    if (!c) throw Error(ErrorCode::not_found, "iCalendar committees: no committee \"" + id + "\"");
    committee_wanted[*c] = true;
  }
  Writer w(plan, options.stamp.empty() ? now_stamp() : options.stamp);
  w.line("BEGIN:VCALENDAR");
  w.line("VERSION:2.0");
  w.line("PRODID:-//planwerk//planwerk " + std::string(PW_VERSION_STRING) + "//DE");
  w.line("CALSCALE:GREGORIAN");
  w.line("X-WR-CALNAME:" + ics_escape(plan.header().title.empty() ? plan.header().id : plan.header().title));
  // Recurring meetings are expanded over the plan period on the concept's
  // calendar (each occurrence its own event with its own UID); without a
  // plan period only the listed meetings are known.
  const auto& h = plan.header();
  const bool span = model::is_set(h.period_start) && model::is_set(h.period_end);
  std::optional<Calendar> calendar;
  if (span) calendar = calendar_for(plan);
  for (model::Index i = 0; wanted(ics_meetings) && i < plan.committees().size(); ++i) {
    const auto& c = plan.committees()[i];
    if (!committee_wanted[i]) continue;
    // Listed meetings always; a rule's occurrences within the plan period.
    std::vector<Date> dates = model::listed_meetings(c);
    if (span && !c.recurrence.empty()) {
      const auto recurring = committee_meetings(plan, *calendar, i, h.period_start, h.period_end);
      dates.insert(dates.end(), recurring.begin(), recurring.end());
      std::sort(dates.begin(), dates.end());
      dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    }
    // Recorded meetings (from a council information system) give their
    // time and place; cancelled ones are sent as cancelled.
    std::map<Date, const model::Meeting*> recorded;
    for (const auto& m : c.meeting_records) {
      if (model::is_set(m.date) && !m.cancelled) recorded.emplace(m.date, &m);
    }
    for (const auto& d : dates) {
      EventDetails details;
      if (const auto r = recorded.find(d); r != recorded.end()) details = {valid_time(r->second->start_time), r->second->location};
      w.event("meeting-" + c.id + "-" + basic(d), d, d, "Sitzung: " + c.name, "", "Gremium", details);
    }
    for (const auto& m : c.meeting_records) {
      if (!m.cancelled || !model::is_set(m.date) || recorded.count(m.date) != 0) continue;
      w.event("meeting-" + c.id + "-" + basic(m.date), m.date, m.date, "Sitzung: " + c.name + " (abgesagt)", "",
              "Gremium", {valid_time(m.start_time), m.location, true});
    }
  }
  for (const auto& f : plan.participation_formats()) {
    if (!wanted(ics_participation) || f.recurrence.empty() || !span) continue;
    for (const auto& d : on_working_days(expand(parse_recurrence(f.recurrence), h.period_start, h.period_end),
                                         *calendar, HolidayRule::move_to_next_working_day))
      w.event("format-" + f.id + "-" + basic(d), d, d, f.title, f.description, "Beteiligung");
  }
  for (const auto& e : plan.participation_events()) {
    if (wanted(ics_participation) && model::is_set(e.date)) w.event("event-" + e.id, e.date, e.date, e.title, e.documentation, "Beteiligung");
  }
  for (const auto& m : plan.milestones()) {
    if (!wanted(ics_milestones) || !model::is_set(m.due)) continue;
    w.event("milestone-" + m.id, m.due, m.due, "Meilenstein: " + m.title,
            "Maßnahme " + plan.measures()[m.measure].id, "Meilenstein");
  }
  for (const auto& g : plan.goals()) {
    if (wanted(ics_deadlines) && model::is_set(g.deadline))
      w.event("deadline-" + g.id, g.deadline, g.deadline, "Frist: " + g.title, "Ziel " + g.id, "Frist");
  }
  if (schedule != nullptr && wanted(ics_measures)) {
    for (std::size_t v = 0; v < schedule->measures.size(); ++v) {
      const auto& d = schedule->measures[v];
      const auto& m = plan.measures()[v];
      w.event("measure-" + m.id, d.early_start, d.early_finish, m.title.empty() ? m.id : m.title,
              "Maßnahme " + m.id + (d.critical ? ", kritisch" : ", Puffer " + std::to_string(d.total_float) +
                                                                   " Arbeitstage"),
              "Maßnahme");
    }
  }
  w.line("END:VCALENDAR");
  return w.str();
}

}  // namespace planwerk::schedule
