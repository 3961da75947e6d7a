// SPDX-License-Identifier: Apache-2.0
// UTF-8 checks for text that enters planwerk. Every entry (documents in any
// format, edits, observation files, the C API, the command line) refuses
// text that is not UTF-8, because the binary and JSON exports, protobuf in
// other languages and the report all need it to be.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "planwerk/export.hpp"

namespace planwerk {

/// What first_invalid_utf8 returns for well-formed text.
inline constexpr std::size_t valid_utf8 = static_cast<std::size_t>(-1);

/// The offset of the first byte that does not belong to a well-formed UTF-8
/// sequence (overlong forms, surrogates and code points above U+10FFFF are
/// not well-formed), or valid_utf8.
PLANWERK_API std::size_t first_invalid_utf8(std::string_view text) noexcept;

/// Throws Error(invalid_argument) "WHAT is not valid UTF-8 (byte N is 0xHH)"
/// unless text is well-formed; N counts from 1.
PLANWERK_API void require_utf8(std::string_view text, const std::string& what);

}  // namespace planwerk
