// SPDX-License-Identifier: Apache-2.0
// planwerk._core: the annual programme (planwerk/priorities). The
// observations come in as the arrays of monitor_evaluate (no copy when their
// dtypes fit); the GIL is released while the problem is built and solved.
#include <pybind11/stl.h>

#include <memory>

#include "frame.hpp"
#include "observations.hpp"
#include "planwerk/error.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/priorities/frames.hpp"

using namespace planwerk;
using namespace planwerk::python;
namespace py = pybind11;

void bind_priorities(py::module_& m) {
  py::class_<priorities::ConceptProgramme, std::shared_ptr<priorities::ConceptProgramme>>(m, "Programme")
      .def("frame", [](const priorities::ConceptProgramme& p, int part) {
        if (part < 0 || part >= priorities::programme_part_count)
          throw Error(ErrorCode::invalid_argument, "no programme part " + std::to_string(part));
        return frame_from([&] { return priorities::programme_frame(p, static_cast<priorities::ProgrammePart>(part)); });
      }, py::arg("part"));
  m.def("parse_horizon", [](const std::string& text) {
    priorities::ConceptOptions o;
    priorities::parse_horizon(text, o);
    return py::make_tuple(o.first_year, o.last_year);
  }, py::arg("text"));
  m.def(
      "prioritize",
      [](const model::Concept& plan, std::optional<In<std::int32_t>> indicator, std::optional<In<std::int32_t>> district,
         std::optional<In<std::int32_t>> group, std::optional<In<std::int32_t>> period, std::optional<In<double>> value,
         std::optional<In<double>> numerator, std::optional<In<double>> denominator, std::optional<In<double>> cases,
         std::optional<In<std::uint8_t>> flags, std::optional<In<std::uint8_t>> status, std::vector<std::string> groups,
         int first_year, int last_year, std::map<std::string, double> pools, std::map<std::string, double> weights,
         int capacity, double discount, const std::string& solver, double time_limit, double gap, bool explain,
         bool marginals, bool frontier) {
        priorities::ConceptOptions c;
        c.first_year = first_year;
        c.last_year = last_year;
        c.pool_amounts = std::move(pools);
        c.goal_weights = std::move(weights);
        if (capacity < 0) throw Error(ErrorCode::invalid_argument, "capacity must be at least 1");
        if (capacity > 0) c.capacity = capacity;
        c.discount = discount;
        priorities::ProgrammeOptions p;
        p.solver = solver;
        if (!(time_limit > 0)) throw Error(ErrorCode::invalid_argument, "time_limit must be a positive number of seconds");
        p.limits.seconds = time_limit;
        if (!(gap >= 0 && gap < 1)) throw Error(ErrorCode::invalid_argument, "gap must lie in [0, 1)");
        if (gap > 0) p.limits.relative_gap = gap;
        p.explain = explain;
        p.marginals = marginals;
        if (frontier) p.frontier = priorities::default_frontier();
        auto out = std::make_shared<priorities::ConceptProgramme>();
        {
          py::gil_scoped_release release;
          std::optional<monitor::Result> evaluation;
          if (indicator) {
            const Columns cols{*indicator, *district, *group, *period, value, numerator, denominator, cases, flags,
                               status, std::move(groups)};
            evaluation = monitor::evaluate(plan, cols.view());
          }
          *out = priorities::prioritize(plan, evaluation ? &*evaluation : nullptr, c, p);
        }
        return out;
      },
      py::arg("concept"), py::arg("indicator").none(true), py::arg("district").none(true),
      py::arg("group").none(true), py::arg("period").none(true), py::arg("value").none(true),
      py::arg("numerator").none(true), py::arg("denominator").none(true), py::arg("cases").none(true),
      py::arg("flags").none(true), py::arg("status").none(true), py::arg("groups"), py::arg("first_year"),
      py::arg("last_year"), py::arg("pools"), py::arg("weights"), py::arg("capacity"), py::arg("discount"),
      py::arg("solver"), py::arg("time_limit"), py::arg("gap"), py::arg("explain"), py::arg("marginals"),
      py::arg("frontier"));
}
