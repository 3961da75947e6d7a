// SPDX-License-Identifier: Apache-2.0
// planwerk._core: frames out to Python. One converter for every result:
// a list of (name, type, values, labels, validity) that planwerk._frame
// turns into a pandas DataFrame. Numbers, codes and booleans are NumPy
// arrays that own the C++ vectors they were moved from (no copy); dates are
// int64 days since 1970-01-01 (NumPy's datetime64[D]); text is a list of
// str; validity is None or a uint8 array.
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <vector>

#include "planwerk/frame.hpp"

namespace planwerk::python {

pybind11::list frame_out(Frame&& frame);

// A NumPy array that owns the vector it was moved from: no copy.
template <class T>
pybind11::array owning(std::vector<T>&& v) {
  auto* heap = new std::vector<T>(std::move(v));
  pybind11::capsule owner(heap, [](void* p) { delete static_cast<std::vector<T>*>(p); });
  return pybind11::array_t<T>({static_cast<pybind11::ssize_t>(heap->size())},
                              {static_cast<pybind11::ssize_t>(sizeof(T))}, heap->data(), owner);
}

// Runs make() (which returns a Frame) without the GIL, then converts.
template <class Make>
pybind11::list frame_from(Make&& make) {
  Frame f;
  {
    pybind11::gil_scoped_release release;
    f = make();
  }
  return frame_out(std::move(f));
}

}  // namespace planwerk::python
