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

struct GoalRef {
  std::size_t concept_index;  // position in the ConceptSet
  model::Index goal;
  friend bool operator==(const GoalRef&, const GoalRef&) = default;
  friend auto operator<=>(const GoalRef&, const GoalRef&) = default;
};

struct Relation {
  GoalRef from;
  GoalRef to;
  v1::GoalRelationKind kind;
  std::string note;
};

// A relation naming a concept or goal that is not in the set.
struct UnresolvedRelation {
  GoalRef from;
  std::string concept_id;
  std::string goal_id;
  v1::GoalRelationKind kind;
};

// Two goals marked as conflicting (either way round; reported once) that
// are both pursued: each has an active measure (not cancelled or suspended)
// serving it or a goal below it. Within one concept, goal_conflicts reports
// the sharper finding of measures serving both.
struct CrossConflict {
  GoalRef first;  // the smaller of the two
  GoalRef second;
  std::vector<model::Index> first_measures;   // active measures serving first, ascending
  std::vector<model::Index> second_measures;  // active measures serving second, ascending
};

// Borrows the concepts: they must outlive the set and not change while it
// is used.
class PLANWERK_API ConceptSet {
 public:
  // Throws Error(conflict) if a concept with the same id is already in the
  // set, Error(invalid_argument) for a concept without an id.
  void add(const model::Concept& plan);

  std::size_t size() const noexcept { return concepts_.size(); }
  const model::Concept& at(std::size_t i) const { return *concepts_.at(i); }

  // "concept:goal".
  std::string qualified_id(const GoalRef& ref) const;
  // Accepts "concept:goal"; throws Error(not_found) naming what is missing,
  // Error(invalid_argument) without a colon.
  GoalRef find(std::string_view qualified_id) const;

  // Every relation whose ends are both in the set, in concept and goal order.
  std::vector<Relation> relations() const;
  std::vector<UnresolvedRelation> unresolved() const;
  // Conflicts between goals of different concepts; ordered by (first, second).
  std::vector<CrossConflict> cross_conflicts() const;

 private:
  std::vector<const model::Concept*> concepts_;
};

}  // namespace planwerk::graph
