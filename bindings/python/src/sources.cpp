// SPDX-License-Identifier: Apache-2.0
// planwerk._core: the importers (planwerk/sources/). Files are read and
// merged without the GIL.
#include <pybind11/stl.h>

#include "frame.hpp"
#include "planwerk/error.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/sources/oparl.hpp"
#include "planwerk/sources/statistics.hpp"
#include "observations.hpp"

using namespace planwerk;
using namespace planwerk::python;
namespace py = pybind11;

namespace {

// The merged concept and the warnings (a frame's columns).
py::tuple oparl_result(const model::Concept* into, const std::string& mapping_json,
                       const std::function<sources::oparl::Data()>& read) {
  std::optional<sources::oparl::MergeResult> merged;
  {
    py::gil_scoped_release release;
    const auto mapping = mapping_json.empty() ? sources::oparl::Mapping{}
                                              : sources::oparl::mapping_from_json(mapping_json, "mapping");
    const auto data = read();
    if (into != nullptr) {
      merged.emplace(sources::oparl::merge(*into, data, mapping));
    } else {
      v1::Concept empty;
      empty.set_id("oparl-import");
      merged.emplace(sources::oparl::merge(model::from_proto(empty), data, mapping));
    }
  }
  Frame warnings = sources::warnings_table(merged->warnings);
  return py::make_tuple(std::move(merged->plan), frame_out(std::move(warnings)));
}

}  // namespace

void bind_sources(py::module_& m) {
  m.def(
      "oparl_import_folder",
      [](const std::string& folder, const model::Concept* into, const std::string& mapping_json) {
        return oparl_result(into, mapping_json, [&] { return sources::oparl::read_folder(folder); });
      },
      py::arg("folder"), py::arg("into").none(true), py::arg("mapping_json"));
  m.def(
      "oparl_import_documents",
      [](const std::vector<std::string>& documents, const model::Concept* into, const std::string& mapping_json) {
        return oparl_result(into, mapping_json, [&] {
          sources::oparl::Reader reader;
          for (std::size_t i = 0; i < documents.size(); ++i)
            reader.add_document(documents[i], "document " + std::to_string(i));
          return reader.finish();
        });
      },
      py::arg("documents"), py::arg("into").none(true), py::arg("mapping_json"));
  m.def(
      "oparl_import_url",
      [](const std::string& url, const model::Concept* into, const std::string& mapping_json, double timeout,
         unsigned retries, double backoff, std::size_t request_budget, const std::string& cache) {
        if (!(timeout > 0) || !(backoff >= 0))
          throw Error(ErrorCode::invalid_argument, "timeout must be positive and backoff 0 or more (seconds)");
        sources::oparl::FetchOptions options;
        options.timeout = std::chrono::milliseconds(static_cast<long long>(timeout * 1000));
        options.retries = retries;
        options.backoff = std::chrono::milliseconds(static_cast<long long>(backoff * 1000));
        options.request_budget = request_budget;
        options.cache = cache;
        sources::oparl::FetchStats stats;
        auto result = oparl_result(into, mapping_json, [&] {
          auto fetched = sources::oparl::fetch(url, options);
          stats = fetched.stats;
          return std::move(fetched.data);
        });
        py::dict s;
        s["requests"] = stats.requests;
        s["retries"] = stats.retries;
        s["pages"] = stats.pages;
        s["objects"] = stats.objects;
        s["modified_since"] = stats.modified_since;
        return py::make_tuple(result[0], result[1], s);
      },
      py::arg("url"), py::arg("into").none(true), py::arg("mapping_json"), py::arg("timeout"), py::arg("retries"),
      py::arg("backoff"), py::arg("request_budget"), py::arg("cache"));
  m.def(
      "statistics_import",
      [](const model::Concept& plan, const std::string& mapping_json, const std::vector<py::bytes>& data,
         const std::vector<std::string>& names) {
        if (data.size() != names.size()) throw Error(ErrorCode::invalid_argument, "one name for each export");
        // Views into the bytes objects, which `data` keeps alive and which
        // cannot change: no copy of exports that may be hundreds of MB.
        std::vector<sources::statistics::Source> list;
        for (std::size_t i = 0; i < data.size(); ++i) {
          char* buffer = nullptr;
          Py_ssize_t size = 0;
          if (PyBytes_AsStringAndSize(data[i].ptr(), &buffer, &size) != 0) throw py::error_already_set();
          list.push_back({std::string_view(buffer, static_cast<std::size_t>(size)), names[i]});
        }
        std::optional<sources::statistics::Imported> imported;
        {
          py::gil_scoped_release release;
          const auto mapping = sources::statistics::mapping_from_json(mapping_json, "mapping");
          imported.emplace(sources::statistics::import(plan, mapping, list));
        }
        Frame warnings = sources::warnings_table(imported->warnings);
        Frame counts = sources::statistics::source_table(imported->sources);
        return py::make_tuple(observations_out(std::move(imported->observations)), frame_out(std::move(warnings)),
                              frame_out(std::move(counts)));
      },
      py::arg("concept"), py::arg("mapping_json"), py::arg("data"), py::arg("names"));
}
