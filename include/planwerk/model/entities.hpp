// SPDX-License-Identifier: Apache-2.0
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

/// An earlier concept this one continues.
struct PredecessorConcept {
  std::string id;  ///< Its id.
  std::string title;  ///< Its title.
  std::string version_label;  ///< Its version label.
  Date adoption_date;  ///< When its council adopted it.
};
PLANWERK_DESCRIBE(PredecessorConcept, id, title, version_label, adoption_date)

/// A day the administration is closed beyond the public holidays.
struct Closure {
  Date date;  ///< The day.
  std::string name;  ///< What it is, e.g. "Betriebsausflug".
};
PLANWERK_DESCRIBE(Closure, date, name)

/// The working-day calendar the schedule runs on (planwerk/schedule/calendar.hpp).
struct CalendarSpec {
  std::string state;  ///< "NW"; checked by the schedule module
  bool catholic_municipality = false;  ///< Whether the holidays of mostly Catholic municipalities apply: Mariä Himmelfahrt (BY), Fronleichnam (SN, TH).
  std::vector<Closure> closures;  ///< Closed days beyond the public holidays.
  std::vector<Date> working_days;  ///< Days that are working days although the rules say otherwise.
};
PLANWERK_DESCRIBE(CalendarSpec, state, catholic_municipality, closures, working_days)

/// The concept's own data, outside the entity lists.
struct Header {
  std::string id;  ///< Unique among the concepts a host keeps in the concept.
  std::string municipality;  ///< The municipality, e.g. "Stadt Oberhausen".
  std::string title;  ///< The title as adopted.
  std::string version_label;  ///< The authors' label of this version.
  v1::ConceptStatus status = v1::CONCEPT_STATUS_UNSPECIFIED;  ///< Draft, adopted or superseded.
  Date adoption_date;  ///< When the council adopted it; unset for a draft.
  std::vector<PredecessorConcept> predecessors;  ///< The concepts it continues.
  std::string vision;  ///< The guiding vision above the guiding goals.
  std::string description;  ///< Free text.
  Date period_start;  ///< First day of the plan period.
  Date period_end;  ///< Last day of the plan period.
  CalendarSpec calendar;  ///< The working-day calendar of the schedule.
};
PLANWERK_DESCRIBE(Header, id, municipality, title, version_label, status, adoption_date, predecessors, vision,
                  description, period_start, period_end, calendar)

/// A long-term guiding goal (Leitziel).
struct GuidingGoal {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string title;  ///< The goal as the concept words it.
  std::string description;  ///< Free text.
  Index action_field = npos;  ///< The action field it belongs to; npos: none.
};
PLANWERK_DESCRIBE(GuidingGoal, id, title, description, (action_field, action_field_id, action_field))

/// An action field (Handlungsfeld) that groups goals and measures.
struct ActionField {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string title;  ///< Its name.
  std::string description;  ///< Free text.
};
PLANWERK_DESCRIBE(ActionField, id, title, description)

/// A need for action (Handlungsbedarf) found in the analysis.
struct Need {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string title;  ///< The need in one line.
  std::string description;  ///< Free text.
  Index action_field = npos;  ///< The action field it belongs to; npos: none.
};
PLANWERK_DESCRIBE(Need, id, title, description, (action_field, action_field_id, action_field))

/// How one goal relates to another (supports, conflicts with, ...).
struct GoalRelation {
  v1::GoalRelationKind kind = v1::GOAL_RELATION_KIND_UNSPECIFIED;  ///< Supports or conflicts with.
  /// A goal of this concept; npos when the relation points to another concept.
  Index goal = npos;
  /// For relations to other concepts: their ids, resolved when several
  /// concepts are read together.
  std::string foreign_concept;
  std::string foreign_goal;  ///< The goal's id in that concept.
  std::string note;  ///< Why, in the authors' words.
};
/// The schema holds a foreign goal's id in goal_id beside its concept_id
/// (src/model/schema_binding.cpp converts relations by hand).
PLANWERK_DESCRIBE(GoalRelation, kind, (goal, goal_id, goal), (foreign_concept, concept_id), (foreign_goal, goal_id),
                  note)

