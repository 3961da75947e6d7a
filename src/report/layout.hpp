// SPDX-License-Identifier: Apache-2.0
// What every page shares: rendering a template, the page frame (header,
// navigation, legend, footer) and the list of pages the site has.
#pragma once

#include <kainjow/mustache.hpp>

#include <initializer_list>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "pages.hpp"
#include "words.hpp"

namespace planwerk::report {

namespace mu = kainjow::mustache;

// Renders one of the compiled-in templates (templates::*; its address names
// it: each is parsed once per thread). Error(internal) for a template that
// does not parse (a test renders each).
std::string render(std::string_view source, const mu::data& data);

// A page that shows figures carries the legend of the table symbols.
enum class Figures { none, shown };

// The pages in the navigation, in its order: those the concept has content
// for. Computed once per site (SiteData::pages), read by every page.
std::vector<PageEntry> navigation(const SiteData& site);

// The page around `body`; `file` marks the current entry of the navigation.
std::string layout(const SiteData& site, std::string_view file, const std::string& title, const std::string& body,
                   Figures figures = Figures::none);

// A measure's scheduled dates as a row or page shows them: start, finish
// (each also as start_iso, finish_iso), duration, float, negative.
void set_schedule_dates(mu::data& data, const schedule::MeasureDates& dates, Language language);

// Sets each name to its word in the language: the labels a template shows.
void set_words(mu::data& data, Language language, std::initializer_list<std::pair<const char*, Word>> words);

// A text list as Mustache data: [{"text": ...}, ...].
mu::data text_list(const std::vector<std::string>& texts);

}  // namespace planwerk::report
