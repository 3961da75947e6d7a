// SPDX-License-Identifier: Apache-2.0
// Boost's input archives (binary, text, XML) with two checks added for
// loading workspaces, whose bytes may be damaged or crafted: a collection's
// count and a string's length, read from the archive, must not exceed the
// bytes that remain in it (every item takes at least one byte in every
// format). Boost trusts both and allocates what they say, so a flipped byte
// asked for exabytes. Everything else, and so the format, is Boost's own:
// these are the archive classes Boost defines, derived as its manual shows
// ("Derivation from an Existing Archive"), and instantiated in
// bounded_archive.cpp as Boost instantiates its own.
#pragma once

#include <cstdint>
#include <istream>
#include <limits>
#include <string>
#include <utility>

#include <boost/archive/binary_iarchive_impl.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/basic_xml_iarchive.hpp>
#include <boost/archive/impl/basic_xml_grammar.hpp>
#include <boost/archive/xml_iarchive.hpp>
#include <boost/serialization/collection_size_type.hpp>

#include "planwerk/error.hpp"

namespace planwerk::history::detail {

// The bytes left in the archive's stream (a std::istringstream over the
// payload): the bound for every count and length.
class Remaining {
 public:
  explicit Remaining(std::istream& in) : in_(in) {}
  void check(std::uint64_t claimed, const char* what) const {
    const std::streamsize left = in_.rdbuf()->in_avail();
    if (left >= 0 && claimed <= static_cast<std::uint64_t>(left)) return;
    throw Error(ErrorCode::parse, "the archive claims " + std::to_string(claimed) + " " + what + " where " +
                                      std::to_string(left < 0 ? 0 : left) + " bytes remain");
  }

 private:
  std::istream& in_;
};

class BoundedBinaryIarchive
    : public boost::archive::binary_iarchive_impl<BoundedBinaryIarchive, char, std::char_traits<char>> {
  using Base = boost::archive::binary_iarchive_impl<BoundedBinaryIarchive, char, std::char_traits<char>>;
  friend class boost::archive::detail::interface_iarchive<BoundedBinaryIarchive>;
  friend class boost::archive::basic_binary_iarchive<BoundedBinaryIarchive>;
  friend class boost::archive::basic_binary_iprimitive<BoundedBinaryIarchive, char, std::char_traits<char>>;
  friend class boost::archive::load_access;

 public:
  // Reads the header, as boost::archive::binary_iarchive's constructor does.
  // Boost reads the library version after the signature with sbumpc() and
  // turns its result into a version, asserting on end of stream (-1): an
  // abort in every build with assertions. A header cut short is refused
  // first: the signature's length (8 bytes), "serialization::archive" (22)
  // and the version byte.
  explicit BoundedBinaryIarchive(std::istream& in) : Base(in, 0), remaining_(in) {
    constexpr std::streamsize header = 8 + 22 + 1;
    const std::streamsize left = in.rdbuf()->in_avail();
    if (left < header)
      throw Error(ErrorCode::parse, "truncated: a binary archive's header takes " + std::to_string(header) +
                                        " bytes, " + std::to_string(left < 0 ? 0 : left) + " remain");
    init(0);
  }

 protected:
  template <class T>
  void load(T& t) {
    Base::load(t);
  }
  void load(boost::serialization::collection_size_type& t) {
    Base::load(t);
    remaining_.check(std::as_const(t), "items");  // const: one conversion
  }
  // A flag as a byte that must be 0 or 1: Boost reads the byte into the bool
  // itself, which is undefined for any other value (UBSan under clang).
  void load(bool& t) {
    static_assert(sizeof(bool) == 1, "binary_oarchive writes a bool as one byte");
    unsigned char byte = 0;
    this->load_binary(&byte, 1);
    if (byte > 1) throw Error(ErrorCode::parse, "a flag in the archive holds " + std::to_string(byte) + ", not 0 or 1");
    t = byte == 1;
  }
  // As basic_binary_iprimitive::load(std::string&), with the length checked.
  void load(std::string& s) {
    std::size_t length = 0;
    Base::load(length);
    remaining_.check(length, "bytes of text");
    s.resize(length);
    if (length > 0) this->load_binary(s.data(), length);
  }
  template <class T>
  void load_override(T& t) {
    Base::load_override(t);
  }
  void load_override(boost::serialization::collection_size_type& t) {
    Base::load_override(t);
    remaining_.check(std::as_const(t), "items");  // const: one conversion
  }

 private:
  Remaining remaining_;
};

class BoundedTextIarchive : public boost::archive::text_iarchive_impl<BoundedTextIarchive> {
  using Base = boost::archive::text_iarchive_impl<BoundedTextIarchive>;
  friend class boost::archive::detail::interface_iarchive<BoundedTextIarchive>;
  friend class boost::archive::basic_text_iarchive<BoundedTextIarchive>;
  friend class boost::archive::load_access;

