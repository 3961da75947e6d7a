// SPDX-License-Identifier: Apache-2.0
// A stand-in for a model source that calls into the graph module, a later
// one: linked with the model layer alone (planwerk_links_model) it must
// fail, naming the graph function (ctest build.module_links_refuse); with
// the graph layer it links (build.module_links_accept).
#include "planwerk/graph/dependency_graph.hpp"

std::int64_t planwerk_fixture_days(planwerk::model::Date first, planwerk::model::Date last) {
  return planwerk::graph::weekdays_between(first, last);
}
