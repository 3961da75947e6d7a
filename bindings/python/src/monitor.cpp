// SPDX-License-Identifier: Apache-2.0
// planwerk._core, monitoring: NumPy columns in (no copy when they already
// have the right dtype and are contiguous), frames out as NumPy arrays that
// own the C++ vectors they were moved from. The GIL is released while the
// evaluation runs.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "planwerk/monitor/compare.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/monitor/process.hpp"
#include "frame.hpp"
#include "observations.hpp"

namespace py = pybind11;
using namespace planwerk;
using python::frame_out;
using python::Columns;
using python::In;
using python::observations_out;

void bind_monitor(py::module_& m) {
  py::class_<monitor::Result>(m, "Evaluation")
      .def("frame",
           [](monitor::Result& r, const std::string& name) {
             Frame* f = name == "series"   ? &r.series
                                 : name == "totals" ? &r.totals
                                 : name == "cells"  ? &r.cells
                                 : name == "rollup" ? &r.rollup
                                                    : nullptr;
             if (f == nullptr) throw Error(ErrorCode::invalid_argument, "no frame \"" + name + "\"");
             // Handed over without a copy; the cells stay for the comparisons.
             Frame out = name == "cells" ? *f : std::move(*f);
             if (name != "cells") *f = Frame{};
             return frame_out(std::move(out));
           })
      .def("group_gap",
           [](const monitor::Result& r, const std::string& indicator, const std::string& a, const std::string& b,
              const std::string& district) {
             auto gap = monitor::group_gap(r.cells, indicator, a, b, district);
             const auto trend = monitor::gap_trend(gap);
             return py::make_tuple(frame_out(std::move(gap)), trend.known ? py::object(py::float_(trend.slope)) : py::none(),
                                   trend.closing);
           })
      .def("district_comparison",
           [](const monitor::Result& r, const model::Concept& plan, const std::string& indicator,
              const std::string& group) {
             return frame_out(monitor::district_comparison(plan, r.cells, indicator, group));
           });

  m.def(
      "monitor_evaluate",
      [](const model::Concept& plan, In<std::int32_t> indicator, In<std::int32_t> district, In<std::int32_t> group,
         In<std::int32_t> period, std::optional<In<double>> value, std::optional<In<double>> numerator,
         std::optional<In<double>> denominator, std::optional<In<double>> cases,
         std::optional<In<std::uint8_t>> flags, std::optional<In<std::uint8_t>> status,
         std::vector<std::string> groups, std::int32_t as_of, double min_cases, std::size_t min_points, int rule,
         double min_share, bool cells, bool trends, std::size_t threads, std::vector<std::string> columns) {
        Columns c{indicator, district, group, period, value, numerator, denominator, cases, flags, status,
                  std::move(groups)};
        monitor::Options o;
        o.as_of = as_of;
        o.min_cases = min_cases;
        o.min_points = min_points;
        if (rule != 0 && rule != 1) throw Error(ErrorCode::invalid_argument, "unknown roll-up rule");
        o.rule = static_cast<monitor::RollupRule>(rule);
        o.min_share = min_share;
        o.cells = cells;
        o.trends = trends;
        o.threads = threads;
        o.columns = std::move(columns);
        py::gil_scoped_release release;
        return monitor::evaluate(plan, c.view(), o);
      },
      py::arg("concept"), py::arg("indicator"), py::arg("district"), py::arg("group"), py::arg("period"),
      py::arg("value").none(true), py::arg("numerator").none(true), py::arg("denominator").none(true),
      py::arg("cases").none(true), py::arg("flags").none(true), py::arg("status").none(true), py::arg("groups"),
      py::arg("as_of"), py::arg("min_cases"), py::arg("min_points"), py::arg("rule"), py::arg("min_share"),
      py::arg("cells"), py::arg("trends") = true, py::arg("threads") = 0,
      py::arg("columns") = std::vector<std::string>());
  m.def(
      "monitor_read",
      [](const model::Concept& plan, const std::string& path) {
        monitor::Observations o;
        {
          py::gil_scoped_release release;
          o = monitor::read_observations(plan, path);
        }
        return observations_out(std::move(o));
      },
      py::arg("concept"), py::arg("path"));
  m.def(
      "monitor_read_csv",
      [](const model::Concept& plan, const std::string& text, const std::string& source, int dialect) {
        if (dialect < 0 || dialect > 2) throw Error(ErrorCode::invalid_argument, "unknown CSV dialect");
        monitor::Observations o;
        {
          py::gil_scoped_release release;
          o = monitor::read_csv(plan, text, source, static_cast<monitor::CsvDialect>(dialect));
        }
        return observations_out(std::move(o));
      },
      py::arg("concept"), py::arg("text"), py::arg("source"), py::arg("dialect"));
  m.def(
      "monitor_process",
      [](const model::Concept& plan, const std::string& as_of) {
        const auto day = model::parse_date(as_of);
        if (!day || !model::is_set(*day))
          throw Error(ErrorCode::invalid_argument, "as_of is not a date of the form YYYY-MM-DD: \"" + as_of + "\"");
        return py::make_tuple(frame_out(monitor::process_status(plan, *day)), frame_out(monitor::participation(plan, *day)));
      },
      py::arg("concept"), py::arg("as_of"));
}
