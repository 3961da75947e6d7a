// SPDX-License-Identifier: Apache-2.0
// The importers through the C API.
#include <cstddef>
#include <filesystem>
#include <functional>

#include "frame.hpp"
#include "internal.hpp"
#include "observations.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/sources/oparl.hpp"
#include "planwerk/sources/statistics.hpp"

using namespace planwerk;

namespace {

// Reads the data, merges it into `into` (or an empty concept) and hands
// out the concept and the warnings; both stay NULL unless all succeeds.
template <class Read>
pw_status oparl_import(const char* function, pw_concept** out, pw_frame** out_warnings, const pw_concept* into,
                       const pw_oparl_options* options, Read&& read) {
  if (out != nullptr) *out = nullptr;
  if (out_warnings != nullptr) *out_warnings = nullptr;
  return capi::guard(function, [&] {
    capi::require(out, "out");
    capi::require(out_warnings, "out_warnings");
    static const std::size_t sizes[] = {sizeof(pw_oparl_options)};
    static_assert(PW_OPARL_OPTIONS_VERSION == std::size(sizes), "a size for every version");
    const pw_oparl_options defaults = PW_OPARL_OPTIONS_INIT;
    const auto o = options == nullptr ? defaults : capi::read_versioned(options, "options", sizes, defaults);
    const sources::oparl::Mapping mapping =
        o.mapping_json == nullptr || *o.mapping_json == '\0'
            ? sources::oparl::Mapping{}
            : sources::oparl::mapping_from_json(o.mapping_json, "options->mapping_json");
    const sources::oparl::Data data = read(o);
    auto merged = [&] {
      if (into != nullptr) return sources::oparl::merge(into->plan, data, mapping);
      v1::Concept empty;
      empty.set_id("oparl-import");
      return sources::oparl::merge(model::from_proto(empty), data, mapping);
    }();
    auto handle = std::make_unique<pw_concept>(pw_concept{std::move(merged.plan)});
    capi::give_frame(out_warnings, sources::warnings_table(merged.warnings));
    *out = handle.release();
  });
}

// Imports the sources and hands out observations, warnings and (if asked)
// the counts per export; all stay NULL unless all succeeds.
pw_status statistics_import(const char* function, pw_observations** out, pw_frame** out_warnings,
                            pw_frame** out_sources, const pw_concept* plan, const char* mapping_json,
                            const std::function<sources::statistics::Imported(const sources::statistics::Mapping&)>& run) {
  if (out != nullptr) *out = nullptr;
  if (out_warnings != nullptr) *out_warnings = nullptr;
  if (out_sources != nullptr) *out_sources = nullptr;
  return capi::guard(function, [&] {
    capi::require(out, "out");
    capi::require(out_warnings, "out_warnings");
    capi::require(plan, "plan");
    const auto mapping = sources::statistics::mapping_from_json(capi::require(mapping_json, "mapping_json"), "mapping_json");
    auto imported = run(mapping);
    Frame warnings = sources::warnings_table(imported.warnings);
    Frame counts = sources::statistics::source_table(imported.sources);
    pw_observations* observations = capi::give_observations(std::move(imported.observations));
    capi::give_frame(out_warnings, std::move(warnings));
    if (out_sources != nullptr) capi::give_frame(out_sources, std::move(counts));
    *out = observations;
  });
}

}  // namespace

extern "C" {

pw_status pw_oparl_import_folder(pw_concept** out, pw_frame** out_warnings, const pw_concept* into,
                                 const char* folder, const pw_oparl_options* options) {
  return oparl_import(__func__, out, out_warnings, into, options,
                      [&](const pw_oparl_options&) { return sources::oparl::read_folder(capi::require(folder, "folder")); });
}

pw_status pw_oparl_import_documents(pw_concept** out, pw_frame** out_warnings, const pw_concept* into,
                                    const char* const* documents, const size_t* sizes, size_t count,
                                    const pw_oparl_options* options) {
  return oparl_import(__func__, out, out_warnings, into, options, [&](const pw_oparl_options&) {
    if (count > 0) {
      capi::require(documents, "documents");
      capi::require(sizes, "sizes");
    }
    sources::oparl::Reader reader;
    for (size_t i = 0; i < count; ++i) {
      const std::string name = "documents[" + std::to_string(i) + "]";
      if (documents[i] == nullptr) throw Error(ErrorCode::invalid_argument, name + " is NULL");
      reader.add_document(std::string_view(documents[i], sizes[i]), "document " + std::to_string(i));
    }
    return reader.finish();
  });
}

pw_status pw_oparl_import_url(pw_concept** out, pw_frame** out_warnings, const pw_concept* into, const char* url,
                              const pw_oparl_options* options) {
  return oparl_import(__func__, out, out_warnings, into, options, [&](const pw_oparl_options& o) {
    sources::oparl::FetchOptions fetch;
    if (o.timeout_ms == 0) throw Error(ErrorCode::invalid_argument, "options->timeout_ms must be more than 0");
    fetch.timeout = std::chrono::milliseconds(o.timeout_ms);
    fetch.retries = o.retries;
    fetch.backoff = std::chrono::milliseconds(o.backoff_ms);
    fetch.request_budget = static_cast<std::size_t>(o.request_budget);
    if (o.cache_folder != nullptr) fetch.cache = o.cache_folder;
    return sources::oparl::fetch(capi::require(url, "url"), fetch).data;
  });
}

pw_status pw_statistics_import_files(pw_observations** out, pw_frame** out_warnings, pw_frame** out_sources,
                                     const pw_concept* plan, const char* mapping_json, const char* const* paths,
                                     size_t count) {
  return statistics_import(__func__, out, out_warnings, out_sources, plan, mapping_json, [&](const auto& mapping) {
    if (count > 0) capi::require(paths, "paths");
    std::vector<std::filesystem::path> files;
    for (size_t i = 0; i < count; ++i) {
      if (paths[i] == nullptr) throw Error(ErrorCode::invalid_argument, "paths[" + std::to_string(i) + "] is NULL");
      files.emplace_back(paths[i]);
    }
    return sources::statistics::import_files(plan->plan, mapping, files);
  });
}

pw_status pw_statistics_import_memory(pw_observations** out, pw_frame** out_warnings, pw_frame** out_sources,
                                      const pw_concept* plan, const char* mapping_json, const void* const* data,
                                      const size_t* sizes, const char* const* names, size_t count) {
  return statistics_import(__func__, out, out_warnings, out_sources, plan, mapping_json, [&](const auto& mapping) {
    if (count > 0) {
      capi::require(data, "data");
      capi::require(sizes, "sizes");
    }
    std::vector<std::string> labels;
    std::vector<sources::statistics::Source> list;
    for (size_t i = 0; i < count; ++i) {
      if (data[i] == nullptr && sizes[i] > 0) throw Error(ErrorCode::invalid_argument, "data[" + std::to_string(i) + "] is NULL");
      labels.push_back(names != nullptr && names[i] != nullptr ? names[i] : "export " + std::to_string(i));
    }
    for (size_t i = 0; i < count; ++i)
      list.push_back({std::string_view(static_cast<const char*>(data[i]), sizes[i]), labels[i]});
    return sources::statistics::import(plan->plan, mapping, list);
  });
}

}  // extern "C"
