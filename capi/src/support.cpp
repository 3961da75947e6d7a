// SPDX-License-Identifier: Apache-2.0
// Errors, version, and the conversions shared by the C entry points.
#include <cstdlib>
#include <cstring>

#include "internal.hpp"
#include "planwerk/io/document.hpp"
#include "planwerk/version.hpp"

namespace planwerk::capi {
namespace {

thread_local std::string last_error;

}  // namespace

void set_error(const std::string& message) { last_error = message; }
void clear_error() noexcept { last_error.clear(); }

#ifdef PLANWERK_OWN_PROTOBUF
// This library's protobuf is its own: its log lines go into parse errors,
// never onto the host's stderr.
const bool protobuf_log_captured = [] {
  io::capture_protobuf_log();
  return true;
}();
#endif

model::Kind to_kind(pw_kind kind) {
  if (auto k = model::kind_from_int(static_cast<int>(kind))) return *k;
  throw Error(ErrorCode::invalid_argument, "unknown kind " + std::to_string(static_cast<int>(kind)));
}

io::Format to_format(pw_format format, bool allow_auto) {
  switch (format) {
    case PW_FORMAT_AUTO:
      if (allow_auto) return io::Format::automatic;
      throw Error(ErrorCode::invalid_argument, "a format is needed here (PW_FORMAT_BINARY, _JSON or _TEXT)");
    case PW_FORMAT_BINARY: return io::Format::binary;
    case PW_FORMAT_JSON: return io::Format::json;
    case PW_FORMAT_TEXT: return io::Format::text;
    default: break;
  }
  throw Error(ErrorCode::invalid_argument, "unknown format " + std::to_string(static_cast<int>(format)));
}

model::Date to_date(pw_date date, const char* name) {
  if (date.year == 0 && date.month == 0 && date.day == 0) return model::Date{};
  if (date.year >= 1400 && date.year <= 9999 && date.month >= 1 && date.month <= 12 && date.day >= 1 &&
      date.day <= 31) {
    try {
      return model::Date(static_cast<unsigned short>(date.year), static_cast<unsigned short>(date.month),
                         static_cast<unsigned short>(date.day));
    } catch (const std::out_of_range&) {
    }
  }
  throw Error(ErrorCode::invalid_argument, std::string(name) + " is not a calendar day: " +
                                               std::to_string(date.year) + "-" + std::to_string(date.month) + "-" +
                                               std::to_string(date.day));
}

pw_date from_date(const model::Date& date) {
  if (!model::is_set(date)) return pw_date{0, 0, 0};
  const auto ymd = date.year_month_day();
  return pw_date{static_cast<int32_t>(ymd.year), static_cast<int32_t>(ymd.month), static_cast<int32_t>(ymd.day)};
}

model::Index to_index(const pw_concept* c, model::Kind kind, size_t index) { return c->plan.checked(kind, index); }

const char* ref_id(const pw_concept* c, model::Kind kind, model::Index index) {
  return index == model::npos ? "" : c->plan.id(kind, index).c_str();
}

std::map<std::string, std::string> read_renames(const char* const* renames, std::size_t count, const char* name) {
  if (count > 0) require(renames, name);
  std::map<std::string, std::string> map;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string pair = renames[i] == nullptr ? std::string() : renames[i];
    const auto eq = pair.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size())
      throw Error(ErrorCode::invalid_argument,
                  std::string(name) + "[" + std::to_string(i) + "] is not OLD_ID=NEW_ID: \"" + pair + "\"");
    map[pair.substr(0, eq)] = pair.substr(eq + 1);
  }
  return map;
}

void give_bytes(uint8_t** out_data, size_t* out_size, const std::string& bytes) {
  // malloc(0) may return NULL; always hand out a real buffer.
  auto* buffer = static_cast<uint8_t*>(std::malloc(bytes.empty() ? 1 : bytes.size()));
  if (buffer == nullptr) throw std::bad_alloc();
  if (!bytes.empty()) std::memcpy(buffer, bytes.data(), bytes.size());
  *out_data = buffer;
  *out_size = bytes.size();
}

}  // namespace planwerk::capi

extern "C" {

// Calls that cannot fail still count as the most recent call: "" after them.
const char* pw_version_string(void) {
  planwerk::capi::clear_error();
  return planwerk::version_string();
}
int pw_version_number(void) {
  planwerk::capi::clear_error();
  return planwerk::version_number();
}
int pw_schema_version(void) {
  planwerk::capi::clear_error();
  return PW_SCHEMA_VERSION;
}
const char* pw_error_last(void) { return planwerk::capi::last_error.c_str(); }

const char* pw_status_name(pw_status status) {
  planwerk::capi::clear_error();
  switch (status) {
    case PW_OK: return "PW_OK";
    case PW_ERR_INVALID_ARGUMENT: return "PW_ERR_INVALID_ARGUMENT";
    case PW_ERR_IO: return "PW_ERR_IO";
    case PW_ERR_PARSE: return "PW_ERR_PARSE";
    case PW_ERR_UNSUPPORTED_VERSION: return "PW_ERR_UNSUPPORTED_VERSION";
    case PW_ERR_INVALID_MODEL: return "PW_ERR_INVALID_MODEL";
    case PW_ERR_NOT_FOUND: return "PW_ERR_NOT_FOUND";
    case PW_ERR_CONFLICT: return "PW_ERR_CONFLICT";
    case PW_ERR_OUT_OF_RANGE: return "PW_ERR_OUT_OF_RANGE";
    case PW_ERR_NO_MEMORY: return "PW_ERR_NO_MEMORY";
    case PW_ERR_INTERNAL: return "PW_ERR_INTERNAL";
    default: break;
  }
  return "PW_UNKNOWN";
}

const char* pw_format_name(pw_format format) {
  planwerk::capi::clear_error();
  if (format < PW_FORMAT_AUTO || format > PW_FORMAT_TEXT) return "unknown";
  return planwerk::io::format_name(static_cast<planwerk::io::Format>(format)).data();
}

const char* pw_kind_name(pw_kind kind) {
  planwerk::capi::clear_error();
  if (kind == PW_KIND_CONCEPT) return "concept";
  const auto k = planwerk::model::kind_from_int(static_cast<int>(kind));
  return k ? planwerk::model::kind_name(*k).data() : "unknown";
}

const char* pw_severity_name(pw_severity severity) {
  planwerk::capi::clear_error();
  if (severity < PW_SEVERITY_ERROR || severity > PW_SEVERITY_INFO) return "unknown";
  return planwerk::model::severity_name(static_cast<planwerk::model::Severity>(severity)).data();
}

const char* pw_change_name(pw_change change) {
  planwerk::capi::clear_error();
  switch (change) {
    case PW_CHANGE_DELAY: return "delay";
    case PW_CHANGE_CANCEL: return "cancel";
    default: return "unknown";
  }
}

void pw_bytes_free(uint8_t** data) {
  planwerk::capi::clear_error();  // "" after every call but a failed one
  if (data == nullptr) return;
  std::free(*data);
  *data = nullptr;
}

}  // extern "C"
