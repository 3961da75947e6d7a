// SPDX-License-Identifier: Apache-2.0
// planwerk._core, workspaces: the versions of a concept with their
// observations in one checked archive. Loading and saving release the GIL.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "observations.hpp"
#include "planwerk/history/workspace.hpp"

namespace py = pybind11;
using namespace planwerk;
using python::Columns;
using python::In;
using python::observations_out;

namespace {

const history::Version& at(const history::Workspace& w, std::size_t index) {
  if (index >= w.versions.size())
    throw Error(ErrorCode::out_of_range, "version " + std::to_string(index) + " is past the workspace's " +
                                             std::to_string(w.versions.size()) + " versions");
  return w.versions[index];
}

history::ArchiveFormat to_archive_format(const std::string& name) {
  if (auto f = history::archive_format_from_name(name)) return *f;
  throw Error(ErrorCode::invalid_argument, "format is binary, text or xml, not \"" + name + "\"");
}

}  // namespace

void bind_workspace(py::module_& m) {
  py::class_<history::Workspace>(m, "Workspace")
      .def(py::init<>())
      .def("__len__", [](const history::Workspace& w) { return w.versions.size(); })
      .def("label", [](const history::Workspace& w, std::size_t i) { return at(w, i).label; })
      .def("concept", [](const history::Workspace& w, std::size_t i) { return at(w, i).plan; })
      .def("observations",
           [](const history::Workspace& w, std::size_t i) {
             auto copy = at(w, i).observations;
             return observations_out(std::move(copy));
           })
      .def(
          "add",
          [](history::Workspace& w, const std::string& label, const model::Concept& plan,
             std::optional<In<std::int32_t>> indicator, std::optional<In<std::int32_t>> district,
             std::optional<In<std::int32_t>> group, std::optional<In<std::int32_t>> period,
             std::optional<In<double>> value, std::optional<In<double>> numerator,
             std::optional<In<double>> denominator, std::optional<In<double>> cases,
             std::optional<In<std::uint8_t>> flags, std::optional<In<std::uint8_t>> status,
             std::vector<std::string> groups) {
            history::Version v{label, plan, {}};
            if (indicator || district || group || period) {
              if (!indicator || !district || !group || !period)
                throw Error(ErrorCode::invalid_argument, "observations need indicator, district, group and period");
              const Columns c{*indicator, *district, *group, *period, value, numerator, denominator, cases,
                              flags, status, std::move(groups)};
              const auto view = c.view();
              // Checked like a workspace's observations are on loading: what
              // is added here loads again.
              monitor::check(plan, view);
              v.observations = monitor::Observations::copy_of(view);
            }
            w.versions.push_back(std::move(v));  // copies made first: a failure leaves w as it was
          },
          py::arg("label"), py::arg("concept"), py::arg("indicator").none(true) = py::none(),
          py::arg("district").none(true) = py::none(), py::arg("group").none(true) = py::none(),
          py::arg("period").none(true) = py::none(), py::arg("value").none(true) = py::none(),
          py::arg("numerator").none(true) = py::none(), py::arg("denominator").none(true) = py::none(),
          py::arg("cases").none(true) = py::none(), py::arg("flags").none(true) = py::none(),
          py::arg("status").none(true) = py::none(), py::arg("groups") = std::vector<std::string>())
      .def("to_bytes",
           [](const history::Workspace& w, const std::string& format) {
             const auto f = to_archive_format(format);
             std::string bytes;
             {
               py::gil_scoped_release release;
               bytes = history::to_bytes(w, f);
             }
             return py::bytes(bytes);
           })
      .def("save", [](const history::Workspace& w, const std::string& path, const std::string& format) {
        const auto f = to_archive_format(format);
        py::gil_scoped_release release;
        history::save_workspace(w, path, f);
      });
  m.def("workspace_load", [](const std::string& path) {
    py::gil_scoped_release release;
    return history::load_workspace(path);
  });
  m.def("workspace_from_bytes", [](const py::bytes& data, const std::string& source) {
    const std::string bytes = data;
    py::gil_scoped_release release;
    return history::from_bytes(bytes, source);
  });
}
