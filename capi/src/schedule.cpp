// C entry points: scheduling, consultation sequences, iCalendar.
#include "internal.hpp"
#include "planwerk/schedule/icalendar.hpp"
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

pw_status pw_schedule_consultation(pw_frame** out, const pw_concept* plan, pw_date ready, const char* const* committee_ids,
                          size_t count) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
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
    const auto path = schedule::consultation_path(plan->plan, schedule::calendar_for(plan->plan), day, ids);
    capi::give_frame(out, schedule::consultation_table(plan->plan, path));
  });
}

pw_status pw_schedule_icalendar(uint8_t** out_data, size_t* out_size, const pw_concept* plan, const char* stamp) {
  return guard(__func__, [&] {
    require(out_data, "out_data");
    require(out_size, "out_size");
    require(plan, "plan");
    const auto s = schedule::schedule_plan(plan->plan, schedule::calendar_for(plan->plan));
    capi::give_bytes(out_data, out_size, schedule::to_icalendar(plan->plan, &s, {stamp ? stamp : ""}));
  });
}

}  // extern "C"
