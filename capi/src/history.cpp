// C entry points: change reports between concept versions.
#include <map>
#include <memory>

#include "internal.hpp"
#include "planwerk/history/diff.hpp"
#include "table.hpp"

using namespace planwerk;
using capi::guard;
using capi::require;

extern "C" {

pw_status pw_diff(pw_table** out, const pw_concept* before, const pw_concept* after, const char* const* renames,
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
    graph::Table t;
    t.columns = {"kind", "change", "id", "old_id", "field", "before", "after"};
    t.text.assign(t.columns.size(), true);
    for (const auto& c : history::diff(before->plan, after->plan, map))
      t.rows.push_back({std::string(model::kind_name(c.kind)), std::string(history::to_string(c.type)), c.id, c.old_id,
                        c.field, c.before, c.after});
    *out = std::make_unique<pw_table>(pw_table{std::move(t)}).release();
  });
}

}  // extern "C"
