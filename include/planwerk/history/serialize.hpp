// SPDX-License-Identifier: Apache-2.0
// Boost.Serialization for every model type and for observations, so that C++
// hosts that keep their state in Boost archives can put planwerk objects into
// them (text, XML and binary archives; every field is a named value, so XML
// works too):
//
//     boost::archive::xml_oarchive out(stream);
//     out << boost::serialization::make_nvp("concept", plan);
//
// Class versions: every type carries one (BOOST_CLASS_VERSION below). When a
// type gains a field, its version goes up and `serialize` reads the field
// only from archives of that version or later; tests/history keeps archives
// written by earlier versions and loads them.
//
// A concept read from an archive is checked like a document: its entities
// go through model::from_proto, so a tampered archive cannot break the
// model's invariants (ModelError with diagnostics, as for a file).
#pragma once

#include <bit>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <boost/date_time/gregorian/gregorian.hpp>  // to_iso_string, used by greg_serialize
#include <boost/date_time/gregorian/greg_serialize.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>
#include <boost/serialization/version.hpp>

#include "planwerk/model/concept.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/monitor/observations.hpp"

// std::optional, which Boost 1.74 does not cover: a flag, then the value.
namespace boost::serialization {

template <class Archive, class T>
void save(Archive& ar, const std::optional<T>& x, unsigned int) {
  const bool has = x.has_value();
  ar << make_nvp("has", has);
  if (has) ar << make_nvp("value", *x);
}

template <class Archive, class T>
void load(Archive& ar, std::optional<T>& x, unsigned int) {
  bool has = false;
  ar >> make_nvp("has", has);
  if (!has) {
    x.reset();
    return;
  }
  T value{};
  ar >> make_nvp("value", value);
  x = std::move(value);
}

template <class Archive, class T>
void serialize(Archive& ar, std::optional<T>& x, unsigned int version) {
  split_free(ar, x, version);
}

}  // namespace boost::serialization

namespace planwerk::model {

/// How many of a described struct's fields an archive of a class version
/// holds: fields are only ever appended, so an older archive holds the first
/// ones. Every struct that gained fields says how many it had before, here,
/// and raises its BOOST_CLASS_VERSION below.
template <class T>
constexpr std::size_t archived_fields(unsigned int) {
  return static_cast<std::size_t>(-1);
}
/// Version 1 (0.2): meeting_records, source_id (the OParl import).
template <>
constexpr std::size_t archived_fields<Committee>(unsigned int version) {
  return version == 0 ? 10 : static_cast<std::size_t>(-1);
}

/// Version 1 (0.2): funding_types (the priorities).
template <>
constexpr std::size_t archived_fields<BudgetPool>(unsigned int version) {
  return version == 0 ? 7 : static_cast<std::size_t>(-1);
}

/// How many kinds a concept archive of a class version holds (kinds are only
/// appended). Version 1 (0.2): proposals.
constexpr std::size_t archived_kinds(unsigned int version) { return version == 0 ? 15 : kind_count; }

/// Every described struct (describe.hpp; every entity and its parts): its
/// fields, by name, in declaration order. The names are the XML elements;
/// changing a field's name or place is an archive format change (a class
/// version, above).
template <class A, Described T>
void serialize(A& ar, T& x, unsigned int version) {
  const std::size_t fields = archived_fields<T>(version);
  std::size_t at = 0;
  for_each_field(x, [&](const char* name, auto& field) {
    if (at++ < fields) ar& boost::serialization::make_nvp(name, field);
  });
}

/// An archive's concept, checked like a document (see the top of this file).
inline Concept detail_reload(const Concept& unchecked) { return from_proto(to_proto(unchecked)); }

/// The concept: its header, then one list per kind in kind order.
template <class A>
void save(A& ar, const Concept& c, unsigned int) {
  Header header = c.header();
  ar << boost::serialization::make_nvp("header", header);
  for_each_kind([&](auto tag) {
    constexpr Kind K = decltype(tag)::value;
    auto list = c.template all<K>();
    ar << boost::serialization::make_nvp(std::string(kind_list_name(K)).c_str(), list);
  });
}

template <class A>
void load(A& ar, Concept& c, unsigned int version) {
  Header header;
  Concept::ListTuple lists;
  ar >> boost::serialization::make_nvp("header", header);
  for_each_kind([&](auto tag) {
    constexpr Kind K = decltype(tag)::value;
    if (slot(K) >= archived_kinds(version)) return;
    ar >> boost::serialization::make_nvp(std::string(kind_list_name(K)).c_str(), std::get<slot(K)>(lists));
  });
  /// Indices from an archive are not trusted: out-of-range references fail
  /// in to_proto, everything else in from_proto's checks.
  c = detail_reload(Concept(std::move(header), std::move(lists)));
}

/// Boost.Serialization's entry point for a concept (split into save and load).
template <class A>
void serialize(A& ar, Concept& c, unsigned int version) {
  boost::serialization::split_free(ar, c, version);
}

}  // namespace planwerk::model

