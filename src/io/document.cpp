// SPDX-License-Identifier: Apache-2.0
// Parsing and serialising schema messages in the three formats, and whole
// files. Errors name the source and, where the format allows, the position.
#include "planwerk/io/document.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>
#if defined(PLANWERK_HAVE_FSYNC)
#include <unistd.h>
#elif defined(_WIN32)
#include <io.h>
#endif

#include "planwerk/error.hpp"
#include "planwerk/model/convert.hpp"

namespace planwerk::io {
namespace {

namespace pb = google::protobuf;

// Asks the operating system to put the file's bytes on the disk before the
// rename makes them the document, so that a crash leaves the old document
// or the new one, never a truncated one. fsync is POSIX (detected by CMake,
// src/CMakeLists.txt); Windows has _commit; elsewhere the flush to the
// operating system is what can be done.
bool flush_to_disk(std::FILE* f) {
  if (std::fflush(f) != 0) return false;
#if defined(PLANWERK_HAVE_FSYNC)
  return ::fsync(fileno(f)) == 0;
#elif defined(_WIN32)
  return ::_commit(::_fileno(f)) == 0;
#else
  return true;
#endif
}

[[noreturn]] void fail_parse(std::string_view source, const std::string& what) {
  throw Error(ErrorCode::parse, std::string(source) + ": " + what);
}

class TextErrors : public pb::io::ErrorCollector {
 public:
  void AddError(int line, pb::io::ColumnNumber column, const std::string& message) override {
    if (first_.empty())
      first_ = "line " + std::to_string(line + 1) + ", column " + std::to_string(column + 1) + ": " + message;
  }
  void AddWarning(int, pb::io::ColumnNumber, const std::string&) override {}
  const std::string& first() const { return first_; }

 private:
  std::string first_;
};

// Where a binary message holds fields this schema does not define, as a
// path ("measures[2].budget"), or "" if it holds none. A document of our
// schema version or older cannot legitimately contain any, so they mean a
// corrupt or foreign file.
std::string unknown_field_path(const pb::Message& m, const std::string& path) {
  const pb::Reflection* r = m.GetReflection();
  if (!r->GetUnknownFields(m).empty()) return path.empty() ? "top level" : path;
  std::vector<const pb::FieldDescriptor*> fields;
  r->ListFields(m, &fields);
  for (const auto* f : fields) {
    if (f->cpp_type() != pb::FieldDescriptor::CPPTYPE_MESSAGE) continue;
    const std::string name = path.empty() ? f->name() : path + "." + f->name();
    if (f->is_repeated()) {
      for (int i = 0; i < r->FieldSize(m, f); ++i) {
        auto found = unknown_field_path(r->GetRepeatedMessage(m, f, i), name + "[" + std::to_string(i) + "]");
        if (!found.empty()) return found;
      }
    } else {
      auto found = unknown_field_path(r->GetMessage(m, f), name);
      if (!found.empty()) return found;
    }
  }
  return {};
}

// The schema nests a few levels; a document nested deeper is refused before
// a parser recurses into it (protobuf's text parser skips unknown fields
// recursively without a limit, and 10^5 levels overflow the stack). One pass
// that knows strings and comments, so brackets inside them do not count.
constexpr int max_nesting = 64;

void check_nesting(std::string_view bytes, std::string_view source, bool json) {
  int depth = 0;
  std::size_t line = 1;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (c == '\n') ++line;
    else if (c == '"' || (!json && c == '\'')) {
      for (++i; i < bytes.size() && bytes[i] != c && bytes[i] != '\n'; ++i)
        if (bytes[i] == '\\') ++i;
      if (i < bytes.size() && bytes[i] == '\n') ++line;
    } else if (!json && c == '#') {
      while (i < bytes.size() && bytes[i] != '\n') ++i;
      if (i < bytes.size()) ++line;
    } else if (c == '{' || c == '[' || (!json && c == '<')) {
      if (++depth > max_nesting)
        fail_parse(source, "line " + std::to_string(line) + ": nested deeper than " + std::to_string(max_nesting) +
                               " levels");
    } else if (c == '}' || c == ']' || (!json && c == '>')) {
      --depth;
    }
  }
}

void parse_text(std::string_view bytes, std::string_view source, pb::Message& out, bool allow_unknown) {
  check_nesting(bytes, source, false);
  TextErrors errors;
  pb::TextFormat::Parser parser;
  parser.RecordErrorsTo(&errors);
  parser.AllowUnknownField(allow_unknown);
  parser.AllowUnknownExtension(allow_unknown);
  if (!parser.ParseFromString(std::string(bytes), &out))
    fail_parse(source, "not valid protobuf text format: " + errors.first());
}

void parse_json(std::string_view bytes, std::string_view source, pb::Message& out, bool allow_unknown) {
  check_nesting(bytes, source, true);
  pb::util::JsonParseOptions options;
  options.ignore_unknown_fields = allow_unknown;
  auto status = pb::util::JsonStringToMessage(pb::StringPiece(bytes.data(), bytes.size()), &out, options);
  if (!status.ok()) fail_parse(source, "not valid JSON for " + out.GetDescriptor()->full_name() + ": " +
                                           std::string(status.message()));
}

// protobuf's last log line on this thread, when capture_protobuf_log is on.
thread_local std::string protobuf_log;

void keep_log(pb::LogLevel level, const char*, int, const std::string& message) {
  if (level != pb::LOGLEVEL_FATAL) protobuf_log = message;
}

void parse_binary(std::string_view bytes, std::string_view source, pb::Message& out) {
  protobuf_log.clear();
  if (!out.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    std::string why = protobuf_log.empty() ? "truncated or corrupt" : protobuf_log;
    protobuf_log.clear();
    fail_parse(source, "not a valid binary " + out.GetDescriptor()->full_name() + " (" + why + ")");
  }
}

void parse_any(std::string_view bytes, Format format, std::string_view source, pb::Message& out,
               bool allow_unknown) {
  out.Clear();
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX))
    fail_parse(source, "larger than 2 GiB, the protobuf limit for one message");
  switch (resolve_format(format, source, bytes)) {
    case Format::json: parse_json(bytes, source, out, allow_unknown); break;
    case Format::text: parse_text(bytes, source, out, allow_unknown); break;
    default: parse_binary(bytes, source, out); break;
  }
}

}  // namespace

