// SPDX-License-Identifier: Apache-2.0
// planwerk schedule: the critical path schedule on the concept's calendar.
#include <iomanip>
#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/schedule/icalendar.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace planwerk::cli {
namespace {

constexpr const char* usage =
    "usage: planwerk schedule FILE [--start DATE] [--as-of DATE] [--critical] [--ics OUT]\n"
    "  --start DATE   the plan's first day (default: the plan period's start)\n"
    "  --as-of DATE   the status date: reschedule what is not done from here\n"
    "  --critical     print only the critical path\n"
    "  --ics OUT      also write meetings, events, milestones, deadlines and the\n"
    "                 scheduled measures as an iCalendar file\n";

const char* progress_name(schedule::WorkState p) {
  switch (p) {
    case schedule::WorkState::finished: return "done";
    case schedule::WorkState::in_progress: return "under way";
    default: return "";
  }
}

}  // namespace

int run_schedule(const Args& args, std::ostream& out, std::ostream& err) {
  std::string file, ics;
  schedule::ScheduleOptions options;
  bool critical_only = false;
  const bool parsed = parse_arguments("schedule", usage, err, [&] {
    for (Arguments a(args); a.next();) {
      const std::string& arg = a.current();
      if (arg == "--start") options.start = date_argument(arg, a.value());
      else if (arg == "--as-of") options.as_of = date_argument(arg, a.value());
      else if (arg == "--critical") critical_only = true;
      else if (arg == "--ics") ics = a.value();
      else if (a.is_option()) a.unknown();
      else if (file.empty()) file = arg;
      else throw std::invalid_argument("one FILE only");
    }
    if (file.empty()) throw std::invalid_argument("no FILE given");
  });
  if (!parsed) return exit_unreadable;

  int status = exit_ok;
  const auto loaded = load_concept(file, err, status);
  if (!loaded) return status;
  const model::Concept& plan = *loaded;
  schedule::Schedule s;
  try {
    s = schedule::schedule_plan(plan, schedule::calendar_for(plan), options);
  } catch (const Error& e) {
    err << "planwerk schedule: " << e.what() << "\n";
    // Cycles are the plan's defect; a bad date or state is the input's.
    return e.code() == ErrorCode::conflict ? exit_invalid : exit_unreadable;
  }

  const auto& measures = plan.measures();
  if (critical_only) {
    out << "critical path (finish " << model::format_date(s.finish) << "):";
    for (auto m : s.critical_path) out << " " << measures[m].id;
    out << "\n";
  } else {
    const std::string state = plan.header().calendar.state;
    out << "schedule " << model::format_date(s.start) << " to " << model::format_date(s.finish) << " on "
        << (state.empty() ? std::string("a Monday-to-Friday calendar") : "the " + state + " calendar")
        << (options.as_of ? ", status date " + model::format_date(*options.as_of) : std::string()) << "\n";
    out << std::left << std::setw(16) << "measure" << std::setw(12) << "start" << std::setw(12) << "finish"
        << std::right << std::setw(6) << "days" << std::setw(7) << "float" << "  \n";
    for (std::size_t v = 0; v < measures.size(); ++v) {
      const auto& d = s.measures[v];
      out << std::left << std::setw(16) << measures[v].id << std::setw(12) << model::format_date(d.early_start)
          << std::setw(12) << model::format_date(d.early_finish) << std::right << std::setw(6) << d.duration
          << std::setw(7) << d.total_float << "  " << (d.critical ? "critical" : "")
          << (d.critical && d.progress != schedule::WorkState::not_started ? ", " : "") << progress_name(d.progress)
          << "\n";
    }
  }
  for (const auto& f : s.findings) out << f.to_line() << "\n";
  if (!ics.empty()) {
    try {
      io::write_file(ics, schedule::to_icalendar(plan, &s));
    } catch (const Error& e) {
      err << "planwerk: " << e.what() << "\n";
      return exit_unreadable;
    }
    out << "wrote " << ics << "\n";
  }
  return model::has_errors(s.findings) ? exit_invalid : exit_ok;
}

}  // namespace planwerk::cli
