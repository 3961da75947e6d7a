// SPDX-License-Identifier: Apache-2.0
#include "statistics_text.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include "planwerk/error.hpp"
#include "planwerk/utf8.hpp"

namespace planwerk::sources::statistics::detail {
namespace {

std::string too_large(std::string_view source, std::size_t limit) {
  return std::string(source) + ": the text is larger than the limit of " + std::to_string(limit) + " bytes";
}

// libarchive's message for the last error; it gives none (NULL) for some
// broken archives.
std::string error_of(archive* a) {
  const char* e = archive_error_string(a);
  return e != nullptr ? e : "unreadable";
}

// The one CSV entry of a ZIP archive, through libarchive.
std::string unzip(std::string_view bytes, std::string_view source, const ReadLimits& limits) {
  std::unique_ptr<archive, int (*)(archive*)> a(archive_read_new(), archive_read_free);
  if (!a) throw Error(ErrorCode::no_memory, "libarchive could not start");
  archive_read_support_format_zip(a.get());
  archive_read_support_filter_all(a.get());
  if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK)
    throw Error(ErrorCode::parse, std::string(source) + ": not a readable ZIP archive: " + error_of(a.get()));
  std::string found_name, text;
  archive_entry* entry = nullptr;
  for (;;) {
    const int r = archive_read_next_header(a.get(), &entry);
    if (r == ARCHIVE_EOF) break;
    if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
      throw Error(ErrorCode::parse, std::string(source) + ": a broken ZIP archive: " + error_of(a.get()));
    const char* raw_name = archive_entry_pathname(entry);
    const std::string name = raw_name != nullptr ? raw_name : "";
    const bool csv = name.size() >= 4 && (name.ends_with(".csv") || name.ends_with(".CSV"));
    if (!csv || archive_entry_filetype(entry) != AE_IFREG) continue;
    if (!found_name.empty())
      throw Error(ErrorCode::parse, std::string(source) + ": the ZIP archive holds more than one CSV file (" +
                                        found_name + ", " + name + "); unpack the one to import");
    found_name = name;
    char buffer[1 << 16];
    for (;;) {
      const la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
      if (n == 0) break;
      if (n < 0)
        throw Error(ErrorCode::parse,
                    std::string(source) + ": " + name + " in the ZIP archive: " + error_of(a.get()));
      if (text.size() + static_cast<std::size_t>(n) > limits.max_bytes)
        throw Error(ErrorCode::out_of_range, too_large(std::string(source) + ": " + name, limits.max_bytes));
      text.append(buffer, static_cast<std::size_t>(n));
    }
  }
  if (found_name.empty()) throw Error(ErrorCode::parse, std::string(source) + ": the ZIP archive holds no CSV file");
  return text;
}

// Line and column (from 1, in bytes) of an offset, for messages.
std::pair<std::uint32_t, std::uint32_t> place(std::string_view text, std::size_t offset) {
  const auto before = text.substr(0, offset);
  const auto line = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n') + 1);
  const auto start = before.rfind('\n');
  const auto column = static_cast<std::uint32_t>(start == std::string_view::npos ? offset + 1 : offset - start);
  return {line, column};
}

// Windows-1252 to UTF-8 through glibc's iconv. Its five unassigned bytes
// (0x81, 0x8D, 0x8F, 0x90, 0x9D) are refused with their place.
std::string from_windows_1252(std::string_view text, std::string_view source) {
  iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw Error(ErrorCode::internal, "iconv knows no WINDOWS-1252");
  std::unique_ptr<void, int (*)(iconv_t)> close(cd, iconv_close);
  std::string out(text.size() * 3, '\0');  // at most three UTF-8 bytes a character
  char* in = const_cast<char*>(text.data());
  std::size_t in_left = text.size();
  char* to = out.data();
  std::size_t out_left = out.size();
  if (iconv(cd, &in, &in_left, &to, &out_left) == static_cast<std::size_t>(-1)) {
    const std::size_t offset = text.size() - in_left;
    const auto [line, column] = place(text, offset);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[offset]));
    refuse(source, line, column, std::string("byte ") + hex + " is neither UTF-8 nor Windows-1252");
  }
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace

std::string_view trim(std::string_view s) noexcept {
  const auto a = s.find_first_not_of(' ');
  if (a == std::string_view::npos) return {};
  return s.substr(a, s.find_last_not_of(" \r") - a + 1);
}

void refuse(std::string_view source, std::uint32_t line, std::uint32_t column, const std::string& what) {
  throw Error(ErrorCode::parse, std::string(source) + " line " + std::to_string(line) + ", column " +
                                    std::to_string(column) + ": " + what);
}

Decoded decode(std::string_view bytes, std::string_view source, const ReadLimits& limits) {
  Decoded d;
  std::string_view text = bytes;
  if (bytes.starts_with(std::string_view("PK\x03\x04", 4))) {
    d.storage = unzip(bytes, source, limits);
    d.zip = true;
    text = d.storage;
  }
  if (text.size() > limits.max_bytes) throw Error(ErrorCode::out_of_range, too_large(source, limits.max_bytes));
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (first_invalid_utf8(text) == valid_utf8) {
    d.encoding = "UTF-8";
    d.text = text;
    if (d.zip) {  // the view must point into the storage that stays
      d.storage.erase(0, d.storage.size() - text.size());
      d.text = d.storage;
    }
    return d;
  }
  d.encoding = "Windows-1252";
  d.storage = from_windows_1252(text, source);
  d.text = d.storage;
  return d;
}

bool Record::blank() const noexcept {
  return std::all_of(fields.begin(), fields.end(), [](std::string_view f) { return trim(f).empty(); });
}

bool Records::next(Record& record) {
  record.fields.clear();
  unescaped_.clear();
  if (at_ >= text_.size()) return false;
  record.line = line_;
  const char* const base = text_.data();
  const std::size_t n = text_.size();
  for (;;) {
    if (at_ < n && base[at_] == '"') {  // a quoted field, perhaps over several lines
      const std::uint32_t opened = line_;
      std::size_t i = at_ + 1;
      std::string value;
      bool escaped = false;
      for (;;) {
        const void* q = std::memchr(base + i, '"', n - i);
        if (q == nullptr)
          refuse(source_, opened, static_cast<std::uint32_t>(record.fields.size() + 1),
                 "a quoted field is not closed before the end of the text");
        const std::size_t end = static_cast<std::size_t>(static_cast<const char*>(q) - base);
        line_ += static_cast<std::uint32_t>(std::count(base + i, base + end, '\n'));
        value.append(base + i, end - i);
        if (end + 1 < n && base[end + 1] == '"') {  // "" is a quote
          value += '"';
          escaped = true;
          i = end + 2;
          continue;
        }
        if (escaped) {
          unescaped_.push_back(std::move(value));
          record.fields.push_back(unescaped_.back());
        } else {
          record.fields.emplace_back(base + at_ + 1, end - at_ - 1);
        }
        at_ = end + 1;
        // Anything up to the next separator belongs to the field's tail
        // (offices never write it; a reader of their files ignores it).
        while (at_ < n && base[at_] != ';' && base[at_] != '\n') ++at_;
        break;
      }
    } else {
      std::size_t end = at_;
      while (end < n && base[end] != ';' && base[end] != '\n') ++end;
      std::size_t stop = end;
      if (stop > at_ && base[stop - 1] == '\r') --stop;
      record.fields.emplace_back(base + at_, stop - at_);
      at_ = end;
    }
    if (at_ >= n) return true;
    if (base[at_] == '\n') {
      ++at_;
      ++line_;
      return true;
    }
    ++at_;  // the separator
  }
}

}  // namespace planwerk::sources::statistics::detail
