// SPDX-License-Identifier: Apache-2.0
// Concepts to and from files and bytes. Loading never half-succeeds: it
// returns a complete concept or throws, naming the file and what is wrong.
#pragma once

#include <string>
#include <string_view>

#include "planwerk/export.hpp"
#include "planwerk/io/document.hpp"
#include "planwerk/model/concept.hpp"

namespace planwerk::io {

/// Throws Error(io), Error(parse), Error(unsupported_version), or
/// model::ModelError (structural problems, all of them, each naming the
/// entity's id and field). load_bytes reads from memory; `source` names it
/// in messages.
///@{
PLANWERK_API model::Concept load(const std::string& path, Format format = Format::automatic);
PLANWERK_API model::Concept load_bytes(std::string_view bytes, Format format = Format::automatic,
                                       std::string_view source = "<bytes>");
///@}

/// Format::automatic takes the format from the extension and fails with
/// Error(invalid_argument) if the extension names none.
PLANWERK_API void save(const model::Concept& plan, const std::string& path, Format format = Format::automatic);
/// The concept encoded in `format` (Format::automatic is
/// Error(invalid_argument)).
PLANWERK_API std::string save_bytes(const model::Concept& plan, Format format);

}  // namespace planwerk::io
