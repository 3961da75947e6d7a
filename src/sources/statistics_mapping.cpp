// SPDX-License-Identifier: Apache-2.0
// The statistics mapping file (JSON, docs/sources.md): parsed strictly, so
// that a misspelt key is an error rather than a condition silently dropped.
#include <cmath>
#include <nlohmann/json.hpp>

#include "planwerk/error.hpp"
#include "planwerk/sources/statistics.hpp"

namespace planwerk::sources::statistics {
namespace {

using nlohmann::json;

struct Parser {
  std::string origin;

  [[noreturn]] void fail(const std::string& path, const std::string& what) const {
    throw Error(ErrorCode::parse, origin + ": " + path + ": " + what);
  }
  std::string text(const json& v, const std::string& path, bool allow_empty = false) const {
    if (!v.is_string()) fail(path, "must be text");
    const auto& s = v.get_ref<const std::string&>();
    if (s.empty() && !allow_empty) fail(path, "must not be empty");
    return s;
  }
  std::vector<std::string> texts(const json& v, const std::string& path) const {
    if (v.is_string()) return {text(v, path, true)};
    if (!v.is_array() || v.empty()) fail(path, "must be text or a non-empty list of texts");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.size(); ++i) out.push_back(text(v[i], path + "[" + std::to_string(i) + "]", true));
    return out;
  }

  // The keys a selector may have; `into` holds defaults (from the indicator's level).
  bool selector_key(Selector& into, const std::string& key, const json& v, const std::string& path) const {
    const std::string at = path + "." + key;
    if (key == "statistic") into.statistic = text(v, at);
    else if (key == "variable") into.variable = text(v, at);
    else if (key == "where") {
      if (!v.is_object()) fail(at, "must map dimensions to codes or labels");
      for (const auto& item : v.items()) {
        const std::string dimension = item.key();  // a copy: lambdas may not capture bindings (clang 14)
        std::erase_if(into.where, [&](const auto& w) { return w.first == dimension; });  // a part overrides
        into.where.emplace_back(dimension, texts(item.value(), at + "[\"" + dimension + "\"]"));
      }
    } else if (key == "groups") {
      if (!v.is_object()) fail(at, "must be {\"dimension\": ..., \"codes\": {...}}");
      into.group_dimension.clear();
      into.groups.clear();
      for (const auto& [k, value] : v.items()) {
        if (k == "dimension") into.group_dimension = text(value, at + ".dimension");
        else if (k == "codes") {
          if (!value.is_object() || value.empty()) fail(at + ".codes", "must map codes or labels to groups");
          for (const auto& [code, group] : value.items()) {
            const std::string g = text(group, at + ".codes[\"" + code + "\"]", true);
            if (!g.empty() && g.find(':') == std::string::npos)
              fail(at + ".codes[\"" + code + "\"]", "a group is \"dimension:value\" (\"sex:f\") or \"\" for everybody");
            into.groups.emplace_back(code, g);
          }
        } else {
          fail(at, "unknown key \"" + k + "\" (known: dimension, codes)");
        }
      }
      if (into.group_dimension.empty() || into.groups.empty()) fail(at, "needs both \"dimension\" and \"codes\"");
    } else if (key == "factor") {
      if (!v.is_number() || !std::isfinite(v.get<double>()) || v.get<double>() <= 0) fail(at, "must be a number above 0");
      into.factor = v.get<double>();
    } else if (key == "rounded_to") {
      if (!v.is_number_integer() || v.get<long long>() < 1 || v.get<long long>() > 1000000)
        fail(at, "must be a whole number from 1 (the multiple the export rounds counts to)");
      into.rounded_to = static_cast<int>(v.get<long long>());
    } else {
      return false;
    }
    return true;
  }

  IndicatorMapping indicator(const json& v, const std::string& path) const {
    if (!v.is_object()) fail(path, "must be an object");
    IndicatorMapping out;
    Selector base;
    for (const auto& [key, value] : v.items()) {
      if (key == "indicator") out.indicator = text(value, path + ".indicator");
      else if (key == "value" || key == "numerator" || key == "denominator") continue;
      else if (!selector_key(base, key, value, path))
        fail(path, "unknown key \"" + key +
                       "\" (known: indicator, value, numerator, denominator, statistic, variable, where, groups, "
                       "factor, rounded_to)");
    }
    if (out.indicator.empty()) fail(path, "needs \"indicator\"");
    for (const char* part : {"value", "numerator", "denominator"}) {
      if (!v.contains(part)) continue;
      const std::string at = path + "." + part;
      const json& p = v.at(part);
      if (!p.is_object()) fail(at, "must be an object");
      Selector s = base;
      for (const auto& [key, value] : p.items())
        if (!selector_key(s, key, value, at))
          fail(at, "unknown key \"" + key + "\" (known: statistic, variable, where, groups, factor, rounded_to)");
      (std::string_view(part) == "value" ? out.value : std::string_view(part) == "numerator" ? out.numerator : out.denominator) = s;
    }
    if (!out.value && !out.numerator && !out.denominator)
      fail(path, "needs \"value\", or \"numerator\" and \"denominator\"");
    if (out.value && (out.numerator || out.denominator))
      fail(path, "either \"value\" or \"numerator\" and \"denominator\", not both");
    return out;
  }
};

}  // namespace

Mapping mapping_from_json(std::string_view text, std::string_view origin) {
  const Parser p{std::string(origin)};
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::exception& e) {  // parse_error, and out_of_range for a number too large
    throw Error(ErrorCode::parse, p.origin + ": not JSON: " + e.what());
  }
  if (!doc.is_object()) p.fail("$", "a statistics mapping is a JSON object (docs/sources.md)");
  Mapping out;
  for (const auto& [key, value] : doc.items()) {
    if (key == "version") {
      if (!value.is_number_integer() || value.get<long long>() != 1)
        p.fail("version", "this library reads mapping version 1");
    } else if (key == "region") out.region = p.text(value, "region");
    else if (key == "time") out.time = p.text(value, "time");
    else if (key == "period") {
      const std::string s = p.text(value, "period");
      if (s != "year" && s != "day") p.fail("period", "must be \"year\" or \"day\"");
      out.years = s == "year";
    } else if (key == "municipality") out.municipality = p.text(value, "municipality");
    else if (key == "districts") {
      if (!value.is_object()) p.fail("districts", "must map regional keys to district ids");
      for (const auto& [k, id] : value.items()) out.districts.emplace_back(k, p.text(id, "districts[\"" + k + "\"]"));
    } else if (key == "indicators") {
      if (!value.is_array() || value.empty()) p.fail("indicators", "must be a non-empty list");
      for (std::size_t i = 0; i < value.size(); ++i)
        out.indicators.push_back(p.indicator(value[i], "indicators[" + std::to_string(i) + "]"));
    } else {
      p.fail(key, "unknown key (known: version, region, time, period, municipality, districts, indicators)");
    }
  }
  if (out.indicators.empty()) p.fail("indicators", "is missing");
  for (const auto& [key, id] : out.districts)
    if (key == out.municipality) p.fail("districts[\"" + key + "\"]", "is the municipality's key");
  return out;
}

}  // namespace planwerk::sources::statistics
