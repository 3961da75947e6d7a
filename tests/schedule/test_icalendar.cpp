// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <sstream>

#include "planwerk/schedule/icalendar.hpp"
#include "support/text.hpp"

namespace planwerk::schedule {
namespace {

TEST(Ics, Escaping) {
  EXPECT_EQ(ics_escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
  EXPECT_EQ(ics_escape("Sitzung: Rat"), "Sitzung: Rat");  // colons need no escape in TEXT
}

TEST(Ics, FoldingKeepsLinesShortAndCharactersWhole) {
  // 80 "ä" are 160 octets: the first line takes 37 of them (74 octets; a
  // 38th would make 76), continuation lines a space and 37 more.
  std::string text = "SUMMARY:";
  for (int i = 0; i < 80; ++i) text += "\xC3\xA4";
  const std::string folded = ics_fold(text);
  std::istringstream lines(folded);
  std::string line, joined;
  bool first = true;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    EXPECT_LE(line.size(), 75u);
    // No line starts with a UTF-8 continuation byte (0b10xxxxxx).
    const std::size_t body = first ? 0 : 1;
    if (!first) EXPECT_EQ(line[0], ' ');
    ASSERT_GT(line.size(), body);
    EXPECT_NE(static_cast<unsigned char>(line[body]) & 0xC0, 0x80);
    joined += line.substr(body);
    first = false;
  }
  EXPECT_EQ(joined, text);
  EXPECT_EQ(ics_fold("short"), "short");
}

// IcsOptions::committees: only the named committees' meetings; an id that is
// no committee is refused, naming it.
TEST(Ics, CommitteesFilter) {
  const auto plan = test::concept_from(R"(
    id: "c" title: "Plan"
    committees { id: "ir" name: "Integrationsrat" meetings: ["2026-03-03"] }
    committees { id: "rat" name: "Rat" meetings: ["2026-03-10"] })");
  IcsOptions options;
  options.stamp = "20260101T000000Z";
  options.parts = ics_meetings;
  options.committees = {"rat"};
  const std::string ics = to_icalendar(plan, nullptr, options);
  EXPECT_NE(ics.find("UID:meeting-rat-20260310@c.planwerk"), std::string::npos);
  EXPECT_EQ(ics.find("meeting-ir-"), std::string::npos);
  options.committees = {"nobody"};
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { to_icalendar(plan, nullptr, options); }, &message), ErrorCode::not_found);
  EXPECT_EQ(message, "iCalendar committees: no committee \"nobody\"");
}

TEST(Ics, EventsForMeetingsMilestonesDeadlinesAndMeasures) {
  const auto plan = test::concept_from(R"(
    id: "c" title: "Plan" period_start: "2026-01-05"
    committees { id: "ir" name: "Integrationsrat" meetings: ["2026-03-03"] }
    goals { id: "g" title: "Ziel" deadline: "2026-06-30" }
    measures { id: "m" title: "Maßnahme; mit Komma, und Semikolon" duration_days: 2 }
    milestones { id: "ms" title: "Fertig" measure_id: "m" due: "2026-01-06" })");
  const auto s = schedule_plan(plan, Calendar());
  const std::string ics = to_icalendar(plan, &s, {"20260101T000000Z"});
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  EXPECT_NE(ics.find("UID:meeting-ir-20260303@c.planwerk\r\n"), std::string::npos);
  EXPECT_NE(ics.find("UID:deadline-g@c.planwerk\r\nDTSTAMP:20260101T000000Z\r\n"
                     "DTSTART;VALUE=DATE:20260630\r\nDTEND;VALUE=DATE:20260701\r\n"),
            std::string::npos);
  // m runs Mon 5 and Tue 6 Jan: DTEND is the day after, exclusive.
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20260105\r\nDTEND;VALUE=DATE:20260107\r\n"
                     "SUMMARY:Maßnahme\\; mit Komma\\, und Semikolon\r\n"),
            std::string::npos);
  EXPECT_EQ(ics.substr(ics.size() - 15), "END:VCALENDAR\r\n");
  // The same input gives the same bytes (stable UIDs, fixed stamp).
  EXPECT_EQ(ics, to_icalendar(plan, &s, {"20260101T000000Z"}));
}

TEST(Ics, PartsChooseWhatGoesIn) {
  const auto plan = test::concept_from(R"(
    id: "c" title: "Plan" period_start: "2026-01-05"
    committees { id: "ir" name: "Integrationsrat" meetings: ["2026-03-03", "2026-05-05"] }
    goals { id: "g" title: "Ziel" deadline: "2026-06-30" }
    measures { id: "m" title: "M" duration_days: 2 }
    milestones { id: "ms" title: "Fertig" measure_id: "m" due: "2026-01-06" }
    participation_formats { id: "pf" title: "Forum" }
    participation_events { id: "ev" format_id: "pf" title: "Forum 1" date: "2026-02-02" })");
  const auto s = schedule_plan(plan, Calendar());
  const auto events = [&](std::uint32_t parts) {
    const std::string ics = to_icalendar(plan, &s, {"20260101T000000Z", parts});
    std::size_t n = 0;
    for (auto at = ics.find("BEGIN:VEVENT"); at != std::string::npos; at = ics.find("BEGIN:VEVENT", at + 1)) ++n;
    return n;
  };
  // Two meetings, one event, one milestone, one deadline, one measure: 6 in all.
  EXPECT_EQ(events(ics_all), 6u);
  EXPECT_EQ(events(ics_meetings), 2u);
  EXPECT_EQ(events(ics_participation), 1u);
  EXPECT_EQ(events(ics_meetings | ics_deadlines), 3u);
  EXPECT_EQ(events(ics_all & ~std::uint32_t{ics_measures}), 5u);
  EXPECT_THROW(to_icalendar(plan, &s, {"20260101T000000Z", 0}), Error);
  EXPECT_THROW(to_icalendar(plan, &s, {"20260101T000000Z", 32}), Error);
}

TEST(Ics, PartNames) {
  for (auto p : {ics_meetings, ics_participation, ics_milestones, ics_deadlines, ics_measures})
    EXPECT_EQ(ics_part_from_name(ics_part_name(p)), p);
  EXPECT_EQ(ics_part_name(ics_deadlines), "deadlines");
  EXPECT_EQ(ics_part_name(ics_all), "unknown");  // a combination, not a part
  EXPECT_FALSE(ics_part_from_name("minutes").has_value());
  EXPECT_FALSE(ics_part_from_name("").has_value());
}

}  // namespace
}  // namespace planwerk::schedule
