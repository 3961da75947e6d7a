// SPDX-License-Identifier: Apache-2.0
// planwerk graph: the graph analyses of a concept, one section per option,
// in the order given.
#include <cstdint>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <variant>

#include "commands.hpp"
#include "common.hpp"
#include "planwerk/graph/analysis.hpp"
#include "planwerk/graph/dot.hpp"
#include "planwerk/graph/relations.hpp"
#include "planwerk/io/load.hpp"

namespace planwerk::cli {
namespace {

using graph::Vertex;
using model::Concept;
using model::Index;
using model::Kind;

constexpr const char* usage =
    "usage: planwerk graph FILE [--with FILE]... ANALYSIS...\n"
    "analyses (any number, run in the order given):\n"
    "  --cycles                    dependency cycles, each with a witness\n"
    "  --order                     the measures in dependency order\n"
    "  --critical                  the longest chains by links and by working days\n"
    "  --redundant                 links implied by other paths\n"
    "  --impact ID --delay N       what a delay of N working days shifts\n"
    "  --impact ID --cancel        what a cancellation leaves without support\n"
    "  --coverage                  goals, measures, indicators and actors left out\n"
    "  --conflicts                 conflicting goals served by the same measures;\n"
    "                              with --with, conflicts across the concepts\n"
    "  --dot VIEW                  Graphviz of dependencies, goals, contributions or relations\n"
    "                              (relations with --with: across the concepts)\n";

// The analyses, each with what it needs, parsed once; run() never reads argv.
struct Cycles {};
struct Order {};
struct Critical {};
struct Redundant {};
struct Coverage {};
struct Conflicts {};
struct Impact {
  std::string measure;
  std::optional<std::int64_t> delay;  // working days; none: a cancellation
};
struct Dot {
  graph::View view;
};
using Analysis = std::variant<Cycles, Order, Critical, Redundant, Coverage, Conflicts, Impact, Dot>;

struct Options {
  std::string file;
  std::vector<std::string> others;
  std::vector<Analysis> analyses;  // in the order given
};

// The options that take no argument.
const std::map<std::string, Analysis, std::less<>> plain_analyses = {
    {"--cycles", Cycles{}},     {"--order", Order{}},       {"--critical", Critical{}},
    {"--redundant", Redundant{}}, {"--coverage", Coverage{}}, {"--conflicts", Conflicts{}},
};

// Throws std::invalid_argument with a message for the user.
Options parse(const Args& args) {
  Options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* what) -> std::string {
      if (i + 1 >= args.size()) throw std::invalid_argument(a + " needs " + what);
      return args[++i];
    };
    if (const auto plain = plain_analyses.find(a); plain != plain_analyses.end()) {
      o.analyses.push_back(plain->second);
    } else if (a == "--with") {
      o.others.push_back(value("a file"));
    } else if (a == "--dot") {
      const std::string name = value("a view");
      const auto view = graph::view_from_name(name);
      if (!view)
        throw std::invalid_argument("unknown view \"" + name + "\" (dependencies, goals, contributions, relations)");
      o.analyses.push_back(Dot{*view});
    } else if (a == "--impact") {
      Impact impact{value("a measure id"), std::nullopt};
      if (i + 1 >= args.size()) throw std::invalid_argument("--impact needs --delay N or --cancel");
      const std::string how = args[++i];
      if (how == "--delay") {
        const std::string n = value("a number of working days");
        if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos || n.size() > 6)
          throw std::invalid_argument("--delay needs a whole number of working days, not \"" + n + "\"");
        impact.delay = std::stoll(n);
      } else if (how != "--cancel") {
        throw std::invalid_argument("--impact " + impact.measure + " needs --delay N or --cancel, not \"" + how + "\"");
      }
      o.analyses.push_back(std::move(impact));
    } else if (!a.empty() && a[0] == '-') {
      throw std::invalid_argument("unknown option \"" + a + "\"");
    } else if (o.file.empty()) {
      o.file = a;
    } else {
      throw std::invalid_argument("one FILE only (further concepts go with --with)");
    }
  }
  if (o.file.empty()) throw std::invalid_argument("no FILE given");
  if (o.analyses.empty()) throw std::invalid_argument("no analysis given");
  return o;
}

