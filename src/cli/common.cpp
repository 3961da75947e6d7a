// SPDX-License-Identifier: Apache-2.0
#include "common.hpp"

#include <charconv>
#include <cmath>
#include <ostream>
#include <stdexcept>

#include "commands.hpp"
#include "planwerk/io/load.hpp"

namespace planwerk::cli {

void rename_argument(const std::string& value, std::map<std::string, std::string>& renames) {
  const auto eq = value.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == value.size())
    throw std::invalid_argument("--rename takes OLD_ID=NEW_ID, not \"" + value + "\"");
  renames[value.substr(0, eq)] = value.substr(eq + 1);
}

std::optional<model::Concept> load_concept(const std::string& path, std::ostream& err, int& status) {
  try {
    return io::load(path);
  } catch (const model::ModelError& e) {
    err << "planwerk: " << e.what() << "\n";
    status = exit_invalid;
  } catch (const Error& e) {
    err << "planwerk: " << e.what() << "\n";
    status = exit_unreadable;
  }
  return std::nullopt;
}

model::Date date_argument(const std::string& option, const std::string& text) {
  auto d = model::parse_date(text);
  if (!d || !model::is_set(*d)) throw std::invalid_argument(option + " needs a date YYYY-MM-DD, not \"" + text + "\"");
  return *d;
}

bool parse_arguments(const char* command, const char* usage, std::ostream& err, const std::function<void()>& parse) {
  try {
    parse();
    return true;
  } catch (const std::invalid_argument& e) {
    err << "planwerk " << command << ": " << e.what() << "\n" << usage;
    return false;
  }
}

double number_argument(const std::string& option, const std::string& text) {
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !(value >= 0) || !std::isfinite(value))
    throw std::invalid_argument(option + " takes a number, 0 or more, not \"" + text + "\"");
  return value;
}

monitor::Observations read_data(const model::Concept& plan, const std::vector<std::string>& files) {
  monitor::Observations all;
  for (const auto& f : files) all.extend(monitor::read_observations(plan, f));
  return all;
}

std::pair<std::string, double> assignment_argument(const std::string& option, const std::string& text) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0) throw std::invalid_argument(option + " \"" + text + "\": expected ID=NUMBER");
  return {text.substr(0, eq), number_argument(option, text.substr(eq + 1))};
}

}  // namespace planwerk::cli