/// A measurable goal: strategic, operational or interim, with a responsible actor and a deadline.
struct Goal {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string title;  ///< The goal as the concept words it.
  std::string description;  ///< Free text.
  v1::GoalKind kind = v1::GOAL_KIND_UNSPECIFIED;  ///< Strategic, operational or interim.
  Index action_field = npos;  ///< The action field it belongs to; npos: none.
  Index parent = npos;  ///< The goal it refines; npos: none.
  Index guiding_goal = npos;  ///< The guiding goal it serves; npos: none.
  Index responsible = npos;  ///< an actor
  std::uint32_t priority = 0;  ///< 1 = highest; 0 = not prioritised.
  Date deadline;  ///< When it is to be reached; unset: no deadline.
  std::vector<Index> needs;  ///< The needs it answers.
  std::vector<GoalRelation> relations;  ///< Its relations to other goals.
};
PLANWERK_DESCRIBE(Goal, id, title, description, kind, (action_field, action_field_id, action_field),
                  (parent, parent_goal_id, goal), (guiding_goal, guiding_goal_id, guiding_goal),
                  (responsible, responsible_actor_id, actor), priority, deadline, (needs, need_ids, need), relations)

/// What a measure costs and who pays.
struct Budget {
  std::int64_t amount_cents = 0;  ///< The amount in euro cents.
  v1::FundingType funding_type = v1::FUNDING_TYPE_UNSPECIFIED;  ///< Municipal, state, federal, EU, ...
  std::string funding_source;  ///< The programme or budget line, as text.
};
PLANWERK_DESCRIBE(Budget, amount_cents, funding_type, funding_source)

/// A measure's contribution to a goal.
struct Contribution {
  Index goal = npos;  ///< The goal.
  std::optional<double> weight;  ///< absent means 1
};
PLANWERK_DESCRIBE(Contribution, (goal, goal_id, goal), weight)

/// A link from a predecessor measure, with its type and lag.
struct Dependency {
  Index predecessor = npos;  ///< a measure
  v1::LinkType type = v1::LINK_TYPE_FS;  ///< FS, SS, FF or SF (finish-to-start, ...).
  std::int32_t lag = 0;  ///< The lag in lag_unit; negative: a lead.
  v1::LagUnit lag_unit = v1::LAG_UNIT_WORKING_DAYS;  ///< Working days or calendar days.
};
PLANWERK_DESCRIBE(Dependency, (predecessor, predecessor_id, measure), type, lag, lag_unit)

/// A date constraint on a measure.
struct Constraint {
  v1::ConstraintType type = v1::CONSTRAINT_TYPE_UNSPECIFIED;  ///< Start no earlier than, finish no later than, must start on.
  Date date;  ///< Its date.
};
PLANWERK_DESCRIBE(Constraint, type, date)

/// A measure of the action plan.
struct Measure {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string title;  ///< The measure as the plan names it.
  std::string description;  ///< Free text.
  v1::MeasureKind kind = v1::MEASURE_KIND_UNSPECIFIED;  ///< Existing or planned.
  v1::MeasureStatus status = v1::MEASURE_STATUS_UNSPECIFIED;  ///< Proposed, planned, in progress, completed, ...
  Index action_field = npos;  ///< The action field it belongs to; npos: none.
  Index responsible = npos;  ///< an actor
  std::vector<Index> partners;  ///< Partner actors.
  Date start;  ///< Planned start; unset: from the schedule.
  Date end;  ///< Planned end; unset: from the schedule.
  std::optional<std::uint32_t> duration_days;  ///< Duration in working days, when given.
  Budget budget;  ///< Cost and funding.
  std::vector<Index> target_groups;  ///< The target groups it addresses.
  std::vector<Index> districts;  ///< The districts it works in; empty: the whole municipality.
  std::vector<Contribution> contributions;  ///< The goals it contributes to.
  std::vector<Dependency> dependencies;  ///< Its predecessors.
  std::vector<Constraint> constraints;  ///< Date constraints.
  Date actual_start;  ///< When it actually started (status tracking).
  Date actual_finish;  ///< When it actually finished.
  std::optional<std::uint32_t> remaining_days;  ///< Working days left, for a measure under way.
};
PLANWERK_DESCRIBE(Measure, id, title, description, kind, status, (action_field, action_field_id, action_field),
                  (responsible, responsible_actor_id, actor), (partners, partner_actor_ids, actor), start, end,
                  duration_days, budget, (target_groups, target_group_ids, target_group),
                  (districts, district_ids, district), contributions, dependencies, constraints, actual_start,
                  actual_finish, remaining_days)

