// SPDX-License-Identifier: Apache-2.0
// What the subcommands share: loading a concept with the usual reporting,
// and reading dates from the command line.
#pragma once

#include <iosfwd>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <vector>
#include <string>

#include "planwerk/model/concept.hpp"
#include "planwerk/monitor/observations.hpp"

namespace planwerk::cli {

// The concept in `path`, or nothing after reporting why on `err` and setting
// `status` to 1 (structural problems) or 2 (unreadable, unparsable).
// "--rename OLD_ID=NEW_ID" into `renames`; std::invalid_argument naming the
// text for anything else.
void rename_argument(const std::string& value, std::map<std::string, std::string>& renames);

std::optional<model::Concept> load_concept(const std::string& path, std::ostream& err, int& status);

// A date YYYY-MM-DD given to `option`; throws std::invalid_argument saying so.
// Observations from one or more --data files (CSV or protobuf), in order;
// a cell given in two files is refused when they are evaluated.
monitor::Observations read_data(const model::Concept& plan, const std::vector<std::string>& files);

model::Date date_argument(const std::string& option, const std::string& text);

// "ID=NUMBER" given to `option` (--pool, --weight); throws
// std::invalid_argument naming the text for anything else.
std::pair<std::string, double> assignment_argument(const std::string& option, const std::string& text);

// A number, 0 or more, given to `option` (read the same in every locale);
// throws std::invalid_argument saying so.
double number_argument(const std::string& option, const std::string& text);

// A command's arguments, one at a time: `for (Arguments a(args); a.next();)`,
// then a.current() is the argument and a.value() the value of an option that
// takes one. Mistakes throw std::invalid_argument.
class Arguments {
 public:
  explicit Arguments(const std::vector<std::string>& args) : args_(args) {}
  bool next() { return ++at_ < args_.size(); }
  const std::string& current() const { return args_[at_]; }
  bool is_option() const { return !current().empty() && current()[0] == '-'; }
  std::string value() {
    if (at_ + 1 >= args_.size()) throw std::invalid_argument(current() + " needs a value");
    return args_[++at_];
  }
  [[noreturn]] void unknown() const { throw std::invalid_argument("unknown option \"" + current() + "\""); }

 private:
  const std::vector<std::string>& args_;
  std::size_t at_ = static_cast<std::size_t>(-1);
};

// Runs `parse`; when it throws std::invalid_argument, says so with the
// command's usage on `err` and returns false (the caller exits with 2).
bool parse_arguments(const char* command, const char* usage, std::ostream& err, const std::function<void()>& parse);

}  // namespace planwerk::cli
