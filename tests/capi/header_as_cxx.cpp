// SPDX-License-Identifier: Apache-2.0
// The C header must also compile as C++ (C++20 here) and keep C linkage.
#include "planwerk/planwerk.h"

#include <type_traits>

static_assert(std::is_same_v<decltype(&pw_concept_free), void (*)(pw_concept**)>);
static_assert(PW_FORMAT_TEXT == 3);

int main() { return pw_schema_version() == PW_SCHEMA_VERSION ? 0 : 1; }
