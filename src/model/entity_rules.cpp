// SPDX-License-Identifier: Apache-2.0
// What a field's type does not say about its values, per struct (the rest
// of the conversion is generic: schema_binding.hpp). Each rule reports
// through the Resolver with the field's path and returns whether the value
// is kept when it is an item of a list: an item whose required reference
// is missing or unknown is left out, so the model never holds a dangling one.
#include "schema_binding.hpp"

namespace planwerk::model::detail {
namespace {

Field in(const Field* at, const char* name) { return Field(at, nullptr, -1, name); }

void not_negative(std::int64_t value, const Field* at, const char* name, Resolver& r) {
  if (value < 0) r.invalid(in(at, name), "must not be negative");
}

void not_below_zero(double value, const Field* at, const char* name, Resolver& r) {
  // NaN is reported as not finite by the generic conversion.
  if (value < 0) r.invalid(in(at, name), "must be 0 or more");
}

// A reference a list item cannot do without: "" is reported here, an
// unknown id by the generic conversion.
bool required(const std::string& id, Index resolved, const Field* at, const char* name, Resolver& r,
              const char* why = "") {
  if (id.empty()) r.invalid(in(at, name), std::string("is empty") + why);
  return resolved != npos;
}

void score(std::uint32_t value, const Field* at, const char* name, Resolver& r) {
  if (value > 5) r.invalid(in(at, name), "must be between 1 and 5 (0 = unknown), not " + std::to_string(value));
}

}  // namespace

bool rules(const v1::Budget&, Budget& x, Resolver& r, const Field* at) {
  not_negative(x.amount_cents, at, "amount_cents", r);
  return true;
}

bool rules(const v1::Contribution& m, Contribution& x, Resolver& r, const Field* at) {
  // Written so that NaN (reported as not finite) is not reported twice.
  if (x.weight && *x.weight <= 0.0) r.invalid(in(at, "weight"), "must be a positive number");
  return required(m.goal_id(), x.goal, at, "goal_id", r);
}

bool rules(const v1::Dependency& m, Dependency& x, Resolver& r, const Field* at) {
  return required(m.predecessor_id(), x.predecessor, at, "predecessor_id", r);
}

bool rules(const v1::Constraint&, Constraint& x, Resolver& r, const Field* at) {
  if (x.type == v1::CONSTRAINT_TYPE_UNSPECIFIED) r.invalid(in(at, "type"), "is missing");
  if (!is_set(x.date)) r.invalid(in(at, "date"), "is missing");
  return true;
}

bool rules(const v1::Milestone& m, Milestone& x, Resolver& r, const Field* at) {
  required(m.measure_id(), x.measure, at, "measure_id", r, ": a milestone belongs to a measure");
  return true;
}

bool rules(const v1::Cadence&, Cadence& x, Resolver& r, const Field* at) {
  if (x.min_meetings > 0 && x.period == v1::CADENCE_PERIOD_UNSPECIFIED)
    r.invalid(in(at, "period"), "is missing: min_meetings needs a period");
  return true;
}

bool rules(const v1::Indicator&, Indicator& x, Resolver& r, const Field* at) {
  not_below_zero(x.scale, at, "scale", r);
  if (x.weight) not_below_zero(*x.weight, at, "weight", r);
  return true;
}

bool rules(const v1::Stakeholder&, Stakeholder& x, Resolver& r, const Field* at) {
  score(x.interest, at, "interest", r);
  score(x.influence, at, "influence", r);
  return true;
}

bool rules(const v1::Allocation& m, Allocation& x, Resolver& r, const Field* at) {
  not_negative(x.amount_cents, at, "amount_cents", r);
  return required(m.measure_id(), x.measure, at, "measure_id", r);
}

bool rules(const v1::BudgetPool&, BudgetPool& x, Resolver& r, const Field* at) {
  not_negative(x.total_cents, at, "total_cents", r);
  return true;
}

bool rules(const v1::Meeting&, Meeting& x, Resolver& r, const Field* at) {
  if (!is_set(x.date)) r.invalid(in(at, "date"), "is missing");
  return true;
}

bool rules(const v1::Consultation& m, Consultation& x, Resolver& r, const Field* at) {
  return required(m.committee_id(), x.committee, at, "committee_id", r, ": a consultation is held by a committee");
}

bool rules(const v1::Closure&, Closure& x, Resolver& r, const Field* at) {
  if (!is_set(x.date)) r.invalid(in(at, "date"), "is missing");
  return true;
}

void read(const v1::GoalRelation& m, GoalRelation& x, Resolver& r, const Field* at) {
  if (!defines<v1::GoalRelationKind>(m.kind()))
    r.invalid(in(at, "kind"), "has the unknown value " + std::to_string(m.kind()));
  else
    x.kind = m.kind();
  if (m.goal_id().empty()) r.invalid(in(at, "goal_id"), "is empty");
  if (m.concept_id().empty()) {
    x.goal = r.ref(Kind::goal, m.goal_id(), in(at, "goal_id"));
  } else {
    x.foreign_concept = m.concept_id();
    x.foreign_goal = m.goal_id();
  }
  x.note = m.note();
}

void write(const Concept& c, const GoalRelation& x, v1::GoalRelation& m) {
  m.set_kind(x.kind);
  if (x.goal != npos) {
    m.set_goal_id(c.id(Kind::goal, x.goal));
  } else {
    m.set_concept_id(x.foreign_concept);
    m.set_goal_id(x.foreign_goal);
  }
  m.set_note(x.note);
}

}  // namespace planwerk::model::detail
