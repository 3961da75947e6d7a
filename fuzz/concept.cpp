// SPDX-License-Identifier: Apache-2.0
// Concept bytes in one format (PLANWERK_FUZZ_FORMAT: binary, json, text, or
// automatic for detection), then every analysis (exercise.hpp). Built once
// per format: fuzz_concept_binary, _json, _text, _auto.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  planwerk::model::Concept plan;
  try {
    plan = planwerk::io::load_bytes(bytes, planwerk::io::Format::PLANWERK_FUZZ_FORMAT);
  } catch (const planwerk::Error&) {
    return 0;
  }
  planwerk::fuzz::exercise(plan);
  return 0;
}
