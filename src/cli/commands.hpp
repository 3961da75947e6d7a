// SPDX-License-Identifier: Apache-2.0
// The subcommands of the planwerk command line tool. Each returns the exit
// status: 0 success, 1 the input has errors, 2 the input cannot be read or
// parsed (or the command line is wrong).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace planwerk::cli {

using Args = std::vector<std::string>;

inline constexpr int exit_ok = 0;
inline constexpr int exit_invalid = 1;
inline constexpr int exit_unreadable = 2;

int run_validate(const Args& args, std::ostream& out, std::ostream& err);
int run_info(const Args& args, std::ostream& out, std::ostream& err);
int run_convert(const Args& args, std::ostream& out, std::ostream& err);
int run_graph(const Args& args, std::ostream& out, std::ostream& err);
int run_schedule(const Args& args, std::ostream& out, std::ostream& err);
int run_consult(const Args& args, std::ostream& out, std::ostream& err);
int run_monitor(const Args& args, std::ostream& out, std::ostream& err);
int run_diff(const Args& args, std::ostream& out, std::ostream& err);
int run_codes(const Args& args, std::ostream& out, std::ostream& err);
int run_report(const Args& args, std::ostream& out, std::ostream& err);
int run_import(const Args& args, std::ostream& out, std::ostream& err);
int run_prioritize(const Args& args, std::ostream& out, std::ostream& err);

}  // namespace planwerk::cli
