// SPDX-License-Identifier: Apache-2.0
#include "planwerk/history/workspace.hpp"

#include <sstream>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/archive/xml_iarchive.hpp>
#include <boost/archive/xml_oarchive.hpp>
#include <boost/crc.hpp>

#include "planwerk/error.hpp"
#include "planwerk/history/serialize.hpp"
#include "planwerk/io/document.hpp"
#include "bounded_archive.hpp"

namespace planwerk::history {

template <class A>
void serialize(A& ar, Version& x, unsigned int) {
  using boost::serialization::make_nvp;
  ar& make_nvp("label", x.label) & make_nvp("concept", x.plan) & make_nvp("observations", x.observations);
}

template <class A>
void serialize(A& ar, Workspace& x, unsigned int) {
  ar& boost::serialization::make_nvp("versions", x.versions);
}

namespace {

constexpr char magic[4] = {'P', 'W', 'W', 'S'};
constexpr unsigned char envelope_version = 1;
constexpr std::size_t header_size = 4 + 1 + 1 + 8 + 4;

std::uint32_t crc32(std::string_view bytes) {
  boost::crc_32_type crc;
  crc.process_bytes(bytes.data(), bytes.size());
  return crc.checksum();
}

void put(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}

std::uint64_t get(std::string_view in, std::size_t at, int bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[at + i])) << (8 * i);
  return v;
}

}  // namespace

std::string_view archive_format_name(ArchiveFormat format) noexcept {
  switch (format) {
    case ArchiveFormat::binary:
      return "binary";
    case ArchiveFormat::text:
      return "text";
    case ArchiveFormat::xml:
      return "xml";
  }
  return "unknown";
}

std::optional<ArchiveFormat> archive_format_from_name(std::string_view name) noexcept {
  for (auto f : {ArchiveFormat::binary, ArchiveFormat::text, ArchiveFormat::xml})
    if (archive_format_name(f) == name) return f;
  return std::nullopt;
}

std::string to_bytes(const Workspace& workspace, ArchiveFormat format) {
  std::ostringstream s;
  {
    if (format == ArchiveFormat::binary) {
      boost::archive::binary_oarchive out(s);
      out << boost::serialization::make_nvp("workspace", workspace);
    } else if (format == ArchiveFormat::text) {
      boost::archive::text_oarchive out(s);
      out << boost::serialization::make_nvp("workspace", workspace);
    } else if (format == ArchiveFormat::xml) {
      boost::archive::xml_oarchive out(s);
      out << boost::serialization::make_nvp("workspace", workspace);
    } else {
      throw Error(ErrorCode::invalid_argument, "unknown archive format " + std::to_string(static_cast<int>(format)));
    }
  }
  const std::string payload = s.str();
  std::string out(magic, 4);
  out += static_cast<char>(envelope_version);
  out += static_cast<char>(format);
  put(out, payload.size(), 8);
  put(out, crc32(payload), 4);
  return out + payload;
}

Workspace from_bytes(std::string_view bytes, std::string_view source) {
  const std::string src(source);
  if (bytes.size() < 4 || bytes.substr(0, 4) != std::string_view(magic, 4))
    throw Error(ErrorCode::parse, src + ": not a planwerk workspace (it does not start with \"PWWS\")");
  if (bytes.size() < header_size)
    throw Error(ErrorCode::parse, src + ": truncated: " + std::to_string(bytes.size()) + " bytes, not even the header");
  const auto version = static_cast<unsigned char>(bytes[4]);
  if (version > envelope_version)
    throw Error(ErrorCode::unsupported_version, src + ": workspace envelope version " + std::to_string(version) +
                                                    "; this build reads up to " + std::to_string(envelope_version));
  const auto format = static_cast<ArchiveFormat>(static_cast<unsigned char>(bytes[5]));
  const std::uint64_t size = get(bytes, 6, 8);
  const auto crc = static_cast<std::uint32_t>(get(bytes, 14, 4));
  const std::string_view payload = bytes.substr(header_size);
  if (payload.size() < size)
    throw Error(ErrorCode::parse, src + ": truncated: the archive has " + std::to_string(payload.size()) + " of " +
                                      std::to_string(size) + " bytes");
  if (payload.size() > size)
    throw Error(ErrorCode::parse, src + ": " + std::to_string(payload.size() - size) + " bytes after the archive");
  if (crc32(payload) != crc) throw Error(ErrorCode::parse, src + ": corrupted: the archive's checksum does not match");
  Workspace w;
  std::istringstream s{std::string(payload)};
  try {
    if (format == ArchiveFormat::binary) {
      detail::BoundedBinaryIarchive in(s);
      in >> boost::serialization::make_nvp("workspace", w);
    } else if (format == ArchiveFormat::text) {
      detail::BoundedTextIarchive in(s);
      in >> boost::serialization::make_nvp("workspace", w);
    } else if (format == ArchiveFormat::xml) {
      detail::BoundedXmlIarchive in(s);
      in >> boost::serialization::make_nvp("workspace", w);
      in.finish();
    } else {
      throw Error(ErrorCode::parse, src + ": unknown archive format " + std::to_string(static_cast<int>(format)));
    }
  } catch (const model::ModelError& e) {  // the archive's concept breaks the model
    throw model::ModelError(src + ": the archive's concept", e.diagnostics());
  } catch (const Error& e) {  // a count or length beyond the bytes left, say
    throw Error(e.code(), src + ": the archive cannot be read: " + e.what());
  } catch (const boost::archive::archive_exception& e) {
    const bool newer = e.code == boost::archive::archive_exception::unsupported_version ||
                       e.code == boost::archive::archive_exception::unsupported_class_version;
    throw Error(newer ? ErrorCode::unsupported_version : ErrorCode::parse,
                src + ": the archive cannot be read: " + e.what());
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& e) {  // a malformed date, a bad value in the archive
    throw Error(ErrorCode::parse, src + ": the archive cannot be read: " + e.what());
  }
  // Observations are checked against their concept like any other input.
  for (const auto& v : w.versions) {
    try {
      monitor::check(v.plan, v.observations.view());
    } catch (const Error& e) {
      throw Error(ErrorCode::parse, src + ": version \"" + v.label + "\": observations: " + e.what());
    }
  }
  return w;
}

void save_workspace(const Workspace& workspace, const std::string& path, ArchiveFormat format) {
  io::write_file(path, to_bytes(workspace, format));
}

Workspace load_workspace(const std::string& path) { return from_bytes(io::read_file(path), path); }

}  // namespace planwerk::history
