// SPDX-License-Identifier: Apache-2.0
// The four export families, each read into Cells (docs/sources.md has what
// each looks like and what real files do).
#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>

#include "planwerk/error.hpp"
#include "planwerk/sources/statistics.hpp"
#include "statistics_text.hpp"

namespace planwerk::sources::statistics {
namespace {

using detail::Record;
using detail::Records;
using detail::refuse;
using detail::trim;
using Each = std::function<void(const Cell&)>;

constexpr std::size_t max_header_rows = 16, max_key_columns = 32;

std::uint32_t column_of(std::size_t index) { return static_cast<std::uint32_t>(index + 1); }

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "2023" or "31.12.2024": what tables put where the time is.
bool looks_like_time(std::string_view s) {
  if (s.size() == 4) return digits(s);
  return s.size() == 10 && s[2] == '.' && s[5] == '.' && digits(s.substr(0, 2)) && digits(s.substr(3, 2)) &&
         digits(s.substr(6));
}

// A header's columns by name; `required` ones must be there.
struct Columns {
  std::map<std::string, std::size_t, std::less<>> index;
  explicit Columns(const Record& header) {
    for (std::size_t k = 0; k < header.fields.size(); ++k) index.emplace(std::string(trim(header.fields[k])), k);
  }
  std::optional<std::size_t> find(std::string_view name) const {
    const auto it = index.find(name);
    return it == index.end() ? std::nullopt : std::optional<std::size_t>(it->second);
  }
  std::size_t need(std::string_view name, std::string_view source) const {
    if (auto k = find(name)) return *k;
    refuse(source, 1, 1, "the header has no column \"" + std::string(name) + "\"");
  }
};

void check_width(const Record& r, std::size_t width, std::string_view source) {
  if (r.fields.size() != width)
    refuse(source, r.line, column_of(std::min(r.fields.size(), width)),
           "the row has " + std::to_string(r.fields.size()) + " fields, the header " + std::to_string(width));
}

// ---- the new flat file --------------------------------------------------------

// A dimension of a flat file: the columns of its code and of the row's
// attribute code and label (N_variable_code, N_variable_attribute_code, ...
// in the new format; N_Merkmal_Code, N_Auspraegung_Code, ... in the old).
struct FlatDimension {
  std::size_t code, attribute, label;
};

// The dimensions N = 1, 2, ... as long as the header has them.
std::vector<FlatDimension> flat_dimensions(const Columns& c, std::string_view source, std::string_view code,
                                           std::string_view attribute, std::string_view label) {
  std::vector<FlatDimension> dims;
  for (int n = 1;; ++n) {
    const std::string p = std::to_string(n) + "_";
    const auto k = c.find(p + std::string(code));
    if (!k) return dims;
    dims.push_back({*k, c.need(p + std::string(attribute), source), c.need(p + std::string(label), source)});
  }
}

// A row's keys; the first row also names the layout's statistic and dimensions.
void flat_keys(const Record& r, const std::vector<FlatDimension>& dims, std::size_t statistic, std::vector<Key>& keys,
               Layout& layout) {
  keys.resize(dims.size());
  for (std::size_t d = 0; d < dims.size(); ++d)
    keys[d] = {trim(r.fields[dims[d].code]), trim(r.fields[dims[d].attribute]), trim(r.fields[dims[d].label])};
  if (!layout.dimensions.empty() || !layout.statistic.empty()) return;
  layout.statistic = std::string(trim(r.fields[statistic]));
  for (const auto& k : keys) layout.dimensions.emplace_back(k.dimension);
}

void read_flat_new(Records& records, const Record& header, std::string_view source, Layout& layout, const Each& each) {
  const Columns c(header);
  const std::size_t statistic = c.need("statistics_code", source), time = c.need("time", source),
                    value = c.need("value", source), unit = c.need("value_unit", source),
                    variable = c.need("value_variable_code", source),
                    variable_label = c.need("value_variable_label", source);
  const auto qualifier = c.find("value_q");
  const auto dims = flat_dimensions(c, source, "variable_code", "variable_attribute_code", "variable_attribute_label");
  std::vector<Key> keys;
  Record r;
  while (records.next(r)) {
    if (r.blank()) continue;
    check_width(r, header.fields.size(), source);
    flat_keys(r, dims, statistic, keys, layout);
    Cell cell;
    cell.statistic = trim(r.fields[statistic]);
    cell.variable = trim(r.fields[variable]);
    cell.variable_label = trim(r.fields[variable_label]);
    cell.unit = trim(r.fields[unit]);
    cell.time = trim(r.fields[time]);
    cell.time_dimension = "time";
    cell.keys = keys;
    cell.value = trim(r.fields[value]);
    cell.qualifier = qualifier ? trim(r.fields[*qualifier]) : std::string_view();
    cell.line = r.line;
    cell.column = column_of(value);
    each(cell);
  }
}

// ---- the old flat file ----------------------------------------------------------

struct OldValue {
  std::size_t column;
  std::string code, label, unit;
  std::optional<std::size_t> qualifier;
};

void read_flat_old(Records& records, const Record& header, std::string_view source, Layout& layout, const Each& each) {
  const Columns c(header);
  const std::size_t statistic = c.need("Statistik_Code", source), time = c.need("Zeit", source);
  const auto dims = flat_dimensions(c, source, "Merkmal_Code", "Auspraegung_Code", "Auspraegung_Label");
  // Value columns "CODE__Label__Unit", qualifier columns "CODE__Label__q".
  std::vector<OldValue> values;
  std::map<std::string, std::size_t> qualifiers;
  for (std::size_t k = 0; k < header.fields.size(); ++k) {
    const std::string name(trim(header.fields[k]));
    const auto sep = name.find("__");
    if (sep == std::string::npos) continue;
    const std::string code = name.substr(0, sep), rest = name.substr(sep + 2);
    const auto sep2 = rest.rfind("__");
    const std::string label = sep2 == std::string::npos ? rest : rest.substr(0, sep2);
    const std::string last = sep2 == std::string::npos ? "" : rest.substr(sep2 + 2);
    if (last == "q") qualifiers[code] = k;
    else values.push_back({k, code, label, last, std::nullopt});
  }
  if (values.empty()) refuse(source, 1, 1, "the header has no value column (CODE__label__unit)");
  for (auto& v : values)
    if (auto it = qualifiers.find(v.code); it != qualifiers.end()) v.qualifier = it->second;
  std::vector<Key> keys;
  Record r;
  while (records.next(r)) {
    if (r.blank()) continue;
    check_width(r, header.fields.size(), source);
    flat_keys(r, dims, statistic, keys, layout);
    for (const auto& v : values) {
      Cell cell;
      cell.statistic = trim(r.fields[statistic]);
      cell.variable = v.code;
      cell.variable_label = v.label;
      cell.unit = v.unit;
      cell.time = trim(r.fields[time]);
      cell.time_dimension = "time";
      cell.keys = keys;
      cell.value = trim(r.fields[v.column]);
      cell.qualifier = v.qualifier ? trim(r.fields[*v.qualifier]) : std::string_view();
      cell.line = r.line;
      cell.column = column_of(v.column);
      each(cell);
    }
  }
}

// ---- the cube file ----------------------------------------------------------------

struct CubeVariable {
  std::string name, unit;
};

void read_cube(Records& records, std::string_view source, Layout& layout, const Each& each) {
  std::string section, cube_name, statistic;
  std::vector<std::string> dimensions;
  std::vector<CubeVariable> variables;
  std::vector<Key> keys;
  Record r;
  while (records.next(r)) {
    if (r.blank() || r.fields[0].starts_with("*")) continue;  // "*" lines are comments (who exported when)
    const std::string_view kind = trim(r.fields[0]);
    if (kind == "K") {
      if (r.fields.size() < 2) refuse(source, r.line, 1, "a K line without a section name");
      section = std::string(trim(r.fields[1]));
      if (section == "QEI") {
        if (dimensions.empty()) refuse(source, r.line, 1, "values (QEI) before the dimensions (DQA)");
        if (variables.empty()) refuse(source, r.line, 1, "values (QEI) before the value variables (DQI)");
        keys.assign(dimensions.size(), Key{});
        for (std::size_t d = 0; d < dimensions.size(); ++d) keys[d].dimension = dimensions[d];
        layout.statistic = statistic.empty() ? cube_name : statistic;
        layout.dimensions = dimensions;
      }
      continue;
    }
    if (kind != "D") refuse(source, r.line, 1, "a cube file's line starts with K, D or *, not \"" + std::string(kind) + "\"");
    if (section.empty()) refuse(source, r.line, 1, "a D line before any K line");
    auto field = [&](std::size_t k) -> std::string_view {
      if (k >= r.fields.size())
        refuse(source, r.line, column_of(k), "the " + section + " line has only " + std::to_string(r.fields.size()) + " fields");
      return trim(r.fields[k]);
    };
    if (section == "DQ") cube_name = std::string(field(1));
    else if (section == "DQ-ERH") statistic = std::string(field(1));
    else if (section == "DQA") dimensions.emplace_back(field(1));
    else if (section == "DQI") variables.push_back({std::string(field(1)), std::string(field(2))});
    else if (section == "QEI") {
      // D; one code per dimension; the time; then per value variable its
      // value, quality, locked mark and falsified value.
      const std::size_t n = dimensions.size();
      const std::size_t want = 1 + n + 1 + 4 * variables.size();
      if (r.fields.size() < want - 2)  // the last variable's trailing empty fields may be cut
        refuse(source, r.line, column_of(r.fields.size()),
               "a value line has " + std::to_string(r.fields.size()) + " fields, the cube's layout " + std::to_string(want));
      for (std::size_t d = 0; d < n; ++d) keys[d].code = keys[d].label = trim(r.fields[1 + d]);
      for (std::size_t v = 0; v < variables.size(); ++v) {
        const std::size_t at = 2 + n + 4 * v;
        Cell cell;
        cell.statistic = layout.statistic;
        cell.variable = variables[v].name;
        cell.unit = variables[v].unit;
        cell.time = trim(r.fields[1 + n]);
        cell.time_dimension = "time";
        cell.keys = keys;
        cell.value = at < r.fields.size() ? trim(r.fields[at]) : std::string_view();
        cell.qualifier = at + 1 < r.fields.size() ? trim(r.fields[at + 1]) : std::string_view();
        cell.decimal_comma = false;
        cell.line = r.line;
        cell.column = column_of(at);
        each(cell);
      }
    }
    // Other sections (the cube's metadata) are not needed for the values.
  }
  if (layout.dimensions.empty()) refuse(source, records.line(), 1, "the cube file has no values (no K;QEI line)");
}

// ---- the classic table --------------------------------------------------------------

struct TableColumn {
  std::size_t index;
  std::vector<std::string> labels;  // one per header row, trimmed
  std::optional<std::size_t> qualifier;
  std::optional<std::size_t> time_row;  // the header row holding the time
  std::string variable;                 // the other labels joined by " | "
};

void read_table(Records& records, Record r, std::string_view source, Layout& layout, const Each& each) {
  // The title block: lines with text in the first field only.
  auto only_first = [](const Record& x) {
    return !trim(x.fields[0]).empty() &&
           std::all_of(x.fields.begin() + 1, x.fields.end(), [](std::string_view f) { return trim(f).empty(); });
  };
  // Header labels are copied: a record's views last until the next record.
  std::vector<std::vector<std::string>> headers;
  std::uint32_t header_line = 0;
  bool have = true;
  for (; have; have = records.next(r)) {
    if (r.blank()) continue;
    if (!only_first(r)) break;
    const std::string_view line = trim(r.fields[0]);
    if (layout.title.empty() && layout.statistic.empty()) {
      for (std::string_view prefix : {"GENESIS-Tabelle:", "Tabelle:"})
        if (line.starts_with(prefix)) layout.statistic = std::string(trim(line.substr(prefix.size())));
      if (!layout.statistic.empty()) continue;
    }
    if (!layout.title.empty()) layout.title += ' ';
    layout.title += line;
  }
  // Header rows: the first field empty.
  for (; have && (r.blank() || trim(r.fields[0]).empty()); have = records.next(r)) {
    if (r.blank()) continue;
    if (headers.empty()) header_line = r.line;
    headers.emplace_back();
    for (auto f : r.fields) headers.back().emplace_back(trim(f));
  }
  if (headers.empty())
    refuse(source, r.line, 1, "no header rows: not an export of GENESIS, regionalstatistik.de, a Landesdatenbank or the Zensus");
  // Every cell carries its key columns and header labels: bounding both
  // keeps the work linear in the text (the offices write 1-4 header rows
  // and a handful of key columns).
  if (headers.size() > max_header_rows)
    refuse(source, header_line, 1, std::to_string(headers.size()) + " header rows; a table has at most " +
                                        std::to_string(max_header_rows));
  if (!have) refuse(source, records.line(), 1, "the table has header rows but no data");
  // Key columns: those empty in every header row.
  std::size_t width = 0;
  for (const auto& h : headers) width = std::max(width, h.size());
  auto label = [&](std::size_t row, std::size_t k) { return k < headers[row].size() ? headers[row][k] : std::string(); };
  std::size_t keys_n = width;
  for (std::size_t k = 0; k < width && keys_n == width; ++k)
    for (std::size_t h = 0; h < headers.size(); ++h)
      if (!label(h, k).empty()) keys_n = k;
  if (keys_n == 0 || keys_n == width)
    refuse(source, header_line, 1, "the header rows leave no key columns or no value columns");
  if (keys_n > max_key_columns)
    refuse(source, header_line, 1, std::to_string(keys_n) + " key columns; a table has at most " +
                                        std::to_string(max_key_columns));
  // Value columns; a column without any header label after a value column
  // holds that value's qualifier (the Zensus database writes them so).
  std::vector<TableColumn> columns;
  for (std::size_t k = keys_n; k < width; ++k) {
    TableColumn col{k, {}, std::nullopt, std::nullopt, ""};
    bool any = false;
    for (std::size_t h = 0; h < headers.size(); ++h) {
      col.labels.push_back(label(h, k));
      any = any || !col.labels.back().empty();
    }
    if (!any) {
      if (columns.empty() || columns.back().qualifier)
        refuse(source, header_line, column_of(k), "a column without header labels that follows no value column");
      columns.back().qualifier = k;
      continue;
    }
    for (std::size_t h = 0; h < headers.size(); ++h) {
      if (!col.time_row && looks_like_time(col.labels[h])) col.time_row = h;
    }
    for (std::size_t h = 0; h < headers.size(); ++h) {
      if (col.labels[h].empty() || col.time_row == h) continue;
      if (!col.variable.empty()) col.variable += " | ";
      col.variable += col.labels[h];
    }
    columns.push_back(std::move(col));
  }
  // The time from a key column: the first whose first value looks like one.
  std::optional<std::size_t> time_column;
  for (std::size_t k = 0; k < keys_n && !time_column; ++k)
    if (k < r.fields.size() && looks_like_time(trim(r.fields[k]))) time_column = k;
  std::vector<std::string> key_names, header_names;
  for (std::size_t k = 0; k < keys_n; ++k) key_names.push_back("column " + std::to_string(k + 1));
  for (std::size_t h = 0; h < headers.size(); ++h) header_names.push_back("header " + std::to_string(h + 1));
  for (std::size_t k = 0; k < keys_n; ++k)
    if (k != time_column) layout.dimensions.push_back(key_names[k]);
  for (std::size_t h = 0; h < headers.size(); ++h) layout.dimensions.push_back(header_names[h]);

  std::vector<std::string> carried(keys_n);  // key cells left empty repeat the row above (merged cells)
  std::vector<Key> keys;
  for (; have; have = records.next(r)) {
    if (r.blank()) continue;
    if (trim(r.fields[0]).starts_with("__________")) break;  // the footer: notes, copyright, date
    if (r.fields.size() > width)
      refuse(source, r.line, column_of(width), "the row has " + std::to_string(r.fields.size()) +
                                                   " fields, the header rows " + std::to_string(width));
    for (std::size_t k = 0; k < keys_n; ++k) {
      const std::string_view v = k < r.fields.size() ? trim(r.fields[k]) : std::string_view();
      if (!v.empty()) carried[k] = std::string(v);
      else if (carried[k].empty())
        refuse(source, r.line, column_of(k), "an empty key cell in the first row of the table");
    }
    for (const auto& col : columns) {
      keys.clear();
      for (std::size_t k = 0; k < keys_n; ++k)
        if (k != time_column) keys.push_back({key_names[k], carried[k], carried[k]});
      for (std::size_t h = 0; h < headers.size(); ++h)
        if (col.time_row != h) keys.push_back({header_names[h], col.labels[h], col.labels[h]});
      Cell cell;
      cell.statistic = layout.statistic;
      cell.variable = col.variable;
      if (col.time_row) {
        cell.time = col.labels[*col.time_row];
        cell.time_dimension = header_names[*col.time_row];
      } else if (time_column) {
        cell.time = carried[*time_column];
        cell.time_dimension = key_names[*time_column];
      }
      cell.keys = keys;
      cell.value = col.index < r.fields.size() ? trim(r.fields[col.index]) : std::string_view();
      cell.qualifier =
          col.qualifier && *col.qualifier < r.fields.size() ? trim(r.fields[*col.qualifier]) : std::string_view();
      cell.line = r.line;
      cell.column = column_of(col.index);
      each(cell);
    }
  }
}

}  // namespace

const char* format_name(Format format) noexcept {
  switch (format) {
    case Format::table: return "table";
    case Format::flat_old: return "flat_old";
    case Format::flat_new: return "flat_new";
    case Format::cube: return "cube";
  }
  return "unknown";
}

Layout read_cells(std::string_view bytes, std::string_view source, const std::function<void(const Cell&)>& each,
                  const ReadLimits& limits) {
  const auto decoded = detail::decode(bytes, source, limits);
  Layout layout;
  layout.encoding = decoded.encoding;
  layout.zip = decoded.zip;
  Records records(decoded.text, source);
  Record first;
  bool have = records.next(first);
  while (have && first.blank()) have = records.next(first);
  if (!have) refuse(source, 1, 1, "the file is empty");
  const std::string_view head = trim(first.fields[0]);
  if (head == "statistics_code") {
    layout.format = Format::flat_new;
    read_flat_new(records, first, source, layout, each);
  } else if (head == "Statistik_Code") {
    layout.format = Format::flat_old;
    read_flat_old(records, first, source, layout, each);
  } else if (head.starts_with("*") || head == "K") {
    layout.format = Format::cube;
    layout.decimal_comma = false;
    Records again(decoded.text, source);  // the cube reader takes its K line itself
    read_cube(again, source, layout, each);
  } else {
    layout.format = Format::table;
    read_table(records, std::move(first), source, layout, each);
  }
  return layout;
}

}  // namespace planwerk::sources::statistics
