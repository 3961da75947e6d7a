// SPDX-License-Identifier: Apache-2.0
// The pw_frame handle: one result type for every entry point. A frame is
// shared, never copied: an evaluation's frames and the handles given out
// for them hold the same data, which lives until the last of them is freed.
#pragma once

#include <memory>

#include "internal.hpp"
#include "planwerk/frame.hpp"

struct pw_frame {
  std::shared_ptr<const planwerk::Frame> frame;
};

namespace planwerk::capi {

// Sets *out to a new handle for the frame (sealed first).
void give_frame(pw_frame** out, Frame&& frame);
void give_frame(pw_frame** out, std::shared_ptr<const Frame> frame);

// Runs make() (which returns a Frame) through guard() into *out; *out is
// NULL unless it succeeds.
template <class Make>
pw_status create_frame(const char* function, pw_frame** out, Make&& make) {
  if (out != nullptr) *out = nullptr;
  return guard(function, [&] {
    require(out, "out");
    give_frame(out, make());
  });
}

}  // namespace planwerk::capi