namespace planwerk::monitor {

namespace detail_archive {
/// Doubles go into archives as their bit patterns: exact, and NaN (a value
/// not given) survives text and XML archives, which cannot read "nan" back.
inline std::vector<std::uint64_t> bits(const std::vector<double>& v) {
  std::vector<std::uint64_t> out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = std::bit_cast<std::uint64_t>(v[i]);
  return out;
}
inline std::vector<double> doubles(const std::vector<std::uint64_t>& v) {
  std::vector<double> out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[i] = std::bit_cast<double>(v[i]);
  return out;
}
}  // namespace detail_archive

/// Writes observations into a Boost archive, doubles as bit patterns.
template <class A>
void save(A& ar, const Observations& x, unsigned int) {
  using boost::serialization::make_nvp;
  using detail_archive::bits;
  const auto value = bits(x.value), numerator = bits(x.numerator), denominator = bits(x.denominator),
             cases = bits(x.cases);
  ar << make_nvp("indicator", x.indicator) << make_nvp("district", x.district) << make_nvp("group", x.group)
     << make_nvp("period", x.period) << make_nvp("value", value) << make_nvp("numerator", numerator)
     << make_nvp("denominator", denominator) << make_nvp("cases", cases) << make_nvp("flags", x.flags)
     << make_nvp("status", x.status) << make_nvp("groups", x.groups) << make_nvp("lines", x.lines);
}

/// Reads observations from a Boost archive (save's counterpart).
template <class A>
void load(A& ar, Observations& x, unsigned int) {
  using boost::serialization::make_nvp;
  std::vector<std::uint64_t> value, numerator, denominator, cases;
  ar >> make_nvp("indicator", x.indicator) >> make_nvp("district", x.district) >> make_nvp("group", x.group) >>
      make_nvp("period", x.period) >> make_nvp("value", value) >> make_nvp("numerator", numerator) >>
      make_nvp("denominator", denominator) >> make_nvp("cases", cases) >> make_nvp("flags", x.flags) >>
      make_nvp("status", x.status) >> make_nvp("groups", x.groups) >> make_nvp("lines", x.lines);
  x.value = detail_archive::doubles(value);
  x.numerator = detail_archive::doubles(numerator);
  x.denominator = detail_archive::doubles(denominator);
  x.cases = detail_archive::doubles(cases);
}

/// Boost.Serialization's entry point for observations (split into save and load).
template <class A>
void serialize(A& ar, Observations& x, unsigned int version) {
  boost::serialization::split_free(ar, x, version);
}

}  // namespace planwerk::monitor

BOOST_CLASS_VERSION(planwerk::model::Concept, 1)
BOOST_CLASS_VERSION(planwerk::model::Committee, 1)
BOOST_CLASS_VERSION(planwerk::model::BudgetPool, 1)
BOOST_CLASS_VERSION(planwerk::model::Header, 0)
BOOST_CLASS_VERSION(planwerk::model::Goal, 0)
BOOST_CLASS_VERSION(planwerk::model::Measure, 0)
BOOST_CLASS_VERSION(planwerk::model::Indicator, 0)
BOOST_CLASS_VERSION(planwerk::monitor::Observations, 0)
