// SPDX-License-Identifier: Apache-2.0
// planwerk info: what a concept contains, by action field.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "common.hpp"
#include "planwerk/model/hierarchy.hpp"
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

// What the printing needs of the goal tree, found once (linear in the
// concept; a goal chain 10^5 deep prints as fast as a flat list).
struct Tree {
  std::vector<Index> field_of_goal;
  std::vector<std::vector<Index>> children;
  std::vector<bool> printed;
  explicit Tree(const Concept& c)
      : field_of_goal(model::goal_action_fields(c)), children(model::goal_children(c)), printed(c.goals().size()) {}
};

// Deeper levels are not indented further, so that the output stays linear
// in the concept; they carry their level instead.
constexpr std::size_t max_indent = 16;

void print_goal_tree(const Concept& c, Index root, Tree& tree, std::ostream& out) {
  std::vector<std::pair<Index, std::size_t>> stack{{root, 0}};  // iterative: the tree may be deep
  while (!stack.empty()) {
    const auto [g, depth] = stack.back();
    stack.pop_back();
    if (tree.printed[g]) continue;  // guards against parent cycles (validate reports them)
    tree.printed[g] = true;
    const auto& goal = c.goals()[g];
    out << std::string(4 + 2 * std::min(depth, max_indent), ' ');
    if (depth > max_indent) out << "(level " << depth << ") ";
    out << goal.id << " [" << goal_kind(goal.kind) << "] " << goal.title << "\n";
    const auto& kids = tree.children[g];
    for (auto k = kids.rbegin(); k != kids.rend(); ++k) stack.emplace_back(*k, depth + 1);
  }
}

void print_field(const Concept& c, Index field, Tree& tree, std::ostream& out) {
  std::vector<Index> roots;
  for (Index g = 0; g < c.goals().size(); ++g) {
    const auto& goal = c.goals()[g];
    const bool root = goal.parent == npos || tree.field_of_goal[goal.parent] != tree.field_of_goal[g];
    if (root && tree.field_of_goal[g] == field) roots.push_back(g);
  }
  if (field == npos) {  // goals in a parent cycle have no root: list them too
    for (Index g = 0; g < c.goals().size(); ++g)
      if (!tree.printed[g] && tree.field_of_goal[g] == npos && c.goals()[g].parent != npos) roots.push_back(g);
  }
  std::vector<Index> measures;
  for (Index m = 0; m < c.measures().size(); ++m) {
    const auto& measure = c.measures()[m];
    Index of = measure.action_field;
    for (std::size_t k = 0; of == npos && k < measure.contributions.size(); ++k)
      of = tree.field_of_goal[measure.contributions[k].goal];
    if (of == field) measures.push_back(m);
  }
  out << "  goals:\n";
  if (roots.empty()) out << "    (none)\n";
  for (Index g : roots) print_goal_tree(c, g, tree, out);
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
  Tree tree(c);
  for (Index f = 0; f < c.action_fields().size(); ++f) {
    out << c.action_fields()[f].id << " " << c.action_fields()[f].title << "\n";
    print_field(c, f, tree, out);
  }
  // Goals and measures outside every field, so that nothing is hidden.
  std::vector<bool> before = tree.printed;
  std::ostringstream rest;
  print_field(c, npos, tree, rest);
  if (tree.printed != before || rest.str().find("    (none)\n  measures:\n    (none)") == std::string::npos) {
    out << "(no action field)\n" << rest.str();
  }
  return exit_ok;
}

}  // namespace planwerk::cli
