// SPDX-License-Identifier: Apache-2.0
#include "planwerk/schedule/meetings.hpp"

#include <algorithm>

#include "planwerk/model/cadence.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/model/validate.hpp"
#include "planwerk/schedule/recurrence.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace planwerk::schedule {
namespace {

namespace bg = boost::gregorian;
using model::Index;
using model::Kind;

}  // namespace

std::vector<Date> committee_meetings(const model::Concept& plan, const Calendar& calendar, Index committee,
                                     Date from, Date to) {
  const auto& c = plan.committees()[plan.checked(Kind::committee, committee)];
  std::vector<Date> out;
  for (Date d : model::listed_meetings(c)) {
    if (d >= from && d <= to) out.push_back(d);
  }
  if (!c.recurrence.empty()) {
    Recurrence rule;
    try {
      rule = parse_recurrence(c.recurrence);
    } catch (const Error& e) {
      throw Error(e.code(), "committee \"" + c.id + "\": " + e.what());
    }
    const auto dates = on_working_days(expand(rule, from, to), calendar,
                                       c.holiday_rule == v1::HOLIDAY_RULE_SKIP ? HolidayRule::skip
                                                                               : HolidayRule::move_to_next_working_day);
    for (Date d : dates) {
      if (d <= to) out.push_back(d);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<model::Diagnostic> check_meetings(const model::Concept& plan, const Calendar& calendar) {
  std::vector<model::Diagnostic> out;
  const auto& h = plan.header();
  for (Index i = 0; i < plan.committees().size(); ++i) {
    const auto& c = plan.committees()[i];
    const std::string where = "committees[" + std::to_string(i) + "]";
    std::vector<Date> meetings;
    if (c.recurrence.empty() || !model::is_set(h.period_start) || !model::is_set(h.period_end)) continue;
    try {
      meetings = committee_meetings(plan, calendar, i, h.period_start, h.period_end);
    } catch (const Error& e) {
      out.push_back({"PW202", model::Severity::error, Kind::committee, c.id, where + ".recurrence", e.what()});
      continue;
    }
    if (auto shortfall = model::cadence_shortfall(c, meetings, h.period_start, h.period_end))
      out.push_back({"PW108", model::Severity::warning, Kind::committee, c.id, where + ".meetings", *shortfall});
  }
  return out;
}

ConsultationPath consultation_path(const model::Concept& plan, const Calendar& calendar, Date ready,
                                   const std::vector<std::string>& committee_ids, const std::vector<MeetingMove>& moves) {
  if (committee_ids.empty()) throw Error(ErrorCode::invalid_argument, "a consultation needs at least one committee");
  Calendar::require_within(ready, "ready");
  for (const auto& m : moves) {
    Calendar::require_within(m.from, "the meeting of \"" + m.committee_id + "\" to move");
    Calendar::require_within(m.to, "the meeting of \"" + m.committee_id + "\" moved");
  }
  const Date horizon = std::min(Calendar::last_day(), ready + bg::years(3));
  for (const auto& m : moves) plan.index_of(Kind::committee, m.committee_id);  // throws not_found
  ConsultationPath path;
  Date available = ready;
  for (const auto& id : committee_ids) {
    const Index ci = plan.index_of(Kind::committee, id);
    const auto& c = plan.committees()[ci];
    auto meetings = committee_meetings(plan, calendar, ci, ready, horizon);
    for (const auto& m : moves) {
      if (m.committee_id != id) continue;
      auto it = std::find(meetings.begin(), meetings.end(), m.from);
      if (it == meetings.end())
        throw Error(ErrorCode::not_found, "committee \"" + id + "\" has no meeting on " + model::format_date(m.from) + " to move");
      *it = m.to;
      std::sort(meetings.begin(), meetings.end());
    }
    bool found = false;
    for (Date meeting : meetings) {
      const Date due = calendar.add_working_days(calendar.previous_working_day(meeting), -static_cast<std::int64_t>(c.paper_lead_days));
      if (meeting < available || due < available) continue;
      path.steps.push_back({ci, due, meeting});
      available = calendar.next_working_day(meeting + bg::days(1));
      found = true;
      break;
    }
    if (!found) {
      throw Error(ErrorCode::conflict, "committee \"" + id + "\" has no meeting between " + model::format_date(available) +
                                           " and " + model::format_date(horizon) + " whose papers are due in time (" +
                                           std::to_string(c.paper_lead_days) + " working days ahead)");
    }
  }
  path.adoption = path.steps.back().meeting;
  return path;
}

Frame consultation_table(const model::Concept& plan, const ConsultationPath& path) {
  using T = Column::Type;
  Frame f;
  auto& committee = f.add("committee", T::text).texts();
  auto& papers_due = f.add("papers_due", T::date).dates();
  auto& meeting = f.add("meeting", T::date).dates();
  for (const auto& step : path.steps) {
    committee.push_back(plan.committees()[step.committee].id);
    papers_due.push_back(model::to_day(step.papers_due));
    meeting.push_back(model::to_day(step.meeting));
  }
  return f;
}

Frame similar_sequences(const model::Concept& plan, const Calendar& calendar,
                        const std::vector<std::string>& committee_ids) {
  std::vector<Index> wanted;
  for (const auto& id : committee_ids) {
    const auto at = plan.find(Kind::committee, id);
    if (!at) throw Error(ErrorCode::not_found, "unknown committee \"" + id + "\"");
    wanted.push_back(*at);
  }
  struct Row {
    Index proposal;
    Date first, last;
  };
  std::vector<Row> rows;
  for (Index i = 0; i < plan.proposals().size(); ++i) {
    const auto& steps = plan.proposals()[i].consultations;
    const bool same = steps.size() == wanted.size() &&
                      std::equal(steps.begin(), steps.end(), wanted.begin(), [](const model::Consultation& k, Index c) {
                        return k.committee == c && model::is_set(k.date) && k.date >= Calendar::first_day() &&
                               k.date <= Calendar::last_day();
                      });
    if (same) rows.push_back({i, steps.front().date, steps.back().date});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.first < b.first; });
  using T = Column::Type;
  Frame f;
  auto& proposal = f.add("proposal", T::text).texts();
  auto& reference = f.add("reference", T::text).texts();
  auto& title = f.add("title", T::text).texts();
  auto& first = f.add("first", T::date).dates();
  auto& last = f.add("last", T::date).dates();
  auto& days = f.add("working_days", T::integer).integers();
  for (const auto& r : rows) {
    const auto& p = plan.proposals()[r.proposal];
    proposal.push_back(p.id);
    reference.push_back(p.reference);
    title.push_back(p.title);
    first.push_back(model::to_day(r.first));
    last.push_back(model::to_day(r.last));
    days.push_back(calendar.working_days_between(r.first, r.last));
  }
  f.seal();
  return f;
}

}  // namespace planwerk::schedule
