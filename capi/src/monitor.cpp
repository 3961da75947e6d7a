// SPDX-License-Identifier: Apache-2.0
// C entry points: monitoring with bulk arrays in and frames out.
#include <cmath>
#include <cstring>
#include <iterator>
#include <memory>

#include "frame.hpp"
#include "observations.hpp"
#include "planwerk/io/document.hpp"
#include "planwerk/monitor/compare.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/monitor/process.hpp"
#include "planwerk/v1/observations.pb.h"

using namespace planwerk;
using capi::guard;
using capi::require;

struct pw_evaluation {
  // Shared with the frame handles given out for them (pw_evaluation_frame).
  std::shared_ptr<const Frame> parts[4];  // in pw_evaluation_part's order
};

namespace {

// The size of each version of the versioned structs: version 1 is 0.2's.
// A field appended later adds an entry here (offsetof the end of the last
// field of that version); existing entries never change.
constexpr std::size_t arrays_sizes[] = {sizeof(pw_observation_arrays)};
constexpr std::size_t options_sizes[] = {sizeof(pw_monitor_options)};

// monitor::Options' defaults as the C struct of the newest version.
pw_monitor_options defaults() {
  const monitor::Options d;
  pw_monitor_options o{};
  o.version = PW_MONITOR_OPTIONS_VERSION;
  o.as_of = d.as_of;
  o.min_cases = d.min_cases;
  o.min_points = d.min_points;
  o.rule = static_cast<pw_rollup_rule>(d.rule);
  o.min_share = d.min_share;
  o.cells = d.cells ? 1 : 0;
  o.trends = d.trends ? 1 : 0;
  o.threads = d.threads;
  o.columns = nullptr;
  o.column_count = 0;
  return o;
}

template <class T>
std::span<const T> optional_span(const T* p, std::size_t n) {
  return p == nullptr ? std::span<const T>() : std::span<const T>(p, n);
}

}  // namespace

extern "C" {

const char* pw_rollup_rule_name(pw_rollup_rule rule) {
  capi::clear_error();
  if (rule == PW_ROLLUP_WEIGHTED_MEAN) return "weighted_mean";
  if (rule == PW_ROLLUP_TWO_WORST) return "two_worst";
  return "unknown";
}

pw_status pw_monitor_options_init(pw_monitor_options* options, uint32_t version) {
  return guard(__func__, [&] {
    require(options, "options");
    if (version < 1 || version > std::size(options_sizes))
      throw Error(ErrorCode::invalid_argument, "version " + std::to_string(version) +
                                                   " is unknown to this library (PW_MONITOR_OPTIONS_VERSION is " +
                                                   std::to_string(std::size(options_sizes)) + ")");
    pw_monitor_options d = defaults();
    d.version = version;
    std::memcpy(static_cast<void*>(options), &d, options_sizes[version - 1]);
  });
}

pw_status pw_observations_read(pw_observations** out, const pw_concept* plan, const char* path) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    require(plan, "plan");
    require(path, "path");
    *out = capi::give_observations(monitor::read_observations(plan->plan, path));
  });
}

const char* pw_csv_dialect_name(pw_csv_dialect dialect) {
  capi::clear_error();
  if (dialect == PW_CSV_AUTOMATIC) return "automatic";
  if (dialect == PW_CSV_PLAIN) return "plain";
  if (dialect == PW_CSV_OFFICIAL) return "official";
  return "unknown";
}

pw_status pw_observations_read_csv(pw_observations** out, const pw_concept* plan, const char* text, size_t size,
                                   const char* source, pw_csv_dialect dialect) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    require(plan, "plan");
    require(text, "text");
    if (dialect < PW_CSV_AUTOMATIC || dialect > PW_CSV_OFFICIAL)
      throw Error(ErrorCode::invalid_argument, "unknown CSV dialect " + std::to_string(static_cast<int>(dialect)));
    *out = capi::give_observations(monitor::read_csv(plan->plan, std::string_view(text, size), source != nullptr ? source : "<memory>",
                                  static_cast<monitor::CsvDialect>(dialect)));
  });
}