/// A milestone of a measure or a goal.
struct Milestone {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string title;  ///< What is reached.
  Index measure = npos;  ///< The measure it belongs to; npos: none.
  Index goal = npos;  ///< The goal it marks; npos: none.
  Date due;  ///< When it is due.
  Date achieved;  ///< When it was achieved; unset: not yet.
};
PLANWERK_DESCRIBE(Milestone, id, title, (measure, measure_id, measure), (goal, goal_id, goal), due, achieved)

/// An actor: an office, a department, an organisation, a person's role.
struct Actor {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string name;  ///< Its name.
  v1::ActorKind kind = v1::ACTOR_KIND_UNSPECIFIED;  ///< Administration unit, association, migrant organisation, job centre, ...
  Index parent = npos;  ///< The actor it belongs to; npos: none.
  std::string description;  ///< Free text.
};
PLANWERK_DESCRIBE(Actor, id, name, kind, (parent, parent_actor_id, actor), description)

/// How often a committee must meet.
struct Cadence {
  std::uint32_t min_meetings = 0;  ///< 0: no requirement
  v1::CadencePeriod period = v1::CADENCE_PERIOD_UNSPECIFIED;  ///< Per month, quarter, half-year or year.
};
PLANWERK_DESCRIBE(Cadence, min_meetings, period)

/// A recorded meeting of a committee (for example from OParl).
struct Meeting {
  Date date;  ///< The day.
  std::string start_time;  ///< "HH:MM", optional
  std::string name;  ///< Its name in the council system.
  bool cancelled = false;  ///< Whether it was cancelled.
  std::string location;  ///< Where it takes place.
  std::string source_id;  ///< Its id in the source system (an OParl URL).
};
PLANWERK_DESCRIBE(Meeting, date, start_time, name, cancelled, location, source_id)

/// A committee with its calendar: a council, a board, a working group.
struct Committee {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string name;  ///< Its name.
  v1::CommitteeKind kind = v1::COMMITTEE_KIND_UNSPECIFIED;  ///< Council, council committee, integration council, working group, ...
  std::vector<Index> members;  ///< actors
  std::uint32_t max_members = 0;  ///< The largest membership allowed; 0: no limit.
  Cadence cadence;  ///< How often it must meet.
  std::uint32_t paper_lead_days = 0;  ///< Working days between a paper's deadline and the meeting.
  std::vector<Date> meetings;  ///< Its planned meeting days.
  std::string recurrence;  ///< An RFC 5545 rule for its meeting days (RRULE).
  v1::HolidayRule holiday_rule = v1::HOLIDAY_RULE_MOVE_TO_NEXT_WORKING_DAY;  ///< What happens to a meeting that falls on a holiday.
  std::vector<Meeting> meeting_records;  ///< Meetings as recorded by a council system.
  std::string source_id;  ///< Its id in the source system (an OParl URL).
};
PLANWERK_DESCRIBE(Committee, id, name, kind, (members, member_actor_ids, actor), max_members, cadence,
                  paper_lead_days, meetings, recurrence, holiday_rule, meeting_records, source_id)

/// A district (Stadtbezirk, Sozialraum) of the municipality.
struct District {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string name;  ///< Its name.
};
PLANWERK_DESCRIBE(District, id, name)

/// A target group of measures.
struct TargetGroup {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string name;  ///< Its name.
  std::string description;  ///< Free text.
};
PLANWERK_DESCRIBE(TargetGroup, id, name, description)

