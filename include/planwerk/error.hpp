// The error type of the C++ core. Its codes are the C API's pw_status values
// and the Python exception classes: one table, documented in docs/c-api.md.
#pragma once

#include <stdexcept>
#include <string>

#include "planwerk/export.hpp"

namespace planwerk {

// Stable numbers: never renumber, only append.
enum class ErrorCode : int {
  ok = 0,
  invalid_argument = 1,     // a caller passed something unusable
  io = 2,                   // a file could not be read or written
  parse = 3,                // bytes are not a valid document in the format
  unsupported_version = 4,  // written by a newer schema version
  invalid_model = 5,        // a document or edit breaks the model's structure
  not_found = 6,            // an id or index names nothing
  conflict = 7,             // the edit collides with existing data
  out_of_range = 8,         // an index past the end
  no_memory = 9,
  internal = 10,
};

PLANWERK_API const char* to_string(ErrorCode code) noexcept;

class PLANWERK_API Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ErrorCode code() const noexcept { return code_; }

 private:
  ErrorCode code_;
};

}  // namespace planwerk
