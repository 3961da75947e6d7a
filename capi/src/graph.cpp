// SPDX-License-Identifier: Apache-2.0
// C entry points: graph analyses as tables.
#include "internal.hpp"
#include "planwerk/graph/dot.hpp"
#include "planwerk/graph/tables.hpp"
#include "planwerk/io/document.hpp"
#include "frame.hpp"

using namespace planwerk;
using capi::guard;
using capi::require;


using capi::create_frame;

extern "C" {

pw_status pw_graph_cycles(pw_frame** out, const pw_concept* plan) {
  return create_frame(__func__, out, [&] { return graph::cycles_table(require(plan, "plan")->plan); });
}

pw_status pw_graph_order(pw_frame** out, const pw_concept* plan) {
  return create_frame(__func__, out, [&] { return graph::order_table(require(plan, "plan")->plan); });
}

pw_status pw_graph_critical(pw_frame** out, const pw_concept* plan) {
  return create_frame(__func__, out, [&] { return graph::critical_table(require(plan, "plan")->plan); });
}

pw_status pw_graph_redundant(pw_frame** out, const pw_concept* plan) {
  return create_frame(__func__, out, [&] { return graph::redundant_table(require(plan, "plan")->plan); });
}

pw_status pw_graph_impact(pw_frame** out, const pw_concept* plan, const char* measure_id, pw_change change,
                          int64_t delay_days) {
  return create_frame(__func__, out, [&] {
    require(plan, "plan");
    require(measure_id, "measure_id");
    graph::Disruption c;
    switch (change) {
      case PW_CHANGE_DELAY: c = graph::Disruption::delay; break;
      case PW_CHANGE_CANCEL: c = graph::Disruption::cancel; break;
      default: throw Error(ErrorCode::invalid_argument, "unknown change " + std::to_string(static_cast<int>(change)));
    }
    return graph::impact_table(plan->plan, measure_id, c, c == graph::Disruption::delay ? delay_days : 0);
  });
}

pw_status pw_graph_coverage(pw_frame** out, const pw_concept* plan) {
  return create_frame(__func__, out, [&] { return graph::coverage_table(require(plan, "plan")->plan); });
}

pw_status pw_graph_conflicts(pw_frame** out, const pw_concept* plan) {
  return create_frame(__func__, out, [&] { return graph::conflicts_table(require(plan, "plan")->plan); });
}

pw_status pw_graph_cross_conflicts(pw_frame** out, const pw_concept* const* plans, size_t count) {
  return create_frame(__func__, out, [&] {
    if (count > 0) require(plans, "plans");
    graph::ConceptSet set;
    for (size_t i = 0; i < count; ++i) {
      if (plans[i] == nullptr) throw Error(ErrorCode::invalid_argument, "plans[" + std::to_string(i) + "] is NULL");
      set.add(plans[i]->plan);
    }
    return graph::cross_conflicts_table(set);
  });
}

const char* pw_graph_view_name(pw_graph_view view) {
  capi::clear_error();
  if (view < PW_VIEW_DEPENDENCIES || view > PW_VIEW_RELATIONS) return "unknown";
  return graph::view_name(static_cast<graph::View>(view)).data();
}

pw_status pw_graph_dot_relations(uint8_t** out_data, size_t* out_size, const pw_concept* const* plans, size_t count) {
  return guard(__func__, [&] {
    require(out_data, "out_data");
    require(out_size, "out_size");
    if (count > 0) require(plans, "plans");
    graph::ConceptSet set;
    for (size_t i = 0; i < count; ++i) {
      if (plans[i] == nullptr) throw Error(ErrorCode::invalid_argument, "plans[" + std::to_string(i) + "] is NULL");
      set.add(plans[i]->plan);
    }
    capi::give_bytes(out_data, out_size, graph::to_dot(set));
  });
}

pw_status pw_graph_dot(uint8_t** out_data, size_t* out_size, const pw_concept* plan, pw_graph_view view) {
  return guard(__func__, [&] {
    require(out_data, "out_data");
    require(out_size, "out_size");
    require(plan, "plan");
    if (view < PW_VIEW_DEPENDENCIES || view > PW_VIEW_RELATIONS)
      throw Error(ErrorCode::invalid_argument, "unknown view " + std::to_string(static_cast<int>(view)));
    capi::give_bytes(out_data, out_size, graph::to_dot(plan->plan, static_cast<graph::View>(view)));
  });
}

}  // extern "C"
