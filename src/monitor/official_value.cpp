// SPDX-License-Identifier: Apache-2.0
// Numbers and table symbols as German statistical offices write them: the
// one reader for the official CSV dialect (csv.cpp) and the statistics
// exports (sources/statistics_import.cpp).
#include <charconv>
#include <cmath>

#include "planwerk/monitor/observations.hpp"
#include "planwerk/v1/observations.pb.h"

namespace planwerk::monitor {
namespace {

std::string_view trim(std::string_view s) {
  const auto a = s.find_first_not_of(" \t");
  if (a == std::string_view::npos) return {};
  return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

// "1.234,5" -> 1234.5 without allocating: the digits go into a buffer with
// a decimal point for from_chars. Thousands dots only between groups of three.
std::optional<double> german_number(std::string_view s) {
  char buffer[64];
  std::size_t n = 0;
  const auto comma = s.find(',');
  std::size_t run = 0;  // digits since the last dot
  bool dotted = false;
  for (const char c : s.substr(0, comma)) {
    if (c == '.') {
      if (run == 0 || run > 3 || (dotted && run != 3)) return std::nullopt;
      dotted = true;
      run = 0;
      continue;
    }
    if (n + 1 >= sizeof buffer) return std::nullopt;
    buffer[n++] = c;
    if (c >= '0' && c <= '9') ++run;
  }
  if (dotted && run != 3) return std::nullopt;
  if (comma != std::string_view::npos) {
    const std::string_view fraction = s.substr(comma + 1);
    if (n + 1 + fraction.size() >= sizeof buffer) return std::nullopt;
    buffer[n++] = '.';
    fraction.copy(buffer + n, fraction.size());
    n += fraction.size();
  }
  double x = 0;
  if (n == 0 || buffer[0] == '+') return std::nullopt;
  const auto [ptr, ec] = std::from_chars(buffer, buffer + n, x);
  if (ec != std::errc() || ptr != buffer + n || !std::isfinite(x)) return std::nullopt;
  return x;
}

std::optional<double> point_number(std::string_view s) {
  double x = 0;
  if (s.empty() || s.front() == '+') return std::nullopt;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), x);
  if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(x)) return std::nullopt;
  return x;
}

}  // namespace

std::optional<OfficialValue> parse_official_value(std::string_view text, bool decimal_comma) {
  OfficialValue v;
  std::string_view s = trim(text);
  if (s.size() > 1 && (s.back() == 'p' || s.back() == 'P')) {
    v.provisional = true;
    s = trim(s.substr(0, s.size() - 1));
  }
  if (s == "-" || s == "\xE2\x80\x93") {  // "-" or an en dash: nothing (zero)
    v.value = 0;
  } else if (s == ".") {
    v.status = v1::VALUE_STATUS_UNKNOWN;
  } else if (s == "x" || s == "X") {
    v.status = v1::VALUE_STATUS_NOT_MEANINGFUL;
  } else if (s == "/") {
    v.status = v1::VALUE_STATUS_UNCERTAIN;
  } else if (s == "..." || s == "\xE2\x80\xA6") {
    v.status = v1::VALUE_STATUS_LATER;
  } else {
    const auto x = decimal_comma ? german_number(s) : point_number(s);
    if (!x) return std::nullopt;
    v.value = *x;
  }
  return v;
}

}  // namespace planwerk::monitor
