// SPDX-License-Identifier: Apache-2.0
// Observations of indicators: one cell per indicator x district x group x
// period, held column by column so that millions of them cost a few plain
// arrays and can be handed in from C or NumPy without copying.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/monitor/period.hpp"

// The schema's message, needed only by callers of observations_from_proto
// and observations_to_proto: they include "planwerk/v1/observations.pb.h".
namespace planwerk::v1 {
class ObservationSet;
}

namespace planwerk::monitor {

/// Bits of the flags column.
/// The last four are the qualifiers of official statistics (docs/monitor.md).
enum Flag : std::uint8_t {
  series_break = 1,  ///< not comparable with the periods before
  provisional = 2,   ///< "p"
  revised = 4,       ///< "r": corrected since first published
  estimated = 8,     ///< "s": estimated by the statistical office
  low_reliability = 16,  ///< "()": limited reliability (a sample too small for more)
  rounded = 32,      ///< a count the office rounded (to multiples of 5: "-" is 0, 1 or 2)
};

/// A read-only view of observation columns, all of the same length. The
/// optional columns may be empty spans; in the numeric ones NaN means "not
/// given". Codes: indicator and district index the concept's lists
/// (district -1 = the whole municipality); group indexes `groups`
/// (-1 = everybody). A group label "dimension:value" places the group in a
/// breakdown ("sex:f" and "sex:m" make up the "sex" breakdown).
struct ObservationView {
  std::span<const std::int32_t> indicator;  ///< index into the concept's indicators
  std::span<const std::int32_t> district;   ///< index into its districts; -1: the whole municipality
  std::span<const std::int32_t> group;      ///< index into `groups`; -1: everybody
  std::span<const Period> period;           ///< yyyy0000 for a year, yyyymmdd for a day
  std::span<const double> value;            ///< NaN where numerator and denominator give it
  std::span<const double> numerator;    ///< optional
  std::span<const double> denominator;  ///< optional
  std::span<const double> cases;        ///< optional
  std::span<const std::uint8_t> flags;  ///< optional: Flag bits
  std::span<const std::uint8_t> status;  ///< optional: v1::ValueStatus, why a value is missing
  std::span<const std::string> groups;     ///< the group labels the codes point into

  /// The number of rows.
  std::size_t size() const noexcept { return indicator.size(); }
};

/// Observations that own their columns: what the CSV and protobuf readers
/// return. `rows` names each row's origin for messages ("line 12").
struct Observations {
  std::vector<std::int32_t> indicator;    ///< as ObservationView::indicator
  std::vector<std::int32_t> district;     ///< as ObservationView::district
  std::vector<std::int32_t> group;        ///< as ObservationView::group
  std::vector<Period> period;             ///< as ObservationView::period
  std::vector<double> value;              ///< as ObservationView::value
  std::vector<double> numerator;          ///< as ObservationView::numerator
  std::vector<double> denominator;        ///< as ObservationView::denominator
  std::vector<double> cases;              ///< as ObservationView::cases
  std::vector<std::uint8_t> flags;        ///< as ObservationView::flags
  std::vector<std::uint8_t> status;       ///< as ObservationView::status
  std::vector<std::string> groups;        ///< as ObservationView::groups
  std::vector<std::uint32_t> lines;  ///< source line (CSV) or list position (protobuf) of each row

  /// One row, for readers that build observations row by row.
  /// The columns as in ObservationView; NaN: not given.
  struct Row {
    std::int32_t indicator = 0;  ///< index into the concept's indicators
    std::int32_t district = -1;  ///< -1: the whole municipality
    std::int32_t group = -1;     ///< -1: everybody
    Period period = 0;           ///< yyyy0000 or yyyymmdd
    double value = std::numeric_limits<double>::quiet_NaN();        ///< the value
    double numerator = std::numeric_limits<double>::quiet_NaN();    ///< for a rate or share
    double denominator = std::numeric_limits<double>::quiet_NaN();  ///< for a rate or share
    double cases = std::numeric_limits<double>::quiet_NaN();        ///< the cases it rests on
    std::uint8_t flags = 0;      ///< Flag bits
    std::uint8_t status = 0;     ///< v1::ValueStatus: why a value is missing
    std::uint32_t line = 0;      ///< where it came from
  };

