// What changed since the previous version (history::diff), each change
// linked to the entity's place in this version's site.
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
                      {"field_label", Word::field},
                      {"before_label", Word::before},
                      {"after_label", Word::after}});
  mu::data rows{mu::data::type::list};
  for (const auto& c : changes) {
    mu::data row;
    row.set("kind", word(kind_word(c.kind), lang));
    row.set("change", word(change_word(c.type), lang));
    row.set("id", c.id.empty() ? c.old_id : c.id);
    row.set("href", link_of(c.kind, c.id));
    row.set("field", c.field);
    row.set("before", c.before);
    row.set("after", c.after);
    rows.push_back(row);
  }
  d.set("rows", rows);
  return render(templates::changes, d);
}

}  // namespace planwerk::report
