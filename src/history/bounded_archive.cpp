// SPDX-License-Identifier: Apache-2.0
// The bounded archives' share of Boost.Serialization, instantiated as
// Boost's own src/{binary,text,xml}_iarchive.cpp instantiate its archives.
#include "bounded_archive.hpp"

#include <boost/archive/detail/archive_serializer_map.hpp>
#include <boost/archive/impl/archive_serializer_map.ipp>
#include <boost/archive/impl/basic_binary_iarchive.ipp>
#include <boost/archive/impl/basic_binary_iprimitive.ipp>
#include <boost/archive/impl/basic_text_iarchive.ipp>
#include <boost/archive/impl/basic_xml_iarchive.ipp>
#include <boost/archive/impl/text_iarchive_impl.ipp>
#include <boost/archive/impl/xml_iarchive_impl.ipp>

namespace boost::archive {

using planwerk::history::detail::BoundedBinaryIarchive;
using planwerk::history::detail::BoundedTextIarchive;
using planwerk::history::detail::BoundedXmlIarchive;

template class detail::archive_serializer_map<BoundedBinaryIarchive>;
template class basic_binary_iprimitive<BoundedBinaryIarchive, char, std::char_traits<char>>;
template class basic_binary_iarchive<BoundedBinaryIarchive>;
template class binary_iarchive_impl<BoundedBinaryIarchive, char, std::char_traits<char>>;

template class detail::archive_serializer_map<BoundedTextIarchive>;
template class basic_text_iarchive<BoundedTextIarchive>;
template class text_iarchive_impl<BoundedTextIarchive>;

template class detail::archive_serializer_map<BoundedXmlIarchive>;
template class basic_xml_iarchive<BoundedXmlIarchive>;
template class xml_iarchive_impl<BoundedXmlIarchive>;

}  // namespace boost::archive
