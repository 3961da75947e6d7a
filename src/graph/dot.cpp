// SPDX-License-Identifier: Apache-2.0
// DOT writing. Boost's write_graphviz draws clusters only for its subgraph
// type, which would mean copying the model into another graph; the format is
// simple enough to write directly, with every string escaped.
#include "planwerk/graph/dot.hpp"
#include "planwerk/model/hierarchy.hpp"

#include <array>
#include <map>
#include <sstream>

namespace planwerk::graph {
namespace {

using model::Index;
using model::Kind;
using model::npos;

std::string quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string node_name(Kind kind, const std::string& id) { return quote(std::string(model::kind_name(kind)) + ":" + id); }

std::string label(const std::string& id, const std::string& title) {
  return quote(title.empty() ? id : id + "\n" + title);
}

struct Node {
  std::string name;
  std::string attributes;
};

// Collects nodes by cluster (an action field, or none) and edges, then writes.
class Writer {
 public:
  Writer(const model::Concept& plan, std::string_view graph_name) : plan_(plan), name_(graph_name) {}

  void node(Index field, Node n) { clusters_[field].push_back(std::move(n)); }
  void edge(const std::string& from, const std::string& to, const std::string& attributes = "") {
    edges_ += "  " + from + " -> " + to + (attributes.empty() ? "" : " [" + attributes + "]") + ";\n";
  }
  void outside(Node n) { outside_.push_back(std::move(n)); }

  std::string str() const {
    std::ostringstream out;
    out << "digraph " << quote(name_) << " {\n"
        << "  graph [rankdir=LR, fontname=\"Helvetica\", label=" << quote(plan_.header().title) << "];\n"
        << "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n"
        << "  edge [fontname=\"Helvetica\", fontsize=9];\n";
    for (const auto& [field, nodes] : clusters_) {
      std::string indent = "  ";
      if (field != npos) {
        const auto& af = plan_.action_fields()[field];
        out << "  subgraph " << quote("cluster_" + af.id) << " {\n    label=" << label(af.id, af.title) << ";\n";
        indent = "    ";
      }
      for (const auto& n : nodes) out << indent << n.name << " [" << n.attributes << "];\n";
      if (field != npos) out << "  }\n";
    }
    for (const auto& n : outside_) out << "  " << n.name << " [" << n.attributes << "];\n";
    out << edges_ << "}\n";
    return out.str();
  }

