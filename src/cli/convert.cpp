// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "planwerk/io/load.hpp"

namespace planwerk::cli {

int run_convert(const Args& args, std::ostream& out, std::ostream& err) {
  io::Format format = io::Format::automatic;
  std::vector<std::string> files;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format" && i + 1 < args.size()) {
      const std::string& name = args[++i];
      if (name == "binary") format = io::Format::binary;
      else if (name == "json") format = io::Format::json;
      else if (name == "text") format = io::Format::text;
      else {
        err << "planwerk convert: unknown format \"" << name << "\" (binary, json or text)\n";
        return exit_unreadable;
      }
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.size() != 2) {
    err << "usage: planwerk convert IN OUT [--format binary|json|text]\n";
    return exit_unreadable;
  }
  // Through the model, so that only a structurally sound concept is written.
  int status = exit_ok;
  const auto plan = load_concept(files[0], err, status);
  if (!plan) return status;
  try {
    io::save(*plan, files[1], format);
  } catch (const Error& e) {
    err << "planwerk: " << e.what() << "\n";
    return exit_unreadable;
  }
  out << "wrote " << files[1] << "\n";
  return exit_ok;
}

}  // namespace planwerk::cli
