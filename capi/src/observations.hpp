// SPDX-License-Identifier: Apache-2.0
// The observations handle, shared by the monitoring and workspace entry
// points.
#pragma once

#include <memory>
#include <vector>

#include "internal.hpp"
#include "planwerk/monitor/observations.hpp"

struct pw_observations {
  planwerk::monitor::Observations rows;
  std::vector<const char*> labels;  // rows.groups as C strings
};

namespace planwerk::capi {

// A new handle owning `rows`, for the caller to free with pw_observations_free.
inline pw_observations* give_observations(monitor::Observations&& rows) {
  auto o = std::make_unique<pw_observations>(pw_observations{std::move(rows), {}});
  for (const auto& g : o->rows.groups) o->labels.push_back(g.c_str());
  return o.release();
}

}  // namespace planwerk::capi
