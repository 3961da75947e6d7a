// What the subcommands share: loading a concept with the usual reporting,
// and reading dates from the command line.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "planwerk/model/concept.hpp"

namespace planwerk::cli {

// The concept in `path`, or nothing after reporting why on `err` and setting
// `status` to 1 (structural problems) or 2 (unreadable, unparsable).
std::optional<model::Concept> load_concept(const std::string& path, std::ostream& err, int& status);

// A date YYYY-MM-DD given to `option`; throws std::invalid_argument saying so.
model::Date date_argument(const std::string& option, const std::string& text);

}  // namespace planwerk::cli
