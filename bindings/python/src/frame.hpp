// planwerk._core: frames out to Python. One converter for every result:
// a list of (name, type, values, labels, validity) that planwerk._frame
// turns into a pandas DataFrame. Numbers, codes and booleans are NumPy
// arrays that own the C++ vectors they were moved from (no copy); dates are
// int64 days since 1970-01-01 (NumPy's datetime64[D]); text is a list of
// str; validity is None or a uint8 array.
#pragma once

#include <pybind11/pybind11.h>

#include "planwerk/frame.hpp"

namespace planwerk::python {

pybind11::list frame_out(Frame&& frame);

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
