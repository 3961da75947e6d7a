// SPDX-License-Identifier: Apache-2.0
// C entry points: change reports between concept versions.
#include <map>
#include <memory>

#include "internal.hpp"
#include "planwerk/history/diff.hpp"
#include "frame.hpp"

using namespace planwerk;
using capi::guard;
using capi::require;

extern "C" {

pw_status pw_history_diff(pw_frame** out, const pw_concept* before, const pw_concept* after, const char* const* renames,
                  size_t count) {
  if (out != nullptr) *out = nullptr;
  return guard(__func__, [&] {
    require(out, "out");
    require(before, "before");
    require(after, "after");
    const auto map = capi::read_renames(renames, count, "renames");
    capi::give_frame(out, history::diff_table(history::diff(before->plan, after->plan, map)));
  });
}

}  // extern "C"
