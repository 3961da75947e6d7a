// SPDX-License-Identifier: Apache-2.0
// Basic value types of the model: entity indices and calendar dates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "planwerk/export.hpp"
#include "planwerk/frame.hpp"

namespace planwerk::model {

/// Position of an entity in its kind's list. References between entities are
/// resolved to indices once, at load or edit, so analyses never look up ids.
using Index = std::uint32_t;
/// No entity: an unset reference.
inline constexpr Index npos = static_cast<Index>(-1);

/// A calendar day; default-constructed it is "not a date" (unset).
using Date = boost::gregorian::date;

/// Whether a date is set (not "not a date").
inline bool is_set(const Date& d) noexcept { return !d.is_special(); }

/// Parses "YYYY-MM-DD" strictly (four-digit year, two-digit month and day, a
/// real calendar day between 1400-01-01 and 9999-12-31). The empty string is
/// an unset date. Anything else yields std::nullopt.
PLANWERK_API std::optional<Date> parse_date(std::string_view text);

/// "YYYY-MM-DD", or "" for an unset date.
PLANWERK_API std::string format_date(const Date& d);

/// A date for a frame's date column: {0, 0, 0} for an unset date or one
/// outside 1400..9999 (which Boost's unchecked sums can make).
PLANWERK_API Day to_day(const Date& d);

}  // namespace planwerk::model
