// SPDX-License-Identifier: Apache-2.0
#include "planwerk/error.hpp"

#include "planwerk/version.hpp"

namespace planwerk {

const char* to_string(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::ok: return "ok";
    case ErrorCode::invalid_argument: return "invalid argument";
    case ErrorCode::io: return "I/O error";
    case ErrorCode::parse: return "parse error";
    case ErrorCode::unsupported_version: return "unsupported schema version";
    case ErrorCode::invalid_model: return "invalid model";
    case ErrorCode::not_found: return "not found";
    case ErrorCode::conflict: return "conflict";
    case ErrorCode::out_of_range: return "out of range";
    case ErrorCode::no_memory: return "out of memory";
    case ErrorCode::internal: return "internal error";
  }
  return "unknown error";
}

const char* version_string() noexcept { return PW_VERSION_STRING; }
int version_number() noexcept { return PW_VERSION_NUMBER; }

}  // namespace planwerk
