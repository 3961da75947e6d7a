// Schema message -> model struct, for every kind. References go through the
// Resolver, so unknown ids, bad dates and unknown enum values are reported
// with the entity's id and the field's path.
#include <cmath>

#include "entity_convert.hpp"

namespace planwerk::model::detail {
namespace {

Field item(const char* list, int i, const char* field) { return Field(list, i, field); }

void check_score(std::uint32_t value, const char* field, Resolver& r) {
  if (value > 5) r.invalid(field, "must be between 1 and 5 (0 = unknown), not " + std::to_string(value));
}

}  // namespace

GuidingGoal from_message(const v1::GuidingGoal& m, Resolver& r) {
  return {m.id(), m.title(), m.description(), r.ref(Kind::action_field, m.action_field_id(), "action_field_id")};
}

ActionField from_message(const v1::ActionField& m, Resolver&) { return {m.id(), m.title(), m.description()}; }

Need from_message(const v1::Need& m, Resolver& r) {
  return {m.id(), m.title(), m.description(), r.ref(Kind::action_field, m.action_field_id(), "action_field_id")};
}

Goal from_message(const v1::Goal& m, Resolver& r) {
  Goal g;
  g.id = m.id();
  g.title = m.title();
  g.description = m.description();
  g.kind = r.enumeration(m.kind(), v1::GoalKind_IsValid, "kind");
  g.action_field = r.ref(Kind::action_field, m.action_field_id(), "action_field_id");
  g.parent = r.ref(Kind::goal, m.parent_goal_id(), "parent_goal_id");
  g.guiding_goal = r.ref(Kind::guiding_goal, m.guiding_goal_id(), "guiding_goal_id");
  g.responsible = r.ref(Kind::actor, m.responsible_actor_id(), "responsible_actor_id");
  g.priority = m.priority();
  g.deadline = r.date(m.deadline(), "deadline");
  g.needs = r.refs(Kind::need, m.need_ids(), "need_ids");
  for (int i = 0; i < m.relations_size(); ++i) {
    const auto& rel = m.relations(i);
    GoalRelation out;
    out.kind = r.enumeration(rel.kind(), v1::GoalRelationKind_IsValid, item("relations", i, "kind"));
    if (rel.goal_id().empty()) r.invalid(item("relations", i, "goal_id"), "is empty");
    if (rel.concept_id().empty()) {
      out.goal = r.ref(Kind::goal, rel.goal_id(), item("relations", i, "goal_id"));
    } else {
      out.foreign_concept = rel.concept_id();
      out.foreign_goal = rel.goal_id();
    }
    out.note = rel.note();
    g.relations.push_back(std::move(out));
  }
  return g;
}

Measure from_message(const v1::Measure& m, Resolver& r) {
  Measure x;
  x.id = m.id();
  x.title = m.title();
  x.description = m.description();
  x.kind = r.enumeration(m.kind(), v1::MeasureKind_IsValid, "kind");
  x.status = r.enumeration(m.status(), v1::MeasureStatus_IsValid, "status");
  x.action_field = r.ref(Kind::action_field, m.action_field_id(), "action_field_id");
  x.responsible = r.ref(Kind::actor, m.responsible_actor_id(), "responsible_actor_id");
  x.partners = r.refs(Kind::actor, m.partner_actor_ids(), "partner_actor_ids");
  x.start = r.date(m.start(), "start");
  x.end = r.date(m.end(), "end");
  if (m.has_duration_days()) x.duration_days = m.duration_days();
  x.budget.amount_cents = m.budget().amount_cents();
  if (x.budget.amount_cents < 0) r.invalid("budget.amount_cents", "must not be negative");
  x.budget.funding_type = r.enumeration(m.budget().funding_type(), v1::FundingType_IsValid, "budget.funding_type");
  x.budget.funding_source = m.budget().funding_source();
  x.target_groups = r.refs(Kind::target_group, m.target_group_ids(), "target_group_ids");
  x.districts = r.refs(Kind::district, m.district_ids(), "district_ids");
  for (int i = 0; i < m.contributions_size(); ++i) {
    const auto& c = m.contributions(i);
    Contribution out;
    if (c.goal_id().empty()) r.invalid(item("contributions", i, "goal_id"), "is empty");
    out.goal = r.ref(Kind::goal, c.goal_id(), item("contributions", i, "goal_id"));
    if (c.has_weight()) {
      // Written so that NaN fails too.
      if (!(c.weight() > 0.0) || !std::isfinite(c.weight()))
        r.invalid(item("contributions", i, "weight"), "must be a positive number");
      out.weight = c.weight();
    }
    if (out.goal != npos) x.contributions.push_back(out);
  }
  for (int i = 0; i < m.dependencies_size(); ++i) {
    const auto& d = m.dependencies(i);
    Dependency out;
    if (d.predecessor_id().empty()) r.invalid(item("dependencies", i, "predecessor_id"), "is empty");
    out.predecessor = r.ref(Kind::measure, d.predecessor_id(), item("dependencies", i, "predecessor_id"));
    out.type = r.enumeration(d.type(), v1::LinkType_IsValid, item("dependencies", i, "type"));
    if (out.type == v1::LINK_TYPE_UNSPECIFIED) out.type = v1::LINK_TYPE_FS;
    out.lag = d.lag();
    out.lag_unit = r.enumeration(d.lag_unit(), v1::LagUnit_IsValid, item("dependencies", i, "lag_unit"));
    if (out.lag_unit == v1::LAG_UNIT_UNSPECIFIED) out.lag_unit = v1::LAG_UNIT_WORKING_DAYS;
    if (out.predecessor != npos) x.dependencies.push_back(out);
  }
  for (int i = 0; i < m.constraints_size(); ++i) {
    const auto& c = m.constraints(i);
    Constraint out;
    out.type = r.enumeration(c.type(), v1::ConstraintType_IsValid, item("constraints", i, "type"));
    if (out.type == v1::CONSTRAINT_TYPE_UNSPECIFIED) r.invalid(item("constraints", i, "type"), "is missing");
    out.date = r.date(c.date(), item("constraints", i, "date"));
    if (!is_set(out.date)) r.invalid(item("constraints", i, "date"), "is missing");
    x.constraints.push_back(out);
  }
  x.actual_start = r.date(m.actual_start(), "actual_start");
  x.actual_finish = r.date(m.actual_finish(), "actual_finish");
  if (m.has_remaining_days()) x.remaining_days = m.remaining_days();
  return x;
}

Milestone from_message(const v1::Milestone& m, Resolver& r) {
  Milestone x;
  x.id = m.id();
  x.title = m.title();
  if (m.measure_id().empty()) r.invalid("measure_id", "is empty: a milestone belongs to a measure");
  x.measure = r.ref(Kind::measure, m.measure_id(), "measure_id");
  x.goal = r.ref(Kind::goal, m.goal_id(), "goal_id");
  x.due = r.date(m.due(), "due");
  x.achieved = r.date(m.achieved(), "achieved");
  return x;
}

Actor from_message(const v1::Actor& m, Resolver& r) {
  return {m.id(), m.name(), r.enumeration(m.kind(), v1::ActorKind_IsValid, "kind"),
          r.ref(Kind::actor, m.parent_actor_id(), "parent_actor_id"), m.description()};
}

Committee from_message(const v1::Committee& m, Resolver& r) {
  Committee x;
  x.id = m.id();
  x.name = m.name();
  x.kind = r.enumeration(m.kind(), v1::CommitteeKind_IsValid, "kind");
  x.members = r.refs(Kind::actor, m.member_actor_ids(), "member_actor_ids");
  x.max_members = m.max_members();
  x.cadence.min_meetings = m.cadence().min_meetings();
  x.cadence.period = r.enumeration(m.cadence().period(), v1::CadencePeriod_IsValid, "cadence.period");
  if (x.cadence.min_meetings > 0 && x.cadence.period == v1::CADENCE_PERIOD_UNSPECIFIED)
    r.invalid("cadence.period", "is missing: min_meetings needs a period");
  x.paper_lead_days = m.paper_lead_days();
  for (int i = 0; i < m.meetings_size(); ++i) {
    Date d = r.date(m.meetings(i), Field("meetings", i));
    if (is_set(d)) x.meetings.push_back(d);
  }
  x.recurrence = m.recurrence();
  x.holiday_rule = r.enumeration(m.holiday_rule(), v1::HolidayRule_IsValid, "holiday_rule");
  if (x.holiday_rule == v1::HOLIDAY_RULE_UNSPECIFIED) x.holiday_rule = v1::HOLIDAY_RULE_MOVE_TO_NEXT_WORKING_DAY;
  return x;
}

District from_message(const v1::District& m, Resolver&) { return {m.id(), m.name()}; }

TargetGroup from_message(const v1::TargetGroup& m, Resolver&) { return {m.id(), m.name(), m.description()}; }

Indicator from_message(const v1::Indicator& m, Resolver& r) {
  Indicator x;
  x.id = m.id();
  x.code = m.code();
  x.title = m.title();
  x.description = m.description();
  x.unit = m.unit();
  x.measure_type = r.enumeration(m.measure_type(), v1::MeasureType_IsValid, "measure_type");
  x.polarity = r.enumeration(m.polarity(), v1::Polarity_IsValid, "polarity");
  x.numerator = m.numerator();
  x.denominator = m.denominator();
  x.source = m.source();
  x.frequency = r.enumeration(m.frequency(), v1::Frequency_IsValid, "frequency");
  x.monitoring_type = r.enumeration(m.monitoring_type(), v1::MonitoringType_IsValid, "monitoring_type");
  if (x.monitoring_type == v1::MONITORING_TYPE_UNSPECIFIED) x.monitoring_type = v1::MONITORING_TYPE_OUTCOME;
  for (int i = 0; i < m.breakdowns_size(); ++i)
    x.breakdowns.push_back(r.enumeration(static_cast<v1::Breakdown>(m.breakdowns(i)), v1::Breakdown_IsValid,
                                         Field("breakdowns", i)));
  x.goals = r.refs(Kind::goal, m.goal_ids(), "goal_ids");
  for (int i = 0; i < m.baselines_size(); ++i) {
    const auto& b = m.baselines(i);
    Baseline out;
    if (b.has_value()) {
      if (!std::isfinite(b.value())) r.invalid(item("baselines", i, "value"), "must be a finite number");
      out.value = b.value();
    }
    out.date = r.date(b.date(), item("baselines", i, "date"));
    out.district = r.ref(Kind::district, b.district_id(), item("baselines", i, "district_id"));
    out.group = b.group();
    x.baselines.push_back(out);
  }
  for (int i = 0; i < m.targets_size(); ++i) {
    const auto& t = m.targets(i);
    Target out;
    if (t.has_value()) {
      if (!std::isfinite(t.value())) r.invalid(item("targets", i, "value"), "must be a finite number");
      out.value = t.value();
    }
    out.date = r.date(t.date(), item("targets", i, "date"));
    out.kind = r.enumeration(t.kind(), v1::TargetKind_IsValid, item("targets", i, "kind"));
    if (out.kind == v1::TARGET_KIND_UNSPECIFIED) out.kind = v1::TARGET_KIND_FINAL;
    out.district = r.ref(Kind::district, t.district_id(), item("targets", i, "district_id"));
    out.group = t.group();
    x.targets.push_back(out);
  }
  const auto& g = m.goalposts();
  auto post = [&](bool has, double v, const char* name) -> std::optional<double> {
    if (!has) return std::nullopt;
    if (!std::isfinite(v)) r.invalid(name, "must be a finite number");
    return v;
  };
  x.goalposts.lower_bound = post(g.has_lower_bound(), g.lower_bound(), "goalposts.lower_bound");
  x.goalposts.red_threshold = post(g.has_red_threshold(), g.red_threshold(), "goalposts.red_threshold");
  x.goalposts.green_threshold = post(g.has_green_threshold(), g.green_threshold(), "goalposts.green_threshold");
  x.goalposts.optimum = post(g.has_optimum(), g.optimum(), "goalposts.optimum");
  x.aggregation = r.enumeration(m.aggregation(), v1::Aggregation_IsValid, "aggregation");
  if (!std::isfinite(m.scale()) || m.scale() < 0) r.invalid("scale", "must be a finite number, 0 or more");
  x.scale = m.scale();
  if (m.has_weight()) {
    if (!std::isfinite(m.weight()) || m.weight() < 0) r.invalid("weight", "must be a finite number, 0 or more");
    x.weight = m.weight();
  }
  return x;
}

ParticipationFormat from_message(const v1::ParticipationFormat& m, Resolver& r) {
  ParticipationFormat x;
  x.id = m.id();
  x.title = m.title();
  x.description = m.description();
  x.form = r.enumeration(m.form(), v1::ParticipationForm_IsValid, "form");
  x.format_type = r.enumeration(m.format_type(), v1::FormatType_IsValid, "format_type");
  for (int i = 0; i < m.stakeholder_groups_size(); ++i)
    x.stakeholder_groups.push_back(r.enumeration(static_cast<v1::StakeholderGroup>(m.stakeholder_groups(i)),
                                                 v1::StakeholderGroup_IsValid,
                                                 Field("stakeholder_groups", i)));
  x.organiser = r.ref(Kind::actor, m.organiser_actor_id(), "organiser_actor_id");
  x.committee = r.ref(Kind::committee, m.committee_id(), "committee_id");
  x.recurrence = m.recurrence();
  return x;
}

ParticipationEvent from_message(const v1::ParticipationEvent& m, Resolver& r) {
  ParticipationEvent x;
  x.id = m.id();
  x.title = m.title();
  x.format = r.ref(Kind::participation_format, m.format_id(), "format_id");
  x.date = r.date(m.date(), "date");
  x.district = r.ref(Kind::district, m.district_id(), "district_id");
  if (m.has_participants()) x.participants = m.participants();
  x.documentation = m.documentation();
  if (m.has_feedback_score()) {
    if (!std::isfinite(m.feedback_score())) r.invalid("feedback_score", "must be a finite number");
    x.feedback_score = m.feedback_score();
  }
  return x;
}

Stakeholder from_message(const v1::Stakeholder& m, Resolver& r) {
  Stakeholder x;
  x.id = m.id();
  x.name = m.name();
  x.actor = r.ref(Kind::actor, m.actor_id(), "actor_id");
  x.group = r.enumeration(m.group(), v1::StakeholderGroup_IsValid, "group");
  x.interest = m.interest();
  x.influence = m.influence();
  check_score(x.interest, "interest", r);
  check_score(x.influence, "influence", r);
  x.notes = m.notes();
  return x;
}

BudgetPool from_message(const v1::BudgetPool& m, Resolver& r) {
  BudgetPool x;
  x.id = m.id();
  x.name = m.name();
  x.kind = r.enumeration(m.kind(), v1::BudgetPoolKind_IsValid, "kind");
  x.total_cents = m.total_cents();
  if (x.total_cents < 0) r.invalid("total_cents", "must not be negative");
  x.year = m.year();
  x.manager = r.ref(Kind::actor, m.manager_actor_id(), "manager_actor_id");
  for (int i = 0; i < m.allocations_size(); ++i) {
    const auto& a = m.allocations(i);
    Allocation out;
    if (a.measure_id().empty()) r.invalid(item("allocations", i, "measure_id"), "is empty");
    out.measure = r.ref(Kind::measure, a.measure_id(), item("allocations", i, "measure_id"));
    out.amount_cents = a.amount_cents();
    if (out.amount_cents < 0) r.invalid(item("allocations", i, "amount_cents"), "must not be negative");
    out.date = r.date(a.date(), item("allocations", i, "date"));
    if (out.measure != npos) x.allocations.push_back(out);
  }
  return x;
}

}  // namespace planwerk::model::detail
