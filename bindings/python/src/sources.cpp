// planwerk._core: the importers (planwerk/sources/). Files are read and
// merged without the GIL.
#include <pybind11/stl.h>

#include "frame.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/sources/oparl.hpp"

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
}
