// SPDX-License-Identifier: Apache-2.0
// Goal relations ("supports", "conflicts with") across several concepts read
// together, such as a city's, a district's and a region's: municipal
// concepts ask that goals from several concepts be read together and
// checked for contradictions. A goal is named by its qualified id "concept:goal".
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"

namespace planwerk::graph {

/// A goal of one of the concepts in a ConceptSet.
struct GoalRef {
  std::size_t concept_index;  ///< position in the ConceptSet
  model::Index goal;  ///< the goal in that concept
  /// Compared by concept, then goal.
  ///@{
  friend bool operator==(const GoalRef&, const GoalRef&) = default;
  friend auto operator<=>(const GoalRef&, const GoalRef&) = default;
  ///@}
};

/// A relation between two goals, both in the set.
struct Relation {
  GoalRef from;  ///< the goal that names the relation
  GoalRef to;  ///< the goal it names
  v1::GoalRelationKind kind;  ///< supports or conflicts
  std::string note;  ///< why, in the authors' words
};

/// A relation naming a concept or goal that is not in the set.
struct UnresolvedRelation {
  GoalRef from;  ///< the goal that names the relation
  std::string concept_id;  ///< the concept it names
  std::string goal_id;  ///< the goal it names
  v1::GoalRelationKind kind;  ///< supports or conflicts
};

/// Two goals marked as conflicting (either way round; reported once) that
/// are both pursued: each has an active measure (not cancelled or suspended)
/// serving it or a goal below it. Within one concept, goal_conflicts reports
/// the sharper finding of measures serving both.
struct CrossConflict {
  GoalRef first;  ///< the smaller of the two
  GoalRef second;  ///< the larger of the two
  std::vector<model::Index> first_measures;   ///< active measures serving first, ascending
  std::vector<model::Index> second_measures;  ///< active measures serving second, ascending
};

/// Several concepts read together (a city's integration concept beside its
/// education or housing plan), so that relations between their goals
/// resolve. Borrows the concepts: they must outlive the set and not change while it
/// is used.
class PLANWERK_API ConceptSet {
 public:
  /// Throws Error(conflict) if a concept with the same id is already in the
  /// set, Error(invalid_argument) for a concept without an id.
  void add(const model::Concept& plan);

  /// The number of concepts.
  std::size_t size() const noexcept { return concepts_.size(); }
  /// The concept at position i; throws std::out_of_range past the end.
  const model::Concept& at(std::size_t i) const { return *concepts_.at(i); }

  /// "concept:goal".
  std::string qualified_id(const GoalRef& ref) const;
  /// Accepts "concept:goal"; throws Error(not_found) naming what is missing,
  /// Error(invalid_argument) without a colon.
  GoalRef find(std::string_view qualified_id) const;

  /// Every relation whose ends are both in the set, in concept and goal order.
  std::vector<Relation> relations() const;
  /// Every relation naming a concept or goal outside the set, in concept
  /// and goal order.
  std::vector<UnresolvedRelation> unresolved() const;
  /// Conflicts between goals of different concepts; ordered by (first, second).
  std::vector<CrossConflict> cross_conflicts() const;

 private:
  std::vector<const model::Concept*> concepts_;
};

}  // namespace planwerk::graph
