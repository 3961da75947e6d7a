// SPDX-License-Identifier: Apache-2.0
// The published report: a self-contained static site of a concept, written
// into one folder (HTML pages, inline SVG charts, one stylesheet), to be
// opened from file:// or served by any static web server. No request
// leaves the folder, every chart has a table with the same numbers beside
// it, and the same input gives byte-identical files whatever the locale or
// time zone (docs/report.md).
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "planwerk/export.hpp"
#include "planwerk/frame.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/monitor/observations.hpp"
#include "planwerk/priorities/from_concept.hpp"

namespace planwerk::report {

/// The languages of the site's own words (the concept's texts stay as written).
enum class Language : std::int32_t { de = 0, en = 1 };

/// How write_site builds the site.
struct SiteOptions {
  /// The status date of the action plan and of "late"; default: the concept's
  /// adoption date, else its period's start (never the clock: the site must
  /// not change by the day it is built).
  std::optional<model::Date> as_of;
  Language language = Language::de;  ///< the site's own words
  /// Cells resting on fewer cases are suppressed (monitor::Options::min_cases).
  double min_cases = 3;
  std::string title;    ///< default: the concept's title
  std::string contact;  ///< the contact page's text (an address, a mail box)
  /// The version before this one: the changes page (history::diff). Not
  /// owned; it must outlive the call. nullptr: no changes page.
  const model::Concept* previous = nullptr;
  /// history::diff's renames: ids of the previous version to their new ids.
  std::map<std::string, std::string> renames;
  /// The annual programme (priorities::prioritize for this concept): the
  /// page "Jahresprogramm" beside the action plan. Not owned; it must
  /// outlive the call. nullptr: no such page. Since 0.2.
  const priorities::ConceptProgramme* programme = nullptr;
};

/// Writes the site of `plan` into `folder` (created if missing; files of the
/// same names are replaced, others left alone), with the goals' status from
/// the observations `rows` (checked as monitor::evaluate checks them).
/// Returns one row per file written: file (text, relative to the folder,
/// '/'-separated), bytes (integer), in file name order. Throws what
/// schedule::schedule_plan throws for a concept that cannot be scheduled
/// (Error(conflict) for a cycle), what monitor::evaluate throws for bad rows,
/// Error(io) when a file cannot be written, Error(invalid_argument) for a
/// language outside the enum.
PLANWERK_API Frame write_site(const model::Concept& plan, const monitor::ObservationView& rows,
                              const std::filesystem::path& folder, const SiteOptions& options = {});
/// The same without observations: goals show "no data".
PLANWERK_API Frame write_site(const model::Concept& plan, const std::filesystem::path& folder,
                              const SiteOptions& options = {});

/// "de" / "en"; Error(invalid_argument) naming the text for anything else.
PLANWERK_API Language language_from_name(std::string_view name);
/// "de" / "en": language_from_name's inverse.
PLANWERK_API const char* language_name(Language language);

}  // namespace planwerk::report
