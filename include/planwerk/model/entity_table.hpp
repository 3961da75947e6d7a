// SPDX-License-Identifier: Apache-2.0
// Every field of every entity of a kind as a frame (planwerk/frame.hpp):
// the general way for hosts (C, Python) to read what the typed getters do
// not cover, without a protobuf round trip of their own. The columns come
// from the schema itself (the kind's planwerk.v1 message, read through its
// descriptor), so a field added to the schema appears here without a line
// of code.
//
// One row per entity in document order, one column per field in field-
// number order, named as the field, typed by the field:
//   string      text (references as ids); date fields (is_date_field) as
//               dates
//   integers    integer;  double, float: real;  bool: boolean
//   enum        category whose labels are the value names without the enum's
//               prefix in lower case ("in_progress"), so that codes equal
//               the schema's enum numbers
//   message     text: the message in the proto3 JSON mapping
//   repeated    text: a JSON array (ids, numbers, or messages as above)
// A field without a value is missing (validity 0): an empty string or list,
// a message or `optional` number that is not set. Reals also hold NaN then.
#pragma once

#include <string_view>

#include "planwerk/export.hpp"
#include "planwerk/frame.hpp"
#include "planwerk/model/concept.hpp"

namespace planwerk::model {

/// Throws Error(invalid_argument) for a number that is no kind.
PLANWERK_API Frame entity_table(const Concept& plan, Kind kind);

/// The concept's own fields (id, title, dates, vision, plan period, calendar,
/// predecessors, ...), one row, the same way; the entity lists are left out.
PLANWERK_API Frame header_table(const Concept& plan);

/// Whether a string field of the schema holds a calendar day ("YYYY-MM-DD"):
/// by the schema's naming rule (start, end, due, deadline, achieved, date,
/// and names ending in _date, _start, _finish or _end), which a test checks
/// against the dates the model actually parses.
PLANWERK_API bool is_date_field(std::string_view name) noexcept;

}  // namespace planwerk::model
