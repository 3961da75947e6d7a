// SPDX-License-Identifier: Apache-2.0
// Periods of observations: a year ("2024") or a day ("2024-03-01"), held as
// one sortable integer so that bulk data stays a plain int32 column.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "planwerk/export.hpp"
#include "planwerk/model/types.hpp"

namespace planwerk::monitor {

/// yyyy0000 for a year, yyyymmdd for a day: a year sorts before its days.
using Period = std::int32_t;

/// The period of a whole year.
inline constexpr Period year_period(int year) noexcept { return year * 10000; }
/// The year a period falls in.
inline constexpr int period_year(Period p) noexcept { return p / 10000; }
/// Whether a period is a whole year (not a day).
inline constexpr bool is_year(Period p) noexcept { return p % 10000 == 0; }

/// The period's place on a time axis in years: a year counts from its start
/// (2024 -> 2024.0), a day by its day of the year (2024-07-02 -> 2024.5).
/// Baseline and target dates use the same axis, so a target dated 2030-01-01
/// and the observation year 2030 coincide. date_time places a date on that
/// axis; date_period is the day's period code.
///@{
PLANWERK_API double period_time(Period p);
PLANWERK_API double date_time(const model::Date& d);
PLANWERK_API Period date_period(const model::Date& d);
///@}

/// "2024" or "2024-03-01" (a real calendar day, years 1400-9999); anything
/// else gives std::nullopt.
PLANWERK_API std::optional<Period> parse_period(std::string_view text);
/// Whether a code is a year or a real day as above.
PLANWERK_API bool valid_period(Period p) noexcept;
/// "2024" or "2024-03-01": parse_period's inverse.
PLANWERK_API std::string format_period(Period p);

}  // namespace planwerk::monitor
