// SPDX-License-Identifier: Apache-2.0
// An indicator's published cells as the indicator pages and downloads read
// them (monitor::Result::cells, suppression applied), and the downloads.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "planwerk/frame.hpp"
#include "planwerk/model/concept.hpp"

namespace planwerk::report {

// The cells frame's columns, read once.
struct Cells {
  const std::vector<std::int32_t> &indicator, &district, &group, &suppressed, &status;
  const std::vector<std::int64_t> &period, &flags;
  const std::vector<double>& value;
  const std::vector<std::string>& groups;  // group labels by code ("" = everybody)
  std::vector<std::vector<std::size_t>> by_indicator;

  explicit Cells(const Frame& f, std::size_t indicators)
      : indicator(f["indicator"].codes()),
        district(f["district"].codes()),
        group(f["group"].codes()),
        suppressed(f["suppressed"].codes()),
        status(f["status"].codes()),
        period(f["period"].integers()),
        flags(f["flags"].integers()),
        value(f["value"].reals()),
        groups(f["group"].labels()),
        by_indicator(indicators) {
    for (std::size_t r = 0; r < indicator.size(); ++r)
      by_indicator[static_cast<std::size_t>(indicator[r])].push_back(r);
  }
};

// The official table symbol of a cell without a published value: "." for a
// suppressed or unknown one, "x" not meaningful, "/" too uncertain, "..."
// comes later.
inline const char* missing_symbol(const Cells& c, std::size_t r) {
  static const char* symbols[] = {".", ".", "x", "/", "..."};
  const auto s = static_cast<std::size_t>(c.status[r]);
  return c.suppressed[r] != 0 || s >= std::size(symbols) ? "." : symbols[s];
}

// Figures of counts and amounts without decimals, the rest with one.
inline int decimals_of(const model::Indicator& ind) {
  const auto t = ind.measure_type;
  return t == v1::MEASURE_TYPE_COUNT || t == v1::MEASURE_TYPE_AMOUNT ? 0 : 1;
}

// Every published cell of indicator `index`: CSV in the official dialect
// (monitor::read_csv reads it back) and JSON by column.
std::string csv_download(const Cells& c, const model::Concept& plan, const model::Indicator& ind, std::size_t index);
std::string json_download(const Cells& c, const model::Concept& plan, const model::Indicator& ind, std::size_t index);

}  // namespace planwerk::report