std::string ids(const Concept& c, Kind k, const std::vector<Index>& list, const char* separator = ", ") {
  if (list.empty()) return "(none)";
  std::string out;
  for (Index i : list) out += (out.empty() ? "" : separator) + c.id(k, i);
  return out;
}

std::string chain(const Concept& c, const std::vector<Vertex>& vertices) {
  return ids(c, Kind::measure, std::vector<Index>(vertices.begin(), vertices.end()), " -> ");
}

// What every analysis reads and writes.
struct Context {
  const Concept& c;
  const graph::ConceptSet& set;
  std::ostream& out;
};

// Each analysis returns true if it found a defect (a cycle).
bool run(const Cycles&, const Context& x) {
  const auto cycles = graph::dependency_cycles(x.c);
  x.out << "cycles: " << cycles.size() << "\n";
  for (const auto& cy : cycles) {
    x.out << "  " << chain(x.c, cy.witness) << " -> " << x.c.measures()[cy.witness.front()].id;
    if (cy.members.size() > cy.witness.size()) x.out << "  (component: " << chain(x.c, cy.members) << ")";
    x.out << "\n";
  }
  return !cycles.empty();
}

bool run(const Order&, const Context& x) {
  x.out << "order:\n";
  std::size_t n = 0;
  for (Index m : graph::dependency_order(x.c))
    x.out << "  " << ++n << ". " << x.c.measures()[m].id << " " << x.c.measures()[m].title << "\n";
  return false;
}

bool run(const Critical&, const Context& x) {
  const auto chains = graph::critical_chains(x.c);
  x.out << "critical chain by links (" << chains.by_links.length << " links): " << chain(x.c, chains.by_links.vertices)
        << "\n";
  x.out << "critical chain by duration (" << chains.by_duration.length
        << " working days): " << chain(x.c, chains.by_duration.vertices) << "\n";
  return false;
}

bool run(const Redundant&, const Context& x) {
  const auto links = graph::redundant_dependencies(x.c);
  x.out << "redundant links: " << links.size() << "\n";
  for (const auto& l : links) {
    const auto& m = x.c.measures()[l.measure];
    x.out << "  " << m.id << " depends on " << x.c.measures()[m.dependencies[l.which].predecessor].id
          << " (dependencies[" << l.which << "]), which another path already implies\n";
  }
  return false;
}

bool run(const Impact& a, const Context& x) {
  const auto& c = x.c;
  auto& out = x.out;
  const Index m = c.index_of(Kind::measure, a.measure);
  const bool cancel = !a.delay;
  const auto result = cancel ? graph::impact(c, m, graph::Disruption::cancel)
                             : graph::impact(c, m, graph::Disruption::delay, *a.delay);
  if (cancel) {
    out << "impact of cancelling " << a.measure << ":\n  downstream measures (losing a predecessor):";
    if (result.downstream.empty()) out << " (none)";
    for (const auto& s : result.downstream) out << " " << c.measures()[s.measure].id;
    out << "\n  goals losing a measure: " << ids(c, Kind::goal, result.goals) << "\n";
  } else {
    out << "impact of delaying " << a.measure << " by " << *a.delay << " working days:\n  downstream measures:";
    if (result.downstream.empty()) out << " (none)";
    out << "\n";
    for (const auto& s : result.downstream)
      out << "    " << c.measures()[s.measure].id << " +" << s.days << (s.days == 0 ? " (absorbed by float)" : "")
          << "\n";
    out << "  goals waiting for a measure: " << ids(c, Kind::goal, result.goals) << "\n";
  }
  out << "  guiding goals: " << ids(c, Kind::guiding_goal, result.guiding_goals) << "\n";
  if (cancel)
    out << "  goals left without an active measure: " << ids(c, Kind::goal, result.goals_without_active_measure)
        << "\n";
  return false;
}

