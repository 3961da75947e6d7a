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
    if (count > 0) require(renames, "renames");
    std::map<std::string, std::string> map;
    for (size_t i = 0; i < count; ++i) {
      const std::string pair = renames[i] == nullptr ? std::string() : renames[i];
      const auto eq = pair.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size())
        throw Error(ErrorCode::invalid_argument, "renames[" + std::to_string(i) + "] is not OLD_ID=NEW_ID: \"" + pair + "\"");
      map[pair.substr(0, eq)] = pair.substr(eq + 1);
    }
    capi::give_frame(out, history::diff_table(history::diff(before->plan, after->plan, map)));
  });
}

}  // extern "C"
