// SPDX-License-Identifier: Apache-2.0
// Observation sets in protobuf's binary format against the sample concept;
// what reads is evaluated and written back.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "planwerk/error.hpp"
#include "planwerk/io/document.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/monitor/observations.hpp"
#include "sample.hpp"
#include "planwerk/v1/observations.pb.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto& plan = planwerk::fuzz::sample();
  try {
    planwerk::v1::ObservationSet set;
    planwerk::io::parse_message(bytes, planwerk::io::Format::binary, "fuzz.pb", set);
    const auto rows = planwerk::monitor::observations_from_proto(plan, set);
    planwerk::monitor::evaluate(plan, rows.view());
    planwerk::monitor::observations_to_proto(plan, rows.view());
  } catch (const planwerk::Error&) {
  }
  return 0;
}
