// SPDX-License-Identifier: Apache-2.0
#include "planwerk/model/validate.hpp"

#include <algorithm>

#include "checks.hpp"

namespace planwerk::model {
namespace detail {

void Findings::add(const char* code, std::optional<Kind> kind, const std::string& entity, std::string field,
                   std::string message) {
  const auto& codes = diagnostic_codes();
  auto it = std::find_if(codes.begin(), codes.end(), [&](const DiagnosticCode& c) { return c.code == code; });
  const Severity severity = it != codes.end() ? it->severity : Severity::error;
  out_.push_back({code, severity, kind, entity, std::move(field), std::move(message)});
}

std::string at(Kind k, std::size_t i) { return std::string(kind_list_name(k)) + "[" + std::to_string(i) + "]"; }

std::string named(Kind k, const std::string& id) { return std::string(kind_name(k)) + " \"" + id + "\""; }

void check_concept(const Concept& c, Findings& f) {
  const Header& h = c.header();
  if (h.status == v1::CONCEPT_STATUS_ADOPTED && !is_set(h.adoption_date)) {
    f.add("PW113", std::nullopt, h.id, "adoption_date", "the concept is adopted but has no adoption date");
  }
  if (is_set(h.period_start) && is_set(h.period_end) && h.period_end < h.period_start) {
    f.add("PW105", std::nullopt, h.id, "period_end",
          "the plan period ends (" + format_date(h.period_end) + ") before it starts (" +
              format_date(h.period_start) + ")");
  }
}

}  // namespace detail

std::vector<Diagnostic> check_rules(const Concept& plan) {
  std::vector<Diagnostic> out;
  detail::Findings findings(out);
  detail::check_concept(plan, findings);
  detail::check_goals(plan, findings);
  detail::check_measures(plan, findings);
  detail::check_indicators(plan, findings);
  detail::check_committees(plan, findings);
  detail::check_budgets(plan, findings);
  return out;
}

}  // namespace planwerk::model