 private:
  const model::Concept& plan_;
  std::string name_;
  std::map<Index, std::vector<Node>> clusters_;  // npos (no field) sorts last
  std::vector<Node> outside_;
  std::string edges_;
};

const char* link_name(v1::LinkType t) {
  switch (t) {
    case v1::LINK_TYPE_SS: return "SS";
    case v1::LINK_TYPE_FF: return "FF";
    case v1::LINK_TYPE_SF: return "SF";
    default: return "FS";
  }
}

Index guiding_field(const model::Concept& plan, Index guiding) { return plan.guiding_goals()[guiding].action_field; }

void goal_nodes(const model::Concept& plan, Writer& w) {
  for (Index g = 0; g < plan.goals().size(); ++g) {
    const auto& goal = plan.goals()[g];
    w.node(action_field_of_goal(plan, g), {node_name(Kind::goal, goal.id), "label=" + label(goal.id, goal.title)});
  }
}

void guiding_nodes(const model::Concept& plan, Writer& w) {
  for (Index gg = 0; gg < plan.guiding_goals().size(); ++gg) {
    const auto& guiding = plan.guiding_goals()[gg];
    w.node(guiding_field(plan, gg), {node_name(Kind::guiding_goal, guiding.id),
                                     "label=" + label(guiding.id, guiding.title) + ", shape=ellipse"});
  }
}

std::string dependencies(const model::Concept& plan) {
  Writer w(plan, "dependencies");
  const auto& measures = plan.measures();
  for (Index m = 0; m < measures.size(); ++m) {
    w.node(action_field_of_measure(plan, m),
           {node_name(Kind::measure, measures[m].id), "label=" + label(measures[m].id, measures[m].title)});
    for (const auto& d : measures[m].dependencies) {
      std::string text = link_name(d.type);
      if (d.lag != 0) {
        text += (d.lag > 0 ? " +" : " ") + std::to_string(d.lag) +
                (d.lag_unit == v1::LAG_UNIT_CALENDAR_DAYS ? " cd" : " wd");
      }
      w.edge(node_name(Kind::measure, measures[d.predecessor].id), node_name(Kind::measure, measures[m].id),
             text == "FS" ? "" : "label=" + quote(text));
    }
  }
  return w.str();
}

std::string goals(const model::Concept& plan) {
  Writer w(plan, "goals");
  guiding_nodes(plan, w);
  goal_nodes(plan, w);
  for (const auto& goal : plan.goals()) {
    if (goal.parent != npos) w.edge(node_name(Kind::goal, plan.goals()[goal.parent].id), node_name(Kind::goal, goal.id));
    if (goal.guiding_goal != npos)
      w.edge(node_name(Kind::guiding_goal, plan.guiding_goals()[goal.guiding_goal].id), node_name(Kind::goal, goal.id),
             "style=dashed");
  }
  return w.str();
}

std::string contributions(const model::Concept& plan) {
  Writer w(plan, "contributions");
  guiding_nodes(plan, w);
  goal_nodes(plan, w);
  const auto& measures = plan.measures();
  for (Index m = 0; m < measures.size(); ++m) {
    w.node(action_field_of_measure(plan, m),
           {node_name(Kind::measure, measures[m].id), "label=" + label(measures[m].id, measures[m].title) + ", shape=note"});
    for (const auto& c : measures[m].contributions) {
      std::string attributes;
      if (c.weight) {
        std::ostringstream weight;
        weight << *c.weight;
        attributes = "label=" + quote(weight.str());
      }
      w.edge(node_name(Kind::measure, measures[m].id), node_name(Kind::goal, plan.goals()[c.goal].id), attributes);
    }
  }
  for (const auto& goal : plan.goals()) {
    if (goal.parent != npos) w.edge(node_name(Kind::goal, goal.id), node_name(Kind::goal, plan.goals()[goal.parent].id));
    if (goal.guiding_goal != npos)
      w.edge(node_name(Kind::goal, goal.id), node_name(Kind::guiding_goal, plan.guiding_goals()[goal.guiding_goal].id));
  }
  return w.str();
}

std::string relation_style(v1::GoalRelationKind kind) {
  return kind == v1::GOAL_RELATION_KIND_CONFLICTS ? "label=\"conflicts\", color=red, fontcolor=red, dir=both"
                                                  : "label=\"supports\", color=darkgreen, fontcolor=darkgreen";
}

std::string relations(const model::Concept& plan) {
  Writer w(plan, "relations");
  goal_nodes(plan, w);
  std::map<std::string, bool> foreign;
  for (const auto& goal : plan.goals()) {
    for (const auto& rel : goal.relations) {
      std::string to;
      if (rel.goal != npos) {
        to = node_name(Kind::goal, plan.goals()[rel.goal].id);
      } else {
        to = quote(rel.foreign_concept + ":" + rel.foreign_goal);
        if (!foreign[to]) {
          foreign[to] = true;
          w.outside({to, "label=" + quote(rel.foreign_concept + ":" + rel.foreign_goal) + ", style=\"rounded,dashed\""});
        }
      }
      w.edge(node_name(Kind::goal, goal.id), to, relation_style(rel.kind));
    }
  }
  return w.str();
}

}  // namespace

std::string_view view_name(View view) noexcept {
  switch (view) {
    case View::dependencies: return "dependencies";
    case View::goals: return "goals";
    case View::contributions: return "contributions";
    case View::relations: return "relations";
  }
  return "unknown";
}

std::optional<View> view_from_name(std::string_view name) noexcept {
  for (View v : {View::dependencies, View::goals, View::contributions, View::relations}) {
    if (view_name(v) == name) return v;
  }
  return std::nullopt;
}

Index action_field_of_goal(const model::Concept& plan, Index goal) {
  Index field = npos;
  model::for_each_ancestor(plan, goal, [&](Index up) {
    field = plan.goals()[up].action_field;
    return field == npos;
  });
  return field;
}

Index action_field_of_measure(const model::Concept& plan, Index measure) {
  const auto& m = plan.measures()[plan.checked(Kind::measure, measure)];
  if (m.action_field != npos) return m.action_field;
  for (const auto& c : m.contributions) {
    if (Index f = action_field_of_goal(plan, c.goal); f != npos) return f;
  }
  return npos;
}

std::string to_dot(const model::Concept& plan, View view) {
  switch (view) {
    case View::dependencies: return dependencies(plan);
    case View::goals: return goals(plan);
    case View::contributions: return contributions(plan);
    case View::relations: return relations(plan);
  }
  throw Error(ErrorCode::invalid_argument, "unknown view");
}

std::string to_dot(const ConceptSet& set) {
  std::ostringstream out;
  out << "digraph \"relations\" {\n  graph [rankdir=LR, fontname=\"Helvetica\"];\n"
      << "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n";
  for (std::size_t c = 0; c < set.size(); ++c) {
    const auto& plan = set.at(c);
    out << "  subgraph " << quote("cluster_" + plan.header().id) << " {\n    label="
        << label(plan.header().id, plan.header().title) << ";\n";
    for (Index g = 0; g < plan.goals().size(); ++g)
      out << "    " << quote(set.qualified_id({c, g})) << " [label=" << label(plan.goals()[g].id, plan.goals()[g].title)
          << "];\n";
    out << "  }\n";
  }
  for (const auto& rel : set.relations())
    out << "  " << quote(set.qualified_id(rel.from)) << " -> " << quote(set.qualified_id(rel.to)) << " ["
        << relation_style(rel.kind) << "];\n";
  out << "}\n";
  return out.str();
}

}  // namespace planwerk::graph
