// SPDX-License-Identifier: Apache-2.0
// C entry points: the annual programme (planwerk/priorities).
#include <cmath>
#include <iterator>
#include <memory>

#include "frame.hpp"
#include "observations.hpp"
#include "programme.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/priorities/frames.hpp"

using namespace planwerk;
using capi::guard;
using capi::require;

namespace {

// "ID=NUMBER" strings into a map; Error(invalid_argument) naming "<name>[i]".
std::map<std::string, double> read_assignments(const char* const* items, std::size_t count, const char* name) {
  std::map<std::string, double> out;
  if (count > 0) require(items, name);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string at = std::string(name) + "[" + std::to_string(i) + "]";
    if (items[i] == nullptr) throw Error(ErrorCode::invalid_argument, at + " is NULL");
    const std::string text = items[i];
    const auto eq = text.find('=');
    char* end = nullptr;
    const double v = eq == std::string::npos ? NAN : std::strtod(text.c_str() + eq + 1, &end);
    if (eq == std::string::npos || eq == 0 || end == text.c_str() + eq + 1 || *end != '\0' || !std::isfinite(v))
      throw Error(ErrorCode::invalid_argument, at + " is \"" + text + "\"; expected ID=NUMBER");
    out[text.substr(0, eq)] = v;
  }
  return out;
}

}  // namespace

extern "C" {

const char* pw_solver_name(pw_solver solver) {
  capi::clear_error();
  if (solver == PW_SOLVER_CBC) return "cbc";
  if (solver == PW_SOLVER_GLPK) return "glpk";
  return "unknown";
}

const char* pw_programme_part_name(pw_programme_part part) {
  capi::clear_error();
  if (part < 0 || part >= priorities::programme_part_count) return "unknown";
  return priorities::programme_part_name(static_cast<priorities::ProgrammePart>(part));
}

pw_status pw_prioritize(pw_programme** out, const pw_concept* plan, const pw_observations* observations,
                        const pw_priorities_options* options) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    require(plan, "plan");
    static const std::size_t sizes[] = {sizeof(pw_priorities_options)};
    static_assert(PW_PRIORITIES_OPTIONS_VERSION == std::size(sizes), "a size for every version");
    const pw_priorities_options defaults = PW_PRIORITIES_OPTIONS_INIT;
    const auto o = capi::read_versioned(require(options, "options"), "options", sizes, defaults);
    priorities::ConceptOptions c;
    c.first_year = o.first_year;
    c.last_year = o.last_year;
    c.pool_amounts = read_assignments(o.pools, o.pool_count, "options->pools");
    c.goal_weights = read_assignments(o.weights, o.weight_count, "options->weights");
    if (o.capacity < 0) throw Error(ErrorCode::invalid_argument, "options->capacity is negative");
    if (o.capacity > 0) c.capacity = o.capacity;
    c.discount = o.discount;
    priorities::ProgrammeOptions p;
    if (o.solver != PW_SOLVER_CBC && o.solver != PW_SOLVER_GLPK)
      throw Error(ErrorCode::invalid_argument, "options->solver is " + std::to_string(static_cast<int>(o.solver)) +
                                                   ", no pw_solver");
    p.solver = pw_solver_name(o.solver);
    if (!(o.time_limit > 0) || !std::isfinite(o.time_limit))
      throw Error(ErrorCode::invalid_argument, "options->time_limit must be a positive number of seconds");
    p.limits.seconds = o.time_limit;
    if (!(o.relative_gap >= 0) || !(o.relative_gap < 1))
      throw Error(ErrorCode::invalid_argument, "options->relative_gap must lie in [0, 1)");
    if (o.relative_gap > 0) p.limits.relative_gap = o.relative_gap;
    p.explain = o.explain != 0;
    p.marginals = o.marginals != 0;
    if (o.frontier != 0) p.frontier = priorities::default_frontier();
    std::optional<monitor::Result> evaluation;
    if (observations != nullptr) evaluation = monitor::evaluate(plan->plan, observations->rows.view());
    auto made = std::make_unique<pw_programme>(
        pw_programme{priorities::prioritize(plan->plan, evaluation ? &*evaluation : nullptr, c, p)});
    *out = made.release();
  });
}

pw_status pw_programme_frame(pw_frame** out, const pw_programme* programme, pw_programme_part part) {
  return capi::create_frame(__func__, out, [&] {
    require(programme, "programme");
    if (part < 0 || part >= priorities::programme_part_count)
      throw Error(ErrorCode::invalid_argument,
                  "part is " + std::to_string(static_cast<int>(part)) + ", no pw_programme_part");
    return priorities::programme_frame(programme->result, static_cast<priorities::ProgrammePart>(part));
  });
}

void pw_programme_free(pw_programme** programme) {
  capi::clear_error();
  if (programme == nullptr) return;
  delete *programme;
  *programme = nullptr;
}

}  // extern "C"
