// SPDX-License-Identifier: Apache-2.0
#include "planwerk/io/format.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace planwerk::io {

std::string_view format_name(Format f) noexcept {
  switch (f) {
    case Format::automatic: return "automatic";
    case Format::binary: return "binary";
    case Format::json: return "json";
    case Format::text: return "text";
  }
  return "unknown";
}

Format format_from_path(std::string_view path) noexcept {
  const auto dot = path.find_last_of('.');
  const auto slash = path.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return Format::automatic;
  std::string ext(path.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  struct Entry {
    std::string_view ext;
    Format format;
  };
  static constexpr std::array<Entry, 8> table = {{{"pb", Format::binary},
                                                  {"binpb", Format::binary},
                                                  {"bin", Format::binary},
                                                  {"json", Format::json},
                                                  {"txtpb", Format::text},
                                                  {"textproto", Format::text},
                                                  {"pbtxt", Format::text},
                                                  {"txt", Format::text}}};
  for (const auto& e : table) {
    if (e.ext == ext) return e.format;
  }
  return Format::automatic;
}

Format sniff_format(std::string_view bytes) noexcept {
  const std::string_view head = bytes.substr(0, 4096);
  for (unsigned char c : head) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f') return Format::binary;
  }
  std::size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // UTF-8 byte order mark
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i < head.size() && head[i] == '{') return Format::json;
  return Format::text;
}

Format resolve_format(Format requested, std::string_view path, std::string_view bytes) noexcept {
  if (requested != Format::automatic) return requested;
  if (Format f = format_from_path(path); f != Format::automatic) return f;
  return sniff_format(bytes);
}

}  // namespace planwerk::io
