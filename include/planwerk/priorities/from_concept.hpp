// SPDX-License-Identifier: Apache-2.0
// The decision from a concept (docs/priorities.md, "The problem from a
// concept"): its proposed and planned measures become candidates, its
// measures under way commit money, its budget pools pay, and each goal's
// weight comes from its priority and from how far monitoring says it is
// behind. Nothing here is city-specific: every number comes from the
// concept, the observations or the options.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/priorities/problem.hpp"
#include "planwerk/priorities/programme.hpp"

namespace planwerk::priorities {

/// How a concept becomes a Problem.
struct ConceptOptions {
  int first_year = 0;  ///< the horizon's first year (required)
  int last_year = 0;   ///< its last year, at most 30 years after the first
  /// Euros per year of the horizon for a pool, replacing what the concept
  /// says (`planwerk prioritize --pool ID=AMOUNT`). An unknown pool id is an
  /// Error(not_found).
  std::map<std::string, double> pool_amounts;
  /// A goal's weight W, replacing the formula (see GoalWeight). An unknown
  /// goal id is an Error(not_found); a negative or non-finite weight an
  /// Error(invalid_argument).
  std::map<std::string, double> goal_weights;
  double discount = 0.05;  ///< Problem::discount
  /// At most this many measures under way at a time for every responsible
  /// actor; none: no limit.
  std::optional<int> capacity;
};

/// One goal's weight: W = priority_factor * urgency, unless the caller gave
/// W (docs/priorities.md).
struct GoalWeight {
  std::string goal;             ///< the goal's id
  double priority_factor = 1;   ///< 1 unprioritised; 1 + (Pmax - priority + 1) / Pmax for priority 1..Pmax
  double gap = 0.5;             ///< 1 - attainment from monitoring, clipped to 0..1; 0.5 without data
  bool off_track = false;       ///< an indicator of the goal is off track or moving the wrong way
  double urgency = 1.5;         ///< 1 + gap + 0.5 * off_track
  double weight = 1.5;          ///< W: priority_factor * urgency, or the caller's
  bool given = false;           ///< the caller gave W
};

/// The problem with what went into it.
struct ConceptProblem {
  Problem problem;                  ///< ready for prioritize()
  std::vector<GoalWeight> weights;  ///< every goal, in concept order
  /// What the problem leaves aside, one sentence each: deadlines no start in
  /// the horizon can meet, measures paid from outside the concept's pools.
  std::vector<std::string> notes;
};

/// Weighs every goal of `plan`. `evaluation` (from monitor::evaluate) may be
/// null: every goal counts as half reached.
PLANWERK_API std::vector<GoalWeight> goal_weights(const model::Concept& plan, const monitor::Result* evaluation,
                                                  const ConceptOptions& options);

/// The decision for `plan` over the horizon. Candidates: measures proposed
/// or planned and not yet started; under way: measures in progress (or with
/// an actual start and no finish), from the year they started. Durations
/// come from the schedule (schedule::schedule_plan, 250 working days a year,
/// rounded up); costs are a measure's budget spread evenly over them. Throws
/// Error(invalid_argument) for a horizon that is missing, reversed or longer
/// than 30 years, what goal_weights throws, and what schedule_plan throws for
/// a concept that cannot be scheduled.
PLANWERK_API ConceptProblem problem_from_concept(const model::Concept& plan, const monitor::Result* evaluation,
                                                 const ConceptOptions& options);

/// The problem of a concept and its best programme.
struct ConceptProgramme {
  ConceptProblem input;  ///< what was decided on
  Programme programme;   ///< the decision
};

/// problem_from_concept, then prioritize: the one call the command line,
/// the C API, Python and the report use. Throws what both throw.
PLANWERK_API ConceptProgramme prioritize(const model::Concept& plan, const monitor::Result* evaluation,
                                         const ConceptOptions& options, const ProgrammeOptions& programme = {});

/// A horizon "2026-2028" (or one year, "2026") into options.first_year and
/// last_year; Error(invalid_argument) naming the text for anything else.
PLANWERK_API void parse_horizon(std::string_view text, ConceptOptions& options);

/// The frontier's default: every pool at 60 % to 140 % of its amounts, in
/// nine steps.
PLANWERK_API std::vector<double> default_frontier();

/// The funding type's name in problems ("municipal", "innovation_budget", ...).
PLANWERK_API std::string funding_type_name(v1::FundingType type);

}  // namespace planwerk::priorities
