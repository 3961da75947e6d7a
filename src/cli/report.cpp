// SPDX-License-Identifier: Apache-2.0
// planwerk report: the published report, a static site in a folder.
#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/priorities/from_concept.hpp"
#include "planwerk/monitor/observations.hpp"
#include "planwerk/report/site.hpp"

namespace planwerk::cli {
namespace {

constexpr const char* usage =
    "usage: planwerk report FILE --out DIR [--data OBS] [--previous OLD [--rename A=B]...]\n"
    "            [--as-of DATE] [--lang de|en] [--title TEXT] [--contact TEXT] [--min-cases K]\n"
    "            [--horizon YEAR-YEAR [--pool ID=AMOUNT]... [--frontier]]\n"
    "  --out DIR       the folder to write the site into (created if missing)\n"
    "  --data OBS      observations (.csv or a protobuf ObservationSet): indicator pages, goals' status;\n"
    "                  repeat it to read several files\n"
    "  --previous OLD  the previous version of the concept: a page of what changed\n"
    "  --rename A=B    with --previous: the entity with id A in OLD is the one with id B\n"
    "  --as-of DATE    the status date (default: the adoption date, else the period's start)\n"
    "  --lang de|en    the language of the site's own words (default de)\n"
    "  --min-cases K   suppress cells resting on fewer than K cases (default 3)\n"
    "  --horizon Y1-Y2 the page \"Jahresprogramm\": which measures start when (planwerk prioritize),\n"
    "                  with --pool ID=AMOUNT (repeatable) and --frontier as there\n";

}  // namespace

int run_report(const Args& args, std::ostream& out, std::ostream& err) {
  std::string file, folder, previous_file;
  std::vector<std::string> data;
  report::SiteOptions options;
  std::string horizon;
  priorities::ConceptOptions priorities_options;
  priorities::ProgrammeOptions programme_options;
  const bool parsed = parse_arguments("report", usage, err, [&] {
    for (Arguments a(args); a.next();) {
      const std::string& arg = a.current();
      if (arg == "--out") folder = a.value();
      else if (arg == "--data") data.push_back(a.value());
      else if (arg == "--previous") previous_file = a.value();
      else if (arg == "--rename") rename_argument(a.value(), options.renames);
      else if (arg == "--as-of") options.as_of = date_argument(arg, a.value());
      else if (arg == "--lang") options.language = report::language_from_name(a.value());
      else if (arg == "--title") options.title = a.value();
      else if (arg == "--contact") options.contact = a.value();
      else if (arg == "--min-cases") options.min_cases = number_argument(arg, a.value());
      else if (arg == "--horizon") horizon = a.value();
      else if (arg == "--pool") priorities_options.pool_amounts.insert(assignment_argument(arg, a.value()));
      else if (arg == "--frontier") programme_options.frontier = priorities::default_frontier();
      else if (a.is_option()) a.unknown();
      else if (file.empty()) file = arg;
      else throw std::invalid_argument("one FILE only");
    }
    if (file.empty()) throw std::invalid_argument("no FILE given");
    if (folder.empty()) throw std::invalid_argument("no --out DIR given");
    if (!options.renames.empty() && previous_file.empty()) throw std::invalid_argument("--rename needs --previous");
    if (horizon.empty() && (!priorities_options.pool_amounts.empty() || !programme_options.frontier.empty()))
      throw std::invalid_argument("--pool and --frontier need --horizon");
  });
  if (!parsed) return exit_unreadable;

  int status = exit_ok;
  const auto loaded = load_concept(file, err, status);
  if (!loaded) return status;
  std::optional<model::Concept> previous;
  if (!previous_file.empty()) {
    previous = load_concept(previous_file, err, status);
    if (!previous) return status;
    options.previous = &*previous;
  }
  try {
    std::optional<monitor::Observations> observations;
    if (!data.empty()) observations = read_data(*loaded, data);
    std::optional<priorities::ConceptProgramme> programme;
    if (!horizon.empty()) {
      priorities::parse_horizon(horizon, priorities_options);
      std::optional<monitor::Result> evaluation;
      if (observations) evaluation = monitor::evaluate(*loaded, observations->view());
      programme = priorities::prioritize(*loaded, evaluation ? &*evaluation : nullptr, priorities_options,
                                         programme_options);
      options.programme = &*programme;
    }
    const Frame written = observations ? report::write_site(*loaded, observations->view(), folder, options)
                                       : report::write_site(*loaded, folder, options);
    const auto& names = written["file"].texts();
    out << "wrote " << names.size() << " files to " << folder << "; open " << folder << "/index.html\n";
  } catch (const Error& e) {
    err << "planwerk report: " << e.what() << "\n";
    return e.code() == ErrorCode::conflict || e.code() == ErrorCode::invalid_model ? exit_invalid : exit_unreadable;
  }
  return exit_ok;
}

}  // namespace planwerk::cli
