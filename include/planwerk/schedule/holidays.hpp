// SPDX-License-Identifier: Apache-2.0
// Public holidays of the 16 German states, 1990 to 2100.
//
// Nationwide: Neujahr, Karfreitag, Ostermontag, 1. Mai, Christi Himmelfahrt,
// Pfingstmontag, Tag der Deutschen Einheit, 1. and 2. Weihnachtstag, and
// Buß- und Bettag up to 1994 (in Saxony ever since); Reformationstag once in
// 2017. By state (with the year a day was introduced):
//   Heilige Drei Könige (6 Jan): BW, BY, ST
//   Frauentag (8 Mar): BE from 2019, MV from 2023
//   Ostersonntag, Pfingstsonntag: BB
//   Fronleichnam (Easter + 60): BW, BY, HE, NW, RP, SL
//   Mariä Himmelfahrt (15 Aug): SL
//   Weltkindertag (20 Sep): TH from 2019
//   Reformationstag (31 Oct): BB, MV, SN, ST, TH; HB, HH, NI, SH from 2018
//   Allerheiligen (1 Nov): BW, BY, NW, RP, SL
//   Berlin, once: 8 May 2020 and 2025, 17 June 2028
// In mostly catholic municipalities also Mariä Himmelfahrt (BY) and
// Fronleichnam (SN, TH): HolidayOptions::catholic_municipality. Purely local
// days (the Augsburger Friedensfest, Rosenmontag closures) are closures of a
// Calendar.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/frame.hpp"
#include "planwerk/model/types.hpp"

namespace planwerk::schedule {

using model::Date;

/// The German states (Länder); the numbers are stable.
enum class State : int { BW = 1, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH };

/// "BW", "BY", ... (ISO 3166-2:DE without the "DE-"); state_from_code is
/// the inverse (std::nullopt for another code).
///@{
PLANWERK_API std::string_view state_code(State s) noexcept;
PLANWERK_API std::optional<State> state_from_code(std::string_view code) noexcept;
///@}

/// Which local holidays apply.
struct HolidayOptions {
  /// Mariä Himmelfahrt (BY) and Fronleichnam (SN, TH) of mostly Catholic
  /// municipalities.
  bool catholic_municipality = false;
};

/// A public holiday.
struct Holiday {
  Date date;         ///< the day
  std::string name;  ///< German, as in the state laws
};

/// The years public_holidays knows (the calendar's span).
///@{
inline constexpr int first_holiday_year = 1990;
inline constexpr int last_holiday_year = 2100;
///@}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
PLANWERK_API Date easter_sunday(int year);

/// The public holidays of a state in a year, by date. Throws
/// Error(out_of_range) outside 1990 to 2100.
PLANWERK_API std::vector<Holiday> public_holidays(State state, int year, HolidayOptions options = {});

/// The same as a frame: date (date), name (text).
PLANWERK_API Frame holiday_table(State state, int year, HolidayOptions options = {});

}  // namespace planwerk::schedule
