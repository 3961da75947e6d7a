// SPDX-License-Identifier: Apache-2.0
// Official statistics exports (any of the four families, plain or in a
// ZIP), read cell by cell and imported through a mapping that wants every
// value for the sample's count indicator in any area. Refusals (Error) are
// fine outcomes; an import that succeeds must give observations the
// concept accepts, with real periods. An input starting with the byte 1 is
// a mapping file instead (mapping_from_json), applied to a small table.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/monitor/period.hpp"
#include "planwerk/sources/statistics.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace planwerk;
  using namespace planwerk::sources::statistics;
  static const model::Concept sample = io::load(PLANWERK_SAMPLE);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ReadLimits limits;
  limits.max_bytes = 1u << 24;  // a ZIP bomb stops at 16 MiB
  auto check = [&](const Imported& in) {
    monitor::check(sample, in.observations.view());
    for (const auto p : in.observations.period)
      if (!monitor::valid_period(p)) fuzz::finding("statistics", "an observation with period " + std::to_string(p));
  };
  if (!text.empty() && text.front() == '\x01') {
    static const std::string table = "Tabelle: 1\n;;Jahr;Jahr\n;;2023;2024\n05119;Oberhausen;1,5;-\n05;NRW;2;.\n";
    fuzz::tolerate([&] {
      const Mapping mapping = mapping_from_json(text.substr(1), "fuzz");
      const Source s{table, "table"};
      check(import(sample, mapping, std::span<const Source>(&s, 1), limits));
    });
    return 0;
  }
  fuzz::tolerate([&] {
    std::size_t cells = 0;
    read_cells(text, "fuzz", [&](const Cell& c) { cells += c.value.size(); }, limits);
  });
  static const Mapping every = mapping_from_json(
      R"({"municipality": "05119", "indicators": [{"indicator": "ind-anerkennung", "rounded_to": 5, "value": {}}]})",
      "fuzz");
  fuzz::tolerate([&] {
    const Source s{text, "fuzz"};
    check(import(sample, every, std::span<const Source>(&s, 1), limits));
  });
  return 0;
}
