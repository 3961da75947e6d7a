// SPDX-License-Identifier: Apache-2.0
// The validation rules, grouped by subject; validate.cpp runs them in order.
#pragma once

#include <string>
#include <vector>

#include "planwerk/model/concept.hpp"
#include "planwerk/model/diagnostic.hpp"

namespace planwerk::model::detail {

// Collects findings, filling in the severity from the code table.
class Findings {
 public:
  explicit Findings(std::vector<Diagnostic>& out) : out_(out) {}
  void add(const char* code, std::optional<Kind> kind, const std::string& entity, std::string field,
           std::string message);

 private:
  std::vector<Diagnostic>& out_;
};

void check_concept(const Concept& c, Findings& f);
void check_goals(const Concept& c, Findings& f);
void check_measures(const Concept& c, Findings& f);
void check_indicators(const Concept& c, Findings& f);
void check_committees(const Concept& c, Findings& f);
void check_budgets(const Concept& c, Findings& f);

// "goals[3]"
std::string at(Kind k, std::size_t i);
// "goal \"G1\""
std::string named(Kind k, const std::string& id);

}  // namespace planwerk::model::detail
