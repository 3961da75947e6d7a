// SPDX-License-Identifier: Apache-2.0
#include "planwerk/model/diagnostic.hpp"

#include <algorithm>

namespace planwerk::model {

std::string_view severity_name(Severity s) noexcept {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "unknown";
}

std::string Diagnostic::to_line() const {
  return code + " " + std::string(severity_name(severity)) + " " + (entity.empty() ? "-" : entity) + ": " + message;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) noexcept {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

const std::vector<DiagnosticCode>& diagnostic_codes() {
  // Stable: a code keeps its meaning forever; retired codes are not reused.
  static const std::vector<DiagnosticCode> codes = {
      {"PW001", Severity::error, "missing-id", "An entity has an empty id. Every entity needs an id unique within its kind."},
      {"PW002", Severity::error, "duplicate-id", "Two entities of the same kind share an id. Rename one of them."},
      {"PW003", Severity::error, "dangling-reference", "A reference names an id that no entity of the expected kind has. Add the entity or correct the id."},
      {"PW004", Severity::error, "invalid-value", "A value is malformed: a date that is not a real YYYY-MM-DD day, an enum number the schema does not define, a negative amount, a score outside 1..5, a non-finite or non-positive weight, an empty id in a list, text that is not UTF-8, an id longer than 1,024 bytes or with a control character (a line break, say)."},
      {"PW101", Severity::error, "goal-parent-cycle", "Goals are each other's parents in a cycle, so the goal hierarchy has no top. Break the cycle."},
      {"PW102", Severity::error, "strategic-goal-not-measurable", "A strategic goal has no indicator with a baseline (value and date) and a target (value and date), so it cannot be checked (überprüfbar)."},
      {"PW103", Severity::error, "goal-without-responsible", "A goal has no responsible unit (Zielverantwortlichkeit), which the concept must fix bindingly."},
      {"PW104", Severity::warning, "measure-without-goal", "A measure contributes to no goal."},
      {"PW105", Severity::error, "end-before-start", "An end date lies before its start date (a measure's planned or actual dates, or the concept's plan period), or an actual finish has no actual start."},
      {"PW106", Severity::error, "target-not-after-baseline", "An indicator's target date is not after the date of its baseline (for the same district)."},
      {"PW107", Severity::error, "indicator-without-polarity", "An indicator does not say whether higher or lower values are better, so attainment cannot be computed."},
      {"PW108", Severity::warning, "committee-cadence-not-met", "A committee's planned meetings fall short of its required cadence (for example at least twice a year) in some period of the plan."},
      {"PW109", Severity::error, "dependency-self-loop", "A measure depends on itself."},
      {"PW110", Severity::warning, "duplicate-dependency", "A measure lists the same predecessor twice."},
      {"PW111", Severity::warning, "committee-too-large", "A committee has more members than its maximum (a working group of at most 20, say)."},
      {"PW112", Severity::error, "budget-pool-overallocated", "The allocations from a budget pool add up to more than its total."},
      {"PW113", Severity::warning, "adopted-without-date", "The concept is marked adopted but has no adoption date."},
      {"PW114", Severity::warning, "target-wrong-direction", "A target lies on the wrong side of the baseline for the indicator's polarity (a lower target where higher is better, or the reverse)."},
      {"PW115", Severity::warning, "measure-ends-after-goal-deadline", "A measure ends after the deadline of a goal it contributes to."},
      {"PW116", Severity::info, "deadline-outside-period", "A goal's deadline lies outside the concept's plan period."},
      {"PW117", Severity::warning, "goal-level-inverted", "A goal's parent is of a finer level than the goal itself (a strategic goal under an operational one, say)."},
      {"PW118", Severity::warning, "goal-without-place", "A goal has neither an action field nor a parent goal, so it belongs nowhere in the concept."},
      {"PW119", Severity::warning, "ratio-without-definition", "A percentage, rate or ratio indicator lacks its numerator or denominator definition."},
      {"PW120", Severity::warning, "milestone-outside-measure", "A milestone is due outside its measure's start and end."},
      {"PW121", Severity::warning, "interim-target-after-final", "An interim target is dated after a final target of the same indicator and district."},
      {"PW122", Severity::warning, "guiding-goal-without-goals", "A guiding goal is not broken down into any goal."},
      {"PW123", Severity::warning, "measure-without-responsible", "A measure has no responsible actor."},
      {"PW124", Severity::warning, "duplicate-contribution", "A measure lists the same goal twice among its contributions."},
      {"PW125", Severity::warning, "goalposts-out-of-order", "An indicator's goalposts do not run from the lower bound through the red and green thresholds to the optimum in the direction its polarity says is better."},
      {"PW201", Severity::error, "deadline-missed", "Scheduling: a measure cannot finish by a deadline (a finish-no-later-than or must-start-on constraint, or the deadline of an interim goal it serves); the message names the chain of measures that pushes it late."},
      {"PW202", Severity::error, "invalid-recurrence", "A committee's recurrence rule cannot be read, or uses more of RFC 5545 than planwerk supports (docs/schedule.md lists the subset)."},
      {"PW203", Severity::error, "invalid-calendar", "The concept's calendar cannot be built: an unknown state code, or a closure or working day outside 1990 to 2100."},
  };
  return codes;
}

namespace {

std::string summarize(const std::string& context, const std::vector<Diagnostic>& diagnostics) {
  std::string text = context + ": " + std::to_string(diagnostics.size()) +
                     (diagnostics.size() == 1 ? " problem" : " problems");
  std::size_t shown = 0;
  for (const auto& d : diagnostics) {
    if (shown++ == 10) {
      text += "\n  ... and " + std::to_string(diagnostics.size() - 10) + " more";
      break;
    }
    text += "\n  " + d.to_line();
  }
  return text;
}

}  // namespace

ModelError::ModelError(std::string context, std::vector<Diagnostic> diagnostics)
    : Error(ErrorCode::invalid_model, summarize(context, diagnostics)), diagnostics_(std::move(diagnostics)) {}

Frame diagnostic_code_table() {
  Frame f;
  auto& code = f.add("code", Column::Type::text).texts();
  auto& severity = f.add("severity", Column::Type::category,
                         {std::string(severity_name(Severity::error)), std::string(severity_name(Severity::warning)),
                          std::string(severity_name(Severity::info))})
                       .codes();
  auto& name = f.add("name", Column::Type::text).texts();
  auto& summary = f.add("summary", Column::Type::text).texts();
  for (const auto& c : diagnostic_codes()) {
    code.emplace_back(c.code);
    severity.push_back(static_cast<std::int32_t>(c.severity));
    name.emplace_back(c.name);
    summary.emplace_back(c.summary);
  }
  return f;
}

}  // namespace planwerk::model
