// SPDX-License-Identifier: Apache-2.0
// C entry points: scheduling, consultation sequences, iCalendar.
#include <cstddef>
#include <iterator>

#include "internal.hpp"
#include "planwerk/schedule/holidays.hpp"
#include "planwerk/schedule/icalendar.hpp"
#include "planwerk/schedule/recurrence.hpp"
#include "planwerk/schedule/meetings.hpp"
#include "planwerk/schedule/schedule.hpp"
#include "frame.hpp"

using namespace planwerk;
using capi::guard;
using capi::require;

namespace {

std::optional<model::Date> optional_date(pw_date d, const char* name) {
  const auto date = capi::to_date(d, name);
  return model::is_set(date) ? std::optional<model::Date>(date) : std::nullopt;
}

}  // namespace

extern "C" {

pw_status pw_schedule_run(pw_frame** out, pw_diagnostics** out_findings, const pw_concept* plan, pw_date start,
                      pw_date as_of) {
  if (out != nullptr) *out = nullptr;
  if (out_findings != nullptr) *out_findings = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    require(plan, "plan");
    schedule::ScheduleOptions options{optional_date(start, "start"), optional_date(as_of, "as_of")};
    const auto s = schedule::schedule_plan(plan->plan, schedule::calendar_for(plan->plan), options);
    auto table = schedule::schedule_table(plan->plan, s);
    std::unique_ptr<pw_diagnostics> findings;
    if (out_findings != nullptr) findings = std::make_unique<pw_diagnostics>(pw_diagnostics{s.findings});
    capi::give_frame(out, std::move(table));
    if (out_findings != nullptr) *out_findings = findings.release();
  });
}

pw_status pw_schedule_consultation(pw_frame** out, const pw_concept* plan, pw_date ready,
                                   const char* const* committee_ids, size_t count, const pw_meeting_move* moves,
                                   size_t move_count) {
  return capi::create_frame(__func__, out, [&] {
    require(plan, "plan");
    const auto day = capi::to_date(ready, "ready");
    if (!model::is_set(day)) throw Error(ErrorCode::invalid_argument, "ready is not set");
    if (count > 0) require(committee_ids, "committee_ids");
    std::vector<std::string> ids;
    for (size_t i = 0; i < count; ++i) {
      if (committee_ids[i] == nullptr)
        throw Error(ErrorCode::invalid_argument, "committee_ids[" + std::to_string(i) + "] is NULL");
      ids.emplace_back(committee_ids[i]);
    }
    if (move_count > 0) require(moves, "moves");
    std::vector<schedule::MeetingMove> what_if;
    for (size_t i = 0; i < move_count; ++i) {
      const std::string at = "moves[" + std::to_string(i) + "]";
      if (moves[i].committee_id == nullptr) throw Error(ErrorCode::invalid_argument, at + ".committee_id is NULL");
      const auto from = capi::to_date(moves[i].from, (at + ".from").c_str());
      const auto to = capi::to_date(moves[i].to, (at + ".to").c_str());
      if (!model::is_set(from) || !model::is_set(to))
        throw Error(ErrorCode::invalid_argument, at + ": from and to are both needed");
      what_if.push_back({moves[i].committee_id, from, to});
    }
    const auto path = schedule::consultation_path(plan->plan, schedule::calendar_for(plan->plan), day, ids, what_if);
    return schedule::consultation_table(plan->plan, path);
  });
}

pw_status pw_schedule_icalendar(uint8_t** out_data, size_t* out_size, const pw_concept* plan,
                                const pw_icalendar_options* options) {
  return guard(__func__, [&] {
    require(out_data, "out_data");
    require(out_size, "out_size");
    require(plan, "plan");
    // The size of each version (internal.hpp, versioned structs): version 1
    // ends after `stamp`; entries never change.
    static const std::size_t sizes[] = {offsetof(pw_icalendar_options, stamp) + sizeof(const char*),
                                        sizeof(pw_icalendar_options)};
    static_assert(PW_ICALENDAR_OPTIONS_VERSION == std::size(sizes), "a size for every version");
    static_assert(schedule::ics_all == PW_ICS_ALL && schedule::ics_measures == PW_ICS_MEASURES);
    const pw_icalendar_options defaults = PW_ICALENDAR_OPTIONS_INIT;
    const auto o = options == nullptr ? defaults : capi::read_versioned(options, "options", sizes, defaults);
    schedule::IcsOptions ics;
    ics.stamp = o.stamp != nullptr ? o.stamp : "";
    ics.parts = o.parts;
    if (o.scheduled == 0) {
      capi::give_bytes(out_data, out_size, schedule::to_icalendar(plan->plan, nullptr, ics));
      return;
    }
    schedule::ScheduleOptions when{optional_date(o.start, "options->start"), optional_date(o.as_of, "options->as_of")};
    const auto s = schedule::schedule_plan(plan->plan, schedule::calendar_for(plan->plan), when);
    capi::give_bytes(out_data, out_size, schedule::to_icalendar(plan->plan, &s, ics));
  });
}

pw_status pw_schedule_holidays(pw_frame** out, const char* state, int32_t year, int32_t catholic_municipality) {
  return capi::create_frame(__func__, out, [&] {
    const std::string code = require(state, "state");
    const auto s = schedule::state_from_code(code);
    if (!s) throw Error(ErrorCode::invalid_argument, "unknown German state \"" + code + "\" (BW, BY, ... TH)");
    return schedule::holiday_table(*s, year, {catholic_municipality != 0});
  });
}

pw_status pw_schedule_expand(pw_frame** out, const char* rule, pw_date start, pw_date end) {
  return capi::create_frame(__func__, out, [&] {
    const auto from = capi::to_date(start, "start"), to = capi::to_date(end, "end");
    if (!model::is_set(from) || !model::is_set(to)) throw Error(ErrorCode::invalid_argument, "start and end are both needed");
    return schedule::expansion_table(schedule::parse_recurrence(require(rule, "rule")), from, to);
  });
}

}  // extern "C"
