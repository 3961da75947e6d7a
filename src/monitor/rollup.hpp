// SPDX-License-Identifier: Apache-2.0
// Private: rolling indicator scores up to goals, action fields and the concept.
#pragma once

#include <vector>

#include "planwerk/model/concept.hpp"
#include "planwerk/monitor/evaluate.hpp"

namespace planwerk::monitor::detail {

// scores/lights: each indicator's headline series (NaN / none without data).
Frame rollup(const model::Concept& plan, const std::vector<double>& scores, const std::vector<Light>& lights,
             RollupRule rule, double min_share);

}  // namespace planwerk::monitor::detail
