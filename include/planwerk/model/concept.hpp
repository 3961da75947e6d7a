// SPDX-License-Identifier: Apache-2.0
// A concept: the header and one list of entities per kind, with its id index.
//
// Invariants, which every constructor and edit keeps (and which therefore
// need no checking anywhere else):
//   * every entity has a non-empty id, unique within its kind;
//   * every reference is npos or a valid index into the referenced list;
//   * every date is unset or a real calendar day; enum values are known.
// Planning rules (a goal must have a responsible unit, ...) are not
// invariants: validate() reports them, so a draft can be built step by step.
//
// Edits either apply whole or throw and leave the concept unchanged.
#pragma once

#include <cstddef>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/error.hpp"
#include "planwerk/model/diagnostic.hpp"
#include "planwerk/model/kind_traits.hpp"

namespace planwerk::model {

/// An integration concept in memory: its header and one list of entities per
/// kind, with references resolved to indices. Every edit applies whole or
/// not at all; a Concept is never half-changed. Reading it from several
/// threads at once is safe; editing it while others read is not.
class PLANWERK_API Concept {
 public:
  /// An empty concept without an id.
  Concept() = default;

  /// The concept's own data.
  const Header& header() const noexcept { return header_; }

  /// The entities of one kind, in document order; an Index is a position in
  /// this list.
  template <Kind K>
  const std::vector<entity_t<K>>& all() const noexcept {
    return std::get<slot(K)>(lists_);
  }
  /// The entities of each kind (all() by name).
  ///@{
  const std::vector<GuidingGoal>& guiding_goals() const noexcept { return all<Kind::guiding_goal>(); }
  const std::vector<ActionField>& action_fields() const noexcept { return all<Kind::action_field>(); }
  const std::vector<Need>& needs() const noexcept { return all<Kind::need>(); }
  const std::vector<Goal>& goals() const noexcept { return all<Kind::goal>(); }
  const std::vector<Measure>& measures() const noexcept { return all<Kind::measure>(); }
  const std::vector<Milestone>& milestones() const noexcept { return all<Kind::milestone>(); }
  const std::vector<Actor>& actors() const noexcept { return all<Kind::actor>(); }
  const std::vector<Committee>& committees() const noexcept { return all<Kind::committee>(); }
  const std::vector<District>& districts() const noexcept { return all<Kind::district>(); }
  const std::vector<TargetGroup>& target_groups() const noexcept { return all<Kind::target_group>(); }
  const std::vector<Indicator>& indicators() const noexcept { return all<Kind::indicator>(); }
  const std::vector<ParticipationFormat>& participation_formats() const noexcept {
    return all<Kind::participation_format>();
  }
  const std::vector<ParticipationEvent>& participation_events() const noexcept {
    return all<Kind::participation_event>();
  }
  const std::vector<Stakeholder>& stakeholders() const noexcept { return all<Kind::stakeholder>(); }
  const std::vector<BudgetPool>& budget_pools() const noexcept { return all<Kind::budget_pool>(); }
  const std::vector<Proposal>& proposals() const noexcept { return all<Kind::proposal>(); }
  ///@}

  /// The number of entities of kind k.
  std::size_t count(Kind k) const noexcept;
  /// The index of the entity of kind k with this id, if there is one.
  std::optional<Index> find(Kind k, std::string_view id) const noexcept;
  /// Like find, but throws Error(not_found) naming the kind and id.
  Index index_of(Kind k, std::string_view id) const;
  /// `index` as an Index if it names an entity of kind k; otherwise throws
  /// Error(out_of_range) "<kind> index <i> is past the end (<count>)".
  Index checked(Kind k, std::size_t index) const;
  /// The id of entity i of kind k; throws Error(out_of_range) past the end.
  const std::string& id(Kind k, Index i) const;
  /// The title or name of entity i of kind k ("" for kinds without one).
  const std::string& title(Kind k, Index i) const;

  // ---- Edits ---------------------------------------------------------------
  // Each applies whole or throws (ModelError for structural problems,
  // Error(not_found) / Error(conflict) otherwise) and leaves *this unchanged.

  /// Replaces the header; throws Error(invalid_argument) for an id that is
  /// no valid id or text that is not UTF-8, naming the field.
  void set_header(Header header);

  /// Adds the entity, or replaces the one with the same id in place (its
  /// index and everything referring to it stay). References are given as ids
  /// and must resolve in this concept; an entity may refer to itself.
  template <class Message>
  void put(const Message& message) {
    put_entity<KindOfMessage<Message>::value>(message);
  }

  /// Removes the entity. Throws Error(conflict), naming up to five referrers,
  /// while anything still refers to it; indices above it shift down by one.
  void remove(Kind k, std::string_view id);

  /// Small typed edits for the changes made most often: a measure's status,
  /// its planned dates, a goal's responsible actor (by id).
  ///@{
  void set_measure_status(std::string_view measure_id, v1::MeasureStatus status);
  void set_measure_dates(std::string_view measure_id, Date start, Date end);
  void set_goal_responsible(std::string_view goal_id, std::string_view actor_id);
  ///@}

  // ---- Construction from a document (see model/convert.hpp) ----------------
  /// One list per kind, in the order of Kind.
  using ListTuple = std::tuple<std::vector<GuidingGoal>, std::vector<ActionField>, std::vector<Need>,
                               std::vector<Goal>, std::vector<Measure>, std::vector<Milestone>,
                               std::vector<Actor>, std::vector<Committee>, std::vector<District>,
                               std::vector<TargetGroup>, std::vector<Indicator>,
                               std::vector<ParticipationFormat>, std::vector<ParticipationEvent>,
                               std::vector<Stakeholder>, std::vector<BudgetPool>, std::vector<Proposal>>;

  /// Takes lists whose invariants the caller has established (from_proto does).
  Concept(Header header, ListTuple lists);

 private:
  template <Kind K>
  std::vector<entity_t<K>>& mutable_all() noexcept {
    return std::get<slot(K)>(lists_);
  }
  template <Kind K>
  void put_entity(const message_t<K>& message);
  template <Kind K>
  void rebuild_index();
  template <Kind K>
  void replace_or_append(entity_t<K> entity, std::optional<Index> existing);

  Header header_;
  ListTuple lists_;
  /// Per kind, the entity indices sorted by id: compact (4 bytes an entity)
  /// and deterministic; look-up is a binary search.
  std::array<std::vector<Index>, kind_count> by_id_;
};

}  // namespace planwerk::model