  /// The number of rows.
  std::size_t size() const noexcept { return indicator.size(); }
  /// A view of the columns; valid while the observations are not changed.
  ObservationView view() const noexcept;
  /// Appends one row.
  PLANWERK_API void append(const Row& row);
  /// Appends every row of `more` (observations from a second file), its
  /// group codes translated into this set's.
  PLANWERK_API void extend(const Observations& more);
  /// A copy of a view, every column `rows.size()` long: absent optional
  /// columns become NaN (numbers) or 0 (flags, status); lines count from 1.
  PLANWERK_API static Observations copy_of(const ObservationView& rows);
  /// The code of a group label, added to `groups` if new; "" is -1 (everybody).
  /// Constant time: labels are found through group_index.
  PLANWERK_API std::int32_t group_code(const std::string& label);

  /// group_code's index of `groups` (not archived; rebuilt by group_code when
  /// it no longer matches `groups`).
  std::unordered_map<std::string, std::int32_t> group_index;
};

/// Checks a view against the concept: codes in range, periods real, values
/// finite where given, every row with a value, or a numerator and a
/// denominator; denominators above zero; no two rows for the same cell.
/// Throws Error(invalid_argument) naming the first offending row ("row 17")
/// and column. Linear in the rows, plus a sort if they are not grouped.
PLANWERK_API void check(const model::Concept& plan, const ObservationView& rows);

/// A cell as German statistical offices write it (docs/monitor.md): a number
/// with a decimal comma and thousands dots only between groups of three
/// digits ("1.234,5"), or a table symbol ("-" zero; ".", "x", "/", "..." a
/// missing value with its status), optionally followed by "p" (provisional).
/// With decimal_comma false, a decimal point and no thousands separator
/// (the GENESIS cube file). std::nullopt for anything else.
struct OfficialValue {
  double value = std::numeric_limits<double>::quiet_NaN();  ///< NaN for a symbol of a missing value
  std::uint8_t status = 0;  ///< v1::ValueStatus
  bool provisional = false;  ///< the trailing "p"
};
/// Parses one cell as described above.
PLANWERK_API std::optional<OfficialValue> parse_official_value(std::string_view text, bool decimal_comma = true);

/// The CSV dialects (docs/monitor.md): `plain` is comma-separated with a
/// decimal point; `official` is how German statistical offices publish:
/// semicolons, decimal comma, thousands dots and the table symbols
/// "-" (exactly zero), "." (unknown or secret), "x" (not meaningful),
/// "/" (too uncertain), "..." (comes later), and a trailing "p" for a
/// provisional figure. `automatic` picks official when the header line has
/// a semicolon.
enum class CsvDialect { automatic, plain, official };

/// Reads CSV in long format (one row per cell; columns named in the header,
/// English or German names). Ids are resolved against the concept. Throws
/// Error(parse) or Error(invalid_argument) naming `source`, the line and the
/// column; nothing is returned half-read.
PLANWERK_API Observations read_csv(const model::Concept& plan, std::string_view text, std::string_view source,
                                   CsvDialect dialect = CsvDialect::automatic);

/// Between the model's codes and the schema's ids. observations_from_proto throws
/// Error(invalid_argument) naming "observations[i].field".
///@{
PLANWERK_API Observations observations_from_proto(const model::Concept& plan, const v1::ObservationSet& set);
PLANWERK_API v1::ObservationSet observations_to_proto(const model::Concept& plan, const ObservationView& rows);
///@}

/// Monthly, quarterly or other sub-year observations (days) rolled up to
/// years, by the indicator's aggregation (evaluate.hpp): ratios add numerators
/// and denominators, sums add values, running totals (CUMULATIVE) and indices
/// and scores (NONE) take the year's last value. Cases follow the values (added,
/// or the last); flags are combined. Year rows pass through; a year given both
/// as a year and as days is an error naming both rows, as is a row with a
/// table symbol among days that are added up (the sum would be wrong).
/// Returns the rows sorted by indicator, district, group, year.
PLANWERK_API Observations to_years(const model::Concept& plan, const ObservationView& rows);

/// A file by its extension: .csv (either dialect) or a protobuf document
/// (binary, JSON or text, as io/format.hpp detects it).
PLANWERK_API Observations read_observations(const model::Concept& plan, const std::string& path);

}  // namespace planwerk::monitor
