// Model struct -> schema message, for every kind: indices back to ids,
// dates back to "YYYY-MM-DD". The inverse of entity_from_message.cpp.
#include "entity_convert.hpp"

namespace planwerk::model::detail {
namespace {

// The id of a referenced entity, or "" for npos.
std::string ref(const Concept& c, Kind k, Index i) { return i == npos ? std::string() : c.id(k, i); }

void refs(const Concept& c, Kind k, const std::vector<Index>& from,
          google::protobuf::RepeatedPtrField<std::string>* to) {
  for (Index i : from) *to->Add() = c.id(k, i);
}

}  // namespace

void to_message(const Concept& c, const GuidingGoal& e, v1::GuidingGoal& m) {
  m.set_id(e.id);
  m.set_title(e.title);
  m.set_description(e.description);
  m.set_action_field_id(ref(c, Kind::action_field, e.action_field));
}

void to_message(const Concept&, const ActionField& e, v1::ActionField& m) {
  m.set_id(e.id);
  m.set_title(e.title);
  m.set_description(e.description);
}

void to_message(const Concept& c, const Need& e, v1::Need& m) {
  m.set_id(e.id);
  m.set_title(e.title);
  m.set_description(e.description);
  m.set_action_field_id(ref(c, Kind::action_field, e.action_field));
}

void to_message(const Concept& c, const Goal& e, v1::Goal& m) {
  m.set_id(e.id);
  m.set_title(e.title);
  m.set_description(e.description);
  m.set_kind(e.kind);
  m.set_action_field_id(ref(c, Kind::action_field, e.action_field));
  m.set_parent_goal_id(ref(c, Kind::goal, e.parent));
  m.set_guiding_goal_id(ref(c, Kind::guiding_goal, e.guiding_goal));
  m.set_responsible_actor_id(ref(c, Kind::actor, e.responsible));
  m.set_priority(e.priority);
  m.set_deadline(format_date(e.deadline));
  refs(c, Kind::need, e.needs, m.mutable_need_ids());
  for (const auto& rel : e.relations) {
    auto* out = m.add_relations();
    out->set_kind(rel.kind);
    if (rel.goal != npos) {
      out->set_goal_id(c.id(Kind::goal, rel.goal));
    } else {
      out->set_concept_id(rel.foreign_concept);
      out->set_goal_id(rel.foreign_goal);
    }
    out->set_note(rel.note);
  }
}

void to_message(const Concept& c, const Measure& e, v1::Measure& m) {
  m.set_id(e.id);
  m.set_title(e.title);
  m.set_description(e.description);
  m.set_kind(e.kind);
  m.set_status(e.status);
  m.set_action_field_id(ref(c, Kind::action_field, e.action_field));
  m.set_responsible_actor_id(ref(c, Kind::actor, e.responsible));
  refs(c, Kind::actor, e.partners, m.mutable_partner_actor_ids());
  m.set_start(format_date(e.start));
  m.set_end(format_date(e.end));
  if (e.duration_days) m.set_duration_days(*e.duration_days);
  if (e.budget.amount_cents != 0 || e.budget.funding_type != v1::FUNDING_TYPE_UNSPECIFIED ||
      !e.budget.funding_source.empty()) {
    auto* b = m.mutable_budget();
    b->set_amount_cents(e.budget.amount_cents);
    b->set_funding_type(e.budget.funding_type);
    b->set_funding_source(e.budget.funding_source);
  }
  refs(c, Kind::target_group, e.target_groups, m.mutable_target_group_ids());
  refs(c, Kind::district, e.districts, m.mutable_district_ids());
  for (const auto& con : e.contributions) {
    auto* out = m.add_contributions();
    out->set_goal_id(c.id(Kind::goal, con.goal));
    if (con.weight) out->set_weight(*con.weight);
  }
  for (const auto& d : e.dependencies) {
    auto* out = m.add_dependencies();
    out->set_predecessor_id(c.id(Kind::measure, d.predecessor));
    out->set_type(d.type);
    out->set_lag(d.lag);
    out->set_lag_unit(d.lag_unit);
  }
  for (const auto& c : e.constraints) {
    auto* out = m.add_constraints();
    out->set_type(c.type);
    out->set_date(format_date(c.date));
  }
  m.set_actual_start(format_date(e.actual_start));
  m.set_actual_finish(format_date(e.actual_finish));
  if (e.remaining_days) m.set_remaining_days(*e.remaining_days);
}

void to_message(const Concept& c, const Milestone& e, v1::Milestone& m) {
  m.set_id(e.id);
  m.set_title(e.title);
  m.set_measure_id(ref(c, Kind::measure, e.measure));
  m.set_goal_id(ref(c, Kind::goal, e.goal));
  m.set_due(format_date(e.due));
  m.set_achieved(format_date(e.achieved));
}

void to_message(const Concept& c, const Actor& e, v1::Actor& m) {
  m.set_id(e.id);
  m.set_name(e.name);
  m.set_kind(e.kind);
  m.set_parent_actor_id(ref(c, Kind::actor, e.parent));
  m.set_description(e.description);
}

void to_message(const Concept& c, const Committee& e, v1::Committee& m) {
  m.set_id(e.id);
  m.set_name(e.name);
  m.set_kind(e.kind);
  refs(c, Kind::actor, e.members, m.mutable_member_actor_ids());
  m.set_max_members(e.max_members);
  if (e.cadence.min_meetings != 0 || e.cadence.period != v1::CADENCE_PERIOD_UNSPECIFIED) {
    m.mutable_cadence()->set_min_meetings(e.cadence.min_meetings);
    m.mutable_cadence()->set_period(e.cadence.period);
  }
  m.set_paper_lead_days(e.paper_lead_days);
  for (const auto& d : e.meetings) *m.add_meetings() = format_date(d);
  m.set_recurrence(e.recurrence);
  m.set_holiday_rule(e.holiday_rule);
}

void to_message(const Concept&, const District& e, v1::District& m) {
  m.set_id(e.id);
  m.set_name(e.name);
}

void to_message(const Concept&, const TargetGroup& e, v1::TargetGroup& m) {
  m.set_id(e.id);
  m.set_name(e.name);
  m.set_description(e.description);
}

void to_message(const Concept& c, const Indicator& e, v1::Indicator& m) {
  m.set_id(e.id);
  m.set_code(e.code);
  m.set_title(e.title);
  m.set_description(e.description);
  m.set_unit(e.unit);
  m.set_measure_type(e.measure_type);
  m.set_polarity(e.polarity);
  m.set_numerator(e.numerator);
  m.set_denominator(e.denominator);
  m.set_source(e.source);
  m.set_frequency(e.frequency);
  m.set_monitoring_type(e.monitoring_type);
  for (auto b : e.breakdowns) m.add_breakdowns(b);
  refs(c, Kind::goal, e.goals, m.mutable_goal_ids());
  for (const auto& b : e.baselines) {
    auto* out = m.add_baselines();
    if (b.value) out->set_value(*b.value);
    out->set_date(format_date(b.date));
    out->set_district_id(ref(c, Kind::district, b.district));
    out->set_group(b.group);
  }
  for (const auto& t : e.targets) {
    auto* out = m.add_targets();
    if (t.value) out->set_value(*t.value);
    out->set_date(format_date(t.date));
    out->set_kind(t.kind);
    out->set_district_id(ref(c, Kind::district, t.district));
    out->set_group(t.group);
  }
  auto* g = m.mutable_goalposts();
  if (e.goalposts.lower_bound) g->set_lower_bound(*e.goalposts.lower_bound);
  if (e.goalposts.red_threshold) g->set_red_threshold(*e.goalposts.red_threshold);
  if (e.goalposts.green_threshold) g->set_green_threshold(*e.goalposts.green_threshold);
  if (e.goalposts.optimum) g->set_optimum(*e.goalposts.optimum);
  if (g->ByteSizeLong() == 0) m.clear_goalposts();
  m.set_aggregation(e.aggregation);
  m.set_scale(e.scale);
  if (e.weight) m.set_weight(*e.weight);
}

void to_message(const Concept& c, const ParticipationFormat& e, v1::ParticipationFormat& m) {
  m.set_id(e.id);
  m.set_title(e.title);
  m.set_description(e.description);
  m.set_form(e.form);
  m.set_format_type(e.format_type);
  for (auto g : e.stakeholder_groups) m.add_stakeholder_groups(g);
  m.set_organiser_actor_id(ref(c, Kind::actor, e.organiser));
  m.set_committee_id(ref(c, Kind::committee, e.committee));
  m.set_recurrence(e.recurrence);
}

void to_message(const Concept& c, const ParticipationEvent& e, v1::ParticipationEvent& m) {
  m.set_id(e.id);
  m.set_title(e.title);
  m.set_format_id(ref(c, Kind::participation_format, e.format));
  m.set_date(format_date(e.date));
  m.set_district_id(ref(c, Kind::district, e.district));
  if (e.participants) m.set_participants(*e.participants);
  m.set_documentation(e.documentation);
  if (e.feedback_score) m.set_feedback_score(*e.feedback_score);
}

void to_message(const Concept& c, const Stakeholder& e, v1::Stakeholder& m) {
  m.set_id(e.id);
  m.set_name(e.name);
  m.set_actor_id(ref(c, Kind::actor, e.actor));
  m.set_group(e.group);
  m.set_interest(e.interest);
  m.set_influence(e.influence);
  m.set_notes(e.notes);
}

void to_message(const Concept& c, const BudgetPool& e, v1::BudgetPool& m) {
  m.set_id(e.id);
  m.set_name(e.name);
  m.set_kind(e.kind);
  m.set_total_cents(e.total_cents);
  m.set_year(e.year);
  m.set_manager_actor_id(ref(c, Kind::actor, e.manager));
  for (const auto& a : e.allocations) {
    auto* out = m.add_allocations();
    out->set_measure_id(c.id(Kind::measure, a.measure));
    out->set_amount_cents(a.amount_cents);
    out->set_date(format_date(a.date));
  }
}

}  // namespace planwerk::model::detail
