// SPDX-License-Identifier: Apache-2.0
// A workspace: the versions of a concept (Fortschreibungen) with their
// observation data, kept as one Boost.Serialization archive.
//
// The file is a small envelope around the archive: "PWWS", an envelope
// version, the archive format, the archive's length and its CRC-32. Loading
// checks all of them before the archive is read, so a truncated or corrupted
// file is rejected with a clear error instead of being half-read. Saving is
// atomic (io::write_file): a failure part-way leaves the previous file as it
// was.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/monitor/observations.hpp"

namespace planwerk::history {

/// One version of a concept with the observations of its time.
struct Version {
  std::string label;  ///< "2020", "Fortschreibung 2025", ...
  model::Concept plan;                 ///< the concept as it was
  monitor::Observations observations;  ///< the data its monitoring used
};

/// The versions of a concept, kept together in one archive.
struct Workspace {
  std::vector<Version> versions;  ///< oldest first
};

/// The Boost archive inside a workspace file (the numbers are the C API's).
enum class ArchiveFormat : int { binary = 0, text = 1, xml = 2 };

/// "binary", "text", "xml"; "unknown" for any other value.
/// archive_format_from_name is its inverse (std::nullopt for other names).
///@{
PLANWERK_API std::string_view archive_format_name(ArchiveFormat format) noexcept;
PLANWERK_API std::optional<ArchiveFormat> archive_format_from_name(std::string_view name) noexcept;
///@}

/// The envelope with the archive in it. Binary archives are the fastest and
/// smallest but tied to the platform's byte order and type sizes; text and
/// XML archives move between platforms.
PLANWERK_API std::string to_bytes(const Workspace& workspace, ArchiveFormat format = ArchiveFormat::binary);
/// Throws Error(parse) naming `source` for anything but an intact envelope
/// and archive ("truncated: 1,234 of 5,678 bytes", "corrupted: checksum"),
/// Error(unsupported_version) for a newer envelope or archive, and
/// model::ModelError when a concept in it breaks the model's structure.
PLANWERK_API Workspace from_bytes(std::string_view bytes, std::string_view source = "<bytes>");

/// to_bytes into a file, written atomically (io::write_file).
PLANWERK_API void save_workspace(const Workspace& workspace, const std::string& path,
                       ArchiveFormat format = ArchiveFormat::binary);
/// from_bytes of a file; Error(io) names the path when it cannot be read.
PLANWERK_API Workspace load_workspace(const std::string& path);

}  // namespace planwerk::history
