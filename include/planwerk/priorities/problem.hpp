// SPDX-License-Identifier: Apache-2.0
// The decision planwerk supports (docs/priorities.md): which candidate
// measures start in which year of a planning horizon, within budget pools,
// dependencies, earliest and latest starts and the capacity of the
// responsible actors, for the most value. A Problem is the decision's data,
// independent of any concept: problem_from_concept (from_concept.hpp) makes
// one from a concept; tests and tools also read it from JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planwerk/export.hpp"

namespace planwerk::priorities {

/// A budget pool: an amount per year of the horizon, paying the candidates
/// of its funding types.
struct Pool {
  std::string id;                         ///< unique among the pools
  std::vector<double> amounts;            ///< euros per year of the horizon
  std::vector<std::string> funding_types; ///< the funding types it pays ("municipal", "innovation_budget", ...)
  bool start_only = false;                ///< pays only a measure's first year (an innovation budget)
};

/// A start that must come after another candidate's.
struct Predecessor {
  std::string id;  ///< the predecessor candidate
  int lag = 0;     ///< years from the predecessor's start to this one's, at least
};

/// A measure that may start in the horizon, or one under way.
struct Candidate {
  std::string id;                 ///< unique among the candidates (the measure's id)
  double value = 0;               ///< what starting it in the first year is worth (docs/priorities.md)
  std::vector<double> costs;      ///< euros per year from its start; its length is its duration in years
  std::string funding_type;       ///< which pools may pay it
  std::optional<int> earliest;    ///< no start before this year (a council decision, a predecessor outside)
  std::optional<int> latest;      ///< no start after this year (an interim goal's deadline)
  std::optional<int> started;     ///< under way since this year: it continues, its costs are committed
  std::string actor;              ///< the responsible actor, for capacity ("" none)
  std::vector<Predecessor> predecessors;  ///< starts it must follow
  std::vector<std::string> goals; ///< the goals it contributes to (for the annual goals)
};

/// At most `limit` measures of `actor` under way in any year.
struct Capacity {
  std::string actor;  ///< the actor's id
  int limit = 0;      ///< measures under way at a time
};

/// The whole decision.
struct Problem {
  std::vector<int> years;                ///< the horizon, consecutive years ascending
  double discount = 0.05;                ///< a start in year y is worth (1 + discount)^-(y - years[0])
  std::vector<Pool> pools;               ///< the budget pools
  std::vector<Candidate> candidates;     ///< the measures to choose from, and those under way
  std::vector<Capacity> capacity;        ///< the actors' limits
};

/// Checks a problem: consecutive years, amounts for every year, finite
/// non-negative costs and amounts, unique ids, predecessors that exist and
/// no cycle among them. Throws Error(invalid_argument) naming what and where
/// ("candidates[3].predecessors[0]: no candidate \"m-9\"").
PLANWERK_API void check(const Problem& problem);

/// A problem from JSON (the fields as above; docs/priorities.md) and back.
/// problem_from_json throws Error(parse) naming `origin` and the JSON path,
/// then what check() throws.
///@{
PLANWERK_API Problem problem_from_json(std::string_view text, std::string_view origin);
PLANWERK_API std::string problem_to_json(const Problem& problem);
///@}

}  // namespace planwerk::priorities
