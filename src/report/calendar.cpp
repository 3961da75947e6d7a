// SPDX-License-Identifier: Apache-2.0
// The calendar: committees with their cadence and whether it is met, the
// meetings as month grids (twelve months from the status date) and as a list
// (the plan period), public holidays and participation events; .ics files
// per committee and for all (schedule::to_icalendar, stamped with the status
// date so that the files stay the same byte for byte).
#include <algorithm>
#include <set>

#include "layout.hpp"
#include "planwerk/schedule/holidays.hpp"
#include "planwerk/schedule/icalendar.hpp"
#include "planwerk/schedule/meetings.hpp"
#include "planwerk/schedule/validate.hpp"
#include "templates.hpp"
#include "text.hpp"

namespace planwerk::report {
namespace {

using model::Date;
using model::Index;

struct Entry {
  Date date;
  int kind;  // 0 holiday, 1 meeting, 2 participation event: the list's order within a day
  std::string text;
  std::string href;  // the committee's .ics, or ""
};

std::string cadence_text(const model::Committee& c, Language lang) {
  if (c.cadence.min_meetings == 0) return word(Word::no_requirement, lang);
  const char* period = "";
  switch (c.cadence.period) {
    case v1::CADENCE_PERIOD_MONTH: period = word(Word::per_month, lang); break;
    case v1::CADENCE_PERIOD_QUARTER: period = word(Word::per_quarter, lang); break;
    case v1::CADENCE_PERIOD_HALF_YEAR: period = word(Word::per_half_year, lang); break;
    case v1::CADENCE_PERIOD_YEAR: period = word(Word::per_year, lang); break;
    default: break;
  }
  return std::to_string(c.cadence.min_meetings) + " " +
         word(c.cadence.min_meetings == 1 ? Word::meeting_per : Word::meetings_per, lang) + " " + period;
}

std::string ics_stamp(Date d) {
  const auto ymd = d.year_month_day();
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02dT000000Z", static_cast<int>(ymd.year), static_cast<int>(ymd.month),
                static_cast<int>(ymd.day));
  return buffer;
}

// Proposals with a consultation on or after the status date, or one not
// yet scheduled: each with its steps in order (the model keeps them in the
// order of their meetings), the next step first in the list's order.
mu::data consultation_sequences(const model::Concept& plan, Date as_of, Language lang) {
  struct Pending {
    Date next;  // the first step on or after the status date; unset: only unscheduled ones ahead
    Index proposal;
  };
  std::vector<Pending> pending;
  for (Index i = 0; i < plan.proposals().size(); ++i) {
    const auto& steps = plan.proposals()[i].consultations;
    const auto ahead = std::find_if(steps.begin(), steps.end(),
                                    [&](const model::Consultation& k) { return !model::is_set(k.date) || k.date >= as_of; });
    if (ahead != steps.end()) pending.push_back({ahead->date, i});
  }
  std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    const bool da = model::is_set(a.next), db = model::is_set(b.next);
    return da != db ? da : da && a.next < b.next;
  });
  mu::data out{mu::data::type::list};
  for (const auto& p : pending) {
    const auto& proposal = plan.proposals()[p.proposal];
    mu::data item;
    item.set("id", anchor("proposal", proposal.id));
    std::string title = proposal.title.empty() ? proposal.id : proposal.title;
    if (!proposal.reference.empty()) title = proposal.reference + ": " + title;
    item.set("title", title);
    item.set("type", proposal.paper_type);
    mu::data steps{mu::data::type::list};
    int n = 0;
    for (const auto& k : proposal.consultations) {
      const auto& committee = plan.committees()[k.committee];
      mu::data step;
      step.set("n", std::to_string(++n));
      step.set("committee", committee.name.empty() ? committee.id : committee.name);
      step.set("date", model::is_set(k.date) ? format_date(k.date, lang) : std::string("–"));
      step.set("iso", model::format_date(k.date));
      step.set("dated", model::is_set(k.date));
      step.set("role", k.role);
      step.set("state", word(!model::is_set(k.date) ? Word::step_unscheduled
                             : k.date < as_of       ? Word::step_done
                                                    : Word::step_ahead,
                             lang));
      steps.push_back(step);
    }
    item.set("steps", steps);
    out.push_back(item);
  }
  return out;
}

}  // namespace

