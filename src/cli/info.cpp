// planwerk info: what a concept contains, by action field.
#include <iomanip>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "common.hpp"
#include "planwerk/graph/dot.hpp"
#include "planwerk/io/load.hpp"

namespace planwerk::cli {
namespace {

using model::Concept;
using model::Index;
using model::Kind;
using model::npos;

std::string goal_kind(v1::GoalKind k) {
  switch (k) {
    case v1::GOAL_KIND_STRATEGIC: return "strategic";
    case v1::GOAL_KIND_OPERATIONAL: return "operational";
    case v1::GOAL_KIND_ANNUAL: return "annual";
    case v1::GOAL_KIND_INTERIM: return "interim";
    default: return "goal";
  }
}

std::string measure_state(const model::Measure& m) {
  std::string kind = m.kind == v1::MEASURE_KIND_EXISTING  ? "existing"
                     : m.kind == v1::MEASURE_KIND_PLANNED ? "planned"
                                                          : "measure";
  std::string status = v1::MeasureStatus_Name(m.status);
  status = status.substr(std::string("MEASURE_STATUS_").size());
  for (char& c : status) c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return m.status == v1::MEASURE_STATUS_UNSPECIFIED ? kind : kind + ", " + status;
}

void print_goal_tree(const Concept& c, Index g, int depth, std::vector<bool>& printed, std::ostream& out) {
  if (printed[g]) return;  // guards against parent cycles (validate reports them)
  printed[g] = true;
  const auto& goal = c.goals()[g];
  out << std::string(static_cast<std::size_t>(4 + 2 * depth), ' ') << goal.id << " [" << goal_kind(goal.kind)
      << "] " << goal.title << "\n";
  for (Index child = 0; child < c.goals().size(); ++child) {
    if (c.goals()[child].parent == g) print_goal_tree(c, child, depth + 1, printed, out);
  }
}

void print_field(const Concept& c, Index field, std::vector<bool>& printed, std::ostream& out) {
  std::vector<Index> roots;
  for (Index g = 0; g < c.goals().size(); ++g) {
    const auto& goal = c.goals()[g];
    const bool root = goal.parent == npos || graph::action_field_of_goal(c, goal.parent) != graph::action_field_of_goal(c, g);
    if (root && graph::action_field_of_goal(c, g) == field) roots.push_back(g);
  }
  std::vector<Index> measures;
  for (Index m = 0; m < c.measures().size(); ++m) {
    if (graph::action_field_of_measure(c, m) == field) measures.push_back(m);
  }
  out << "  goals:\n";
  if (roots.empty()) out << "    (none)\n";
  for (Index g : roots) print_goal_tree(c, g, 0, printed, out);
  out << "  measures:\n";
  if (measures.empty()) out << "    (none)\n";
  for (Index m : measures) {
    const auto& measure = c.measures()[m];
    out << "    " << measure.id << " [" << measure_state(measure) << "] " << measure.title << "\n";
  }
}

}  // namespace

int run_info(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.size() != 1) {
    err << "usage: planwerk info FILE\n";
    return exit_unreadable;
  }
  int status = exit_ok;
  const auto loaded = load_concept(args[0], err, status);
  if (!loaded) return status;
  const Concept& c = *loaded;
  const auto& h = c.header();
  out << h.title << " (" << h.id << ")\n";
  out << "municipality: " << h.municipality << "\n";
  out << "version: " << h.version_label << ", "
      << (h.status == v1::CONCEPT_STATUS_ADOPTED  ? "adopted " + model::format_date(h.adoption_date)
          : h.status == v1::CONCEPT_STATUS_DRAFT ? std::string("draft")
                                                 : v1::ConceptStatus_Name(h.status))
      << "\n";
  if (model::is_set(h.period_start) || model::is_set(h.period_end))
    out << "plan period: " << model::format_date(h.period_start) << " to " << model::format_date(h.period_end)
        << "\n";
  for (const auto& p : h.predecessors) out << "continues: " << p.title << " (" << p.id << ")\n";

  out << "\ncounts:\n";
  for (Kind k : model::all_kinds)
    out << "  " << std::left << std::setw(22) << model::kind_list_name(k) << std::right << std::setw(6) << c.count(k)
        << "\n";

  out << "\naction fields:\n";
  std::vector<bool> printed(c.goals().size(), false);
  for (Index f = 0; f < c.action_fields().size(); ++f) {
    out << c.action_fields()[f].id << " " << c.action_fields()[f].title << "\n";
    print_field(c, f, printed, out);
  }
  // Goals and measures outside every field, so that nothing is hidden.
  std::vector<bool> before = printed;
  std::ostringstream rest;
  print_field(c, npos, printed, rest);
  if (printed != before || rest.str().find("    (none)\n  measures:\n    (none)") == std::string::npos) {
    out << "(no action field)\n" << rest.str();
  }
  return exit_ok;
}

}  // namespace planwerk::cli
