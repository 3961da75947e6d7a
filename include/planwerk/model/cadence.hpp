// SPDX-License-Identifier: Apache-2.0
// A committee's required cadence ("at least twice a year") against a list of
// meeting dates, and the dates a committee lists. Used by validation for listed meetings and by the schedule
// module for meetings that recurrence rules add.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/entities.hpp"

namespace planwerk::model {

/// The days a committee meets as listed: its planned dates and the days of
/// its recorded meetings that were not cancelled, sorted, each once. (A
/// recurrence rule's dates need the calendar: schedule::committee_meetings.)
PLANWERK_API std::vector<Date> listed_meetings(const Committee& committee);

/// The calendar periods (months, quarters, half-years or years) that lie
/// wholly inside [period_start, period_end] and hold fewer meetings than the
/// cadence asks, as the message of a PW108 finding ("committee "ak" must meet
/// at least 2 times per year, but 2027 has 1"), naming up to five periods.
/// Nothing if the cadence holds, or asks for nothing, or a bound is unset.
PLANWERK_API std::optional<std::string> cadence_shortfall(const Committee& committee, const std::vector<Date>& meetings,
                                                          Date period_start, Date period_end);

}  // namespace planwerk::model
