// SPDX-License-Identifier: Apache-2.0
// C entry points: workspaces, the versions of a concept with their
// observations in one checked archive.
#include <memory>
#include <string_view>

#include "internal.hpp"
#include "observations.hpp"
#include "planwerk/history/workspace.hpp"
#include "planwerk/monitor/observations.hpp"

using namespace planwerk;
using capi::guard;
using capi::require;

struct pw_workspace {
  history::Workspace workspace;
};

static_assert(static_cast<int>(history::ArchiveFormat::xml) == PW_ARCHIVE_XML,
              "ArchiveFormat and pw_archive_format must agree");

namespace {

history::ArchiveFormat to_archive_format(pw_archive_format format) {
  const auto f = static_cast<history::ArchiveFormat>(format);
  if (history::archive_format_name(f) == "unknown")
    throw Error(ErrorCode::invalid_argument, "format: " + std::to_string(static_cast<int>(format)) +
                                                 " is not a pw_archive_format");
  return f;
}

const history::Version& version_at(const pw_workspace* w, size_t index) {
  const auto& versions = require(w, "workspace")->workspace.versions;
  if (index >= versions.size())
    throw Error(ErrorCode::out_of_range, "index " + std::to_string(index) + " is past the workspace's " +
                                             std::to_string(versions.size()) + " versions");
  return versions[index];
}

template <class Make>
pw_status create(const char* function, pw_workspace** out, Make&& make) {
  if (out != nullptr) *out = nullptr;
  return guard(function, [&] {
    require(out, "out");
    *out = std::make_unique<pw_workspace>(pw_workspace{make()}).release();
  });
}

}  // namespace

extern "C" {

const char* pw_archive_format_name(pw_archive_format format) {
  capi::clear_error();
  return history::archive_format_name(static_cast<history::ArchiveFormat>(format)).data();
}

pw_status pw_workspace_new(pw_workspace** out) {
  return create(__func__, out, [] { return history::Workspace{}; });
}

pw_status pw_workspace_load_file(pw_workspace** out, const char* path) {
  return create(__func__, out, [&] { return history::load_workspace(require(path, "path")); });
}

pw_status pw_workspace_load_bytes(pw_workspace** out, const void* data, size_t size) {
  return create(__func__, out, [&] {
    return history::from_bytes(std::string_view(static_cast<const char*>(require(data, "data")), size), "<memory>");
  });
}

pw_status pw_workspace_save_file(const pw_workspace* workspace, const char* path, pw_archive_format format) {
  return guard(__func__, [&] {
    require(workspace, "workspace");
    require(path, "path");
    history::save_workspace(workspace->workspace, path, to_archive_format(format));
  });
}

pw_status pw_workspace_export(uint8_t** out_data, size_t* out_size, const pw_workspace* workspace,
                              pw_archive_format format) {
  if (out_data != nullptr) *out_data = nullptr;
  if (out_size != nullptr) *out_size = 0;
  return guard(__func__, [&] {
    require(out_data, "out_data");
    require(out_size, "out_size");
    require(workspace, "workspace");
    capi::give_bytes(out_data, out_size, history::to_bytes(workspace->workspace, to_archive_format(format)));
  });
}

pw_status pw_workspace_version_count(size_t* out, const pw_workspace* workspace) {
  return guard(__func__, [&] {
    require(out, "out");
    *out = require(workspace, "workspace")->workspace.versions.size();
  });
}

pw_status pw_workspace_version_label(const char** out, const pw_workspace* workspace, size_t index) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    *out = version_at(workspace, index).label.c_str();
  });
}

pw_status pw_workspace_version_concept(pw_concept** out, const pw_workspace* workspace, size_t index) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    *out = std::make_unique<pw_concept>(pw_concept{version_at(workspace, index).plan}).release();
  });
}

pw_status pw_workspace_version_observations(pw_observations** out, const pw_workspace* workspace, size_t index) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    auto rows = version_at(workspace, index).observations;
    *out = capi::give_observations(std::move(rows));
  });
}

pw_status pw_workspace_add_version(pw_workspace* workspace, const char* label, const pw_concept* plan,
                                   const pw_observations* observations) {
  return guard(__func__, [&] {
    require(workspace, "workspace");
    require(label, "label");
    require(plan, "plan");
    history::Version v{label, plan->plan, {}};
    if (observations != nullptr) {
      try {
        monitor::check(plan->plan, observations->rows.view());
      } catch (const Error& e) {
        throw Error(ErrorCode::invalid_argument, std::string("observations do not fit the concept: ") + e.what());
      }
      v.observations = observations->rows;
    }
    // The copies are made before the workspace changes: a failure leaves it as it was.
    workspace->workspace.versions.push_back(std::move(v));
  });
}

void pw_workspace_free(pw_workspace** workspace) {
  if (workspace == nullptr) return;
  delete *workspace;
  *workspace = nullptr;
}

}  // extern "C"
