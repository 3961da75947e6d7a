// SPDX-License-Identifier: Apache-2.0
#include "planwerk/history/diff.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "planwerk/model/hierarchy.hpp"
#include "planwerk/error.hpp"

namespace planwerk::history {

const char* to_string(ChangeType type) noexcept {
  switch (type) {
    case ChangeType::added: return "added";
    case ChangeType::removed: return "removed";
    case ChangeType::renamed: return "renamed";
    case ChangeType::retitled: return "retitled";
    case ChangeType::moved: return "moved";
    case ChangeType::target_changed: return "target_changed";
    case ChangeType::deadline_changed: return "deadline_changed";
    case ChangeType::responsibility_changed: return "responsibility_changed";
  }
  return "?";
}

namespace {

using model::Concept;
using model::Index;
using model::Kind;

std::string ref(const Concept& c, Kind k, Index i) { return i == model::npos ? std::string() : c.id(k, i); }

std::string number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  return buffer;
}

// An indicator's targets as one comparable text, in a stable order.
std::string targets_text(const Concept& c, const model::Indicator& ind) {
  std::vector<std::string> parts;
  for (const auto& t : ind.targets) {
    std::string s = (t.value ? number(*t.value) : std::string("?")) + " by " + model::format_date(t.date);
    if (t.kind == v1::TARGET_KIND_INTERIM) s += " (interim)";
    if (t.district != model::npos) s += " in " + c.id(Kind::district, t.district);
    if (!t.group.empty()) s += " for " + t.group;
    parts.push_back(std::move(s));
  }
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

// The action fields an indicator's goals belong to (a goal without one
// inherits its parent's).
std::string fields_text(const Concept& c, const model::Indicator& ind) {
  std::set<std::string> fields;
  for (Index g : ind.goals) {
    model::for_each_ancestor(c, g, [&](Index up) {
      if (c.goals()[up].action_field == model::npos) return true;
      fields.insert(c.id(Kind::action_field, c.goals()[up].action_field));
      return false;
    });
  }
  std::string out;
  for (const auto& f : fields) out += (out.empty() ? "" : ", ") + f;
  return out;
}

template <class Entity>
const std::vector<Entity>& list(const Concept& c);
template <>
const std::vector<model::Goal>& list(const Concept& c) { return c.goals(); }
template <>
const std::vector<model::Measure>& list(const Concept& c) { return c.measures(); }
template <>
const std::vector<model::Indicator>& list(const Concept& c) { return c.indicators(); }

template <class Entity>
void compare(const Concept& a, const Concept& b, Kind kind, const std::map<std::string, std::string>& renames,
             std::vector<Change>& out) {
  const auto& olds = list<Entity>(a);
  const auto& news = list<Entity>(b);
  std::map<std::string, std::string> back;  // new id -> old id
  for (const auto& [from, to] : renames)
    if (a.find(kind, from) && b.find(kind, to)) back[to] = from;
  std::set<std::string> matched;
  for (const auto& e : news) {
    const auto renamed = back.find(e.id);
    const std::string old_id = renamed != back.end() ? renamed->second : e.id;
    const auto i = a.find(kind, old_id);
    if (!i) {
      out.push_back({kind, ChangeType::added, e.id, "", "", "", e.title});
      continue;
    }
    matched.insert(old_id);
    const Entity& o = olds[*i];
    auto add = [&](ChangeType type, const char* field, std::string before, std::string after) {
      if (before != after) out.push_back({kind, type, e.id, old_id, field, std::move(before), std::move(after)});
    };
    add(ChangeType::renamed, "id", old_id, e.id);
    add(ChangeType::retitled, "title", o.title, e.title);
    if constexpr (std::is_same_v<Entity, model::Goal>) {
      add(ChangeType::moved, "action_field_id", ref(a, Kind::action_field, o.action_field),
          ref(b, Kind::action_field, e.action_field));
      add(ChangeType::deadline_changed, "deadline", model::format_date(o.deadline), model::format_date(e.deadline));
      add(ChangeType::responsibility_changed, "responsible_actor_id", ref(a, Kind::actor, o.responsible),
          ref(b, Kind::actor, e.responsible));
    } else if constexpr (std::is_same_v<Entity, model::Measure>) {
      add(ChangeType::moved, "action_field_id", ref(a, Kind::action_field, o.action_field),
          ref(b, Kind::action_field, e.action_field));
      add(ChangeType::deadline_changed, "end", model::format_date(o.end), model::format_date(e.end));
      add(ChangeType::responsibility_changed, "responsible_actor_id", ref(a, Kind::actor, o.responsible),
          ref(b, Kind::actor, e.responsible));
    } else {
      add(ChangeType::moved, "goal_ids", fields_text(a, o), fields_text(b, e));
      add(ChangeType::target_changed, "targets", targets_text(a, o), targets_text(b, e));
    }
  }
  for (const auto& o : olds)
    if (!matched.count(o.id)) out.push_back({kind, ChangeType::removed, "", o.id, "", o.title, ""});
}

void check_renames(const Concept& a, const Concept& b, const std::map<std::string, std::string>& renames) {
  std::set<std::string> targets;
  for (const auto& [from, to] : renames) {
    if (!targets.insert(to).second)
      throw Error(ErrorCode::invalid_argument, "two ids are renamed to \"" + to + "\"");
    bool found = false;
    for (Kind k : {Kind::goal, Kind::measure, Kind::indicator}) found = found || (a.find(k, from) && b.find(k, to));
    if (!found)
      throw Error(ErrorCode::invalid_argument, "rename \"" + from + "\" -> \"" + to +
                                                   "\": no goal, measure or indicator has the first id in the old "
                                                   "version and the second in the new one");
  }
}

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char ch : s) {
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (ch < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", ch);
          out += buffer;
        } else {
          out += static_cast<char>(ch);
        }
    }
  }
  return out + "\"";
}

}  // namespace

