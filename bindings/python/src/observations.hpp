// SPDX-License-Identifier: Apache-2.0
// planwerk._core: observations between NumPy and C++, shared by monitoring
// and workspaces. Columns come in without a copy when they already have the
// right dtype and are contiguous; observations go out as NumPy arrays that
// own the C++ vectors they were moved from.
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "frame.hpp"
#include "planwerk/monitor/observations.hpp"

namespace planwerk::python {

namespace py = pybind11;

template <class T>
using In = py::array_t<T, py::array::c_style | py::array::forcecast>;

template <class T>
inline std::span<const T> span_of(const std::optional<In<T>>& a) {
  if (!a) return {};
  return {a->data(), static_cast<std::size_t>(a->size())};
}

struct Columns {
  In<std::int32_t> indicator, district, group, period;
  std::optional<In<double>> value, numerator, denominator, cases;
  std::optional<In<std::uint8_t>> flags, status;
  std::vector<std::string> groups;

  monitor::ObservationView view() const {
    monitor::ObservationView v;
    v.indicator = {indicator.data(), static_cast<std::size_t>(indicator.size())};
    v.district = {district.data(), static_cast<std::size_t>(district.size())};
    v.group = {group.data(), static_cast<std::size_t>(group.size())};
    v.period = {period.data(), static_cast<std::size_t>(period.size())};
    v.value = span_of(value);
    v.numerator = span_of(numerator);
    v.denominator = span_of(denominator);
    v.cases = span_of(cases);
    v.flags = span_of(flags);
    v.status = span_of(status);
    v.groups = groups;
    return v;
  }
};

inline py::dict observations_out(monitor::Observations&& o) {
  py::dict d;
  d["indicator"] = owning(std::move(o.indicator));
  d["district"] = owning(std::move(o.district));
  d["group"] = owning(std::move(o.group));
  d["period"] = owning(std::move(o.period));
  d["value"] = owning(std::move(o.value));
  d["numerator"] = owning(std::move(o.numerator));
  d["denominator"] = owning(std::move(o.denominator));
  d["cases"] = owning(std::move(o.cases));
  d["flags"] = owning(std::move(o.flags));
  d["status"] = owning(std::move(o.status));
  d["groups"] = o.groups;
  return d;
}

}  // namespace planwerk::python
