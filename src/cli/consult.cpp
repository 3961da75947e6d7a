// SPDX-License-Identifier: Apache-2.0
// planwerk consult: when a proposal passes its committees (Beratungsfolge).
#include <algorithm>
#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/schedule/meetings.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace planwerk::cli {
namespace {

constexpr const char* usage =
    "usage: planwerk consult FILE --ready DATE --via COMMITTEE[,COMMITTEE...] [--move COMMITTEE:FROM=TO]...\n"
    "  the meeting each committee treats the proposal in, in order, and the adoption date;\n"
    "  --move: what if the committee's meeting on FROM took place on TO\n";

}  // namespace

int run_consult(const Args& args, std::ostream& out, std::ostream& err) {
  std::string file;
  std::optional<model::Date> ready;
  std::vector<std::string> via;
  std::vector<schedule::MeetingMove> moves;
  const bool parsed = parse_arguments("consult", usage, err, [&] {
    for (Arguments cursor(args); cursor.next();) {
      const std::string& a = cursor.current();
      if (a == "--ready") {
        ready = date_argument(a, cursor.value());
      } else if (a == "--via") {
        std::string list = cursor.value();
        for (std::size_t p = 0; p <= list.size();) {
          const auto q = std::min(list.find(',', p), list.size());
          if (q > p) via.push_back(list.substr(p, q - p));
          p = q + 1;
        }
      } else if (a == "--move") {
        const std::string m = cursor.value();
        const auto colon = m.find(':'), eq = m.find('=');
        if (colon == std::string::npos || eq == std::string::npos || eq < colon)
          throw std::invalid_argument("--move needs COMMITTEE:FROM=TO, not \"" + m + "\"");
        moves.push_back({m.substr(0, colon), date_argument("--move", m.substr(colon + 1, eq - colon - 1)),
                         date_argument("--move", m.substr(eq + 1))});
      } else if (cursor.is_option()) {
        cursor.unknown();
      } else if (file.empty()) {
        file = a;
      } else {
        throw std::invalid_argument("one FILE only");
      }
    }
    if (file.empty() || !ready || via.empty()) throw std::invalid_argument("FILE, --ready and --via are needed");
  });
  if (!parsed) return exit_unreadable;
  int status = exit_ok;
  const auto loaded = load_concept(file, err, status);
  if (!loaded) return status;
  const model::Concept& plan = *loaded;
  try {
    const auto path = schedule::consultation_path(plan, schedule::calendar_for(plan), *ready, via, moves);
    for (const auto& step : path.steps) {
      const auto& c = plan.committees()[step.committee];
      out << model::format_date(step.meeting) << "  " << c.id << " (" << c.name << "), papers due "
          << model::format_date(step.papers_due) << "\n";
    }
    out << "adoption: " << model::format_date(path.adoption) << "\n";
    // Beside it, what happened to papers that passed the same committees
    // (proposals imported from the council information system).
    const auto calendar = schedule::calendar_for(plan);
    const Frame similar = schedule::similar_sequences(plan, calendar, via);
    if (similar.rows() > 0) {
      std::vector<std::int64_t> days = similar["working_days"].integers();
      std::sort(days.begin(), days.end());
      const auto planned = calendar.working_days_between(path.steps.front().meeting, path.adoption);
      out << "\n" << similar.rows() << " papers passed the same committees in the same order; working days from "
          << "the first consultation to the last: median " << days[(days.size() - 1) / 2] << " (" << days.front() << " to "
          << days.back() << "); this path: " << planned << "\n";
      auto day = [](const Day& d) {
        return model::format_date(model::Date(static_cast<unsigned short>(d.year), static_cast<unsigned short>(d.month),
                                              static_cast<unsigned short>(d.day)));
      };
      const auto& ref = similar["reference"].texts();
      const auto& each = similar["working_days"].integers();
      const auto& first = similar["first"].dates();
      const auto& last = similar["last"].dates();
      for (std::size_t r = 0; r < similar.rows(); ++r) {
        out << "  " << (ref[r].empty() ? similar["proposal"].texts()[r] : ref[r]) << "  " << day(first[r]) << " to "
            << day(last[r]) << "  " << each[r] << " working days\n";
      }
    }
    return exit_ok;
  } catch (const Error& e) {
    err << "planwerk consult: " << e.what() << "\n";
    return e.code() == ErrorCode::conflict ? exit_invalid : exit_unreadable;
  }
}

}  // namespace planwerk::cli