std::vector<Change> diff(const Concept& before, const Concept& after, const std::map<std::string, std::string>& renames) {
  check_renames(before, after, renames);
  std::vector<Change> out;
  compare<model::Goal>(before, after, Kind::goal, renames, out);
  compare<model::Measure>(before, after, Kind::measure, renames, out);
  compare<model::Indicator>(before, after, Kind::indicator, renames, out);
  return out;
}

std::string to_text(const std::vector<Change>& changes) {
  std::string out;
  for (const auto& c : changes) {
    out += std::string(model::kind_name(c.kind)) + " " + (c.id.empty() ? c.old_id : c.id) + ": " + to_string(c.type);
    if (c.type == ChangeType::added) out += " \"" + c.after + "\"";
    else if (c.type == ChangeType::removed) out += " \"" + c.before + "\"";
    else out += " " + c.field + ": \"" + c.before + "\" -> \"" + c.after + "\"";
    out += "\n";
  }
  return out;
}

std::string to_json(const std::vector<Change>& changes) {
  std::string out = "[";
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const auto& c = changes[i];
    out += (i == 0 ? "\n  {" : ",\n  {");
    out += "\"kind\": " + json_string(std::string(model::kind_name(c.kind)));
    out += ", \"change\": " + json_string(to_string(c.type));
    out += ", \"id\": " + json_string(c.id) + ", \"old_id\": " + json_string(c.old_id);
    out += ", \"field\": " + json_string(c.field) + ", \"before\": " + json_string(c.before);
    out += ", \"after\": " + json_string(c.after) + "}";
  }
  return out + (changes.empty() ? "]\n" : "\n]\n");
}

Frame diff_table(const std::vector<Change>& changes) {
  using T = Column::Type;
  Frame f;
  auto& kind = f.add("kind", T::category);
  std::vector<std::string> types;
  for (int t = 0; t <= static_cast<int>(ChangeType::responsibility_changed); ++t)
    types.emplace_back(to_string(static_cast<ChangeType>(t)));
  auto& change = f.add("change", T::category, std::move(types)).codes();
  std::vector<Column*> texts;
  for (const char* name : {"id", "old_id", "field", "before", "after"}) texts.push_back(&f.add(name, T::text));
  for (const auto& c : changes) {
    kind.codes().push_back(kind.code_of(model::kind_name(c.kind)));
    change.push_back(static_cast<std::int32_t>(c.type));
    const std::string* values[] = {&c.id, &c.old_id, &c.field, &c.before, &c.after};
    for (std::size_t k = 0; k < texts.size(); ++k) {
      texts[k]->texts().push_back(*values[k]);
      if (values[k]->empty()) texts[k]->set_missing(texts[k]->size() - 1);
    }
  }
  f.seal();
  return f;
}

}  // namespace planwerk::history
