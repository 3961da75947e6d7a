// SPDX-License-Identifier: Apache-2.0
#include "planwerk/utf8.hpp"

#include <cstdio>

#include "planwerk/error.hpp"

namespace planwerk {

// The table of well-formed sequences in the Unicode Standard, chapter 3
// (table 3-7): the second byte's range depends on the first byte.
std::size_t first_invalid_utf8(std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) length = 2;
    else if (c == 0xE0) length = 3, low = 0xA0;
    else if (c == 0xED) length = 3, high = 0x9F;  // no surrogates
    else if (c >= 0xE1 && c <= 0xEF) length = 3;
    else if (c == 0xF0) length = 4, low = 0x90;
    else if (c == 0xF4) length = 4, high = 0x8F;  // nothing above U+10FFFF
    else if (c >= 0xF1 && c <= 0xF3) length = 4;
    else return i;
    if (i + 1 >= n || s[i + 1] < low || s[i + 1] > high) return i;
    for (std::size_t k = 2; k < length; ++k)
      if (i + k >= n || s[i + k] < 0x80 || s[i + k] > 0xBF) return i;
    i += length;
  }
  return valid_utf8;
}

void require_utf8(std::string_view text, const std::string& what) {
  const std::size_t at = first_invalid_utf8(text);
  if (at == valid_utf8) return;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[at])));
  throw Error(ErrorCode::invalid_argument,
              what + " is not valid UTF-8 (byte " + std::to_string(at + 1) + " is " + byte + ")");
}

}  // namespace planwerk
