// C entry points: monitoring with bulk arrays in and frames out.
#include <cmath>
#include <memory>

#include "internal.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/monitor/process.hpp"

using namespace planwerk;
using capi::guard;
using capi::require;

struct pw_observations {
  monitor::Observations rows;
  std::vector<const char*> labels;  // rows.groups as C strings
};

struct pw_frame {
  monitor::Frame frame;
};

struct pw_evaluation {
  pw_frame series, totals, rollup, cells;
};

namespace {

template <class T>
std::span<const T> optional_span(const T* p, std::size_t n) {
  return p == nullptr ? std::span<const T>() : std::span<const T>(p, n);
}

const monitor::Column& column_of(const pw_frame* f, size_t column) {
  require(f, "frame");
  if (column >= f->frame.columns.size())
    throw Error(ErrorCode::out_of_range,
                "column " + std::to_string(column) + " is past the end (" + std::to_string(f->frame.columns.size()) + ")");
  return f->frame.columns[column];
}

const monitor::Column& typed(const pw_frame* f, size_t column, monitor::Column::Type type, const char* what) {
  const auto& c = column_of(f, column);
  if (c.type != type) throw Error(ErrorCode::invalid_argument, "column \"" + c.name + "\" does not hold " + what);
  return c;
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
    auto e = std::make_unique<pw_evaluation>(pw_evaluation{{std::move(r.series)}, {std::move(r.totals)},
                                                           {std::move(r.rollup)}, {std::move(r.cells)}});
    *out = e.release();
  });
}

pw_status pw_evaluation_frame(const pw_frame** out, const pw_evaluation* evaluation, const char* name) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    require(evaluation, "evaluation");
    const std::string which = require(name, "name");
    const pw_frame* f = which == "series"   ? &evaluation->series
                        : which == "totals" ? &evaluation->totals
                        : which == "rollup" ? &evaluation->rollup
                        : which == "cells"  ? &evaluation->cells
                                            : nullptr;
    if (f == nullptr) throw Error(ErrorCode::not_found, "no frame \"" + which + "\" (series, totals, rollup, cells)");
    *out = f;
  });
}

void pw_evaluation_free(pw_evaluation** evaluation) {
  planwerk::capi::clear_error();  // "" after every call but a failed one
  if (evaluation == nullptr) return;
  delete *evaluation;
  *evaluation = nullptr;
}

pw_status pw_monitor_process(pw_frame** out, const pw_concept* plan, pw_date as_of, const char* what) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    require(plan, "plan");
    const std::string which = require(what, "what");
    const auto day = capi::to_date(as_of, "as_of");
    if (!model::is_set(day)) throw Error(ErrorCode::invalid_argument, "as_of is not set");
    monitor::Frame f;
    if (which == "status") f = monitor::process_status(plan->plan, day);
    else if (which == "participation") f = monitor::participation(plan->plan, day);
    else throw Error(ErrorCode::invalid_argument, "what is \"status\" or \"participation\", not \"" + which + "\"");
    *out = std::make_unique<pw_frame>(pw_frame{std::move(f)}).release();
  });
}

pw_status pw_frame_shape(size_t* out_rows, size_t* out_columns, const pw_frame* frame) {
  return guard(__func__, [&] {
    require(out_rows, "out_rows");
    require(out_columns, "out_columns");
    require(frame, "frame");
    *out_rows = frame->frame.rows();
    *out_columns = frame->frame.columns.size();
  });
}

pw_status pw_frame_column(const char** out_name, pw_column_type* out_type, const pw_frame* frame, size_t column) {
  return guard(__func__, [&] {
    require(out_name, "out_name");
    require(out_type, "out_type");
    const auto& c = column_of(frame, column);
    *out_name = c.name.c_str();
    *out_type = static_cast<pw_column_type>(c.type);
  });
}

pw_status pw_frame_find(size_t* out_column, const pw_frame* frame, const char* name) {
  return guard(__func__, [&] {
    require(out_column, "out_column");
    require(frame, "frame");
    const std::string which = require(name, "name");
    for (size_t c = 0; c < frame->frame.columns.size(); ++c) {
      if (frame->frame.columns[c].name == which) {
        *out_column = c;
        return;
      }
    }
    throw Error(ErrorCode::not_found, "no column \"" + which + "\"");
  });
}

pw_status pw_frame_reals(const double** out, const pw_frame* frame, size_t column) {
  return guard(__func__, [&] {
    require(out, "out");
    *out = typed(frame, column, monitor::Column::Type::real, "reals").real.data();
  });
}

pw_status pw_frame_integers(const int64_t** out, const pw_frame* frame, size_t column) {
  return guard(__func__, [&] {
    require(out, "out");
    *out = typed(frame, column, monitor::Column::Type::integer, "integers").integer.data();
  });
}

pw_status pw_frame_codes(const int32_t** out, const pw_frame* frame, size_t column) {
  return guard(__func__, [&] {
    require(out, "out");
    *out = typed(frame, column, monitor::Column::Type::category, "category codes").codes.data();
  });
}

pw_status pw_frame_label(const char** out, const pw_frame* frame, size_t column, int32_t code) {
  return guard(__func__, [&] {
    require(out, "out");
    const auto& c = typed(frame, column, monitor::Column::Type::category, "category codes");
    if (code < 0 || static_cast<size_t>(code) >= c.labels.size())
      throw Error(ErrorCode::out_of_range, "code " + std::to_string(code) + " is past the labels of \"" + c.name + "\"");
    *out = c.labels[static_cast<size_t>(code)].c_str();
  });
}

void pw_frame_free(pw_frame** frame) {
  planwerk::capi::clear_error();  // "" after every call but a failed one
  if (frame == nullptr) return;
  delete *frame;
  *frame = nullptr;
}

}  // extern "C"
