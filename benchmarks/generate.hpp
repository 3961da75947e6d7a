// SPDX-License-Identifier: Apache-2.0
// Generated concepts of a given size, for benchmarks: n measures in 10
// action fields with n/8 goals, each measure depending on about two earlier
// ones (so the graph is acyclic), contributing to one goal. The predecessors
// come from the `window` measures before (0: from all earlier ones, which
// keeps the longest chain near a logarithm of n, as in a wide plan).
// Deterministic for a given n, seed and window.
#pragma once

#include <random>
#include <string>

#include "planwerk/v1/concept.pb.h"

namespace planwerk::bench {

inline v1::Concept generate_concept(std::size_t measures, unsigned seed = 42, std::size_t window = 50) {
  std::mt19937_64 rng(seed);
  v1::Concept doc;
  doc.set_schema_version(1);
  doc.set_id("generated");
  doc.set_period_start("2025-01-01");
  doc.set_period_end("2030-12-31");
  auto* actor = doc.add_actors();
  actor->set_id("unit");
  for (int f = 0; f < 10; ++f) {
    auto* field = doc.add_action_fields();
    field->set_id("af-" + std::to_string(f));
  }
  const std::size_t goals = measures / 8 + 1;
  for (std::size_t g = 0; g < goals; ++g) {
    auto* goal = doc.add_goals();
    goal->set_id("g-" + std::to_string(g));
    goal->set_kind(v1::GOAL_KIND_OPERATIONAL);
    goal->set_action_field_id("af-" + std::to_string(g % 10));
    goal->set_responsible_actor_id("unit");
    goal->set_deadline("2030-12-31");
  }
  for (std::size_t m = 0; m < measures; ++m) {
    auto* measure = doc.add_measures();
    measure->set_id("m-" + std::to_string(m));
    measure->set_title("Measure " + std::to_string(m));
    measure->set_responsible_actor_id("unit");
    measure->set_start("2026-01-05");
    measure->set_end("2027-06-30");
    measure->add_contributions()->set_goal_id("g-" + std::to_string(m % goals));
    for (int k = 0; k < 2 && m > 0; ++k) {
      std::uniform_int_distribution<std::size_t> pick(window != 0 && m > window ? m - window : 0, m - 1);
      auto* dep = measure->add_dependencies();
      dep->set_predecessor_id("m-" + std::to_string(pick(rng)));
    }
  }
  return doc;
}

}  // namespace planwerk::bench
