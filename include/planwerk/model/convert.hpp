// SPDX-License-Identifier: Apache-2.0
// Between the interchange form (planwerk::v1 messages, references as ids)
// and the resolved model (references as indices).
#pragma once

#include <memory>
#include <vector>

#include <google/protobuf/message.h>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/model/diagnostic.hpp"

namespace planwerk::model {

/// The schema version this build writes, and the newest it reads.
inline constexpr unsigned schema_version = 1;

/// Throws Error(unsupported_version) if the document was written with a newer
/// schema version than this build reads.
PLANWERK_API void check_schema_version(const v1::Concept& doc);

/// Every structural problem of a document: missing and duplicate ids (per
/// kind), dangling references, malformed dates, unknown enum values and
/// out-of-range numbers. Empty when from_proto would succeed.
PLANWERK_API std::vector<Diagnostic> check_structure(const v1::Concept& doc);

/// Builds the resolved model. Throws ModelError with all of
/// check_structure's findings, or Error(unsupported_version).
PLANWERK_API Concept from_proto(const v1::Concept& doc);

/// The header fields of a document (id, title, dates, calendar, ...), for
/// Concept::set_header; its entity lists must be empty. Throws ModelError for
/// malformed values (PW004) and Error(invalid_argument) if lists are given.
PLANWERK_API Header header_from_proto(const v1::Concept& doc);

/// The document form of a concept, written with the current schema version.
/// from_proto(to_proto(c)) reproduces c exactly.
PLANWERK_API v1::Concept to_proto(const Concept& plan);

/// The document form of one entity (references as ids).
template <Kind K>
PLANWERK_API message_t<K> entity_to_proto(const Concept& plan, Index index);

/// The same, for a kind known only at run time.
PLANWERK_API std::unique_ptr<google::protobuf::Message> entity_to_message(const Concept& plan,
                                                                         Kind kind, Index index);

/// An empty message of the kind's schema type, e.g. to parse an entity into.
PLANWERK_API std::unique_ptr<google::protobuf::Message> new_entity_message(Kind kind);

/// Adds or replaces an entity given as a message of the kind's schema type
/// (see Concept::put); throws Error(invalid_argument) if the message is of
/// another type.
PLANWERK_API void put_message(Concept& plan, Kind kind, const google::protobuf::Message& message);

}  // namespace planwerk::model
