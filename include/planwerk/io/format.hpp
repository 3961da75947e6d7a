// SPDX-License-Identifier: Apache-2.0
// The three encodings of the interchange schema, and how a format is chosen.
#pragma once

#include <string_view>

#include "planwerk/export.hpp"

namespace planwerk::io {

/// The numbers are the C API's pw_format values.
enum class Format : int {
  automatic = 0,  ///< from the file extension, else from the content
  binary = 1,     ///< protobuf wire format: .pb, .binpb, .bin
  json = 2,       ///< proto3 JSON mapping: .json
  text = 3,       ///< protobuf text format: .txtpb, .textproto, .pbtxt, .txt
};

/// "automatic", "binary", "json", "text"; "unknown" for any other value.
PLANWERK_API std::string_view format_name(Format f) noexcept;

/// The format an extension names, or Format::automatic if it names none.
PLANWERK_API Format format_from_path(std::string_view path) noexcept;

/// Guesses from content: JSON if the first non-blank character is '{'; binary
/// if the first 4 KiB hold a control character other than tab, line feed,
/// carriage return, vertical tab or form feed (every binary document starts
/// with a field tag or length byte below 0x20, or holds one soon); text
/// otherwise.
PLANWERK_API Format sniff_format(std::string_view bytes) noexcept;

/// `requested`, unless automatic: then from the path, then from the content.
PLANWERK_API Format resolve_format(Format requested, std::string_view path, std::string_view bytes) noexcept;

}  // namespace planwerk::io
