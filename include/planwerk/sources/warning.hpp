// SPDX-License-Identifier: Apache-2.0
// What an import skipped or read leniently: shared by the importers.
#pragma once

#include <string>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/frame.hpp"

namespace planwerk::sources {

/// Something an import left out or doubted, with where it came from; the
/// rest of the import went on.
struct Warning {
  std::string object_id;  ///< the object's id in its source (an OParl URL), or "" for a whole document
  std::string origin;     ///< the file or URL it came from, or "" when it is the object id that says it
  std::string message;    ///< what was wrong and what was done about it
};

/// The warnings as a table: object_id, origin, message (text), in order.
PLANWERK_API Frame warnings_table(const std::vector<Warning>& warnings);

}  // namespace planwerk::sources