void add_calendar(const SiteData& site, Files& files) {
  const Language lang = site.options.language;
  const model::Concept& plan = site.plan;
  const auto& h = plan.header();
  const schedule::Calendar cal = schedule::calendar_for(plan);
  // The list covers the plan period; without one, the status date's year.
  Date from = model::is_set(h.period_start) ? h.period_start : Date(site.as_of.year(), 1, 1);
  Date to = model::is_set(h.period_end) ? h.period_end : Date(site.as_of.year(), 12, 31);
  from = std::max(from, schedule::Calendar::first_day());
  to = std::min(to, schedule::Calendar::last_day());

  // Whether each committee meets its cadence: PW108 of the validation (the
  // model's rule for listed meetings, the schedule's for recurring ones).
  std::set<std::string> missed;
  for (const auto& d : schedule::validate(plan))
    if (d.code == "PW108" && d.kind == model::Kind::committee) missed.insert(d.entity);

  const Date stamp_day = model::is_set(site.as_of) ? site.as_of : from;
  schedule::IcsOptions ics;
  ics.stamp = ics_stamp(stamp_day);
  ics.parts = schedule::ics_meetings | schedule::ics_participation | schedule::ics_milestones;
  files["calendar/all.ics"] = schedule::to_icalendar(plan, &site.schedule, ics);

  std::vector<Entry> entries;
  mu::data committees{mu::data::type::list};
  for (Index c = 0; c < plan.committees().size(); ++c) {
    const auto& committee = plan.committees()[c];
    const std::string name = committee.name.empty() ? committee.id : committee.name;
    const std::string file = "calendar/" + anchor("committee", committee.id) + ".ics";
    schedule::IcsOptions one;
    one.stamp = ics.stamp;
    one.parts = schedule::ics_meetings;
    one.committees = {committee.id};
    files[file] = schedule::to_icalendar(plan, nullptr, one);
    const auto meetings = schedule::committee_meetings(plan, cal, c, from, to);
    for (const Date& d : meetings) entries.push_back({d, 1, name, file});
    for (const auto& m : committee.meeting_records)
      if (m.cancelled && m.date >= from && m.date <= to)
        entries.push_back({m.date, 1, name + " (" + word(Word::cancelled, lang) + ")", file});
    mu::data row;
    row.set("name", name);
    row.set("cadence", cadence_text(committee, lang));
    row.set("count", std::to_string(meetings.size()));
    const bool required = committee.cadence.min_meetings > 0;
    const bool met = missed.count(committee.id) == 0;
    row.set("met", word(!required ? Word::not_applicable : met ? Word::cadence_met : Word::cadence_missed, lang));
    row.set("missed", required && !met);
    row.set("ics", file);
    row.set("ics_label", std::string(word(Word::subscribe, lang)) + ": " + name);
    committees.push_back(row);
  }
  if (const auto state = schedule::state_from_code(h.calendar.state)) {
    schedule::HolidayOptions options;
    options.catholic_municipality = h.calendar.catholic_municipality;
    for (int y = std::max<int>(from.year(), schedule::first_holiday_year);
         y <= std::min<int>(to.year(), schedule::last_holiday_year); ++y)
      for (const auto& holiday : schedule::public_holidays(*state, y, options))
        if (holiday.date >= from && holiday.date <= to) entries.push_back({holiday.date, 0, holiday.name, ""});
  }
  for (const auto& e : plan.participation_events())
    if (model::is_set(e.date) && e.date >= from && e.date <= to) entries.push_back({e.date, 2, e.title, ""});
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return std::tie(a.date, a.kind) < std::tie(b.date, b.kind); });

  const Word kinds[] = {Word::holiday, Word::meeting, Word::participation_event};
  mu::data list{mu::data::type::list};
  for (const auto& e : entries) {
    mu::data row;
    row.set("date", format_date(e.date, lang));
    row.set("iso", model::format_date(e.date));
    row.set("kind", word(kinds[e.kind], lang));
    row.set("text", e.text);
    list.push_back(row);
  }

  // Month grids: twelve months from the status date's month.
  mu::data months{mu::data::type::list};
  const Date first = Date(stamp_day.year(), stamp_day.month(), 1);
  const std::string weekdays = word(Word::weekday_names, lang);
  for (int k = 0; k < 12; ++k) {
    const Date month_start = first + boost::gregorian::months(k);
    const Date month_end = month_start.end_of_month();
    mu::data month;
    month.set("caption", month_name(month_start.month(), lang) + " " + std::to_string(static_cast<int>(month_start.year())));
    month.set("id", "month-" + std::to_string(static_cast<int>(month_start.year())) + "-" +
                        std::to_string(static_cast<int>(month_start.month())));
    mu::data head{mu::data::type::list};
    for (std::size_t from_pos = 0, i = 0; i < 7; ++i) {
      const std::size_t end = weekdays.find('|', from_pos);
      mu::data day;
      day.set("name", weekdays.substr(from_pos, end - from_pos));
      head.push_back(day);
      from_pos = end + 1;
    }
    month.set("weekdays", head);
    mu::data weeks{mu::data::type::list};
    // Monday-first weeks; blank cells before the first and after the last day.
    const int lead = (month_start.day_of_week().as_number() + 6) % 7;
    Date d = month_start - boost::gregorian::days(lead);
    while (d <= month_end) {
      mu::data week;
      mu::data days{mu::data::type::list};
      for (int i = 0; i < 7; ++i, d += boost::gregorian::days(1)) {
        mu::data cell;
        const bool inside = d >= month_start && d <= month_end;
        cell.set("inside", inside);
        if (inside) {
          cell.set("day", std::to_string(static_cast<int>(d.day())));
          cell.set("weekend", !cal.is_working_day(d));
          mu::data items{mu::data::type::list};
          for (const auto& e : entries)
            if (e.date == d) {
              mu::data item;
              item.set("kind", word(kinds[e.kind], lang));
              item.set("css", e.kind == 0 ? "holiday" : e.kind == 1 ? "meeting" : "event");
              item.set("text", e.text);
              items.push_back(item);
            }
          cell.set("items", items);
        }
        days.push_back(cell);
      }
      week.set("days", days);
      weeks.push_back(week);
    }
    month.set("weeks", weeks);
    months.push_back(month);
  }

  mu::data d;
  set_words(d, lang, {{"committees_label", Word::committees},
                      {"committee_label", Word::committee},
                      {"cadence_label", Word::cadence}});
  d.set("count_label", std::string(word(Word::meetings_in_period, lang)) + " " + format_date(from, lang) + "\u2013" +
                           format_date(to, lang));
  d.set("met_label", word(Word::cadence_kept, lang));
  d.set("ics_column", word(Word::calendar_file, lang));
  d.set("committees", committees);
  d.set("all_ics", "calendar/all.ics");
  d.set("all_ics_label", word(Word::subscribe_all, lang));
  d.set("months_label", word(Word::month_view, lang));
  d.set("months", months);
  set_words(d, lang, {{"list_label", Word::date_list},
                      {"date_label", Word::date},
                      {"kind_label", Word::kind},
                      {"what_label", Word::what}});
  d.set("entries", list);
  d.set("has_entries", !entries.empty());
  const mu::data sequences = consultation_sequences(plan, stamp_day, lang);
  d.set("has_proposals", !plan.proposals().empty());
  d.set("has_sequences", !sequences.is_empty_list());
  d.set("sequences", sequences);
  set_words(d, lang, {{"sequences_label", Word::consultation_sequences},
                      {"sequences_note", Word::consultation_sequences_note},
                      {"no_sequences", Word::no_pending_proposals},
                      {"step_label", Word::step},
                      {"role_label", Word::role},
                      {"state_label", Word::state}});
  files["calendar.html"] = layout(site, "calendar.html", word(Word::calendar, lang), render(templates::calendar, d));
}

}  // namespace planwerk::report
