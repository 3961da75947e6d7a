// SPDX-License-Identifier: Apache-2.0
// The measure dependency view: a compressed sparse row graph (Boost.Graph)
// whose vertices are the concept's measures, numbered as in the model, and
// whose edges run from a predecessor to the measure that depends on it.
// Built once from a concept (two arrays: offsets and edges with their link
// data); the algorithms in this module take any Boost.Graph graph, so they
// run on this view without copying it.
#pragma once

#include <cstdint>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"

namespace planwerk::graph {

using Vertex = std::uint32_t;  ///< equal to the measure's model::Index

/// What a dependency says beyond its two ends.
struct Link {
  std::int32_t lag = 0;  ///< The lag in lag_unit; negative: a lead.
  std::uint32_t position = 0;  ///< index in the dependent measure's dependencies list
  v1::LinkType type = v1::LINK_TYPE_FS;  ///< FS, SS, FF or SF.
  v1::LagUnit lag_unit = v1::LAG_UNIT_WORKING_DAYS;  ///< Working days or calendar days.
};

/// The measures' dependency graph: compressed sparse rows, built once and
/// read by every analysis.
using DependencyGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Link,
                                                           boost::no_property, Vertex, Vertex>;

/// One vertex per measure and one edge per listed dependency, self-loops and
/// repeated links included (the analyses report them). Out-edges of a vertex
/// keep the document order of the links.
PLANWERK_API DependencyGraph dependency_graph(const model::Concept& plan);

/// The duration of every measure in working days (Monday to Friday; public
/// holidays come with the schedule module): duration_days where given, else
/// the weekdays from start to end inclusive, else 0.
PLANWERK_API std::vector<std::int64_t> working_day_durations(const model::Concept& plan);

/// Weekdays (Monday to Friday) from first to last, both included; 0 if last
/// is before first.
PLANWERK_API std::int64_t weekdays_between(model::Date first, model::Date last);

/// A lag in working days: calendar-day lags count 5 working days per 7,
/// rounded to the nearest day (without a calendar nothing better is known).
inline std::int64_t lag_in_working_days(const Link& link) {
  if (link.lag_unit != v1::LAG_UNIT_CALENDAR_DAYS) return link.lag;
  const std::int64_t scaled = static_cast<std::int64_t>(link.lag) * 5;
  return scaled >= 0 ? (scaled + 3) / 7 : -((-scaled + 3) / 7);
}

}  // namespace planwerk::graph
