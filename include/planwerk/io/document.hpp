// SPDX-License-Identifier: Apache-2.0
// Reading and writing schema messages: whole documents and single entities.
// Nothing here knows the model; see io/load.hpp for concepts.
#pragma once

#include <string>
#include <string_view>

#include <google/protobuf/message.h>

#include "planwerk/export.hpp"
#include "planwerk/io/format.hpp"
#include "planwerk/v1/concept.pb.h"

namespace planwerk::io {

/// Parses `bytes` into `out` (cleared first). `source` names the input in
/// messages (a path, or "<bytes>"). Throws Error(parse) naming the source and
/// the line and column (text, JSON) or the problem (binary): malformed,
/// truncated, an unknown field. `out` is unspecified after a throw.
PLANWERK_API void parse_message(std::string_view bytes, Format format, std::string_view source,
                                google::protobuf::Message& out);

/// Like parse_message for a whole document, checking the schema version
/// before anything else: a newer document gives Error(unsupported_version)
/// even if it has fields this build does not know.
PLANWERK_API v1::Concept parse_document(std::string_view bytes, Format format, std::string_view source);

/// Encodes a message. JSON and text are UTF-8 with snake_case field names and
/// enum names (both readers accept them; JSON readers also accept camelCase).
/// Throws Error(invalid_argument) for Format::automatic.
PLANWERK_API std::string serialize_message(const google::protobuf::Message& message, Format format);

/// Routes protobuf's log lines into planwerk's parse errors instead of the
/// process's stderr (protobuf reports a binary string field that is not
/// UTF-8 only there). Only for a build that owns its protobuf, as the C
/// library and the Python extension do: the handler is process-wide for the
/// protobuf it is set on, and a host sharing its protobuf keeps its own.
PLANWERK_API void capture_protobuf_log();

/// Whole file in, whole file out. Throws Error(io) naming the path and the
/// system's reason.
PLANWERK_API std::string read_file(const std::string& path);

/// Writes atomically: to a temporary file beside `path`, flushed to disk, then
/// renamed over it. A failure part-way leaves the previous file untouched.
PLANWERK_API void write_file(const std::string& path, std::string_view bytes);

/// A schema message from a file (parse_document of read_file); no model
/// checks. Format::automatic: from the extension, else the content.
PLANWERK_API v1::Concept read_document(const std::string& path, Format format = Format::automatic);
/// A schema message into a file, atomically (write_file); Format::automatic
/// takes the format from the extension and fails with
/// Error(invalid_argument) if it names none.
PLANWERK_API void write_document(const v1::Concept& doc, const std::string& path,
                                 Format format = Format::automatic);

}  // namespace planwerk::io
