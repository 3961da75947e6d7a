// SPDX-License-Identifier: Apache-2.0
// Indicator data from official statistics: the exports of GENESIS-Online
// (Destatis), regionalstatistik.de, the Landesdatenbank NRW and the Zensus
// database, read into observations ready for monitor::evaluate.
//
// Two layers, so that a caller can look before mapping:
//  1. read_cells: any of the four export families (docs/sources.md) into
//     cells: one value each, with its statistic, value variable, time,
//     keys (regional key, attributes) and qualifier, exactly as written;
//  2. import: a declarative Mapping (JSON) says which cells are which
//     indicator's value, numerator or denominator, for which district,
//     group and period. Strict where it matters: a cell that does not parse,
//     two cells for one observation, a file without the regional key the
//     mapping needs are refused naming the file, line and column, and
//     nothing is returned; what is only odd is a Warning.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/monitor/observations.hpp"
#include "planwerk/sources/warning.hpp"

namespace planwerk::sources::statistics {

/// The export families. Stable numbers (the C API's pw_statistics_format).
enum class Format : int {
  table = 0,     ///< the classic table CSV: title block, header rows, key columns, footer
  flat_old = 1,  ///< the flat file until 2024: `Statistik_Code;...;<VAR>__<label>__<unit>;<VAR>__q`
  flat_new = 2,  ///< the flat file since 2024: `statistics_code;...;value;value_unit;value_variable_code;...`
  cube = 3,      ///< the web service's cube file: K;/D; lines
};
/// "table", "flat_old", "flat_new", "cube"; "unknown" for any other value.
PLANWERK_API const char* format_name(Format format) noexcept;

/// One key of a cell: the dimension it belongs to, and the cell's code and
/// label in it. Dimensions are named by the export: attribute codes in flat
/// and cube files ("KREISE", "GES"); in a classic table "column N" for the
/// N-th key column (from 1) and "header N" for the N-th header row above the
/// value's column. Codes are text: leading zeros are kept.
struct Key {
  std::string_view dimension;  ///< as named by the export (see above)
  std::string_view code;   ///< trimmed; "" for the total of a flat file's dimension
  std::string_view label;  ///< trimmed
};

/// One value of an export, as written. The views point into the decoded text
/// and are valid during the callback only.
struct Cell {
  std::string_view statistic;       ///< "12521-03i", "61111", ...
  std::string_view variable;        ///< value variable: its code, or in a table the header labels joined by " | "
  std::string_view variable_label;  ///< "" where the export has none
  std::string_view unit;            ///< "" where the export has none
  std::string_view time;            ///< "2023", "31.12.2024", "" if the export has none
  std::string_view time_dimension;  ///< where the time came from ("time", "column 1", "header 2")
  std::span<const Key> keys;        ///< every other dimension of the cell
  std::string_view value;           ///< "1234", "12,5", "143.6", or a table symbol "-", ".", "x", "/", "..."
  std::string_view qualifier;       ///< "e", "p", "r", "s", "()" or "" (none, or the export has no such column)
  bool decimal_comma = true;        ///< false in cube files: "143.6"
  std::uint32_t line = 0;           ///< of the value, from 1
  std::uint32_t column = 0;         ///< of the value, from 1
};

/// What read_cells found out about an export.
struct Layout {
  Format format = Format::table;        ///< which family
  std::string statistic;                ///< the statistic or table code
  std::string title;                    ///< a table's title lines, joined by spaces ("" for other formats)
  std::vector<std::string> dimensions;  ///< every key dimension, in the order of the export
  bool decimal_comma = true;            ///< false for the cube file (decimal point)
  std::string encoding;                 ///< "UTF-8" or "Windows-1252", as detected
  bool zip = false;                     ///< the CSV came out of a ZIP archive
};

/// Limits that keep a read bounded.
struct ReadLimits {
  std::size_t max_bytes = std::size_t{1} << 31;  ///< decoded CSV (also what a ZIP may expand to)
};

/// Reads an export: UTF-8 (with or without BOM) or Windows-1252 (detected:
/// text that is not UTF-8), or a ZIP archive holding one CSV file (the GENESIS
/// web service's answer). Calls `each` for every value cell in the order of
/// the file. Throws Error(parse) naming `source`, the line and the column for
/// anything that is not one of the four families, Error(out_of_range) past
/// the limits.
PLANWERK_API Layout read_cells(std::string_view bytes, std::string_view source,
                               const std::function<void(const Cell&)>& each, const ReadLimits& limits = {});

/// Which cells feed one part of an indicator (its value, numerator or
/// denominator). Every condition given must hold; one left empty holds for
/// every cell. Texts match a code or a label (trimmed, exactly).
struct Selector {
  std::string statistic;  ///< the statistic or table code
  std::string variable;   ///< the value variable (code or label; a table's joined header labels)
  /// dimension -> accepted codes or labels
  std::vector<std::pair<std::string, std::vector<std::string>>> where;
  /// Groups: the cell's code or label in `group_dimension` -> the planwerk
  /// group ("sex:f"; "" is everybody). A cell whose code is not listed is
  /// skipped. No group_dimension: every cell is everybody.
  std::string group_dimension;
  std::vector<std::pair<std::string, std::string>> groups;  ///< code or label -> planwerk group
  double factor = 1;    ///< the values times this (a unit of 1000 persons: 1000)
  int rounded_to = 0;   ///< the export rounds counts to multiples of this (5 for the Ausländerstatistik); 0: exact
};

/// Where one indicator's observations come from.
struct IndicatorMapping {
  std::string indicator;  ///< the concept's indicator id
  /// At least one: a value, or a numerator and a denominator (they may come
  /// from different exports; a numerator without its denominator is a warning).
  ///@{
  std::optional<Selector> value;
  std::optional<Selector> numerator;
  std::optional<Selector> denominator;
  ///@}
};

/// The mapping file (JSON, docs/sources.md).
struct Mapping {
  std::string region;  ///< the dimension holding regional keys; "": the first whose codes are keys
  std::string time;    ///< the dimension holding the time; "": the export's time column or detected
  bool years = true;   ///< periods as years ("period": "year") or as days ("day")
  /// The municipality's regional key; "": every cell is the municipality (an
  /// export without regional keys).
  std::string municipality;
  std::vector<std::pair<std::string, std::string>> districts;  ///< regional key -> district id
  std::vector<IndicatorMapping> indicators;  ///< one entry per indicator fed from the exports
};

/// Parses and checks the structure of a mapping. Throws Error(parse) naming
/// `origin` and the JSON path ("indicators[2].numerator.where").
PLANWERK_API Mapping mapping_from_json(std::string_view text, std::string_view origin);

/// One export to import: its bytes and the name used in messages.
struct Source {
  std::string_view bytes;  ///< the file's content (CSV or ZIP); read during the call only
  std::string_view name;   ///< its name in messages (a file name)
};

/// What each export gave.
struct SourceCounts {
  std::string name;               ///< Source::name
  Layout layout;                  ///< what read_cells found out
  std::size_t cells = 0;          ///< value cells read
  std::size_t used = 0;           ///< cells that became (part of) an observation
  std::size_t other_regions = 0;  ///< cells of regional keys the mapping does not name (other areas, aggregates)
  std::size_t unmatched = 0;      ///< cells no selector wanted (other variables, attributes, groups)
};

/// What import() returns.
struct Imported {
  monitor::Observations observations;  ///< sorted by indicator, district, group, period
  std::vector<Warning> warnings;       ///< what was skipped or doubted, in reading order
  std::vector<SourceCounts> sources;   ///< per export, in the order given
};

/// Maps the exports' cells into observations of `plan`'s indicators. The
/// mapping is checked against the concept first (indicator, district ids).
/// Throws Error(invalid_argument) for a mapping that does not fit the
/// concept, Error(parse) for a cell that does not parse or a duplicate
/// observation (naming both places); nothing is returned half-read.
PLANWERK_API Imported import(const model::Concept& plan, const Mapping& mapping, std::span<const Source> sources,
                             const ReadLimits& limits = {});

/// The same from files (read whole; Error(io) naming a file that cannot be read).
PLANWERK_API Imported import_files(const model::Concept& plan, const Mapping& mapping,
                                   const std::vector<std::filesystem::path>& files, const ReadLimits& limits = {});

/// The source counts as a table: source, format, statistic, encoding, cells,
/// used, other_regions, unmatched.
PLANWERK_API Frame source_table(const std::vector<SourceCounts>& sources);

}  // namespace planwerk::sources::statistics
