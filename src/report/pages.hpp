// SPDX-License-Identifier: Apache-2.0
// The pages of the site, each rendered from its template with data built
// here: the logic stays in C++ (and its tests), the templates only lay out.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <vector>
#include <optional>
#include <string>

#include "planwerk/frame.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/report/site.hpp"
#include "planwerk/schedule/schedule.hpp"
#include "words.hpp"

namespace planwerk::report {

// An entry of the navigation: a page and its title.
struct PageEntry {
  const char* file;
  Word title;
};

struct SiteData {
  const model::Concept& plan;
  schedule::Schedule schedule;
  model::Date as_of;
  // With observations: evaluate()'s result with its cells (all published,
  // suppression applied) and series; the pages read figures only from here.
  std::optional<monitor::Result> monitoring;
  SiteOptions options;
  std::string title;
  const model::Concept* previous = nullptr;  // SiteOptions::previous
  std::vector<PageEntry> pages;              // navigation(): set once the rest is
};

// The files of the site by their paths in the folder ('/'-separated).
using Files = std::map<std::string, std::string>;

// Every file of the site.
Files render_site(const SiteData& site);

// The page of an indicator: "indicator-<id>.html" (the id as in anchor()).
std::string indicator_file(const std::string& id);
// The page of a measure: "measure-<id>.html".
std::string measure_file(const std::string& id);

// Where a measure stands at the status date: finished (by the schedule or
// its status), late (negative float, or scheduled to end after its end
// date), else on time.
enum class MeasureState { on_time, late, done };
MeasureState state_of(const model::Measure& m, const schedule::MeasureDates& d);

// A piece of the site that can be written on its own: a page, or a page with
// its downloads, into the files it is given.
using Task = std::function<void(Files&)>;

// The pages beyond the overview and the action plan, each in its own file.
void add_indicator_tasks(const SiteData& site, std::vector<Task>& tasks);  // indicators.cpp: a task per indicator, one for the list
void add_measure_tasks(const SiteData& site, std::vector<Task>& tasks);    // measures.cpp: a page per measure, in batches
std::string grid_page(const SiteData& site);                    // grid.cpp
void add_calendar(const SiteData& site, Files& files);         // calendar.cpp: the page and .ics files
std::string participation_page(const SiteData& site);           // participation.cpp
std::string stakeholders_page(const SiteData& site);            // stakeholders.cpp
std::string budget_page(const SiteData& site);                  // budget.cpp
std::string programme_page(const SiteData& site);               // programme.cpp: needs SiteOptions::programme
std::string changes_page(const SiteData& site);                 // changes.cpp

}  // namespace planwerk::report
