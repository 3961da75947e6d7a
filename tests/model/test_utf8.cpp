// SPDX-License-Identifier: Apache-2.0
// The UTF-8 check every entry uses, on the well-formed sequences of the
// Unicode Standard's table 3-7 and their near misses.
#include <gtest/gtest.h>

#include "planwerk/error.hpp"
#include "planwerk/utf8.hpp"
#include "support/text.hpp"

namespace planwerk {
namespace {

TEST(Utf8, WellFormedAndNot) {
  EXPECT_EQ(first_invalid_utf8(""), valid_utf8);
  EXPECT_EQ(first_invalid_utf8("Zähler – Straße 😀"), valid_utf8);  // 2-, 3- and 4-byte sequences
  EXPECT_EQ(first_invalid_utf8("\xF4\x8F\xBF\xBF"), valid_utf8);    // U+10FFFF, the last code point
  EXPECT_EQ(first_invalid_utf8("ab\xDF"), 2u);                       // Latin-1 sharp s: a lead without its byte
  EXPECT_EQ(first_invalid_utf8("\xC0\xAF"), 0u);                     // overlong "/"
  EXPECT_EQ(first_invalid_utf8("\xE0\x80\xAF"), 0u);                 // overlong, three bytes
  EXPECT_EQ(first_invalid_utf8("x\xED\xA0\x80"), 1u);                // U+D800, a surrogate
  EXPECT_EQ(first_invalid_utf8("\xF4\x90\x80\x80"), 0u);             // U+110000, past the last
  EXPECT_EQ(first_invalid_utf8("\x80"), 0u);                         // a continuation byte alone
  EXPECT_EQ(first_invalid_utf8("\xE2\x80"), 0u);                     // cut short
}

TEST(Utf8, RequireNamesWhatAndWhere) {
  std::string message;
  EXPECT_EQ(test::error_code_of([] { require_utf8("Ma\xDF" "nahme", "goal title"); }, &message),
            ErrorCode::invalid_argument);
  // "Ma" is two bytes: the third, 0xDF, is the first that is wrong.
  EXPECT_EQ(message, "goal title is not valid UTF-8 (byte 3 is 0xDF)");
  EXPECT_EQ(test::error_code_of([] { require_utf8("fine", "x"); }), ErrorCode::ok);
}

}  // namespace
}  // namespace planwerk
