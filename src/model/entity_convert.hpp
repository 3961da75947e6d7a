// Per-entity conversion between schema messages and model structs. One
// overload pair per kind; the generic code in convert.cpp and edit.cpp picks
// them by type.
#pragma once

#include "planwerk/model/concept.hpp"
#include "resolver.hpp"

namespace planwerk::model::detail {

GuidingGoal from_message(const v1::GuidingGoal& m, Resolver& r);
ActionField from_message(const v1::ActionField& m, Resolver& r);
Need from_message(const v1::Need& m, Resolver& r);
Goal from_message(const v1::Goal& m, Resolver& r);
Measure from_message(const v1::Measure& m, Resolver& r);
Milestone from_message(const v1::Milestone& m, Resolver& r);
Actor from_message(const v1::Actor& m, Resolver& r);
Committee from_message(const v1::Committee& m, Resolver& r);
District from_message(const v1::District& m, Resolver& r);
TargetGroup from_message(const v1::TargetGroup& m, Resolver& r);
Indicator from_message(const v1::Indicator& m, Resolver& r);
ParticipationFormat from_message(const v1::ParticipationFormat& m, Resolver& r);
ParticipationEvent from_message(const v1::ParticipationEvent& m, Resolver& r);
Stakeholder from_message(const v1::Stakeholder& m, Resolver& r);
BudgetPool from_message(const v1::BudgetPool& m, Resolver& r);

void to_message(const Concept& c, const GuidingGoal& e, v1::GuidingGoal& m);
void to_message(const Concept& c, const ActionField& e, v1::ActionField& m);
void to_message(const Concept& c, const Need& e, v1::Need& m);
void to_message(const Concept& c, const Goal& e, v1::Goal& m);
void to_message(const Concept& c, const Measure& e, v1::Measure& m);
void to_message(const Concept& c, const Milestone& e, v1::Milestone& m);
void to_message(const Concept& c, const Actor& e, v1::Actor& m);
void to_message(const Concept& c, const Committee& e, v1::Committee& m);
void to_message(const Concept& c, const District& e, v1::District& m);
void to_message(const Concept& c, const TargetGroup& e, v1::TargetGroup& m);
void to_message(const Concept& c, const Indicator& e, v1::Indicator& m);
void to_message(const Concept& c, const ParticipationFormat& e, v1::ParticipationFormat& m);
void to_message(const Concept& c, const ParticipationEvent& e, v1::ParticipationEvent& m);
void to_message(const Concept& c, const Stakeholder& e, v1::Stakeholder& m);
void to_message(const Concept& c, const BudgetPool& e, v1::BudgetPool& m);

}  // namespace planwerk::model::detail
