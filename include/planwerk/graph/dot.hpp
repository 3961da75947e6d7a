// SPDX-License-Identifier: Apache-2.0
// Graphviz DOT export of the views, with action fields as clusters.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "planwerk/export.hpp"
#include "planwerk/graph/relations.hpp"
#include "planwerk/model/concept.hpp"

namespace planwerk::graph {

/// What a DOT export shows.
enum class View {
  dependencies,   ///< measures and their links (type and lag on the edge)
  goals,          ///< guiding goals and the goal hierarchy
  contributions,  ///< measures -> goals (with weights) -> guiding goals
  relations,      ///< goals that support or conflict with others
};

/// "dependencies", "goals", "contributions", "relations"; view_from_name is
/// the inverse (std::nullopt for other names).
///@{
PLANWERK_API std::string_view view_name(View view) noexcept;
PLANWERK_API std::optional<View> view_from_name(std::string_view name) noexcept;
///@}

/// The action field a goal sits in: its own, else its nearest ancestor's
/// (npos if none). Guarded against parent cycles.
PLANWERK_API model::Index action_field_of_goal(const model::Concept& plan, model::Index goal);
/// A measure's own action field, else that of the first goal it serves.
PLANWERK_API model::Index action_field_of_measure(const model::Concept& plan, model::Index measure);

/// One view of one concept as a DOT digraph. Nodes are named "kind:id" so
/// that ids of different kinds cannot collide; labels hold id and title. In
/// the relations view, goals of other concepts appear dashed outside the
/// clusters.
PLANWERK_API std::string to_dot(const model::Concept& plan, View view);

/// The relations across a set of concepts: one cluster per concept, nodes
/// named by qualified id.
PLANWERK_API std::string to_dot(const ConceptSet& set);

}  // namespace planwerk::graph
