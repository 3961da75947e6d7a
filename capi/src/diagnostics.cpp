// SPDX-License-Identifier: Apache-2.0
// C entry points: validation and the diagnostics list.
#include <algorithm>

#include "frame.hpp"
#include "planwerk/io/document.hpp"
#include "planwerk/schedule/validate.hpp"

using namespace planwerk;
using capi::guard;
using capi::require;

namespace {

template <class Run>
pw_status create(const char* function, pw_diagnostics** out, Run&& run) {
  if (out != nullptr) *out = nullptr;
  return guard(function, [&] {
    require(out, "out");
    auto handle = std::make_unique<pw_diagnostics>(pw_diagnostics{run()});
    *out = handle.release();
  });
}

const model::Diagnostic& at(const pw_diagnostics* d, size_t index) {
  if (index >= d->items.size()) {
    throw Error(ErrorCode::out_of_range, "diagnostic " + std::to_string(index) + " is past the end (" +
                                             std::to_string(d->items.size()) + ")");
  }
  return d->items[index];
}

}  // namespace

extern "C" {

pw_status pw_concept_validate(pw_diagnostics** out, const pw_concept* plan) {
  return create(__func__, out, [&] { return schedule::validate(require(plan, "plan")->plan); });
}

pw_status pw_concept_validate_file(pw_diagnostics** out, const char* path, pw_format format) {
  return create(__func__, out, [&] {
    return schedule::validate(io::read_document(require(path, "path"), capi::to_format(format, true)));
  });
}

pw_status pw_concept_validate_bytes(pw_diagnostics** out, const void* data, size_t size, pw_format format) {
  return create(__func__, out, [&] {
    if (size > 0) require(data, "data");
    const std::string_view bytes(static_cast<const char*>(data), size);
    return schedule::validate(io::parse_document(bytes, capi::to_format(format, true), "<bytes>"));
  });
}

pw_status pw_diagnostics_count(size_t* out, const pw_diagnostics* diagnostics) {
  return guard(__func__, [&] { *require(out, "out") = require(diagnostics, "diagnostics")->items.size(); });
}

pw_status pw_diagnostics_error_count(size_t* out, const pw_diagnostics* diagnostics) {
  return guard(__func__, [&] {
    require(out, "out");
    const auto& items = require(diagnostics, "diagnostics")->items;
    *out = static_cast<size_t>(std::count_if(items.begin(), items.end(), [](const model::Diagnostic& d) {
      return d.severity == model::Severity::error;
    }));
  });
}

pw_status pw_diagnostics_get(const char** out_code, pw_severity* out_severity, const char** out_entity,
                             const char** out_message, const pw_diagnostics* diagnostics, size_t index) {
  return guard(__func__, [&] {
    require(out_code, "out_code");
    require(out_severity, "out_severity");
    require(out_entity, "out_entity");
    require(out_message, "out_message");
    const auto& d = at(require(diagnostics, "diagnostics"), index);
    *out_code = d.code.c_str();
    *out_severity = static_cast<pw_severity>(d.severity);
    *out_entity = d.entity.c_str();
    *out_message = d.message.c_str();
  });
}

pw_status pw_diagnostics_location(pw_kind* out_kind, const char** out_field, const pw_diagnostics* diagnostics,
                                  size_t index) {
  return guard(__func__, [&] {
    require(out_kind, "out_kind");
    require(out_field, "out_field");
    const auto& d = at(require(diagnostics, "diagnostics"), index);
    *out_kind = d.kind ? static_cast<pw_kind>(*d.kind) : PW_KIND_CONCEPT;
    *out_field = d.field.c_str();
  });
}

void pw_diagnostics_free(pw_diagnostics** diagnostics) {
  planwerk::capi::clear_error();  // "" after every call but a failed one
  if (diagnostics == nullptr) return;
  delete *diagnostics;
  *diagnostics = nullptr;
}

pw_status pw_diagnostics_codes(pw_frame** out) {
  return capi::create_frame(__func__, out, [] { return model::diagnostic_code_table(); });
}

}  // extern "C"
