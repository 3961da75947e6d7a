// SPDX-License-Identifier: Apache-2.0
// planwerk diff: what changed between two versions of a concept.
#include <iostream>
#include <map>

#include "commands.hpp"
#include "common.hpp"
#include "planwerk/history/diff.hpp"

namespace planwerk::cli {
namespace {

constexpr const char* usage =
    "usage: planwerk diff OLD NEW [--json] [--rename OLD_ID=NEW_ID]...\n"
    "  goals, measures and indicators added, removed, renamed, retitled, moved to\n"
    "  another action field; targets, deadlines and responsibilities changed\n"
    "  --json          a JSON array instead of one line per change\n"
    "  --rename A=B    the entity with id A in OLD is the one with id B in NEW\n";

}  // namespace

int run_diff(const Args& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> files;
  std::map<std::string, std::string> renames;
  bool json = false;
  const bool parsed = parse_arguments("diff", usage, err, [&] {
    for (Arguments a(args); a.next();) {
      const std::string& arg = a.current();
      if (arg == "--json") json = true;
      else if (arg == "--rename") rename_argument(a.value(), renames);
      else if (a.is_option()) a.unknown();
      else files.push_back(arg);
    }
    if (files.size() != 2) throw std::invalid_argument("two files, OLD and NEW, are needed");
  });
  if (!parsed) return exit_unreadable;
  int status = exit_ok;
  const auto before = load_concept(files[0], err, status);
  if (!before) return status;
  const auto after = load_concept(files[1], err, status);
  if (!after) return status;
  try {
    const auto changes = history::diff(*before, *after, renames);
    out << (json ? history::to_json(changes) : history::to_text(changes));
    if (!json && changes.empty()) out << "no changes to goals, measures or indicators\n";
  } catch (const Error& e) {
    err << "planwerk diff: " << e.what() << "\n";
    return exit_unreadable;
  }
  return exit_ok;
}

}  // namespace planwerk::cli
