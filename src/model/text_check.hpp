// SPDX-License-Identifier: Apache-2.0
// Every string field of a schema message, checked for UTF-8 through
// protobuf's reflection, so that a field added to the schema is checked
// without a line here. Used wherever messages enter the model.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <google/protobuf/message.h>

#include "planwerk/model/diagnostic.hpp"
#include "planwerk/model/kind_traits.hpp"

namespace planwerk::model::detail {

// The longest id planwerk takes, in bytes: room for URLs as ids (OParl's
// run to some 200), far from what would make every line of output huge.
inline constexpr std::size_t max_id_bytes = 1024;

// What is wrong with an id ("" if nothing): longer than max_id_bytes, or a
// control character (a line break in an id would break every line format
// that names it: the command line's output, DOT, iCalendar, CSV).
std::string id_problem(std::string_view id);

// Appends a PW004 diagnostic for each string field of `message` (and its
// submessages) that is not UTF-8; `path` names the message ("goals[3]"),
// `entity` its id, `kind` its kind.
void check_text(const google::protobuf::Message& message, const std::string& path, std::optional<Kind> kind,
                const std::string& entity, std::vector<Diagnostic>& out);

// The whole document: each entity under its own id, the header's fields
// under the concept.
void check_document_text(const v1::Concept& doc, std::vector<Diagnostic>& out);

}  // namespace planwerk::model::detail
