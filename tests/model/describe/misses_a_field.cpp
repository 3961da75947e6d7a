// SPDX-License-Identifier: Apache-2.0
// Must not compile: the description of Pair leaves out `second` (ctest
// build.describe_refuses). With -DCOMPLETE it names both and compiles, and the
// fields come out in order (build.describe_complete).
#include <cassert>
#include <string>
#include <vector>

#include "planwerk/model/describe.hpp"

namespace sample {

struct Pair {
  std::string first;
  std::vector<int> second;
};
#ifdef COMPLETE
PLANWERK_DESCRIBE(Pair, first, second)
#else
PLANWERK_DESCRIBE(Pair, first)
#endif

}  // namespace sample

int main() {
  sample::Pair p{"a", {1, 2}};
  std::string names;
  planwerk::model::for_each_field(p, [&](const char* name, auto&) { names += std::string(name) + ";"; });
  assert(names == "first;second;");
  return names == "first;second;" ? 0 : 1;
}
