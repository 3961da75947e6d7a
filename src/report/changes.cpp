// SPDX-License-Identifier: Apache-2.0
// What changed since the previous version (history::diff), each change
// linked to the entity's place in this version's site.
#include <algorithm>

#include "layout.hpp"
#include "planwerk/history/diff.hpp"
#include "templates.hpp"
#include "text.hpp"

namespace planwerk::report {
namespace {

std::string link_of(model::Kind kind, const std::string& id) {
  if (id.empty()) return "";
  switch (kind) {
    case model::Kind::goal: return "index.html#" + anchor("g", id);
    case model::Kind::measure: return measure_file(id);
    case model::Kind::indicator: return indicator_file(id);
    default: return "";
  }
}

Word kind_word(model::Kind kind) {
  return kind == model::Kind::goal ? Word::goal : kind == model::Kind::measure ? Word::measure : Word::indicator;
}

Word change_word(history::ChangeType t) {
  switch (t) {
    case history::ChangeType::added: return Word::change_added;
    case history::ChangeType::removed: return Word::change_removed;
    case history::ChangeType::renamed: return Word::change_renamed;
    case history::ChangeType::retitled: return Word::change_retitled;
    case history::ChangeType::moved: return Word::change_moved;
    case history::ChangeType::target_changed: return Word::change_target;
    case history::ChangeType::deadline_changed: return Word::change_deadline;
    case history::ChangeType::responsibility_changed: return Word::change_responsibility;
  }
  return Word::change_retitled;
}

std::string actor_name(const model::Concept& c, const std::string& id) {
  const auto at = c.find(model::Kind::actor, id);
  if (!at) return id;
  const auto& a = c.actors()[*at];
  return a.name.empty() ? a.id : a.name;
}

std::string field_title(const model::Concept& c, const std::string& id) {
  const auto at = c.find(model::Kind::action_field, id);
  if (!at) return id;
  const auto& f = c.action_fields()[*at];
  return f.title.empty() ? f.id : f.title;
}

// Action field ids (", "-separated) as their titles.
std::string field_titles(const model::Concept& c, const std::string& ids) {
  std::string out;
  for (std::size_t from = 0; from < ids.size();) {
    const std::size_t end = std::min(ids.find(", ", from), ids.size());
    out += (out.empty() ? "" : ", ") + field_title(c, ids.substr(from, end - from));
    from = end + 2;
  }
  return out;
}

// An indicator's targets in the site's words, in date order: "28 bis
// 01.03.2028; 30 bis 01.03.2030 (Zwischenziel, Nord, sex:f)".
std::string targets_words(const model::Concept& c, const model::Indicator& ind, Language lang) {
  std::vector<const model::Target*> targets;
  for (const auto& t : ind.targets) targets.push_back(&t);
  std::stable_sort(targets.begin(), targets.end(), [](const auto* a, const auto* b) { return a->date < b->date; });
  std::string out;
  for (const auto* t : targets) {
    if (!out.empty()) out += "; ";
    out += t->value ? format_number(*t->value, 6, lang) : std::string("?");
    // format_number writes six places; a target has as many as it needs.
    if (t->value) {
      while (out.back() == '0') out.pop_back();
      if (out.back() == ',' || out.back() == '.') out.pop_back();
    }
    out += std::string(" ") + word(Word::by_date, lang) + " " + format_date(t->date, lang);
    std::vector<std::string> notes;
    if (t->kind == v1::TARGET_KIND_INTERIM) notes.push_back(word(Word::interim_target, lang));
    if (t->district != model::npos)
      notes.push_back(c.districts()[t->district].name.empty() ? c.districts()[t->district].id
                                                               : c.districts()[t->district].name);
    if (!t->group.empty()) notes.push_back(t->group);
    for (std::size_t i = 0; i < notes.size(); ++i) out += (i == 0 ? " (" : ", ") + notes[i];
    if (!notes.empty()) out += ")";
  }
  return out;
}

// A change's values as a reader of the site reads them: names instead of
// ids, dates and numbers in the site's language (history::diff writes
// them for machines).
std::pair<std::string, std::string> values_in_words(const history::Change& c, const model::Concept& before,
                                                    const model::Concept& after, Language lang) {
  switch (c.type) {
    case history::ChangeType::deadline_changed:
      return {format_date(model::parse_date(c.before).value_or(model::Date()), lang),
              format_date(model::parse_date(c.after).value_or(model::Date()), lang)};
    case history::ChangeType::responsibility_changed:
      return {c.before.empty() ? "" : actor_name(before, c.before), c.after.empty() ? "" : actor_name(after, c.after)};
    case history::ChangeType::moved:
      // A goal or measure names one action field, an indicator the list of
      // its goals' fields (", "-separated ids).
      return {field_titles(before, c.before), field_titles(after, c.after)};
    case history::ChangeType::target_changed: {
      const auto old_at = before.find(model::Kind::indicator, c.old_id.empty() ? c.id : c.old_id);
      const auto new_at = after.find(model::Kind::indicator, c.id);
      if (!old_at || !new_at) return {c.before, c.after};
      return {targets_words(before, before.indicators()[*old_at], lang),
              targets_words(after, after.indicators()[*new_at], lang)};
    }
    default: return {c.before, c.after};
  }
}

}  // namespace

std::string changes_page(const SiteData& site) {
  const Language lang = site.options.language;
  const model::Concept& before = *site.previous;
  const auto changes = history::diff(before, site.plan, site.options.renames);
  mu::data d;
  const auto version = [](const model::Concept& c) {
    return c.header().version_label.empty() ? c.header().id : c.header().version_label;
  };
  d.set("intro", std::string(word(Word::changes_since, lang)) + " " + version(before) + " \u2192 " + version(site.plan));
  d.set("none", changes.empty());
  d.set("none_label", word(Word::no_changes, lang));
  d.set("count", std::to_string(changes.size()));
  set_words(d, lang, {{"changes_label", Word::changes},
                      {"kind_label", Word::kind},
                      {"change_label", Word::change},
                      {"entity_label", Word::entity},
                      {"before_label", Word::before},
                      {"after_label", Word::after}});
  mu::data rows{mu::data::type::list};
  for (const auto& c : changes) {
    mu::data row;
    row.set("kind", word(kind_word(c.kind), lang));
    row.set("change", word(change_word(c.type), lang));
    row.set("id", c.id.empty() ? c.old_id : c.id);
    row.set("href", link_of(c.kind, c.id));
    auto [old_value, new_value] = values_in_words(c, before, site.plan, lang);
    row.set("before", old_value);
    row.set("after", new_value);
    rows.push_back(row);
  }
  d.set("rows", rows);
  return render(templates::changes, d);
}

}  // namespace planwerk::report
