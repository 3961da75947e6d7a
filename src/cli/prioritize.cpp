// SPDX-License-Identifier: Apache-2.0
// planwerk prioritize: the annual programme of a problem (docs/priorities.md).
#include <cmath>
#include <iomanip>
#include <iostream>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "common.hpp"
#include "planwerk/error.hpp"
#include "planwerk/io/document.hpp"
#include "planwerk/priorities/programme.hpp"

namespace planwerk::cli {
namespace {

constexpr const char* usage =
    "usage: planwerk prioritize --problem PROBLEM.json [--solver cbc|glpk] [--time-limit SECONDS] [--gap RELATIVE]\n"
    "                           [--frontier] [--no-explain] [--no-marginals] [--json]\n";

nlohmann::json to_json(const priorities::Programme& p) {
  using nlohmann::json;
  auto number = [](double v) { return std::isfinite(v) ? json(v) : json(nullptr); };
  json out{{"status", priorities::solve_status_name(p.status)}, {"solver", p.solver}, {"value", p.value},
           {"bound", p.bound}, {"gap", p.gap}, {"seconds", p.seconds}};
  out["starts"] = json::array();
  for (const auto& s : p.starts) out["starts"].push_back({{"candidate", s.candidate}, {"year", s.year}, {"value", s.value}});
  out["pools"] = json::array();
  for (const auto& a : p.pools)
    out["pools"].push_back({{"pool", a.pool}, {"year", a.year}, {"amount", a.amount}, {"committed", a.committed},
                            {"programme", a.programme}, {"left", a.left}, {"marginal", number(a.marginal)}});
  out["left_out"] = json::array();
  for (const auto& e : p.left_out) {
    json blockers = json::array();
    for (const auto& b : e.blockers)
      blockers.push_back({{"kind", b.kind}, {"what", b.what}, {"year", b.year}, {"shortfall", b.shortfall}, {"text", b.text}});
    out["left_out"].push_back({{"candidate", e.candidate}, {"year", e.year}, {"blockers", blockers}});
  }
  out["annual_goals"] = json::array();
  for (const auto& g : p.annual_goals)
    out["annual_goals"].push_back({{"year", g.year}, {"goal", g.goal}, {"measures", g.measures}});
  out["frontier"] = json::array();
  for (const auto& f : p.frontier)
    out["frontier"].push_back({{"scale", f.scale}, {"budget", f.budget}, {"value", number(f.value)},
                               {"status", priorities::solve_status_name(f.status)}});
  return out;
}

void print_text(const priorities::Programme& p, std::ostream& out) {
  out << std::fixed << std::setprecision(2);
  out << "programme: " << priorities::solve_status_name(p.status) << " (" << p.solver << "), value " << p.value;
  if (p.status != priorities::SolveStatus::optimal) out << ", gap " << p.gap * 100 << " %";
  out << "\n";
  for (const auto& s : p.starts) out << "  " << s.year << "  " << s.candidate << "  (" << s.value << ")\n";
  out << "pools:\n";
  for (const auto& a : p.pools)
    out << "  " << a.pool << " " << a.year << ": " << a.amount << " held, " << a.committed << " committed, "
        << a.programme << " programme, " << a.left << " left\n";
  if (!p.left_out.empty()) out << "left out:\n";
  for (const auto& e : p.left_out)
    for (const auto& b : e.blockers) out << "  " << b.text << "\n";
  if (!p.annual_goals.empty()) out << "annual goals:\n";
  for (const auto& g : p.annual_goals) out << "  " << g.year << "  " << g.goal << "\n";
  if (!p.frontier.empty()) out << "frontier (budget, value):\n";
  for (const auto& f : p.frontier) out << "  " << f.scale * 100 << " %: " << f.budget << ", " << f.value << "\n";
}

}  // namespace

int run_prioritize(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string problem_path;
  priorities::ProgrammeOptions options;
  bool as_json = false;
  const bool parsed = parse_arguments("prioritize", usage, err, [&] {
        for (Arguments a(args); a.next();) {
          if (a.current() == "--problem") problem_path = a.value();
          else if (a.current() == "--solver") options.solver = a.value();
          else if (a.current() == "--time-limit") options.limits.seconds = number_argument("--time-limit", a.value());
          else if (a.current() == "--gap") options.limits.relative_gap = number_argument("--gap", a.value());
          else if (a.current() == "--frontier") options.frontier = {0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4};
          else if (a.current() == "--no-explain") options.explain = false;
          else if (a.current() == "--no-marginals") options.marginals = false;
          else if (a.current() == "--json") as_json = true;
          else a.unknown();
        }
        if (problem_path.empty()) throw std::invalid_argument("--problem is needed");
      });
  if (!parsed) return exit_unreadable;
  try {
    const auto problem = priorities::problem_from_json(io::read_file(problem_path), problem_path);
    const auto programme = priorities::prioritize(problem, options);
    if (as_json)
      out << to_json(programme).dump(2) << "\n";
    else
      print_text(programme, out);
    // A programme that is not proven optimal is a finding (exit 1).
    return programme.status == priorities::SolveStatus::optimal ? exit_ok : exit_invalid;
  } catch (const Error& e) {
    err << "planwerk prioritize: " << e.what() << "\n";
    // Measures under way that no longer fit: the input has an error (1).
    return e.code() == ErrorCode::conflict ? exit_invalid : exit_unreadable;
  }
}

}  // namespace planwerk::cli