bool run(const Coverage&, const Context& x) {
  const auto gaps = graph::coverage(x.c);
  x.out << "goals without measures: " << ids(x.c, Kind::goal, gaps.goals_without_measures) << "\n"
        << "goals without indicators: " << ids(x.c, Kind::goal, gaps.goals_without_indicators) << "\n"
        << "measures without goals: " << ids(x.c, Kind::measure, gaps.measures_without_goals) << "\n"
        << "indicators without goals: " << ids(x.c, Kind::indicator, gaps.indicators_without_goals) << "\n"
        << "actors without any assignment: " << ids(x.c, Kind::actor, gaps.actors_without_assignment) << "\n";
  return false;
}

bool run(const Conflicts&, const Context& x) {
  const auto& c = x.c;
  const auto& set = x.set;
  auto& out = x.out;
  const auto conflicts = graph::goal_conflicts(c);
  out << "conflicting goals sharing measures: " << conflicts.size() << "\n";
  for (const auto& k : conflicts)
    out << "  " << c.goals()[k.first].id << " <-> " << c.goals()[k.second].id << ": "
        << ids(c, Kind::measure, k.shared_measures) << "\n";
  if (set.size() > 1) {
    const auto cross = set.cross_conflicts();
    out << "conflicts across concepts, pursued on both sides: " << cross.size() << "\n";
    for (const auto& k : cross)
      out << "  " << set.qualified_id(k.first) << " <-> " << set.qualified_id(k.second) << ": "
          << ids(set.at(k.first.concept_index), Kind::measure, k.first_measures) << " | "
          << ids(set.at(k.second.concept_index), Kind::measure, k.second_measures) << "\n";
  }
  for (const auto& u : set.unresolved()) {
    if (u.from.concept_index != 0) continue;
    out << "note: " << set.qualified_id(u.from) << " relates to " << u.concept_id << ":" << u.goal_id
        << ", which is not loaded (add it with --with)\n";
  }
  return false;
}

bool run(const Dot& a, const Context& x) {
  x.out << (a.view == graph::View::relations && x.set.size() > 1 ? graph::to_dot(x.set) : graph::to_dot(x.c, a.view));
  return false;
}

}  // namespace

int run_graph(const Args& args, std::ostream& out, std::ostream& err) {
  Options options;
  try {
    options = parse(args);
  } catch (const std::invalid_argument& e) {
    err << "planwerk graph: " << e.what() << "\n" << usage;
    return exit_unreadable;
  }
  std::vector<std::unique_ptr<Concept>> concepts;
  graph::ConceptSet set;
  int status = exit_ok;
  std::vector<std::string> paths{options.file};
  paths.insert(paths.end(), options.others.begin(), options.others.end());
  for (const auto& path : paths) {
    auto loaded = load_concept(path, err, status);
    if (!loaded) return status;
    concepts.push_back(std::make_unique<Concept>(std::move(*loaded)));
  }
  try {
    // Ids qualify goals across concepts; a lone concept may do without one.
    if (!options.others.empty() || !concepts.front()->header().id.empty()) {
      for (const auto& c : concepts) set.add(*c);
    }
  } catch (const Error& e) {
    err << "planwerk: " << e.what() << "\n";
    return exit_unreadable;
  }
  bool defect = false;
  for (const auto& analysis : options.analyses) {
    try {
      defect |= std::visit([&](const auto& a) { return run(a, Context{*concepts.front(), set, out}); }, analysis);
    } catch (const Error& e) {
      err << "planwerk graph: " << e.what() << "\n";
      if (e.code() == ErrorCode::not_found) return exit_unreadable;  // a bad argument, such as an unknown id
      defect = true;  // an analysis the plan's defects prevent (cycles)
    }
  }
  return defect ? exit_invalid : exit_ok;
}

}  // namespace planwerk::cli
