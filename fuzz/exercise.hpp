// SPDX-License-Identifier: Apache-2.0
// What every concept harness does with a concept that loaded: each analysis
// a user can call, and the exports read back. An Error is a fine outcome;
// any other exception escapes to libFuzzer and counts as a finding, and so
// does an export that planwerk's own loader refuses.
#pragma once

#include <cstdlib>
#include <cstdio>
#include <string>

#include "planwerk/error.hpp"
#include "planwerk/graph/analysis.hpp"
#include "planwerk/graph/dot.hpp"
#include "planwerk/graph/tables.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/history/diff.hpp"
#include "planwerk/model/entity_table.hpp"
#include "planwerk/model/hierarchy.hpp"
#include "planwerk/schedule/validate.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/monitor/process.hpp"
#include "planwerk/priorities/from_concept.hpp"
#include "planwerk/schedule/icalendar.hpp"
#include "planwerk/schedule/meetings.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace planwerk::fuzz {

template <class F>
void tolerate(F&& f) {
  try {
    f();
  } catch (const Error&) {
  }
}

[[noreturn]] inline void finding(const char* what, const std::string& detail) {
  std::fprintf(stderr, "finding: %s: %s\n", what, detail.c_str());
  std::abort();
}

inline void exercise(const model::Concept& plan) {
  tolerate([&] { schedule::validate(plan); });
  for (model::Index g = 0; g < plan.goals().size(); ++g) model::ancestors(plan, g);
  model::goal_action_fields(plan);
  tolerate([&] { graph::dependency_cycles(plan); });
  tolerate([&] { graph::dependency_order(plan); });
  tolerate([&] { graph::critical_chains(plan); });
  tolerate([&] { graph::redundant_dependencies(plan); });
  tolerate([&] { graph::coverage(plan); });
  tolerate([&] { graph::goal_conflicts(plan); });
  if (!plan.measures().empty()) {
    tolerate([&] { graph::impact(plan, 0, graph::Disruption::delay, 10); });
    tolerate([&] { graph::impact(plan, 0, graph::Disruption::cancel); });
  }
  for (auto view : {graph::View::dependencies, graph::View::goals, graph::View::contributions, graph::View::relations})
    tolerate([&] { graph::to_dot(plan, view); });
  tolerate([&] {
    const auto calendar = schedule::calendar_for(plan);
    schedule::Schedule s;
    tolerate([&] { s = schedule::schedule_plan(plan, calendar); });
    tolerate([&] { schedule::to_icalendar(plan, &s, {"20250101T000000Z"}); });
    tolerate([&] { schedule::check_meetings(plan, calendar); });
    std::vector<std::string> committees;
    for (const auto& c : plan.committees()) committees.push_back(c.id);
    if (!committees.empty())
      tolerate([&] { schedule::consultation_path(plan, calendar, model::Date(2025, 7, 1), committees); });
  });
  tolerate([&] { monitor::evaluate(plan, monitor::Observations{}.view()); });
  // The priorities' problem from whatever loaded, and for small ones the
  // programme with its explanations (bounded: one second per solve).
  tolerate([&] {
    priorities::ConceptOptions o;
    o.first_year = 2026;
    o.last_year = 2028;
    const auto input = priorities::problem_from_concept(plan, nullptr, o);
    if (input.problem.candidates.size() <= 40) {
      priorities::ProgrammeOptions p;
      p.marginals = false;
      p.limits.seconds = 1;
      priorities::prioritize(input.problem, p);
    }
  });
  tolerate([&] { monitor::process_status(plan, model::Date(2025, 12, 31)); });
  tolerate([&] { monitor::participation(plan, model::Date(2025, 12, 31)); });
  // Every field as a frame, and a change report against itself.
  for (model::Kind k : model::all_kinds) tolerate([&] { model::entity_table(plan, k); });
  tolerate([&] { model::header_table(plan); });
  tolerate([&] { history::diff_table(history::diff(plan, plan)); });
  // Whatever loaded must save and load again, in every format.
  for (auto format : {io::Format::binary, io::Format::json, io::Format::text}) {
    const std::string bytes = io::save_bytes(plan, format);
    try {
      io::load_bytes(bytes, format);
    } catch (const Error& e) {
      finding("an export does not load again", e.what());
    }
  }
}

}  // namespace planwerk::fuzz