/// An indicator's starting value.
struct Baseline {
  std::optional<double> value;  ///< The value; absent: unknown.
  Date date;  ///< When it was measured.
  Index district = npos;  ///< npos: the whole municipality
  std::string group;      ///< empty: all groups (an observation group code)
};
PLANWERK_DESCRIBE(Baseline, value, date, (district, district_id, district), group)

/// A value an indicator is to reach by a date.
struct Target {
  std::optional<double> value;  ///< The value; absent: not quantified.
  Date date;  ///< By when.
  v1::TargetKind kind = v1::TARGET_KIND_FINAL;  ///< Final or interim.
  Index district = npos;  ///< npos: the whole municipality.
  std::string group;  ///< Empty: all groups (an observation group code).
};
PLANWERK_DESCRIBE(Target, value, date, kind, (district, district_id, district), group)

/// SDSN-style goalposts of the status rating; unset ones are derived from the
/// baseline and the final target (planwerk/monitor/evaluate.hpp).
struct Goalposts {
  std::optional<double> lower_bound;  ///< The worst value on the scale.
  std::optional<double> red_threshold;  ///< Below it the status is red.
  std::optional<double> green_threshold;  ///< From it on the status is green.
  std::optional<double> optimum;  ///< The best value on the scale.
};
PLANWERK_DESCRIBE(Goalposts, lower_bound, red_threshold, green_threshold, optimum)

/// An indicator with its definition, baselines, targets and rating.
struct Indicator {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string code;  ///< A short code, e.g. "I-3.2".
  std::string title;  ///< Its title.
  std::string description;  ///< Free text.
  std::string unit;  ///< The unit, e.g. "%".
  v1::MeasureType measure_type = v1::MEASURE_TYPE_UNSPECIFIED;  ///< Percentage, rate, count, ratio, index, amount, score.
  v1::Polarity polarity = v1::POLARITY_UNSPECIFIED;  ///< Whether higher or lower is better.
  std::string numerator;  ///< What is counted, for a rate or share.
  std::string denominator;  ///< What it is divided by.
  std::string source;  ///< Where the data come from.
  v1::Frequency frequency = v1::FREQUENCY_UNSPECIFIED;  ///< How often it is measured.
  v1::MonitoringType monitoring_type = v1::MONITORING_TYPE_OUTCOME;  ///< Outcome or process.
  std::vector<v1::Breakdown> breakdowns;  ///< The dimensions it is broken down by (district, group, ...).
  std::vector<Index> goals;  ///< The goals it measures.
  std::vector<Baseline> baselines;  ///< Its starting values.
  std::vector<Target> targets;  ///< Its target values.
  Goalposts goalposts;  ///< The goalposts of the status rating.
  v1::Aggregation aggregation = v1::AGGREGATION_UNSPECIFIED;  ///< How parts sum to totals.
  double scale = 0;               ///< 0: 100 for percentages, else 1
  std::optional<double> weight;  ///< absent means 1
};
PLANWERK_DESCRIBE(Indicator, id, code, title, description, unit, measure_type, polarity, numerator, denominator,
                  source, frequency, monitoring_type, breakdowns, (goals, goal_ids, goal), baselines, targets,
                  goalposts, aggregation, scale, weight)

/// A participation format: a forum, a survey, an advisory board.
struct ParticipationFormat {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string title;  ///< Its name.
  std::string description;  ///< Free text.
  v1::ParticipationForm form = v1::PARTICIPATION_FORM_UNSPECIFIED;  ///< Hearing, consultation or co-creation.
  v1::FormatType format_type = v1::FORMAT_TYPE_UNSPECIFIED;  ///< Conference, workshop, survey, working group, ...
  std::vector<v1::StakeholderGroup> stakeholder_groups;  ///< Whom it involves.
  Index organiser = npos;  ///< an actor
  Index committee = npos;  ///< The committee it is, if it is one; npos: none.
  std::string recurrence;  ///< An RFC 5545 rule for its dates (RRULE).
};
PLANWERK_DESCRIBE(ParticipationFormat, id, title, description, form, format_type, stakeholder_groups,
                  (organiser, organiser_actor_id, actor), (committee, committee_id, committee), recurrence)

