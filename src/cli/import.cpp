// SPDX-License-Identifier: Apache-2.0
// planwerk import: real data from outside into a concept.
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "common.hpp"
#include "planwerk/io/document.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/monitor/observations.hpp"
#include "planwerk/sources/oparl.hpp"
#include "planwerk/sources/statistics.hpp"
#include "planwerk/v1/observations.pb.h"

namespace planwerk::cli {
namespace {

constexpr const char* usage =
    "usage: planwerk import oparl (FOLDER | --url URL [--cache DIR]) --out FILE [--into CONCEPT] [--mapping MAP]\n"
    "  FOLDER            OParl JSON files (objects, arrays of objects or list pages), read recursively\n"
    "  --url URL         a live server: its System, a Body or a list, every page through links.next\n"
    "  --cache DIR       with --url: keep what was read; the next import asks only for what changed\n"
    "  --timeout S       with --url: seconds per request (default 30)\n"
    "  --retries N       with --url: tries again after time-outs, 429 and 5xx (default 3)\n"
    "  --budget N        with --url: at most N requests in all (default 100000)\n"
    "  --out FILE        where to write the concept with the committees, meetings and proposals\n"
    "  --into CONCEPT    merge into this concept (default: a new, empty one)\n"
    "  --mapping MAP     which organisation is the council and which committee each one is\n"
    "                    ({\"council\": ID, \"committees\": {ID: COMMITTEE_ID}}; docs/sources.md)\n"
    "Warnings (what the data gets wrong, with the object's id) go to standard error.\n"
    "\n"
    "usage: planwerk import statistics FILE... --concept CONCEPT --mapping MAP --out OBS\n"
    "  FILE...           exports of GENESIS-Online, regionalstatistik.de, a Landesdatenbank or the Zensus:\n"
    "                    table CSV, old or new flat file (also the web service's ZIP), cube file\n"
    "  --concept CONCEPT the concept whose indicators and districts the mapping names\n"
    "  --mapping MAP     which cells are which indicator, area, group and period (JSON; docs/sources.md)\n"
    "  --out OBS         the observations as a protobuf ObservationSet (.json, .txtpb or .pb), ready for\n"
    "                    planwerk monitor --data and planwerk report --data\n"
    "Warnings go to standard error; a cell that does not parse stops the import (nothing is written).\n";

void print_warnings(const std::vector<sources::Warning>& warnings, std::ostream& err);

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, "cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int run_import_oparl(const Args& args, std::ostream& out, std::ostream& err) {
  std::string folder, url, target, into, mapping_file;
  sources::oparl::FetchOptions fetch;
  const bool parsed = parse_arguments("import oparl", usage, err, [&] {
    for (Arguments a(args); a.next();) {
      const std::string& arg = a.current();
      if (arg == "--out") target = a.value();
      else if (arg == "--url") url = a.value();
      else if (arg == "--cache") fetch.cache = a.value();
      else if (arg == "--timeout") fetch.timeout = std::chrono::milliseconds(static_cast<long long>(number_argument(arg, a.value()) * 1000));
      else if (arg == "--retries") fetch.retries = static_cast<unsigned>(number_argument(arg, a.value()));
      else if (arg == "--budget") fetch.request_budget = static_cast<std::size_t>(number_argument(arg, a.value()));
      else if (arg == "--into") into = a.value();
      else if (arg == "--mapping") mapping_file = a.value();
      else if (a.is_option()) a.unknown();
      else if (folder.empty()) folder = arg;
      else throw std::invalid_argument("one FOLDER only");
    }
    if (folder.empty() == url.empty()) throw std::invalid_argument("give a FOLDER or --url URL");
    if (url.empty() && !fetch.cache.empty()) throw std::invalid_argument("--cache needs --url");
    if (fetch.timeout.count() <= 0) throw std::invalid_argument("--timeout must be more than 0");
    if (target.empty()) throw std::invalid_argument("no --out FILE given");
  });
  if (!parsed) return exit_unreadable;

