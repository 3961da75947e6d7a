// SPDX-License-Identifier: Apache-2.0
// The C API's plumbing: handle types, the exception barrier, argument checks
// and conversions. Nothing C++ crosses the boundary: every entry point runs
// its body through guard(), which turns exceptions into a pw_status and a
// thread-local message.
#pragma once

#include <cstdint>
#include <cstring>
#include <new>
#include <map>
#include <string>
#include <vector>

#include "planwerk/error.hpp"
#include "planwerk/io/format.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/model/diagnostic.hpp"
#include "planwerk/planwerk.h"

struct pw_concept {
  planwerk::model::Concept plan;
};

struct pw_diagnostics {
  std::vector<planwerk::model::Diagnostic> items;
};

namespace planwerk::capi {

void set_error(const std::string& message);
void clear_error() noexcept;

// Runs body; returns PW_OK or the status for what it threw. `function`
// prefixes the message so a log line says which call failed.
template <class Body>
pw_status guard(const char* function, Body&& body) noexcept {
  try {
    body();
    clear_error();
    return PW_OK;
  } catch (const Error& e) {
    try {
      set_error(std::string(function) + ": " + e.what());
    } catch (...) {
    }
    return static_cast<pw_status>(e.code());
  } catch (const std::bad_alloc&) {
    try {
      set_error(std::string(function) + ": out of memory");
    } catch (...) {
    }
    return PW_ERR_NO_MEMORY;
  } catch (const std::exception& e) {
    try {
      set_error(std::string(function) + ": internal error: " + e.what());
    } catch (...) {
    }
    return PW_ERR_INTERNAL;
  } catch (...) {
    try {
      set_error(std::string(function) + ": internal error");
    } catch (...) {
    }
    return PW_ERR_INTERNAL;
  }
}

// Throws Error(invalid_argument) "<name> is NULL".
template <class T>
T* require(T* pointer, const char* name) {
  if (pointer == nullptr) throw Error(ErrorCode::invalid_argument, std::string(name) + " is NULL");
  return pointer;
}

model::Kind to_kind(pw_kind kind);
io::Format to_format(pw_format format, bool allow_auto);
model::Date to_date(pw_date date, const char* name);
pw_date from_date(const model::Date& date);

// Checks index < count for `kind` and returns it as a model index.
model::Index to_index(const pw_concept* c, model::Kind kind, size_t index);

// The id of a reference ("" for npos); borrowed from the concept.
const char* ref_id(const pw_concept* c, model::Kind kind, model::Index index);

// Versioned structs (planwerk.h, "Versioned structs"): `sizes[v - 1]` is the
// size of version v of T, whose first field is `uint32_t version`. A caller
// compiled against an older header passes a smaller struct: only its
// version's bytes are read or written. Throws Error(invalid_argument), naming
// the struct, for a version this library does not know.
template <std::size_t N>
std::size_t versioned_size(const void* in, const char* name, const std::size_t (&sizes)[N]) {
  std::uint32_t version = 0;
  std::memcpy(&version, in, sizeof version);
  if (version < 1 || version > N)
    throw Error(ErrorCode::invalid_argument, std::string(name) + "->version is " + std::to_string(version) +
                                                 "; this library knows versions 1 to " + std::to_string(N) +
                                                 " (the header's *_VERSION, set by *_INIT)");
  return sizes[version - 1];
}

// The caller's struct read into `defaults`: the fields of its version
// replace the defaults, later fields keep them.
template <class T, std::size_t N>
T read_versioned(const void* in, const char* name, const std::size_t (&sizes)[N], T defaults) {
  std::memcpy(static_cast<void*>(&defaults), in, versioned_size(in, name, sizes));
  return defaults;
}

// Writes the fields of the caller's version of `value` into `out`; the
// caller's version stays as it was.
template <class T, std::size_t N>
void write_versioned(void* out, const char* name, const std::size_t (&sizes)[N], const T& value) {
  std::uint32_t version = 0;
  std::memcpy(&version, out, sizeof version);
  std::memcpy(out, static_cast<const void*>(&value), versioned_size(out, name, sizes));
  std::memcpy(out, &version, sizeof version);
}

// `count` strings "OLD_ID=NEW_ID" (history::diff's renames);
// Error(invalid_argument) naming "<name>[i]" for anything else.
std::map<std::string, std::string> read_renames(const char* const* renames, std::size_t count, const char* name);

// Copies bytes into a malloc'd buffer the caller frees with pw_bytes_free.
void give_bytes(uint8_t** out_data, size_t* out_size, const std::string& bytes);

}  // namespace planwerk::capi