pw_status pw_observations_read_bytes(pw_observations** out, const pw_concept* plan, const void* data, size_t size,
                                     pw_format format) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    require(plan, "plan");
    const std::string_view bytes(static_cast<const char*>(require(data, "data")), size);
    v1::ObservationSet set;
    io::parse_message(bytes, io::resolve_format(capi::to_format(format, true), "", bytes), "<memory>", set);
    *out = capi::give_observations(monitor::observations_from_proto(plan->plan, set));
  });
}

pw_status pw_observations_arrays(pw_observation_arrays* out, const pw_observations* observations) {
  return guard(__func__, [&] {
    require(out, "out");
    const auto& r = require(observations, "observations")->rows;
    pw_observation_arrays a{};
    a.version = PW_OBSERVATION_ARRAYS_VERSION;
    a.count = r.size();
    a.indicator = r.indicator.data();
    a.district = r.district.data();
    a.group = r.group.data();
    a.period = r.period.data();
    a.value = r.value.data();
    a.numerator = r.numerator.data();
    a.denominator = r.denominator.data();
    a.cases = r.cases.data();
    a.flags = r.flags.data();
    a.status = r.status.data();
    a.groups = observations->labels.data();
    a.group_count = r.groups.size();
    capi::write_versioned(out, "out", arrays_sizes, a);
  });
}

void pw_observations_free(pw_observations** observations) {
  planwerk::capi::clear_error();  // "" after every call but a failed one
  if (observations == nullptr) return;
  delete *observations;
  *observations = nullptr;
}

pw_status pw_monitor_evaluate(pw_evaluation** out, const pw_concept* plan, const pw_observation_arrays* rows,
                              const pw_monitor_options* options) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    require(plan, "plan");
    const auto in = capi::read_versioned(require(rows, "rows"), "rows", arrays_sizes, pw_observation_arrays{});
    rows = &in;
    const std::size_t n = rows->count;
    if (n > 0) {
      require(rows->indicator, "rows->indicator");
      require(rows->district, "rows->district");
      require(rows->group, "rows->group");
      require(rows->period, "rows->period");
    }
    std::vector<std::string> groups;
    for (size_t g = 0; g < rows->group_count; ++g) {
      require(rows->groups, "rows->groups");
      if (rows->groups[g] == nullptr) throw Error(ErrorCode::invalid_argument, "rows->groups[" + std::to_string(g) + "] is NULL");
      groups.emplace_back(rows->groups[g]);
    }
    monitor::ObservationView v;
    v.indicator = optional_span(rows->indicator, n);
    v.district = optional_span(rows->district, n);
    v.group = optional_span(rows->group, n);
    v.period = optional_span(rows->period, n);
    v.value = optional_span(rows->value, n);
    v.numerator = optional_span(rows->numerator, n);
    v.denominator = optional_span(rows->denominator, n);
    v.cases = optional_span(rows->cases, n);
    v.flags = optional_span(rows->flags, n);
    v.status = optional_span(rows->status, n);
    v.groups = groups;
    const pw_monitor_options opts =
        options == nullptr ? defaults() : capi::read_versioned(options, "options", options_sizes, defaults());
    if (opts.rule != PW_ROLLUP_WEIGHTED_MEAN && opts.rule != PW_ROLLUP_TWO_WORST)
      throw Error(ErrorCode::invalid_argument, "options->rule is " + std::to_string(static_cast<int>(opts.rule)) +
                                                   ", no pw_rollup_rule");
    if (!(opts.min_cases >= 0)) throw Error(ErrorCode::invalid_argument, "options->min_cases is negative");
    if (opts.column_count > 0) require(opts.columns, "options->columns");
    monitor::Options o;
    o.as_of = opts.as_of;
    o.min_cases = opts.min_cases;
    o.min_points = opts.min_points;
    o.rule = static_cast<monitor::RollupRule>(opts.rule);
    o.min_share = opts.min_share;
    o.cells = opts.cells != 0;
    o.trends = opts.trends != 0;
    o.threads = opts.threads;
    for (size_t k = 0; k < opts.column_count; ++k) {
      if (opts.columns[k] == nullptr)
        throw Error(ErrorCode::invalid_argument, "options->columns[" + std::to_string(k) + "] is NULL");
      o.columns.emplace_back(opts.columns[k]);
    }
    auto r = monitor::evaluate(plan->plan, v, o);
    auto e = std::make_unique<pw_evaluation>();
    Frame* parts[] = {&r.series, &r.totals, &r.rollup, &r.cells};
    for (std::size_t k = 0; k < 4; ++k) {
      parts[k]->seal();
      e->parts[k] = std::make_shared<const Frame>(std::move(*parts[k]));
    }
    *out = e.release();
  });
}

