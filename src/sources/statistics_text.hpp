// SPDX-License-Identifier: Apache-2.0
// The text layer of the statistics readers: bytes to UTF-8 (BOM, Windows-1252,
// ZIP) and UTF-8 to semicolon-separated records with their line numbers.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "planwerk/sources/statistics.hpp"

namespace planwerk::sources::statistics::detail {

struct Decoded {
  std::string storage;  // holds the text when it had to be converted or unpacked
  std::string_view text;
  std::string encoding;  // "UTF-8" or "Windows-1252"
  bool zip = false;
};

// Unpacks a ZIP (libarchive: the single CSV entry), strips a UTF-8 BOM, and
// converts text that is not UTF-8 from Windows-1252 (iconv). Throws
// Error(parse) naming `source` (and the line and column of a byte that is
// neither), Error(out_of_range) past limits.max_bytes.
Decoded decode(std::string_view bytes, std::string_view source, const ReadLimits& limits);

// One record of semicolon-separated text: its fields (quotes removed, ""
// unescaped) and the line it starts on.
struct Record {
  std::vector<std::string_view> fields;
  std::uint32_t line = 0;
  bool blank() const noexcept;  // no field holds anything but spaces
};

// Reads records one after another. Fields in double quotes may hold
// semicolons and line breaks; "" inside them is a quote. Views point into
// the text, or into the reader's own storage for unescaped fields (valid
// until the next call).
class Records {
 public:
  Records(std::string_view text, std::string_view source) : text_(text), source_(source) {}
  bool next(Record& record);
  std::uint32_t line() const noexcept { return line_; }  // the next record's line

 private:
  std::string_view text_;
  std::string_view source_;
  std::size_t at_ = 0;
  std::uint32_t line_ = 1;
  std::deque<std::string> unescaped_;  // a deque: growing it moves no string
};

std::string_view trim(std::string_view s) noexcept;

// "SOURCE line L, column C: WHAT": the form of every refusal.
[[noreturn]] void refuse(std::string_view source, std::uint32_t line, std::uint32_t column, const std::string& what);

}  // namespace planwerk::sources::statistics::detail
