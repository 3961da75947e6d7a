// SPDX-License-Identifier: Apache-2.0
// planwerk prioritize: the annual programme of a concept, or of a problem
// given as JSON (docs/priorities.md).
#include <cmath>
#include <iomanip>
#include <iostream>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "common.hpp"
#include "planwerk/error.hpp"
#include "planwerk/io/document.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/priorities/from_concept.hpp"

namespace planwerk::cli {
namespace {

constexpr const char* usage =
    "usage: planwerk prioritize CONCEPT [--data OBS]... --horizon YEAR-YEAR [--pool ID=AMOUNT]... [--weight GOAL=W]...\n"
    "                           [--capacity K] [--discount R] [--write-problem FILE] [options]\n"
    "       planwerk prioritize --problem PROBLEM.json [options]\n"
    "  --data OBS          observations: goals behind their targets weigh more (repeatable)\n"
    "  --horizon Y1-Y2     the planning years, e.g. 2026-2028\n"
    "  --pool ID=AMOUNT    euros per year for a budget pool, replacing the concept's (repeatable)\n"
    "  --weight GOAL=W     a goal's weight, replacing priority and urgency (repeatable)\n"
    "  --capacity K        at most K measures under way at a time per responsible actor\n"
    "  --discount R        an earlier start is worth (1 + R) per year more (default 0.05)\n"
    "  --write-problem F   also write the problem as JSON (for --problem and other solvers)\n"
    "options: [--solver cbc|glpk] [--time-limit SECONDS] [--gap RELATIVE] [--frontier] [--no-explain]\n"
    "         [--no-marginals] [--json]\n";

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

void print_notes(const priorities::ConceptProblem& input, std::ostream& out) {
  if (!input.notes.empty()) out << "notes:\n";
  for (const auto& n : input.notes) out << "  " << n << "\n";
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
  std::string problem_path, concept_path, write_problem;
  std::vector<std::string> data;
  std::string horizon;
  priorities::ConceptOptions concept_options;
  priorities::ProgrammeOptions options;
  bool as_json = false;
  const bool parsed = parse_arguments("prioritize", usage, err, [&] {
        for (Arguments a(args); a.next();) {
          const std::string& arg = a.current();
          if (arg == "--problem") problem_path = a.value();
          else if (arg == "--data") data.push_back(a.value());
          else if (arg == "--horizon") horizon = a.value();
          else if (arg == "--pool") concept_options.pool_amounts.insert(assignment_argument(arg, a.value()));
          else if (arg == "--weight") concept_options.goal_weights.insert(assignment_argument(arg, a.value()));
          else if (arg == "--capacity") concept_options.capacity = static_cast<int>(number_argument(arg, a.value()));
          else if (arg == "--discount") concept_options.discount = number_argument(arg, a.value());
          else if (arg == "--write-problem") write_problem = a.value();
          else if (arg == "--solver") options.solver = a.value();
          else if (arg == "--time-limit") options.limits.seconds = number_argument(arg, a.value());
          else if (arg == "--gap") options.limits.relative_gap = number_argument(arg, a.value());
          else if (arg == "--frontier") options.frontier = priorities::default_frontier();
          else if (arg == "--no-explain") options.explain = false;
          else if (arg == "--no-marginals") options.marginals = false;
          else if (arg == "--json") as_json = true;
          else if (a.is_option()) a.unknown();
          else if (concept_path.empty()) concept_path = arg;
          else throw std::invalid_argument("one CONCEPT only");
        }
        if (problem_path.empty() == concept_path.empty())
          throw std::invalid_argument("give a CONCEPT or --problem PROBLEM.json, not both");
        if (!concept_path.empty() && horizon.empty()) throw std::invalid_argument("--horizon is needed with a CONCEPT");
        if (!problem_path.empty() && (!horizon.empty() || !data.empty() || !concept_options.pool_amounts.empty() ||
                                      !concept_options.goal_weights.empty() || concept_options.capacity))
          throw std::invalid_argument("--horizon, --data, --pool, --weight and --capacity go with a CONCEPT");
      });
  if (!parsed) return exit_unreadable;
  try {
    priorities::ConceptProgramme result;
    if (!problem_path.empty()) {
      result.input.problem = priorities::problem_from_json(io::read_file(problem_path), problem_path);
      result.programme = priorities::prioritize(result.input.problem, options);
    } else {
      int status = exit_ok;
      const auto plan = load_concept(concept_path, err, status);
      if (!plan) return status;
      priorities::parse_horizon(horizon, concept_options);
      std::optional<monitor::Result> evaluation;
      if (!data.empty()) evaluation = monitor::evaluate(*plan, read_data(*plan, data).view());
      result.input = priorities::problem_from_concept(*plan, evaluation ? &*evaluation : nullptr, concept_options);
      if (!write_problem.empty()) io::write_file(write_problem, priorities::problem_to_json(result.input.problem));
      result.programme = priorities::prioritize(result.input.problem, options);
    }
    if (as_json) {
      auto doc = to_json(result.programme);
      doc["notes"] = result.input.notes;
      out << doc.dump(2) << "\n";
    } else {
      print_text(result.programme, out);
      print_notes(result.input, out);
    }
    // A programme that is not proven optimal is a finding (exit 1).
    return result.programme.status == priorities::SolveStatus::optimal ? exit_ok : exit_invalid;
  } catch (const Error& e) {
    err << "planwerk prioritize: " << e.what() << "\n";
    // Measures under way that no longer fit: the input has an error (1).
    return e.code() == ErrorCode::conflict ? exit_invalid : exit_unreadable;
  }
}

}  // namespace planwerk::cli
