// SPDX-License-Identifier: Apache-2.0
// The error type of the C++ core. Its codes are the C API's pw_status values
// and the Python exception classes: one table, documented in docs/c-api.md.
#pragma once

#include <stdexcept>
#include <string>

#include "planwerk/export.hpp"

namespace planwerk {

/// Stable numbers: never renumber, only append.
enum class ErrorCode : int {
  ok = 0,
  invalid_argument = 1,     ///< a caller passed something unusable
  io = 2,                   ///< a file could not be read or written
  parse = 3,                ///< bytes are not a valid document in the format
  unsupported_version = 4,  ///< written by a newer schema version
  invalid_model = 5,        ///< a document or edit breaks the model's structure
  not_found = 6,            ///< an id or index names nothing
  conflict = 7,             ///< the edit collides with existing data
  out_of_range = 8,         ///< an index past the end
  no_memory = 9,            ///< an allocation failed
  internal = 10,            ///< a bug in planwerk: please report it
};

/// A short description of the code ("not found", "parse error"); static
/// storage.
PLANWERK_API const char* to_string(ErrorCode code) noexcept;

/// What every planwerk function throws: a code that mirrors the C API's
/// pw_status, and a message that names what and where (the file, line,
/// entity or field).
class PLANWERK_API Error : public std::runtime_error {
 public:
  /// An error of `code`; what() is `message`.
  Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  /// The kind of failure, as the C API reports it.
  ErrorCode code() const noexcept { return code_; }

 private:
  ErrorCode code_;
};

}  // namespace planwerk
