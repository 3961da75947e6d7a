// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include "commands.hpp"
#include "planwerk/io/document.hpp"
#include "planwerk/schedule/validate.hpp"

namespace planwerk::cli {

int run_validate(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.size() != 1) {
    err << "usage: planwerk validate FILE\n";
    return exit_unreadable;
  }
  std::vector<model::Diagnostic> diagnostics;
  try {
    diagnostics = schedule::validate(io::read_document(args[0]));
  } catch (const Error& e) {
    err << "planwerk: " << e.what() << "\n";
    return exit_unreadable;
  }
  for (const auto& d : diagnostics) out << d.to_line() << "\n";
  return model::has_errors(diagnostics) ? exit_invalid : exit_ok;
}

int run_codes(const Args& args, std::ostream& out, std::ostream& err) {
  if (!args.empty()) {
    err << "usage: planwerk codes\n";
    return exit_unreadable;
  }
  for (const auto& c : model::diagnostic_codes())
    out << c.code << " " << model::severity_name(c.severity) << " " << c.name << ": " << c.summary << "\n";
  return exit_ok;
}

}  // namespace planwerk::cli
