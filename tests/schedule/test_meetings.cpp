// SPDX-License-Identifier: Apache-2.0
// Committee meetings and consultation sequences, with the seed 001 case.
#include <gtest/gtest.h>

#include "planwerk/io/load.hpp"
#include "planwerk/schedule/meetings.hpp"
#include "planwerk/schedule/validate.hpp"
#include "planwerk/schedule/schedule.hpp"
#include "support/text.hpp"

namespace planwerk::schedule {
namespace {

std::string d(Date x) { return model::format_date(x); }

// Seed 001: the integration council's session of 30 September 2025 was
// moved to 2 September, so that it can advise before the council decides in
// September. In the sample: executive board 8 July (papers 3 working days
// ahead), integration council 1 July, 2 September, 18 November (7 days
// ahead), council 29 September and 15 December (10 days ahead).
TEST(Consultation, TheIntegrationCouncilMovedToSecondSeptember) {
  const auto plan = io::load(test::sample_path());
  const Calendar nrw = calendar_for(plan);
  const std::vector<std::string> order{"verwaltungsvorstand", "integrationsrat", "rat"};
  // Ready 1 July: board 8 July (papers due Thu 3 July); council for
  // integration 2 September (papers due Fri 22 August, 7 working days
  // before); council 29 September (papers due Mon 15 September, 10 working
  // days before; available from 3 September).
  const auto path = consultation_path(plan, nrw, Date(2025, 7, 1), order);
  ASSERT_EQ(path.steps.size(), 3u);
  EXPECT_EQ(d(path.steps[0].meeting), "2025-07-08");
  EXPECT_EQ(d(path.steps[0].papers_due), "2025-07-03");
  EXPECT_EQ(d(path.steps[1].meeting), "2025-09-02");
  EXPECT_EQ(d(path.steps[1].papers_due), "2025-08-22");
  EXPECT_EQ(d(path.steps[2].meeting), "2025-09-29");
  EXPECT_EQ(d(path.steps[2].papers_due), "2025-09-15");
  EXPECT_EQ(d(path.adoption), "2025-09-29");
  // Had the session stayed on 30 September, the council would have met on
  // the 29th without its advice: the next council, 15 December (papers due
  // Mon 1 December), adopts.
  const auto late = consultation_path(plan, nrw, Date(2025, 7, 1), order,
                                      {{"integrationsrat", Date(2025, 9, 2), Date(2025, 9, 30)}});
  EXPECT_EQ(d(late.steps[1].meeting), "2025-09-30");
  EXPECT_EQ(d(late.steps[2].meeting), "2025-12-15");
  EXPECT_EQ(d(late.steps[2].papers_due), "2025-12-01");
  EXPECT_EQ(d(late.adoption), "2025-12-15");
}

TEST(Consultation, Errors) {
  const auto plan = io::load(test::sample_path());
  const Calendar nrw = calendar_for(plan);
  EXPECT_EQ(test::error_code_of([&] { consultation_path(plan, nrw, Date(2025, 7, 1), {"nope"}); }), ErrorCode::not_found);
  EXPECT_EQ(test::error_code_of([&] { consultation_path(plan, nrw, Date(2025, 7, 1), {}); }), ErrorCode::invalid_argument);
  EXPECT_EQ(test::error_code_of([&] {
              consultation_path(plan, nrw, Date(2025, 7, 1), {"rat"}, {{"rat", Date(2025, 9, 30), Date(2025, 10, 1)}});
            }),
            ErrorCode::not_found);
  // After the council's last listed meeting there is none in time.
  try {
    consultation_path(plan, nrw, Date(2026, 1, 5), {"rat"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::conflict);
    EXPECT_NE(std::string(e.what()).find("committee \"rat\" has no meeting between 2026-01-05"), std::string::npos);
  }
}

TEST(Meetings, RecurringMeetingsOnTheCalendarAndTheirCadence) {
  const auto plan = test::concept_from(R"(
    period_start: "2026-01-01" period_end: "2027-12-31" calendar { state: "NW" }
    committees { id: "lenkung" cadence { min_meetings: 1 period: CADENCE_PERIOD_QUARTER }
                 recurrence: "FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE" }
    committees { id: "ak" cadence { min_meetings: 2 period: CADENCE_PERIOD_YEAR }
                 recurrence: "FREQ=YEARLY;BYMONTH=12;BYDAY=-1FR" holiday_rule: HOLIDAY_RULE_SKIP }
    committees { id: "ak-moved" recurrence: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25" }
    committees { id: "broken" recurrence: "FREQ=HOURLY" })");
  const Calendar nrw = calendar_for(plan);
  // Second Wednesdays of every third month: 14 Jan, 8 Apr, 8 Jul, 14 Oct 2026.
  auto meetings = committee_meetings(plan, nrw, 0, Date(2026, 1, 1), Date(2026, 12, 31));
  ASSERT_EQ(meetings.size(), 4u);
  EXPECT_EQ(d(meetings[3]), "2026-10-14");
  // 25 December is a holiday: moved to the next working day, 28 Dec 2026.
  meetings = committee_meetings(plan, nrw, 2, Date(2026, 1, 1), Date(2026, 12, 31));
  ASSERT_EQ(meetings.size(), 1u);
  EXPECT_EQ(d(meetings[0]), "2026-12-28");
  // The last Friday of December 2026 is the 25th, a holiday, and skipped;
  // 2027's is the 31st: one meeting a year where two are needed.
  const auto found = validate(plan);
  std::vector<std::string> lines;
  for (const auto& f : found)
    if (f.code == "PW108" || f.code == "PW202") lines.push_back(f.to_line());
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "PW108 warning ak: committee \"ak\" must meet at least 2 times per year, but 2026 has 0, 2027 has 1");
  EXPECT_EQ(lines[1].rfind("PW202 error broken: committee \"broken\": recurrence rule: FREQ=HOURLY", 0), 0u) << lines[1];
}

TEST(Meetings, BadCalendarIsADiagnostic) {
  const auto plan = test::concept_from(R"(calendar { state: "XX" })");
  const auto found = validate(plan);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.back().code, "PW203");
}

}  // namespace
}  // namespace planwerk::schedule
