// SPDX-License-Identifier: Apache-2.0
#include "layout.hpp"

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "planwerk/error.hpp"
#include "planwerk/version.hpp"
#include "templates.hpp"

namespace planwerk::report {

std::string render(std::string_view source, const mu::data& data) {
  // Each template is parsed once per thread (the sources are the compiled-in
  // templates, so their addresses name them): thousands of pages share the
  // layout, and kainjow's render is not safe to share between threads.
  thread_local std::unordered_map<const char*, std::unique_ptr<mu::mustache>> parsed;
  auto& tmpl = parsed[source.data()];
  if (!tmpl) {
    tmpl = std::make_unique<mu::mustache>(std::string(source));
    if (!tmpl->is_valid()) throw Error(ErrorCode::internal, "report template: " + tmpl->error_message());
  }
  std::string out = tmpl->render(data);
  if (!tmpl->is_valid()) throw Error(ErrorCode::internal, "report template: " + tmpl->error_message());
  return out;
}

std::vector<PageEntry> navigation(const SiteData& site) {
  const model::Concept& plan = site.plan;
  std::vector<PageEntry> out{{"index.html", Word::overview}, {"plan.html", Word::action_plan}};
  if (site.options.programme != nullptr) out.push_back({"programme.html", Word::annual_programme});
  if (!plan.indicators().empty()) out.push_back({"indicators.html", Word::indicators});
  if (!plan.measures().empty() || !plan.goals().empty()) out.push_back({"grid.html", Word::grid});
  if (!plan.committees().empty() || !plan.participation_events().empty())
    out.push_back({"calendar.html", Word::calendar});
  if (!plan.measures().empty() || !plan.participation_formats().empty() || !plan.participation_events().empty())
    out.push_back({"participation.html", Word::participation});
  if (!plan.stakeholders().empty()) out.push_back({"stakeholders.html", Word::stakeholders});
  const auto& measures = plan.measures();
  if (!plan.budget_pools().empty() || std::any_of(measures.begin(), measures.end(), [](const model::Measure& m) {
        return m.budget.amount_cents != 0 || m.budget.funding_type != v1::FUNDING_TYPE_UNSPECIFIED;
      }))
    out.push_back({"budget.html", Word::budget});
  if (site.previous != nullptr) out.push_back({"changes.html", Word::changes});
  return out;
}

std::string layout(const SiteData& site, std::string_view file, const std::string& title, const std::string& body,
                   Figures figures) {
  const Language lang = site.options.language;
  mu::data d;
  d.set("lang", language_name(lang));
  d.set("page_title", title);
  d.set("site_title", site.title);
  d.set("root", "");
  set_words(d, lang, {{"skip_label", Word::skip_to_content},
                      {"nav_label", Word::navigation},
                      {"accessibility_label", Word::accessibility},
                      {"built_by", Word::built_by}});
  d.set("version", version_string());
  if (!site.options.contact.empty()) d.set("contact_label", word(Word::contact, lang));
  if (figures == Figures::shown) {
    d.set("legend_label", word(Word::legend, lang));
    d.set("legend_text", word(Word::legend_text, lang));
  }
  mu::data nav{mu::data::type::list};
  for (const PageEntry& p : site.pages) {
    mu::data item;
    item.set("href", p.file);
    item.set("label", word(p.title, lang));
    item.set("current", std::string_view(p.file) == file);
    nav.push_back(item);
  }
  d.set("nav", nav);
  d.set("body", body);
  return render(templates::layout, d);
}

void set_words(mu::data& data, Language language, std::initializer_list<std::pair<const char*, Word>> words) {
  for (const auto& [name, w] : words) data.set(name, word(w, language));
}

mu::data text_list(const std::vector<std::string>& texts) {
  mu::data list{mu::data::type::list};
  for (const auto& t : texts) {
    mu::data item;
    item.set("text", t);
    list.push_back(item);
  }
  return list;
}

}  // namespace planwerk::report
