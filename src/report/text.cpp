// SPDX-License-Identifier: Apache-2.0
#include "text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace planwerk::report {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string shorten(std::string_view text, std::size_t characters) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // A code point starts at every byte that is not a continuation byte.
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && count++ == characters)
      return std::string(text.substr(0, i)) + "\u2026";
  }
  return std::string(text);
}

std::string coordinate(double value) {
  const double rounded = std::round(value * 10) / 10;
  char buffer[32];
  const bool whole = rounded == std::floor(rounded);
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, rounded == 0 ? 0.0 : rounded,
                                 std::chars_format::fixed, whole ? 0 : 1);
  return std::string(buffer, end);
}

std::string format_number(double value, int decimals, Language language) {
  if (std::isnan(value)) return "";
  decimals = std::clamp(decimals, 0, 6);
  const double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, decimals);
  if (ec != std::errc()) return "";
  const std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
  const std::size_t sign = text.front() == '-' ? 1 : 0;
  const std::size_t point = std::min(text.find('.'), text.size());
  const std::size_t digits = point - sign;
  std::string out(text.substr(0, sign));
  const char* group = language == Language::de ? "\u202F" : ",";
  for (std::size_t i = sign; i < point; ++i) {
    if (digits >= 5 && i > sign && (point - i) % 3 == 0) out += group;
    out += text[i];
  }
  if (point < text.size()) {
    out += language == Language::de ? ',' : '.';
    out += text.substr(point + 1);
  }
  return out;
}

std::string anchor(std::string_view prefix, std::string_view id) {
  static const char* hex = "0123456789abcdef";
  std::string out(prefix);
  out += '-';
  for (unsigned char c : id) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
      out += static_cast<char>(c);
    } else {
      out += '_';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string format_date(model::Date date, Language language) {
  if (!model::is_set(date)) return "";
  const auto ymd = date.year_month_day();
  char buffer[16];
  if (language == Language::de)
    std::snprintf(buffer, sizeof buffer, "%02d.%02d.%04d", static_cast<int>(ymd.day), static_cast<int>(ymd.month),
                  static_cast<int>(ymd.year));
  else
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(ymd.year), static_cast<int>(ymd.month),
                  static_cast<int>(ymd.day));
  return buffer;
}

std::string format_euros(std::int64_t cents, Language language) {
  return format_number(static_cast<double>(cents) / 100.0, cents % 100 == 0 ? 0 : 2, language) + "\u00A0\u20AC";
}

}  // namespace planwerk::report