void capture_protobuf_log() { pb::SetLogHandler(&keep_log); }

void parse_message(std::string_view bytes, Format format, std::string_view source, pb::Message& out) {
  parse_any(bytes, format, source, out, false);
  if (resolve_format(format, source, bytes) == Format::binary) {
    auto where = unknown_field_path(out, "");
    if (!where.empty()) fail_parse(source, "holds fields this schema does not define (at " + where + ")");
  }
}

namespace {

void check_version(const v1::Concept& doc, std::string_view source) {
  try {
    model::check_schema_version(doc);
  } catch (const Error& e) {
    throw Error(e.code(), std::string(source) + ": " + e.what());
  }
}

}  // namespace

v1::Concept parse_document(std::string_view bytes, Format format, std::string_view source) {
  v1::Concept doc;
  try {
    parse_message(bytes, format, source, doc);
  } catch (const Error&) {
    // A newer document may fail only because of fields this build does not
    // know. Read it leniently to tell the user that, instead of naming a
    // field they did not misspell; otherwise the strict error stands.
    v1::Concept lenient;
    bool readable = true;
    try {
      parse_any(bytes, format, source, lenient, true);
    } catch (const Error&) {
      readable = false;
    }
    if (readable) check_version(lenient, source);
    throw;
  }
  check_version(doc, source);
  return doc;
}

std::string serialize_message(const pb::Message& message, Format format) {
  std::string out;
  switch (format) {
    case Format::binary:
      if (!message.SerializeToString(&out))
        throw Error(ErrorCode::internal, "cannot encode " + message.GetDescriptor()->full_name());
      return out;
    case Format::json: {
      pb::util::JsonPrintOptions options;
      options.add_whitespace = true;
      options.preserve_proto_field_names = true;
      auto status = pb::util::MessageToJsonString(message, &out, options);
      if (!status.ok()) throw Error(ErrorCode::internal, "cannot encode JSON: " + std::string(status.message()));
      return out;
    }
    case Format::text: {
      pb::TextFormat::Printer printer;
      printer.SetUseUtf8StringEscaping(true);
      if (!printer.PrintToString(message, &out)) throw Error(ErrorCode::internal, "cannot encode text format");
      return out;
    }
    case Format::automatic: break;
  }
  throw Error(ErrorCode::invalid_argument, "a format is needed to encode (binary, json or text)");
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::io, path + ": cannot open for reading: " + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw Error(ErrorCode::io, path + ": read failed: " + std::strerror(errno));
  return std::move(buffer).str();
}

void write_file(const std::string& path, std::string_view bytes) {
  std::random_device rd;
  const std::string temp = path + ".tmp-" + std::to_string(rd());
  std::FILE* f = std::fopen(temp.c_str(), "wb");
  if (f == nullptr) throw Error(ErrorCode::io, path + ": cannot create " + temp + ": " + std::strerror(errno));
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size() && flush_to_disk(f);
  const int write_errno = errno;
  const bool closed = std::fclose(f) == 0;
  if (!written || !closed) {
    std::remove(temp.c_str());
    throw Error(ErrorCode::io, path + ": write failed: " + std::strerror(written ? errno : write_errno));
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const int rename_errno = errno;
    std::remove(temp.c_str());
    throw Error(ErrorCode::io, path + ": cannot replace: " + std::strerror(rename_errno));
  }
}

v1::Concept read_document(const std::string& path, Format format) {
  return parse_document(read_file(path), format, path);
}

void write_document(const v1::Concept& doc, const std::string& path, Format format) {
  if (format == Format::automatic) format = format_from_path(path);
  if (format == Format::automatic)
    throw Error(ErrorCode::invalid_argument,
                path + ": the extension names no format (use .pb, .json or .txtpb, or give the format)");
  write_file(path, serialize_message(doc, format));
}

}  // namespace planwerk::io
