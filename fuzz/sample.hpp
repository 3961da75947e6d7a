// SPDX-License-Identifier: Apache-2.0
// The concept observation harnesses read against: the sample, loaded once.
#pragma once

#include "planwerk/io/load.hpp"

namespace planwerk::fuzz {

inline const model::Concept& sample() {
  static const model::Concept plan = io::load(PLANWERK_SAMPLE);
  return plan;
}

}  // namespace planwerk::fuzz
