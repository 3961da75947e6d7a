// SPDX-License-Identifier: Apache-2.0
// The schema's enumerations in C (planwerk.h, "Schema enumerations"): the
// checks that each C enum has every value of its schema enum, and their
// names, read from the schema's descriptors (the one list of names).
#include <iterator>

#include "internal.hpp"
#include "planwerk/v1/concept.pb.h"

using namespace planwerk;

// Same numbers, and no schema value without a C value: a value added to the
// schema fails the build here until planwerk.h has it too.
#define PW_SAME(C_VALUE, SCHEMA_VALUE) static_assert(static_cast<int>(C_VALUE) == static_cast<int>(v1::SCHEMA_VALUE))
PW_SAME(PW_GOAL_KIND_INTERIM, GOAL_KIND_INTERIM);
PW_SAME(PW_GOAL_KIND_ANNUAL, GOAL_KIND_ANNUAL);
PW_SAME(PW_GOAL_KIND_OPERATIONAL, GOAL_KIND_OPERATIONAL);
PW_SAME(PW_GOAL_KIND_STRATEGIC, GOAL_KIND_STRATEGIC);
static_assert(v1::GoalKind_ARRAYSIZE == PW_GOAL_KIND_INTERIM + 1, "planwerk.h: pw_goal_kind_t lacks a GoalKind value");
PW_SAME(PW_MEASURE_STATUS_PROPOSED, MEASURE_STATUS_PROPOSED);
PW_SAME(PW_MEASURE_STATUS_PLANNED, MEASURE_STATUS_PLANNED);
PW_SAME(PW_MEASURE_STATUS_IN_PROGRESS, MEASURE_STATUS_IN_PROGRESS);
PW_SAME(PW_MEASURE_STATUS_COMPLETED, MEASURE_STATUS_COMPLETED);
PW_SAME(PW_MEASURE_STATUS_SUSPENDED, MEASURE_STATUS_SUSPENDED);
PW_SAME(PW_MEASURE_STATUS_CANCELLED, MEASURE_STATUS_CANCELLED);
static_assert(v1::MeasureStatus_ARRAYSIZE == PW_MEASURE_STATUS_CANCELLED + 1,
              "planwerk.h: pw_measure_status_t lacks a MeasureStatus value");
PW_SAME(PW_LINK_TYPE_FS, LINK_TYPE_FS);
PW_SAME(PW_LINK_TYPE_SS, LINK_TYPE_SS);
PW_SAME(PW_LINK_TYPE_FF, LINK_TYPE_FF);
PW_SAME(PW_LINK_TYPE_SF, LINK_TYPE_SF);
static_assert(v1::LinkType_ARRAYSIZE == PW_LINK_TYPE_SF + 1, "planwerk.h: pw_link_type_t lacks a LinkType value");
PW_SAME(PW_LAG_UNIT_WORKING_DAYS, LAG_UNIT_WORKING_DAYS);
PW_SAME(PW_LAG_UNIT_CALENDAR_DAYS, LAG_UNIT_CALENDAR_DAYS);
static_assert(v1::LagUnit_ARRAYSIZE == PW_LAG_UNIT_CALENDAR_DAYS + 1, "planwerk.h: pw_lag_unit_t lacks a LagUnit value");
PW_SAME(PW_POLARITY_HIGHER_IS_BETTER, POLARITY_HIGHER_IS_BETTER);
PW_SAME(PW_POLARITY_LOWER_IS_BETTER, POLARITY_LOWER_IS_BETTER);
static_assert(v1::Polarity_ARRAYSIZE == PW_POLARITY_LOWER_IS_BETTER + 1,
              "planwerk.h: pw_polarity_t lacks a Polarity value");
#undef PW_SAME

extern "C" {

const char* pw_schema_enum_name(pw_schema_enum which, int32_t value) {
  capi::clear_error();
  // In pw_schema_enum's order.
  static const google::protobuf::EnumDescriptor* (*const descriptors[])() = {
      v1::GoalKind_descriptor, v1::MeasureStatus_descriptor, v1::LinkType_descriptor, v1::LagUnit_descriptor,
      v1::Polarity_descriptor};
  static_assert(std::size(descriptors) == PW_SCHEMA_POLARITY + 1, "a descriptor for every pw_schema_enum");
  if (which < 0 || static_cast<std::size_t>(which) >= std::size(descriptors)) return "unknown";
  // The descriptor's strings live as long as the generated pool: static.
  const auto* v = descriptors[which]()->FindValueByNumber(value);
  return v == nullptr ? "unknown" : v->name().c_str();
}

}  // extern "C"
