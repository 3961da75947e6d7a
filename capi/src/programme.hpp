// SPDX-License-Identifier: Apache-2.0
// The C handle of a programme, shared by priorities.cpp (which makes it)
// and report.cpp (which draws its page).
#pragma once

#include "internal.hpp"
#include "planwerk/priorities/from_concept.hpp"

struct pw_programme {
  planwerk::priorities::ConceptProgramme result;
};
