// SPDX-License-Identifier: Apache-2.0
// planwerk: the command line tool.
#include <exception>
#include <iostream>
#include <string_view>

#include "commands.hpp"
#include "planwerk/utf8.hpp"
#include "planwerk/version.hpp"

namespace {

constexpr std::string_view usage =
    "usage: planwerk <command> [arguments]\n"
    "\n"
    "commands:\n"
    "  validate FILE              print one diagnostic a line (CODE severity id: message);\n"
    "                             exit 0 without errors, 1 with errors, 2 if FILE cannot be read\n"
    "  info FILE                  counts per kind, each action field with its goals and measures\n"
    "  graph FILE [--with FILE]... [--cycles] [--order] [--critical] [--redundant]\n"
    "        [--impact ID --delay N | --impact ID --cancel] [--coverage] [--conflicts] [--dot VIEW]\n"
    "                             graph analyses of the measures and goals (planwerk graph --help)\n"
    "  schedule FILE [--start DATE] [--as-of DATE] [--critical] [--ics OUT]\n"
    "                             the critical path schedule on the concept's calendar\n"
    "  consult FILE --ready DATE --via C1,C2,... [--move C:FROM=TO]\n"
    "                             the meetings a proposal passes and its adoption date\n"
    "  monitor FILE --data OBSERVATIONS [--as-of YEAR] [--min-cases K] [--rule mean|two-worst]\n"
    "                             indicator status per action field and goal; process monitoring\n"
    "  diff OLD NEW [--json] [--rename OLD_ID=NEW_ID]...\n"
    "                             what changed between two versions of a concept\n"
    "  convert IN OUT [--format binary|json|text]\n"
    "                             re-encode a concept; the format follows OUT's extension\n"
    "  codes                      list every diagnostic code\n"
    "  report FILE --out DIR      write the published report, a static site\n"
    "  import oparl FOLDER --out FILE [--into CONCEPT] [--mapping MAP]\n"
    "                             committees, meetings and proposals from OParl JSON\n"
    "  prioritize CONCEPT --horizon 2026-2028 [--data OBS] [--pool ID=AMOUNT] [--frontier] [--json]\n"
    "                             the annual programme: which measures start when\n"
    "  --version                  print the version\n"
    "\n"
    "FILE may be binary protobuf (.pb), JSON (.json) or text format (.txtpb);\n"
    "other extensions are recognised by content.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace planwerk::cli;
  if (argc < 2) {
    std::cerr << usage;
    return exit_unreadable;
  }
  const std::string_view command = argv[1];
  const Args args(argv + 2, argv + argc);
  try {
    // Ids, dates and rules on the command line are text: UTF-8, as in files.
    for (int i = 1; i < argc; ++i) planwerk::require_utf8(argv[i], "argument " + std::to_string(i));
    if (command == "validate") return run_validate(args, std::cout, std::cerr);
    if (command == "info") return run_info(args, std::cout, std::cerr);
    if (command == "graph") return run_graph(args, std::cout, std::cerr);
    if (command == "schedule") return run_schedule(args, std::cout, std::cerr);
    if (command == "consult") return run_consult(args, std::cout, std::cerr);
    if (command == "monitor") return run_monitor(args, std::cout, std::cerr);
    if (command == "diff") return run_diff(args, std::cout, std::cerr);
    if (command == "convert") return run_convert(args, std::cout, std::cerr);
    if (command == "codes") return run_codes(args, std::cout, std::cerr);
    if (command == "report") return run_report(args, std::cout, std::cerr);
    if (command == "import") return run_import(args, std::cout, std::cerr);
    if (command == "prioritize") return run_prioritize(args, std::cout, std::cerr);
    if (command == "--version" || command == "version") {
      std::cout << "planwerk " << planwerk::version_string() << " (schema version " << PW_SCHEMA_VERSION << ")\n";
      return exit_ok;
    }
    if (command == "--help" || command == "-h" || command == "help") {
      std::cout << usage;
      return exit_ok;
    }
    std::cerr << "planwerk: unknown command \"" << command << "\"\n\n" << usage;
    return exit_unreadable;
  } catch (const std::exception& e) {
    // Commands report expected failures themselves; this is the last guard.
    std::cerr << "planwerk: " << e.what() << "\n";
    return exit_unreadable;
  }
}
