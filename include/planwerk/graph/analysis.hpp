// SPDX-License-Identifier: Apache-2.0
// Analyses of a concept that combine the graph views with the model:
// the impact of a delay or cancellation, coverage gaps and goal conflicts.
// Results name entities by their model indices; model::Concept::id gives ids.
#pragma once

#include <cstdint>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/graph/chains.hpp"
#include "planwerk/graph/cycles.hpp"
#include "planwerk/graph/dependency_graph.hpp"
#include "planwerk/model/concept.hpp"

namespace planwerk::graph {

using model::Index;

// ---- Cycles, order and chains of a concept's dependencies -----------------

/// All cycles among the concept's measures (find_cycles on its dependency view).
PLANWERK_API std::vector<Cycle<Vertex>> dependency_cycles(const model::Concept& plan);

/// The measures in dependency order (topological_order). Throws
/// Error(conflict) naming the first cycle if there is one.
PLANWERK_API std::vector<Index> dependency_order(const model::Concept& plan);

/// The longest chains of dependent measures, by links and by duration.
struct CriticalChains {
  Chain<Vertex> by_links;  ///< The chain with the most links.
  Chain<Vertex> by_duration;  ///< in working days (working_day_durations)
};
/// Throws Error(conflict) if the dependencies have a cycle.
PLANWERK_API CriticalChains critical_chains(const model::Concept& plan);

/// Links implied by other paths, as (measure, index into its dependencies).
struct LinkRef {
  Index measure;      ///< the dependent measure
  std::size_t which;  ///< position in its dependencies list
};
/// Throws Error(conflict) if the dependencies have a cycle.
PLANWERK_API std::vector<LinkRef> redundant_dependencies(const model::Concept& plan);

// ---- Impact -------------------------------------------------------------

/// What happens to a measure whose impact is asked for (pw_change in C).
enum class Disruption { delay, cancel };

/// How one downstream measure moves.
struct Shift {
  Index measure;  ///< The measure.
  std::int64_t days;  ///< how far its earliest start moves (0: absorbed by float)
};

/// What delaying or cancelling a measure does downstream (impact()).
struct Impact {
  /// Every measure downstream of the changed one, in dependency order. For a
  /// delay with its shift in working days; for a cancellation with 0 (they
  /// lose a predecessor and need replanning).
  std::vector<Shift> downstream;
  /// Goals that lose (cancel) or wait for (delay) a contributing measure: the
  /// goals of the changed measure (for a delay also of every shifted measure)
  /// and their ancestors, ascending.
  std::vector<Index> goals;
  /// The guiding goals above those goals, ascending.
  std::vector<Index> guiding_goals;
  /// Cancel only: goals that had an active measure (not cancelled or
  /// suspended) serving them or a goal below them, and have none once the
  /// measure is cancelled.
  std::vector<Index> goals_without_active_measure;
};

/// The longest delay impact() takes: 10^6 working days, far beyond any
/// calendar (1990 to 2100 holds about 29,000), and small enough that no sum of
/// a delay, durations and lags can overflow.
inline constexpr std::int64_t max_delay_days = 1'000'000;
/// What delaying `measure` by `delay_days` working days, or cancelling it,
/// does downstream. Throws Error(out_of_range) for an index past the end,
/// Error(invalid_argument) for a negative delay or one above max_delay_days,
/// Error(conflict) if a delay meets a cycle.
PLANWERK_API Impact impact(const model::Concept& plan, Index measure, Disruption change, std::int64_t delay_days = 0);

// ---- Coverage -----------------------------------------------------------

/// What is missing in the chain from goals to measures and indicators (coverage()).
struct Coverage {
  /// Goals with no measure (other than cancelled ones) contributing to them
  /// or to any goal below them.
  std::vector<Index> goals_without_measures;
  /// Goals that no indicator names in its goal_ids.
  std::vector<Index> goals_without_indicators;
  std::vector<Index> measures_without_goals;  ///< Measures that contribute to no goal.
  std::vector<Index> indicators_without_goals;  ///< Indicators that name no goal.
  /// Actors that nothing refers to: not responsible, partner, member,
  /// organiser, manager, stakeholder or parent of another actor.
  std::vector<Index> actors_without_assignment;
};
/// The gaps between goals, measures, indicators and actors.
PLANWERK_API Coverage coverage(const model::Concept& plan);

// ---- Goal conflicts -----------------------------------------------------

/// Two conflicting goals and the measures they share.
struct GoalConflict {
  Index first;   ///< the smaller goal index
  Index second;  ///< the larger goal index
  /// Measures contributing to both goals, ascending: each pulls two ways.
  std::vector<Index> shared_measures;
};
/// Pairs of goals of this concept marked as conflicting (either way round,
/// reported once) that share at least one measure, ordered by (first, second).
PLANWERK_API std::vector<GoalConflict> goal_conflicts(const model::Concept& plan);

}  // namespace planwerk::graph