/// One held event of a participation format.
struct ParticipationEvent {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string title;  ///< Its title.
  Index format = npos;  ///< The format it belongs to.
  Date date;  ///< The day.
  Index district = npos;  ///< Where; npos: the whole municipality.
  std::optional<std::uint32_t> participants;  ///< How many took part, when counted.
  std::string documentation;  ///< Where it is documented.
  std::optional<double> feedback_score;  ///< The participants' rating, when asked.
};
PLANWERK_DESCRIBE(ParticipationEvent, id, title, (format, format_id, participation_format), date,
                  (district, district_id, district), participants, documentation, feedback_score)

/// A stakeholder of the concept, for the stakeholder map.
struct Stakeholder {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string name;  ///< Its name.
  Index actor = npos;  ///< The actor it is, if any; npos: none.
  v1::StakeholderGroup group = v1::STAKEHOLDER_GROUP_UNSPECIFIED;  ///< Which group it belongs to.
  std::uint32_t interest = 0;   ///< 1..5, 0 unknown
  std::uint32_t influence = 0;  ///< 1..5, 0 unknown
  std::string notes;  ///< Free text.
};
PLANWERK_DESCRIBE(Stakeholder, id, name, (actor, actor_id, actor), group, interest, influence, notes)

/// An amount of a budget pool given to a measure.
struct Allocation {
  Index measure = npos;  ///< The measure.
  std::int64_t amount_cents = 0;  ///< The amount in euro cents.
  Date date;  ///< When it was allocated.
};
PLANWERK_DESCRIBE(Allocation, (measure, measure_id, measure), amount_cents, date)

/// A budget pool measures are paid from, e.g. an innovation budget.
struct BudgetPool {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string name;  ///< Its name.
  v1::BudgetPoolKind kind = v1::BUDGET_POOL_KIND_UNSPECIFIED;  ///< Innovation budget, programme, other.
  std::int64_t total_cents = 0;  ///< Its amount in euro cents.
  std::uint32_t year = 0;  ///< The budget year; 0: not tied to one.
  Index manager = npos;  ///< an actor
  std::vector<Allocation> allocations;  ///< What it has allocated.
  /// The funding types of the measures it pays for; empty: by kind (an
  /// innovation pool the innovation budget's, any other every type). Since 0.2.
  std::vector<v1::FundingType> funding_types;
};
PLANWERK_DESCRIBE(BudgetPool, id, name, kind, total_cents, year, (manager, manager_actor_id, actor), allocations,
                  funding_types)

/// One step of a proposal's consultation sequence (Beratungsfolge).
struct Consultation {
  Index committee = npos;  ///< The committee.
  Date date;  ///< unset while not yet scheduled
  std::string role;  ///< Its role: consultation, decision, information.
  bool authoritative = false;  ///< Whether this committee decides.
  std::string meeting_source_id;  ///< The meeting's id in the council system.
  std::string source_id;  ///< The consultation's id in the council system.
};
PLANWERK_DESCRIBE(Consultation, (committee, committee_id, committee), date, role, authoritative, meeting_source_id,
                  source_id)

/// A paper (Vorlage) with its consultation sequence.
struct Proposal {
  std::string id;  ///< Unique among the entities of its kind in the concept.
  std::string title;  ///< Its subject.
  std::string reference;  ///< Its reference number (Drucksachennummer).
  Date date;  ///< Its date.
  std::string paper_type;  ///< The council system's paper type.
  std::vector<Consultation> consultations;  ///< Its consultation sequence.
  std::vector<Index> measures;  ///< The measures it decides on.
  std::string source_id;  ///< Its id in the council system (an OParl URL).
};
PLANWERK_DESCRIBE(Proposal, id, title, reference, date, paper_type, consultations, (measures, measure_ids, measure),
                  source_id)

}  // namespace planwerk::model
