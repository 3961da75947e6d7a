// The pages of the site, each rendered from its template with data built
// here: the logic stays in C++ (and its tests), the templates only lay out.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "planwerk/frame.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/report/site.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace planwerk::report {

struct SiteData {
  const model::Concept& plan;
  schedule::Schedule schedule;
  model::Date as_of;
  std::optional<Frame> rollup;  // monitor::Result::rollup, with observations
  SiteOptions options;
  std::string title;
};

// Every file of the site by its path in the folder ('/'-separated).
std::map<std::string, std::string> render_site(const SiteData& site);

}  // namespace planwerk::report
