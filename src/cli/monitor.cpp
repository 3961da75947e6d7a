// SPDX-License-Identifier: Apache-2.0
// planwerk monitor: indicator status per action field and goal, then process
// monitoring.
#include <array>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <unordered_map>

#include "commands.hpp"
#include "common.hpp"
#include "planwerk/model/hierarchy.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/monitor/process.hpp"

namespace planwerk::cli {
namespace {

constexpr const char* usage =
    "usage: planwerk monitor FILE --data OBSERVATIONS [--as-of YEAR] [--min-cases K] [--rule mean|two-worst]\n"
    "  --data FILE     observations: CSV (plain or as statistical offices publish it) or protobuf;\n"
    "                  repeat it to read several files (a cell in two of them is refused)\n"
    "  --as-of YEAR    ignore later periods; process monitoring counts up to YEAR-12-31\n"
    "  --min-cases K   suppress values resting on fewer than K cases (default 3; 0: off)\n"
    "  --rule R        roll-up rule: mean (weighted mean of scores, default) or two-worst (SDSN)\n";

std::string number(double x, int digits = 1) {
  if (std::isnan(x)) return "-";
  std::ostringstream s;
  s << std::fixed << std::setprecision(digits) << x;
  std::string out = s.str();
  // -0.0 (an attainment of no change written from -1e-17) reads as 0.
  if (out.starts_with('-') && out.find_first_not_of("-0.") == std::string::npos) out.erase(0, 1);
  return out;
}

std::string label(const Column& c, std::size_t row) {
  return c.labels()[static_cast<std::size_t>(c.codes()[row])];
}

}  // namespace

int run_monitor(const Args& args, std::ostream& out, std::ostream& err) {
  std::string file;
  std::vector<std::string> data;
  monitor::Options options;
  int as_of_year = 0;
  const bool parsed = parse_arguments("monitor", usage, err, [&] {
    for (Arguments cursor(args); cursor.next();) {
      const std::string& a = cursor.current();
      if (a == "--data") data.push_back(cursor.value());
      else if (a == "--as-of") {
        const std::string v = cursor.value();
        std::size_t used = 0;
        try {
          as_of_year = std::stoi(v, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (used != v.size() || v.size() != 4) throw std::invalid_argument("--as-of takes a year (YYYY), not \"" + v + "\"");
        options.as_of = monitor::year_period(as_of_year) + 1231;
      } else if (a == "--min-cases") {
        options.min_cases = number_argument(a, cursor.value());
      } else if (a == "--rule") {
        const std::string v = cursor.value();
        if (v == "mean") options.rule = monitor::RollupRule::weighted_mean;
        else if (v == "two-worst") options.rule = monitor::RollupRule::two_worst;
        else throw std::invalid_argument("--rule is mean or two-worst, not \"" + v + "\"");
      } else if (cursor.is_option()) cursor.unknown();
      else if (file.empty()) file = a;
      else throw std::invalid_argument("one FILE only");
    }
    if (file.empty()) throw std::invalid_argument("no FILE given");
    if (data.empty()) throw std::invalid_argument("no --data given");
  });
  if (!parsed) return exit_unreadable;

  int status = exit_ok;
  const auto loaded = load_concept(file, err, status);
  if (!loaded) return status;
  const model::Concept& plan = *loaded;
  monitor::Result result;
  try {
    const auto rows = read_data(plan, data);
    result = monitor::evaluate(plan, rows.view(), options);
  } catch (const Error& e) {
    err << "planwerk monitor: " << e.what() << "\n";
    return exit_unreadable;
  }

  // The headline series (whole municipality, everybody) of each indicator.
  const auto& s = result.series;
  const auto& ind = s["indicator"];
  std::vector<std::size_t> headline(plan.indicators().size(), s.rows());
  for (std::size_t r = 0; r < s.rows(); ++r)
    if (s["district"].codes()[r] == 0 && s["group"].codes()[r] == 0) headline[static_cast<std::size_t>(ind.codes()[r])] = r;

  // Each roll-up row by level and id, each goal's indicators (its own and
  // its subgoals'), each field's goals: found once, so that printing stays
  // linear in the concept and the result.
  const auto& roll = result.rollup;
  std::array<std::unordered_map<std::string, std::size_t>, 3> rollup_row;
  for (std::size_t r = 0; r < roll.rows(); ++r)
    rollup_row[static_cast<std::size_t>(roll["level"].codes()[r])].emplace(label(roll["id"], r), r);
  auto rollup_line = [&](const std::string& id, int level) {
    const auto& rows = rollup_row[static_cast<std::size_t>(level)];
    const auto it = rows.find(id);
    if (it == rows.end()) return std::string("-");
    const std::size_t r = it->second;
    return label(roll["status"], r) + " (score " + number(roll["score"].reals()[r], 0) + ", " +
           std::to_string(roll["with_data"].integers()[r]) + " of " + std::to_string(roll["indicators"].integers()[r]) +
           " indicators with data)";
  };
  std::vector<std::vector<std::size_t>> indicators_of_goal(plan.goals().size());
  for (std::size_t i = 0; i < plan.indicators().size(); ++i) {
    for (auto x : plan.indicators()[i].goals) {
      for (auto y : model::ancestors(plan, x)) {
        auto& list = indicators_of_goal[y];
        if (list.empty() || list.back() != i) list.push_back(i);
      }
    }
  }
  std::vector<std::vector<std::size_t>> goals_of_field(plan.action_fields().size());
  for (std::size_t g = 0; g < plan.goals().size(); ++g)
    if (plan.goals()[g].action_field != model::npos) goals_of_field[plan.goals()[g].action_field].push_back(g);

  out << "outcome monitoring" << (as_of_year ? " as of " + std::to_string(as_of_year) : std::string())
      << ", suppression below " << number(options.min_cases, 0) << " cases\n";
  out << "concept " << plan.header().id << ": " << rollup_line(plan.header().id, 2) << "\n";
  for (std::size_t a = 0; a < plan.action_fields().size(); ++a) {
    const auto& field = plan.action_fields()[a];
    out << "\naction field " << field.id << ": " << rollup_line(field.id, 1) << "\n";
    for (std::size_t g : goals_of_field[a]) {
      const auto& goal = plan.goals()[g];
      out << "  goal " << goal.id << ": " << rollup_line(goal.id, 0) << "\n";
      for (std::size_t i : indicators_of_goal[g]) {
        const auto& indicator = plan.indicators()[i];
        const std::size_t r = headline[i];
        out << "    " << std::left << std::setw(28) << indicator.id
            << (indicator.monitoring_type == v1::MONITORING_TYPE_PROCESS ? " (process)" : "");
        if (r == s.rows()) {
          out << " no data\n";
          continue;
        }
        out << " " << monitor::format_period(static_cast<monitor::Period>(s["latest_period"].integers()[r])) << " "
            << number(s["latest_value"].reals()[r]) << " (target " << number(s["target"].reals()[r]) << ")"
            << " attainment " << number(s["attainment"].reals()[r] * 100, 0) << "%"
            << " " << label(s["status"], r) << ", trend " << label(s["progress_category"], r) << "\n";
      }
    }
  }

  const model::Date day = as_of_year ? model::Date(as_of_year, 12, 31) : boost::gregorian::day_clock::local_day();
  const auto process = monitor::process_status(plan, day);
  out << "\nprocess monitoring up to " << model::format_date(day) << "\n";
  for (std::size_t r = 0; r < process.rows(); ++r) {
    if (process["level"].codes()[r] == 0) continue;  // fields and the concept
    out << "  " << std::left << std::setw(24) << label(process["id"], r) << " measures "
        << process["measures"].integers()[r] << " (" << process["in_progress"].integers()[r] << " under way, "
        << process["completed"].integers()[r] << " done), milestones on time "
        << process["milestones_on_time"].integers()[r] << " of " << process["milestones_due"].integers()[r] << " due\n";
  }
  const auto people = monitor::participation(plan, day);
  const std::size_t all = people.rows() - 1;
  out << "  participation: " << people["events"].integers()[all] << " events, " << people["participants"].integers()[all]
      << " participants, feedback " << number(people["feedback_mean"].reals()[all]) << " (from "
      << people["feedback_events"].integers()[all] << " events)\n";
  return exit_ok;
}

}  // namespace planwerk::cli
