// SPDX-License-Identifier: Apache-2.0
// Recurrence rules (RRULE, DTSTART, EXDATE lines), parsed, written back and
// expanded over the calendar (also as a frame), and placed on NRW's working days.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "planwerk/schedule/recurrence.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace planwerk::schedule;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  Recurrence rule;
  try {
    rule = parse_recurrence(text);
  } catch (const planwerk::Error&) {
    return 0;
  }
  planwerk::fuzz::tolerate([&] { parse_recurrence(to_rrule(rule)); });
  planwerk::fuzz::tolerate([&] {
    static const Calendar nrw(State::NW);
    const auto dates = expand(rule, planwerk::model::Date(2020, 1, 1), planwerk::model::Date(2030, 12, 31));
    on_working_days(dates, nrw, HolidayRule::move_to_next_working_day);
  });
  // The same expansion as the frame C (pw_schedule_expand) and Python hand out.
  planwerk::fuzz::tolerate(
      [&] { expansion_table(rule, planwerk::model::Date(2020, 1, 1), planwerk::model::Date(2030, 12, 31)); });
  return 0;
}
