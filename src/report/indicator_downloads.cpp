// SPDX-License-Identifier: Apache-2.0
// The indicator downloads: every published cell, as CSV in the official
// dialect and as JSON by column.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "indicator_cells.hpp"
#include "planwerk/monitor/observations.hpp"
#include "planwerk/monitor/period.hpp"

namespace planwerk::report {

using model::Index;
using monitor::Period;

std::string csv_download(const Cells& c, const model::Concept& plan, const model::Indicator& ind, std::size_t index) {
  // The official dialect (monitor::read_csv reads it back): semicolons,
  // decimal comma, the table symbols, a trailing "p" for provisional.
  std::string out = "indikator;gebiet;gruppe;zeitraum;wert;series_break\r\n";
  for (std::size_t r : c.by_indicator[index]) {
    std::string value;
    if (c.suppressed[r] != 0 || std::isnan(c.value[r])) {
      value = missing_symbol(c, r);
    } else {
      char buffer[64];
      auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, c.value[r]);
      value.assign(buffer, end);
      std::replace(value.begin(), value.end(), '.', ',');
      if ((c.flags[r] & monitor::provisional) != 0) value += "p";
    }
    const std::string district = c.district[r] == 0 ? "" : plan.districts()[static_cast<Index>(c.district[r] - 1)].id;
    out += ind.id + ";" + district + ";" + c.groups[static_cast<std::size_t>(c.group[r])] + ";" +
           monitor::format_period(static_cast<Period>(c.period[r])) + ";" + value + ";" +
           ((c.flags[r] & monitor::series_break) != 0 ? "1" : "") + "\r\n";
  }
  return out;
}

// Columnar (a list per column, as pandas.DataFrame(cells) reads it): one
// list per column is also far fewer allocations than an object per cell.
std::string json_download(const Cells& c, const model::Concept& plan, const model::Indicator& ind, std::size_t index) {
  using Json = nlohmann::ordered_json;
  static const char* statuses[] = {"", "unknown", "not_meaningful", "uncertain", "later"};
  Json district = Json::array(), group = Json::array(), period = Json::array(), value = Json::array(),
       status = Json::array(), provisional = Json::array(), series_break = Json::array();
  for (std::size_t r : c.by_indicator[index]) {
    district.push_back(c.district[r] == 0 ? std::string() : plan.districts()[static_cast<Index>(c.district[r] - 1)].id);
    group.push_back(c.groups[static_cast<std::size_t>(c.group[r])]);
    period.push_back(monitor::format_period(static_cast<Period>(c.period[r])));
    const bool published = c.suppressed[r] == 0 && !std::isnan(c.value[r]);
    value.push_back(published ? Json(c.value[r]) : Json(nullptr));
    const auto s = static_cast<std::size_t>(c.status[r]);
    status.push_back(c.suppressed[r] != 0 ? "suppressed" : s < std::size(statuses) ? statuses[s] : "");
    provisional.push_back((c.flags[r] & monitor::provisional) != 0);
    series_break.push_back((c.flags[r] & monitor::series_break) != 0);
  }
  Json doc;
  doc["indicator"] = ind.id;
  doc["title"] = ind.title;
  doc["unit"] = ind.unit;
  Json& columns = doc["cells"];
  columns["district"] = std::move(district);
  columns["group"] = std::move(group);
  columns["period"] = std::move(period);
  columns["value"] = std::move(value);
  columns["status"] = std::move(status);
  columns["provisional"] = std::move(provisional);
  columns["series_break"] = std::move(series_break);
  // Invalid UTF-8 in a title would throw; the model's texts are checked UTF-8.
  return doc.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace planwerk::report
