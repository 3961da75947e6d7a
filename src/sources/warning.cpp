// SPDX-License-Identifier: Apache-2.0
#include "planwerk/sources/warning.hpp"

namespace planwerk::sources {

Frame warnings_table(const std::vector<Warning>& warnings) {
  Frame f;
  auto& ids = f.add("object_id", Column::Type::text).texts();
  auto& origins = f.add("origin", Column::Type::text).texts();
  auto& messages = f.add("message", Column::Type::text).texts();
  for (const auto& w : warnings) {
    ids.push_back(w.object_id);
    origins.push_back(w.origin);
    messages.push_back(w.message);
  }
  f.seal();
  return f;
}

}  // namespace planwerk::sources
