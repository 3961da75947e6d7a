// SPDX-License-Identifier: Apache-2.0
#include "frame.hpp"

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <chrono>
#include <type_traits>

namespace py = pybind11;

namespace planwerk::python {
namespace {

std::int64_t days_since_epoch(const Day& d) {
  using namespace std::chrono;
  const year_month_day ymd{year{d.year}, month{static_cast<unsigned>(d.month)}, day{static_cast<unsigned>(d.day)}};
  return sys_days(ymd).time_since_epoch().count();
}

}  // namespace

py::list frame_out(Frame&& frame) {
  frame.seal();
  py::list out;
  for (auto& c : frame) {
    py::object validity = c.validity().empty() ? py::object(py::none())
                                               : py::object(owning(std::vector<std::uint8_t>(c.validity())));
    py::object values = c.visit([&](auto& v) -> py::object {
      using V = std::remove_cvref_t<decltype(v)>;
      if constexpr (std::is_same_v<V, std::vector<std::string>>) {
        return py::cast(v);
      } else if constexpr (std::is_same_v<V, std::vector<Day>>) {
        // {0, 0, 0} is no date, whether or not the validity says so.
        std::vector<std::int64_t> days(v.size());
        std::vector<std::uint8_t> valid(v.size(), 1);
        bool any_missing = false;
        for (std::size_t r = 0; r < v.size(); ++r) {
          valid[r] = c.valid(r) && v[r].year != 0;
          any_missing = any_missing || !valid[r];
          days[r] = valid[r] ? days_since_epoch(v[r]) : 0;
        }
        if (any_missing) validity = owning(std::move(valid));
        return owning(std::move(days));
      } else {
        return owning(std::move(v));
      }
    });
    out.append(py::make_tuple(c.name(), std::string(type_name(c.type())), values,
                              c.type() == Column::Type::category ? py::object(py::cast(c.labels())) : py::object(py::none()),
                              validity));
  }
  return out;
}

}  // namespace planwerk::python
