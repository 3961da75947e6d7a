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
  try {
    for (std::size_t i = 0; i < args.size(); ++i) {
      const std::string& a = args[i];
      if (a == "--json") json = true;
      else if (a == "--rename") {
        if (i + 1 >= args.size()) throw std::invalid_argument("--rename needs OLD_ID=NEW_ID");
        const std::string v = args[++i];
        const auto eq = v.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == v.size())
          throw std::invalid_argument("--rename takes OLD_ID=NEW_ID, not \"" + v + "\"");
        renames[v.substr(0, eq)] = v.substr(eq + 1);
      } else if (!a.empty() && a[0] == '-') throw std::invalid_argument("unknown option \"" + a + "\"");
      else files.push_back(a);
    }
    if (files.size() != 2) throw std::invalid_argument("two files, OLD and NEW, are needed");
  } catch (const std::invalid_argument& e) {
    err << "planwerk diff: " << e.what() << "\n" << usage;
    return exit_unreadable;
  }
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