const char* pw_evaluation_part_name(pw_evaluation_part part) {
  capi::clear_error();
  static const char* const names[] = {"series", "totals", "rollup", "cells"};
  if (part < PW_EVALUATION_SERIES || part > PW_EVALUATION_CELLS) return "unknown";
  return names[part];
}

pw_status pw_evaluation_frame(pw_frame** out, const pw_evaluation* evaluation, pw_evaluation_part part) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    require(evaluation, "evaluation");
    if (part < PW_EVALUATION_SERIES || part > PW_EVALUATION_CELLS)
      throw Error(ErrorCode::invalid_argument, "unknown evaluation part " + std::to_string(static_cast<int>(part)));
    capi::give_frame(out, evaluation->parts[part]);
  });
}

void pw_evaluation_free(pw_evaluation** evaluation) {
  planwerk::capi::clear_error();  // "" after every call but a failed one
  if (evaluation == nullptr) return;
  delete *evaluation;
  *evaluation = nullptr;
}

namespace {

const Frame& cells_of(const pw_evaluation* evaluation, const char* function) {
  const auto& cells = require(evaluation, "evaluation")->parts[PW_EVALUATION_CELLS];
  if (cells->empty())
    throw Error(ErrorCode::invalid_argument, std::string(function) + " needs an evaluation made with options->cells = 1");
  return *cells;
}

std::string_view text_or_empty(const char* s) { return s == nullptr ? std::string_view() : std::string_view(s); }

}  // namespace

pw_status pw_evaluation_group_gap(pw_frame** out, double* out_slope, int32_t* out_closing,
                                  const pw_evaluation* evaluation, const char* indicator, const char* group_a,
                                  const char* group_b, const char* district) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    require(out_slope, "out_slope");
    require(out_closing, "out_closing");
    auto gap = monitor::group_gap(cells_of(evaluation, "pw_evaluation_group_gap"), require(indicator, "indicator"),
                                  require(group_a, "group_a"), require(group_b, "group_b"), text_or_empty(district));
    const auto trend = monitor::gap_trend(gap);
    capi::give_frame(out, std::move(gap));
    *out_slope = trend.known ? trend.slope : std::nan("");
    *out_closing = trend.closing;
  });
}

pw_status pw_evaluation_district_comparison(pw_frame** out, const pw_evaluation* evaluation, const pw_concept* plan,
                                            const char* indicator, const char* group) {
  return capi::create_frame(__func__, out, [&] {
    return monitor::district_comparison(require(plan, "plan")->plan,
                                        cells_of(evaluation, "pw_evaluation_district_comparison"),
                                        require(indicator, "indicator"), text_or_empty(group));
  });
}

const char* pw_process_view_name(pw_process_view view) {
  capi::clear_error();
  if (view == PW_PROCESS_STATUS) return "status";
  if (view == PW_PROCESS_PARTICIPATION) return "participation";
  return "unknown";
}

pw_status pw_monitor_process(pw_frame** out, const pw_concept* plan, pw_date as_of, pw_process_view view) {
  return capi::create_frame(__func__, out, [&] {
    require(plan, "plan");
    const auto day = capi::to_date(as_of, "as_of");
    if (!model::is_set(day)) throw Error(ErrorCode::invalid_argument, "as_of is not set");
    if (view == PW_PROCESS_STATUS) return monitor::process_status(plan->plan, day);
    if (view == PW_PROCESS_PARTICIPATION) return monitor::participation(plan->plan, day);
    throw Error(ErrorCode::invalid_argument, "unknown process view " + std::to_string(static_cast<int>(view)));
  });
}

}  // extern "C"
