// The entities of a concept in their resolved, in-memory form.
//
// Each mirrors a message of proto/planwerk/v1/concept.proto, with two
// differences: references are indices into the concept's lists (npos when
// unset), and dates are Boost.Date_Time dates. The enumerations are the
// schema's own, so their numbers are the same everywhere (C++, C, Python,
// files). Each struct's PLANWERK_DESCRIBE line (describe.hpp) names its
// fields once, bound to their schema fields, for the generic conversions,
// reference walks and archives; the build fails if it misses one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "planwerk/model/describe.hpp"
#include "planwerk/model/types.hpp"
#include "planwerk/v1/concept.pb.h"

namespace planwerk::model {

struct PredecessorConcept {
  std::string id;
  std::string title;
  std::string version_label;
  Date adoption_date;
};
PLANWERK_DESCRIBE(PredecessorConcept, id, title, version_label, adoption_date)

struct Closure {
  Date date;
  std::string name;
};
PLANWERK_DESCRIBE(Closure, date, name)

struct CalendarSpec {
  std::string state;  // "NW"; checked by the schedule module
  bool catholic_municipality = false;
  std::vector<Closure> closures;
  std::vector<Date> working_days;
};
PLANWERK_DESCRIBE(CalendarSpec, state, catholic_municipality, closures, working_days)

// The concept's own data, outside the entity lists.
struct Header {
  std::string id;
  std::string municipality;
  std::string title;
  std::string version_label;
  v1::ConceptStatus status = v1::CONCEPT_STATUS_UNSPECIFIED;
  Date adoption_date;
  std::vector<PredecessorConcept> predecessors;
  std::string vision;
  std::string description;
  Date period_start;
  Date period_end;
  CalendarSpec calendar;
};
PLANWERK_DESCRIBE(Header, id, municipality, title, version_label, status, adoption_date, predecessors, vision,
                  description, period_start, period_end, calendar)

struct GuidingGoal {
  std::string id;
  std::string title;
  std::string description;
  Index action_field = npos;
};
PLANWERK_DESCRIBE(GuidingGoal, id, title, description, (action_field, action_field_id, action_field))

struct ActionField {
  std::string id;
  std::string title;
  std::string description;
};
PLANWERK_DESCRIBE(ActionField, id, title, description)

struct Need {
  std::string id;
  std::string title;
  std::string description;
  Index action_field = npos;
};
PLANWERK_DESCRIBE(Need, id, title, description, (action_field, action_field_id, action_field))

struct GoalRelation {
  v1::GoalRelationKind kind = v1::GOAL_RELATION_KIND_UNSPECIFIED;
  // A goal of this concept; npos when the relation points to another concept.
  Index goal = npos;
  // For relations to other concepts: their ids, resolved when several
  // concepts are read together.
  std::string foreign_concept;
  std::string foreign_goal;
  std::string note;
};
// The schema holds a foreign goal's id in goal_id beside its concept_id
// (src/model/schema_binding.cpp converts relations by hand).
PLANWERK_DESCRIBE(GoalRelation, kind, (goal, goal_id, goal), (foreign_concept, concept_id), (foreign_goal, goal_id),
                  note)

struct Goal {
  std::string id;
  std::string title;
  std::string description;
  v1::GoalKind kind = v1::GOAL_KIND_UNSPECIFIED;
  Index action_field = npos;
  Index parent = npos;
  Index guiding_goal = npos;
  Index responsible = npos;  // an actor
  std::uint32_t priority = 0;
  Date deadline;
  std::vector<Index> needs;
  std::vector<GoalRelation> relations;
};
PLANWERK_DESCRIBE(Goal, id, title, description, kind, (action_field, action_field_id, action_field),
                  (parent, parent_goal_id, goal), (guiding_goal, guiding_goal_id, guiding_goal),
                  (responsible, responsible_actor_id, actor), priority, deadline, (needs, need_ids, need), relations)

struct Budget {
  std::int64_t amount_cents = 0;
  v1::FundingType funding_type = v1::FUNDING_TYPE_UNSPECIFIED;
  std::string funding_source;
};
PLANWERK_DESCRIBE(Budget, amount_cents, funding_type, funding_source)

struct Contribution {
  Index goal = npos;
  std::optional<double> weight;  // absent means 1
};
PLANWERK_DESCRIBE(Contribution, (goal, goal_id, goal), weight)

struct Dependency {
  Index predecessor = npos;  // a measure
  v1::LinkType type = v1::LINK_TYPE_FS;
  std::int32_t lag = 0;
  v1::LagUnit lag_unit = v1::LAG_UNIT_WORKING_DAYS;
};
PLANWERK_DESCRIBE(Dependency, (predecessor, predecessor_id, measure), type, lag, lag_unit)

struct Constraint {
  v1::ConstraintType type = v1::CONSTRAINT_TYPE_UNSPECIFIED;
  Date date;
};
PLANWERK_DESCRIBE(Constraint, type, date)

struct Measure {
  std::string id;
  std::string title;
  std::string description;
  v1::MeasureKind kind = v1::MEASURE_KIND_UNSPECIFIED;
  v1::MeasureStatus status = v1::MEASURE_STATUS_UNSPECIFIED;
  Index action_field = npos;
  Index responsible = npos;  // an actor
  std::vector<Index> partners;
  Date start;
  Date end;
  std::optional<std::uint32_t> duration_days;
  Budget budget;
  std::vector<Index> target_groups;
  std::vector<Index> districts;
  std::vector<Contribution> contributions;
  std::vector<Dependency> dependencies;
  std::vector<Constraint> constraints;
  Date actual_start;
  Date actual_finish;
  std::optional<std::uint32_t> remaining_days;
};
PLANWERK_DESCRIBE(Measure, id, title, description, kind, status, (action_field, action_field_id, action_field),
                  (responsible, responsible_actor_id, actor), (partners, partner_actor_ids, actor), start, end,
                  duration_days, budget, (target_groups, target_group_ids, target_group),
                  (districts, district_ids, district), contributions, dependencies, constraints, actual_start,
                  actual_finish, remaining_days)

struct Milestone {
  std::string id;
  std::string title;
  Index measure = npos;
  Index goal = npos;
  Date due;
  Date achieved;
};
PLANWERK_DESCRIBE(Milestone, id, title, (measure, measure_id, measure), (goal, goal_id, goal), due, achieved)

struct Actor {
  std::string id;
  std::string name;
  v1::ActorKind kind = v1::ACTOR_KIND_UNSPECIFIED;
  Index parent = npos;
  std::string description;
};
PLANWERK_DESCRIBE(Actor, id, name, kind, (parent, parent_actor_id, actor), description)

struct Cadence {
  std::uint32_t min_meetings = 0;  // 0: no requirement
  v1::CadencePeriod period = v1::CADENCE_PERIOD_UNSPECIFIED;
};
PLANWERK_DESCRIBE(Cadence, min_meetings, period)

struct Meeting {
  Date date;
  std::string start_time;  // "HH:MM", optional
  std::string name;
  bool cancelled = false;
  std::string location;
  std::string source_id;
};
PLANWERK_DESCRIBE(Meeting, date, start_time, name, cancelled, location, source_id)

struct Committee {
  std::string id;
  std::string name;
  v1::CommitteeKind kind = v1::COMMITTEE_KIND_UNSPECIFIED;
  std::vector<Index> members;  // actors
  std::uint32_t max_members = 0;
  Cadence cadence;
  std::uint32_t paper_lead_days = 0;
  std::vector<Date> meetings;
  std::string recurrence;
  v1::HolidayRule holiday_rule = v1::HOLIDAY_RULE_MOVE_TO_NEXT_WORKING_DAY;
  std::vector<Meeting> meeting_records;
  std::string source_id;
};
PLANWERK_DESCRIBE(Committee, id, name, kind, (members, member_actor_ids, actor), max_members, cadence,
                  paper_lead_days, meetings, recurrence, holiday_rule, meeting_records, source_id)

struct District {
  std::string id;
  std::string name;
};
PLANWERK_DESCRIBE(District, id, name)

struct TargetGroup {
  std::string id;
  std::string name;
  std::string description;
};
PLANWERK_DESCRIBE(TargetGroup, id, name, description)

struct Baseline {
  std::optional<double> value;
  Date date;
  Index district = npos;  // npos: the whole municipality
  std::string group;      // empty: all groups (an observation group code)
};
PLANWERK_DESCRIBE(Baseline, value, date, (district, district_id, district), group)

struct Target {
  std::optional<double> value;
  Date date;
  v1::TargetKind kind = v1::TARGET_KIND_FINAL;
  Index district = npos;
  std::string group;
};
PLANWERK_DESCRIBE(Target, value, date, kind, (district, district_id, district), group)

// SDSN-style goalposts of the status rating; unset ones are derived from the
// baseline and the final target (planwerk/monitor/evaluate.hpp).
struct Goalposts {
  std::optional<double> lower_bound;
  std::optional<double> red_threshold;
  std::optional<double> green_threshold;
  std::optional<double> optimum;
};
PLANWERK_DESCRIBE(Goalposts, lower_bound, red_threshold, green_threshold, optimum)

struct Indicator {
  std::string id;
  std::string code;
  std::string title;
  std::string description;
  std::string unit;
  v1::MeasureType measure_type = v1::MEASURE_TYPE_UNSPECIFIED;
  v1::Polarity polarity = v1::POLARITY_UNSPECIFIED;
  std::string numerator;
  std::string denominator;
  std::string source;
  v1::Frequency frequency = v1::FREQUENCY_UNSPECIFIED;
  v1::MonitoringType monitoring_type = v1::MONITORING_TYPE_OUTCOME;
  std::vector<v1::Breakdown> breakdowns;
  std::vector<Index> goals;
  std::vector<Baseline> baselines;
  std::vector<Target> targets;
  Goalposts goalposts;
  v1::Aggregation aggregation = v1::AGGREGATION_UNSPECIFIED;
  double scale = 0;               // 0: 100 for percentages, else 1
  std::optional<double> weight;  // absent means 1
};
PLANWERK_DESCRIBE(Indicator, id, code, title, description, unit, measure_type, polarity, numerator, denominator,
                  source, frequency, monitoring_type, breakdowns, (goals, goal_ids, goal), baselines, targets,
                  goalposts, aggregation, scale, weight)

struct ParticipationFormat {
  std::string id;
  std::string title;
  std::string description;
  v1::ParticipationForm form = v1::PARTICIPATION_FORM_UNSPECIFIED;
  v1::FormatType format_type = v1::FORMAT_TYPE_UNSPECIFIED;
  std::vector<v1::StakeholderGroup> stakeholder_groups;
  Index organiser = npos;  // an actor
  Index committee = npos;
  std::string recurrence;
};
PLANWERK_DESCRIBE(ParticipationFormat, id, title, description, form, format_type, stakeholder_groups,
                  (organiser, organiser_actor_id, actor), (committee, committee_id, committee), recurrence)

struct ParticipationEvent {
  std::string id;
  std::string title;
  Index format = npos;
  Date date;
  Index district = npos;
  std::optional<std::uint32_t> participants;
  std::string documentation;
  std::optional<double> feedback_score;
};
PLANWERK_DESCRIBE(ParticipationEvent, id, title, (format, format_id, participation_format), date,
                  (district, district_id, district), participants, documentation, feedback_score)

struct Stakeholder {
  std::string id;
  std::string name;
  Index actor = npos;
  v1::StakeholderGroup group = v1::STAKEHOLDER_GROUP_UNSPECIFIED;
  std::uint32_t interest = 0;   // 1..5, 0 unknown
  std::uint32_t influence = 0;  // 1..5, 0 unknown
  std::string notes;
};
PLANWERK_DESCRIBE(Stakeholder, id, name, (actor, actor_id, actor), group, interest, influence, notes)

struct Allocation {
  Index measure = npos;
  std::int64_t amount_cents = 0;
  Date date;
};
PLANWERK_DESCRIBE(Allocation, (measure, measure_id, measure), amount_cents, date)

struct BudgetPool {
  std::string id;
  std::string name;
  v1::BudgetPoolKind kind = v1::BUDGET_POOL_KIND_UNSPECIFIED;
  std::int64_t total_cents = 0;
  std::uint32_t year = 0;
  Index manager = npos;  // an actor
  std::vector<Allocation> allocations;
};
PLANWERK_DESCRIBE(BudgetPool, id, name, kind, total_cents, year, (manager, manager_actor_id, actor), allocations)

struct Consultation {
  Index committee = npos;
  Date date;  // unset while not yet scheduled
  std::string role;
  bool authoritative = false;
  std::string meeting_source_id;
  std::string source_id;
};
PLANWERK_DESCRIBE(Consultation, (committee, committee_id, committee), date, role, authoritative, meeting_source_id,
                  source_id)

struct Proposal {
  std::string id;
  std::string title;
  std::string reference;
  Date date;
  std::string paper_type;
  std::vector<Consultation> consultations;
  std::vector<Index> measures;
  std::string source_id;
};
PLANWERK_DESCRIBE(Proposal, id, title, reference, date, paper_type, consultations, (measures, measure_ids, measure),
                  source_id)

}  // namespace planwerk::model