  int status = exit_ok;
  std::optional<model::Concept> base;
  if (!into.empty()) {
    base = load_concept(into, err, status);
    if (!base) return status;
  } else {
    v1::Concept empty;
    empty.set_id("oparl-import");
    base = model::from_proto(empty);
  }
  try {
    const sources::oparl::Mapping mapping = mapping_file.empty()
                                                ? sources::oparl::Mapping{}
                                                : sources::oparl::mapping_from_json(read_text(mapping_file), mapping_file);
    sources::oparl::FetchStats stats;
    const auto data = [&] {
      if (url.empty()) return sources::oparl::read_folder(folder);
      auto fetched = sources::oparl::fetch(url, fetch);
      stats = fetched.stats;
      return std::move(fetched.data);
    }();
    const auto merged = sources::oparl::merge(*base, data, mapping);
    print_warnings(merged.warnings, err);
    io::save(merged.plan, target);
    const auto& c = merged.counts;
    if (!url.empty()) {
      out << "fetched " << stats.pages << " list pages in " << stats.requests << " requests (" << stats.retries
          << " retries)" << (stats.modified_since.empty() ? std::string() : ", changes since " + stats.modified_since)
          << "\n";
    }
    out << "read " << data.organizations.size() << " organizations, " << data.meetings.size() << " meetings, "
        << data.papers.size() << " papers (" << merged.warnings.size() << " warnings)\n"
        << "committees: " << c.committees_added << " added, " << c.committees_updated << " updated; meeting records: "
        << c.meetings << "; proposals: " << c.proposals_added << " added, " << c.proposals_updated
        << " updated, with " << c.consultations << " consultations\n"
        << "wrote " << target << "\n";
  } catch (const Error& e) {
    err << "planwerk import oparl: " << e.what() << "\n";
    return e.code() == ErrorCode::conflict || e.code() == ErrorCode::not_found || e.code() == ErrorCode::invalid_model
               ? exit_invalid
               : exit_unreadable;
  }
  return exit_ok;
}

void print_warnings(const std::vector<sources::Warning>& warnings, std::ostream& err) {
  for (const auto& w : warnings) {
    err << "warning: " << (w.object_id.empty() ? w.origin : w.object_id);
    if (!w.object_id.empty() && !w.origin.empty()) err << " (" << w.origin << ")";
    err << (w.object_id.empty() && w.origin.empty() ? "" : ": ") << w.message << "\n";
  }
}

int run_import_statistics(const Args& args, std::ostream& out, std::ostream& err) {
  std::vector<std::filesystem::path> files;
  std::string concept_file, mapping_file, target;
  const bool parsed = parse_arguments("import statistics", usage, err, [&] {
    for (Arguments a(args); a.next();) {
      const std::string& arg = a.current();
      if (arg == "--out") target = a.value();
      else if (arg == "--concept") concept_file = a.value();
      else if (arg == "--mapping") mapping_file = a.value();
      else if (a.is_option()) a.unknown();
      else files.emplace_back(arg);
    }
    if (files.empty()) throw std::invalid_argument("give at least one FILE");
    if (concept_file.empty()) throw std::invalid_argument("no --concept CONCEPT given");
    if (mapping_file.empty()) throw std::invalid_argument("no --mapping MAP given");
    if (target.empty()) throw std::invalid_argument("no --out OBS given");
    const auto format = io::format_from_path(target);
    if (format == io::Format::automatic)
      throw std::invalid_argument("--out " + target + ": write .json, .txtpb or .pb (a protobuf ObservationSet)");
  });
  if (!parsed) return exit_unreadable;
  int status = exit_ok;
  const auto plan = load_concept(concept_file, err, status);
  if (!plan) return status;
  try {
    const auto mapping = sources::statistics::mapping_from_json(read_text(mapping_file), mapping_file);
    const auto imported = sources::statistics::import_files(*plan, mapping, files);
    print_warnings(imported.warnings, err);
    auto set = monitor::observations_to_proto(*plan, imported.observations.view());
    set.set_concept_id(plan->header().id);
    std::ofstream file(target, std::ios::binary);
    file << io::serialize_message(set, io::format_from_path(target));
    if (!file.flush()) throw Error(ErrorCode::io, "cannot write " + target);
    for (const auto& s : imported.sources) {
      out << s.name << ": " << sources::statistics::format_name(s.layout.format) << " "
          << (s.layout.statistic.empty() ? "(no statistic code)" : s.layout.statistic) << ", " << s.layout.encoding
          << (s.layout.zip ? " in a ZIP" : "") << "; " << s.cells << " cells, " << s.used << " used, "
          << s.other_regions << " of other areas, " << s.unmatched << " not wanted\n";
    }
    out << imported.observations.size() << " observations (" << imported.warnings.size() << " warnings)\n"
        << "wrote " << target << "\n";
  } catch (const Error& e) {
    err << "planwerk import statistics: " << e.what() << "\n";
    return e.code() == ErrorCode::invalid_argument ? exit_invalid : exit_unreadable;
  }
  return exit_ok;
}

}  // namespace

int run_import(const Args& args, std::ostream& out, std::ostream& err) {
  if (!args.empty() && args.front() == "oparl") return run_import_oparl(Args(args.begin() + 1, args.end()), out, err);
  if (!args.empty() && args.front() == "statistics")
    return run_import_statistics(Args(args.begin() + 1, args.end()), out, err);
  err << "planwerk import: say what to import: oparl or statistics\n" << usage;
  return exit_unreadable;
}

}  // namespace planwerk::cli
