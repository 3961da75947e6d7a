// SPDX-License-Identifier: Apache-2.0
// C entry points: every field of every entity as a frame, and typed getters
// for the fields hosts use most (goals, measures, indicators).
#include "frame.hpp"
#include "planwerk/model/entity_table.hpp"

using namespace planwerk;
using capi::guard;
using capi::require;
using model::Kind;

namespace {

// Checks the handle, the output and the index, then calls read(entity).
template <Kind K, class Out, class Read>
pw_status get(const char* function, Out* out, const pw_concept* plan, size_t index, Read&& read) {
  return guard(function, [&] {
    require(out, "out");
    require(plan, "plan");
    *out = read(plan->plan.all<K>()[capi::to_index(plan, K, index)]);
  });
}

template <class E>
const E& item(const std::vector<E>& list, size_t which, const char* what) {
  if (which >= list.size()) {
    throw Error(ErrorCode::out_of_range, std::string(what) + " " + std::to_string(which) + " is past the end (" +
                                             std::to_string(list.size()) + ")");
  }
  return list[which];
}

}  // namespace

extern "C" {

pw_status pw_goal_kind(pw_goal_kind_t* out, const pw_concept* plan, size_t index) {
  return get<Kind::goal>(__func__, out, plan, index,
                         [](const model::Goal& g) { return static_cast<pw_goal_kind_t>(g.kind); });
}

pw_status pw_goal_parent(const char** out_id, const pw_concept* plan, size_t index) {
  return get<Kind::goal>(__func__, out_id, plan, index,
                         [&](const model::Goal& g) { return capi::ref_id(plan, Kind::goal, g.parent); });
}

pw_status pw_goal_action_field(const char** out_id, const pw_concept* plan, size_t index) {
  return get<Kind::goal>(__func__, out_id, plan, index, [&](const model::Goal& g) {
    return capi::ref_id(plan, Kind::action_field, g.action_field);
  });
}

pw_status pw_goal_responsible(const char** out_id, const pw_concept* plan, size_t index) {
  return get<Kind::goal>(__func__, out_id, plan, index,
                         [&](const model::Goal& g) { return capi::ref_id(plan, Kind::actor, g.responsible); });
}

pw_status pw_goal_deadline(pw_date* out, const pw_concept* plan, size_t index) {
  return get<Kind::goal>(__func__, out, plan, index,
                         [](const model::Goal& g) { return capi::from_date(g.deadline); });
}

pw_status pw_measure_status(pw_measure_status_t* out, const pw_concept* plan, size_t index) {
  return get<Kind::measure>(__func__, out, plan, index,
                            [](const model::Measure& m) { return static_cast<pw_measure_status_t>(m.status); });
}

pw_status pw_measure_dates(pw_date* out_start, pw_date* out_end, const pw_concept* plan, size_t index) {
  return guard(__func__, [&] {
    require(out_start, "out_start");
    require(out_end, "out_end");
    require(plan, "plan");
    const auto& m = plan->plan.measures()[capi::to_index(plan, Kind::measure, index)];
    *out_start = capi::from_date(m.start);
    *out_end = capi::from_date(m.end);
  });
}

pw_status pw_measure_responsible(const char** out_id, const pw_concept* plan, size_t index) {
  return get<Kind::measure>(__func__, out_id, plan, index, [&](const model::Measure& m) {
    return capi::ref_id(plan, Kind::actor, m.responsible);
  });
}

pw_status pw_measure_contribution_count(size_t* out, const pw_concept* plan, size_t index) {
  return get<Kind::measure>(__func__, out, plan, index,
                            [](const model::Measure& m) { return m.contributions.size(); });
}

pw_status pw_measure_contribution(const char** out_goal_id, double* out_weight, const pw_concept* plan,
                                  size_t index, size_t which) {
  return guard(__func__, [&] {
    require(out_goal_id, "out_goal_id");
    require(out_weight, "out_weight");
    require(plan, "plan");
    const auto& m = plan->plan.measures()[capi::to_index(plan, Kind::measure, index)];
    const auto& c = item(m.contributions, which, "contribution");
    *out_goal_id = capi::ref_id(plan, Kind::goal, c.goal);
    *out_weight = c.weight.value_or(1.0);
  });
}

pw_status pw_measure_dependency_count(size_t* out, const pw_concept* plan, size_t index) {
  return get<Kind::measure>(__func__, out, plan, index,
                            [](const model::Measure& m) { return m.dependencies.size(); });
}

pw_status pw_measure_dependency(const char** out_predecessor_id, pw_link_type_t* out_link_type, int32_t* out_lag,
                                pw_lag_unit_t* out_lag_unit, const pw_concept* plan, size_t index, size_t which) {
  return guard(__func__, [&] {
    require(out_predecessor_id, "out_predecessor_id");
    require(out_link_type, "out_link_type");
    require(out_lag, "out_lag");
    require(out_lag_unit, "out_lag_unit");
    require(plan, "plan");
    const auto& m = plan->plan.measures()[capi::to_index(plan, Kind::measure, index)];
    const auto& d = item(m.dependencies, which, "dependency");
    *out_predecessor_id = capi::ref_id(plan, Kind::measure, d.predecessor);
    *out_link_type = static_cast<pw_link_type_t>(d.type);
    *out_lag = d.lag;
    *out_lag_unit = static_cast<pw_lag_unit_t>(d.lag_unit);
  });
}

pw_status pw_indicator_code(const char** out, const pw_concept* plan, size_t index) {
  return get<Kind::indicator>(__func__, out, plan, index,
                              [](const model::Indicator& i) { return i.code.c_str(); });
}

pw_status pw_indicator_unit(const char** out, const pw_concept* plan, size_t index) {
  return get<Kind::indicator>(__func__, out, plan, index,
                              [](const model::Indicator& i) { return i.unit.c_str(); });
}

pw_status pw_indicator_polarity(pw_polarity_t* out, const pw_concept* plan, size_t index) {
  return get<Kind::indicator>(__func__, out, plan, index,
                              [](const model::Indicator& i) { return static_cast<pw_polarity_t>(i.polarity); });
}

pw_status pw_concept_entities(pw_frame** out, const pw_concept* plan, pw_kind kind) {
  return capi::create_frame(__func__, out, [&] {
    return model::entity_table(require(plan, "plan")->plan, capi::to_kind(kind));
  });
}

pw_status pw_concept_header(pw_frame** out, const pw_concept* plan) {
  return capi::create_frame(__func__, out, [&] { return model::header_table(require(plan, "plan")->plan); });
}

}  // extern "C"
