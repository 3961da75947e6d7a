// SPDX-License-Identifier: Apache-2.0
// The budget: pools (an innovation budget) with their allocations and what
// is left, and the measures' funding by type, by source and by action field.
#include <map>

#include "layout.hpp"
#include "templates.hpp"
#include "text.hpp"

namespace planwerk::report {
namespace {

using model::Index;
using model::npos;

mu::data sums(const std::map<std::string, std::pair<std::int64_t, std::size_t>>& by, Language lang) {
  mu::data rows{mu::data::type::list};
  for (const auto& [name, v] : by) {
    mu::data row;
    row.set("name", name);
    row.set("amount", format_euros(v.first, lang));
    row.set("measures", std::to_string(v.second));
    rows.push_back(row);
  }
  return rows;
}

}  // namespace

std::string budget_page(const SiteData& site) {
  const Language lang = site.options.language;
  const model::Concept& plan = site.plan;
  mu::data d;
  mu::data pools{mu::data::type::list};
  for (const auto& pool : plan.budget_pools()) {
    std::int64_t allocated = 0;
    mu::data allocations{mu::data::type::list};
    for (const auto& a : pool.allocations) {
      allocated += a.amount_cents;
      mu::data row;
      const auto& m = plan.measures()[a.measure];
      row.set("href", measure_file(m.id));
      row.set("measure", m.title.empty() ? m.id : m.title);
      row.set("amount", format_euros(a.amount_cents, lang));
      row.set("date", format_date(a.date, lang));
      row.set("iso", model::is_set(a.date) ? model::format_date(a.date) : std::string());
      allocations.push_back(row);
    }
    mu::data item;
    item.set("anchor", anchor("pool", pool.id));
    item.set("name", pool.name.empty() ? pool.id : pool.name);
    item.set("year", pool.year == 0 ? std::string() : std::to_string(pool.year));
    item.set("manager", pool.manager == npos ? std::string() : plan.actors()[pool.manager].name);
    item.set("total", format_euros(pool.total_cents, lang));
    item.set("allocated", format_euros(allocated, lang));
    item.set("left", format_euros(pool.total_cents - allocated, lang));
    item.set("overspent", allocated > pool.total_cents);
    item.set("allocations", allocations);
    item.set("has_allocations", !pool.allocations.empty());
    pools.push_back(item);
  }
  d.set("pools", pools);
  d.set("has_pools", !plan.budget_pools().empty());
  std::map<std::string, std::pair<std::int64_t, std::size_t>> by_type, by_source, by_field;
  std::int64_t total = 0;
  for (const auto& m : plan.measures()) {
    if (m.budget.amount_cents == 0 && m.budget.funding_type == v1::FUNDING_TYPE_UNSPECIFIED) continue;
    total += m.budget.amount_cents;
    auto add = [&](auto& map, std::string key) {
      auto& v = map[key];
      v.first += m.budget.amount_cents;
      ++v.second;
    };
    const std::string type = funding_word(m.budget.funding_type, lang);
    add(by_type, type.empty() ? std::string(word(Word::unspecified, lang)) : type);
    add(by_source, m.budget.funding_source.empty() ? std::string(word(Word::unspecified, lang)) : m.budget.funding_source);
    add(by_field, m.action_field == npos ? std::string(word(Word::no_action_field, lang))
                                         : plan.action_fields()[m.action_field].title);
  }
  d.set("by_type", sums(by_type, lang));
  d.set("by_source", sums(by_source, lang));
  d.set("by_field", sums(by_field, lang));
  d.set("total", format_euros(total, lang));
  set_words(d, lang, {{"pools_label", Word::budget_pools},
                      {"year_label", Word::year},
                      {"manager_label", Word::managed_by},
                      {"total_label", Word::total},
                      {"allocated_label", Word::allocated},
                      {"left_label", Word::left},
                      {"overspent_label", Word::overspent},
                      {"allocations_label", Word::allocations},
                      {"measure_label", Word::measure},
                      {"amount_label", Word::amount},
                      {"date_label", Word::date},
                      {"measures_label", Word::measures},
                      {"funding_label", Word::funding_of_measures},
                      {"by_type_label", Word::by_funding_type},
                      {"by_source_label", Word::by_funding_source},
                      {"by_field_label", Word::by_action_field}});
  return render(templates::budget, d);
}

}  // namespace planwerk::report
