// SPDX-License-Identifier: Apache-2.0
// Observation CSV against the sample concept: the first byte picks the
// dialect (automatic, plain, official), the rest is the file. What reads is
// evaluated.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "planwerk/error.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/monitor/observations.hpp"
#include "sample.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  using planwerk::monitor::CsvDialect;
  const CsvDialect dialect = data[0] % 3 == 0 ? CsvDialect::automatic : data[0] % 3 == 1 ? CsvDialect::plain : CsvDialect::official;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto& plan = planwerk::fuzz::sample();
  try {
    const auto rows = planwerk::monitor::read_csv(plan, text, "fuzz.csv", dialect);
    planwerk::monitor::Options options;
    options.cells = true;
    planwerk::monitor::evaluate(plan, rows.view(), options);
    planwerk::monitor::to_years(plan, rows.view());
  } catch (const planwerk::Error&) {
  }
  return 0;
}
