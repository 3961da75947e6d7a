// SPDX-License-Identifier: Apache-2.0
#include "planwerk/schedule/validate.hpp"

#include "planwerk/model/convert.hpp"
#include "planwerk/model/validate.hpp"
#include "planwerk/schedule/meetings.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace planwerk::schedule {

std::vector<model::Diagnostic> validate(const model::Concept& plan) {
  auto out = model::check_rules(plan);
  try {
    const Calendar calendar = calendar_for(plan);
    auto more = check_meetings(plan, calendar);
    out.insert(out.end(), more.begin(), more.end());
  } catch (const Error& e) {
    out.push_back({"PW203", model::Severity::error, std::nullopt, plan.header().id, "calendar", e.what()});
  }
  return out;
}

std::vector<model::Diagnostic> validate(const v1::Concept& doc) {
  model::check_schema_version(doc);
  auto structural = model::check_structure(doc);
  if (!structural.empty()) return structural;
  return validate(model::from_proto(doc));
}

}  // namespace planwerk::schedule