 public:
  explicit BoundedTextIarchive(std::istream& in) : Base(in, 0), remaining_(in) { init(); }

 protected:
  template <class T>
  void load(T& t) {
    Base::load(t);
  }
  void load(boost::serialization::collection_size_type& t) {
    Base::load(t);
    remaining_.check(std::as_const(t), "items");  // const: one conversion
  }
  // As text_iarchive_impl::load(std::string&), with the length checked.
  void load(std::string& s) {
    std::size_t length = 0;
    Base::load(length);
    this->is.get();  // the separating space
    remaining_.check(length, "bytes of text");
    s.resize(length);
    if (length > 0) this->is.read(s.data(), static_cast<std::streamsize>(length));
  }
  template <class T>
  void load_override(T& t) {
    Base::load_override(t);
  }
  void load_override(boost::serialization::collection_size_type& t) {
    Base::load_override(t);
    remaining_.check(std::as_const(t), "items");  // const: one conversion
  }

 private:
  Remaining remaining_;
};

// XML strings are read up to their closing tag, so only counts need a bound.
// End tags are compared here: Boost 1.74's own check (basic_xml_iarchive.ipp,
// load_end) reads the expected name at the parsed name's length, past the
// end of the expected name when the file's tag is longer (found by the
// workspace fuzzer: a global-buffer-overflow). Boost's check is switched off
// with no_xml_tag_checking, and this one compares whole names.
class BoundedXmlIarchive : public boost::archive::xml_iarchive_impl<BoundedXmlIarchive> {
  using Base = boost::archive::xml_iarchive_impl<BoundedXmlIarchive>;
  friend class boost::archive::detail::interface_iarchive<BoundedXmlIarchive>;
  friend class boost::archive::basic_xml_iarchive<BoundedXmlIarchive>;
  friend class boost::archive::load_access;

 public:
  // no_header: Boost's destructor reads the closing </boost_serialization>
  // unless it is set, and an error there cannot leave a destructor
  // (std::terminate; found by the workspace fuzzer). The header is read here
  // all the same, and finish() reads the closing tag where an error is one.
  explicit BoundedXmlIarchive(std::istream& in)
      : Base(in, boost::archive::no_xml_tag_checking | boost::archive::no_header), remaining_(in) {
    init();
  }

  // Reads the closing tag; throws for a malformed one.
  void finish() {
    if (!this->gimpl->windup(this->is))
      throw Error(ErrorCode::parse, "the XML archive does not end with </boost_serialization>");
  }

  // Boost's init() turns the signature's version attribute into a library
  // version, asserting that it fits 16 bits: version="99999" aborted every
  // build with assertions. The same two steps, with the version checked.
  void init() {
    this->gimpl->init(this->is);
    const unsigned int version = this->gimpl->rv.version;
    if (version > std::numeric_limits<std::uint16_t>::max())
      throw Error(ErrorCode::parse, "the XML archive's library version " + std::to_string(version) + " is out of range");
    this->set_library_version(boost::serialization::library_version_type(version));
  }

 protected:
  void load_end(const char* name) {
    Base::load_end(name);
    if (name != nullptr && this->gimpl->rv.object_name != name)
      throw Error(ErrorCode::parse, "the XML archive has </" + this->gimpl->rv.object_name.substr(0, 64) +
                                        "> where </" + name + "> belongs");
  }
  template <class T>
  void load(T& t) {
    Base::load(t);
  }
  void load(boost::serialization::collection_size_type& t) {
    Base::load(t);
    remaining_.check(std::as_const(t), "items");  // const: one conversion
  }
  template <class T>
  void load_override(T& t) {
    Base::load_override(t);
  }

 private:
  Remaining remaining_;
};

}  // namespace planwerk::history::detail

// As for Boost's binary_iarchive: vectors of plain values come as one block,
// which is how binary_oarchive writes them.
BOOST_SERIALIZATION_USE_ARRAY_OPTIMIZATION(planwerk::history::detail::BoundedBinaryIarchive)
