// C entry points: monitoring with bulk arrays in and frames out.
#include <cmath>
#include <memory>

#include "frame.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/monitor/process.hpp"

using namespace planwerk;
using capi::guard;
using capi::require;

struct pw_observations {
  monitor::Observations rows;
  std::vector<const char*> labels;  // rows.groups as C strings
};

struct pw_evaluation {
  // Shared with the frame handles given out for them (pw_evaluation_frame).
  std::shared_ptr<const Frame> parts[4];  // in pw_evaluation_part's order
};

namespace {

template <class T>
std::span<const T> optional_span(const T* p, std::size_t n) {
  return p == nullptr ? std::span<const T>() : std::span<const T>(p, n);
}

}  // namespace

extern "C" {

void pw_monitor_options_init(pw_monitor_options* options) {
  planwerk::capi::clear_error();  // "" after every call but a failed one
  if (options == nullptr) return;
  const monitor::Options d;
  options->as_of = d.as_of;
  options->min_cases = d.min_cases;
  options->min_points = d.min_points;
  options->rule = static_cast<int32_t>(d.rule);
  options->min_share = d.min_share;
  options->cells = d.cells ? 1 : 0;
  options->trends = d.trends ? 1 : 0;
  options->threads = d.threads;
  options->columns = nullptr;
}

pw_status pw_observations_read(pw_observations** out, const pw_concept* plan, const char* path) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    require(plan, "plan");
    require(path, "path");
    auto o = std::make_unique<pw_observations>(pw_observations{monitor::read_observations(plan->plan, path), {}});
    for (const auto& g : o->rows.groups) o->labels.push_back(g.c_str());
    *out = o.release();
  });
}

pw_status pw_observations_arrays(pw_observation_arrays* out, const pw_observations* observations) {
  return guard(__func__, [&] {
    require(out, "out");
    const auto& r = require(observations, "observations")->rows;
    pw_observation_arrays a{};
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
    *out = a;
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
    require(rows, "rows");
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
    monitor::Options o;
    if (options != nullptr) {
      if (options->rule != 0 && options->rule != 1)
        throw Error(ErrorCode::invalid_argument, "options->rule is 0 or 1, not " + std::to_string(options->rule));
      if (!(options->min_cases >= 0)) throw Error(ErrorCode::invalid_argument, "options->min_cases is negative");
      o.as_of = options->as_of;
      o.min_cases = options->min_cases;
      o.min_points = options->min_points;
      o.rule = static_cast<monitor::RollupRule>(options->rule);
      o.min_share = options->min_share;
      o.cells = options->cells != 0;
      o.trends = options->trends != 0;
      o.threads = options->threads;
      // "a,b,c" into names; blanks around a name do not count.
      for (std::string_view rest = options->columns != nullptr ? options->columns : ""; !rest.empty();) {
        const std::size_t comma = rest.find(',');
        std::string_view name = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
        while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
        o.columns.emplace_back(name);
      }
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
