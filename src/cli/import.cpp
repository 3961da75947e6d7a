// planwerk import: real data from outside into a concept.
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "common.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/sources/oparl.hpp"

namespace planwerk::cli {
namespace {

constexpr const char* usage =
    "usage: planwerk import oparl FOLDER --out FILE [--into CONCEPT] [--mapping MAP.json]\n"
    "  FOLDER            OParl JSON files (objects, arrays of objects or list pages), read recursively\n"
    "  --out FILE        where to write the concept with the committees, meetings and proposals\n"
    "  --into CONCEPT    merge into this concept (default: a new, empty one)\n"
    "  --mapping MAP     which organisation is the council and which committee each one is\n"
    "                    ({\"council\": ID, \"committees\": {ID: COMMITTEE_ID}}; docs/sources.md)\n"
    "Warnings (what the data gets wrong, with the object's id) go to standard error.\n";

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, "cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int run_import_oparl(const Args& args, std::ostream& out, std::ostream& err) {
  std::string folder, target, into, mapping_file;
  const bool parsed = parse_arguments("import oparl", usage, err, [&] {
    for (Arguments a(args); a.next();) {
      const std::string& arg = a.current();
      if (arg == "--out") target = a.value();
      else if (arg == "--into") into = a.value();
      else if (arg == "--mapping") mapping_file = a.value();
      else if (a.is_option()) a.unknown();
      else if (folder.empty()) folder = arg;
      else throw std::invalid_argument("one FOLDER only");
    }
    if (folder.empty()) throw std::invalid_argument("no FOLDER given");
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
    const auto data = sources::oparl::read_folder(folder);
    const auto merged = sources::oparl::merge(*base, data, mapping);
    for (const auto& w : merged.warnings) {
      err << "warning: " << (w.object_id.empty() ? w.origin : w.object_id);
      if (!w.object_id.empty() && !w.origin.empty()) err << " (" << w.origin << ")";
      err << ": " << w.message << "\n";
    }
    io::save(merged.plan, target);
    const auto& c = merged.counts;
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

}  // namespace

int run_import(const Args& args, std::ostream& out, std::ostream& err) {
  if (!args.empty() && args.front() == "oparl") return run_import_oparl(Args(args.begin() + 1, args.end()), out, err);
  err << "planwerk import: say what to import: oparl\n" << usage;
  return exit_unreadable;
}

}  // namespace planwerk::cli
