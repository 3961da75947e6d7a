// SPDX-License-Identifier: Apache-2.0
// Observations from CSV in long format: the plain dialect and the one German
// statistical offices publish (semicolons, decimal comma, table symbols).
#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>

#include "planwerk/monitor/observations.hpp"
#include "planwerk/utf8.hpp"
#include "rows.hpp"
#include "planwerk/v1/observations.pb.h"

namespace planwerk::monitor {
namespace {

enum class Column { indicator, district, group, period, value, numerator, denominator, cases, series_break, provisional };

struct Alias {
  const char* name;
  Column column;
};

// Header names, compared after lower-casing ASCII letters.
constexpr std::array<Alias, 27> aliases{{
    {"indicator", Column::indicator},     {"indicator_id", Column::indicator}, {"indikator", Column::indicator},
    {"district", Column::district},       {"district_id", Column::district},   {"sozialraum", Column::district},
    {"bezirk", Column::district},         {"gebiet", Column::district},        {"group", Column::group},
    {"gruppe", Column::group},            {"period", Column::period},          {"year", Column::period},
    {"date", Column::period},             {"jahr", Column::period},            {"zeitraum", Column::period},
    {"stichtag", Column::period},         {"value", Column::value},            {"wert", Column::value},
    {"numerator", Column::numerator},     {"zähler", Column::numerator},       {"zaehler", Column::numerator},
    {"denominator", Column::denominator}, {"nenner", Column::denominator},     {"cases", Column::cases},
    {"fallzahl", Column::cases},          {"series_break", Column::series_break}, {"provisional", Column::provisional},
}};

std::optional<Column> column_named(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (name == "break" || name == "reihenbruch") return Column::series_break;
  if (name == "vorläufig" || name == "vorlaeufig") return Column::provisional;
  for (const auto& a : aliases)
    if (name == a.name) return a.column;
  return std::nullopt;
}

// Reads RFC 4180 CSV one record at a time: quoted fields may hold
// separators, doubled quotes and line breaks. A record never holds more than
// `max_fields` fields (one more is kept, to say that there are too many), so
// memory stays bounded by one field however long a line is; every byte is
// looked at once. Lines starting with '#' are comments, such as a note on the
// data's origin.
class Records {
 public:
  Records(std::string_view text, char sep, std::string_view source) : text_(text), sep_(sep), source_(source) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;  // a byte order mark
  }

  // The next non-blank record into `fields` (at most max_fields + 1 of
  // them); false at the end. `line()` is where it started.
  bool next(std::vector<std::string>& fields, std::size_t max_fields) {
    for (;;) {
      if (i_ >= text_.size()) return false;
      if (text_[i_] == '#') {
        const auto end = text_.find('\n', i_);
        i_ = end == std::string_view::npos ? text_.size() : end + 1;
        ++line_;
        continue;
      }
      start_ = line_;
      std::size_t count = 0;
      for (;;) {
        std::string* f = nullptr;
        if (count < fields.size()) f = &fields[count], f->clear();
        else if (count <= max_fields) f = &fields.emplace_back();
        ++count;
        if (i_ < text_.size() && text_[i_] == '"') quoted(f);
        else {
          const std::size_t from = i_;
          while (i_ < text_.size() && text_[i_] != sep_ && text_[i_] != '\n' && text_[i_] != '\r') ++i_;
          if (f) f->assign(text_.substr(from, i_ - from));
        }
        if (i_ < text_.size() && text_[i_] == sep_) {
          ++i_;
          continue;
        }
        if (i_ < text_.size() && text_[i_] == '\r') ++i_;
        if (i_ < text_.size() && text_[i_] == '\n') {
          ++i_;
          ++line_;
        } else if (i_ < text_.size()) {
          fail(line_, "unexpected text after a quoted field");
        }
        break;
      }
      fields.resize(std::min(count, max_fields + 1));
      total_ = count;
      const bool blank = count == 1 && fields[0].find_first_not_of(" \t") == std::string::npos;
      if (!blank) return true;
    }
  }

  std::size_t line() const noexcept { return start_; }
  std::size_t fields_in_record() const noexcept { return total_; }  // also those not kept

  [[noreturn]] void fail(std::size_t line, const std::string& what) const {
    throw Error(ErrorCode::parse, std::string(source_) + " line " + std::to_string(line) + ": " + what);
  }

 private:
  void quoted(std::string* f) {
    const std::size_t opened = line_;
    ++i_;
    for (;;) {
      const auto quote = text_.find('"', i_);
      if (quote == std::string_view::npos) fail(opened, "a quoted field is not closed");
      const auto piece = text_.substr(i_, quote - i_);
      line_ += static_cast<std::size_t>(std::count(piece.begin(), piece.end(), '\n'));
      if (f) f->append(piece);
      i_ = quote + 1;
      if (i_ < text_.size() && text_[i_] == '"') {  // a doubled quote
        if (f) f->push_back('"');
        ++i_;
        continue;
      }
      return;
    }
  }

  std::string_view text_;
  char sep_;
  std::string_view source_;
  std::size_t i_ = 0, line_ = 1, start_ = 1, total_ = 0;
};

std::string trim(const std::string& s) {
  const auto a = s.find_first_not_of(" \t");
  if (a == std::string::npos) return {};
  return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

std::optional<double> plain_number(const std::string& s) {
  double x = 0;
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, x);
  if (ec != std::errc() || ptr != end || !std::isfinite(x)) return std::nullopt;
  return x;
}

std::optional<bool> flag(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (s.empty() || s == "0" || s == "false" || s == "no" || s == "nein") return false;
  if (s == "1" || s == "true" || s == "yes" || s == "ja" || s == "x") return true;
  return std::nullopt;
}

const char* column_label(Column c) {
  switch (c) {
    case Column::indicator: return "indicator";
    case Column::district: return "district";
    case Column::group: return "group";
    case Column::period: return "period";
    case Column::value: return "value";
    case Column::numerator: return "numerator";
    case Column::denominator: return "denominator";
    case Column::cases: return "cases";
    case Column::series_break: return "series_break";
    case Column::provisional: return "provisional";
  }
  return "?";
}

}  // namespace

Observations read_csv(const model::Concept& plan, std::string_view text, std::string_view source, CsvDialect dialect) {
  const std::string src(source);
  // Text is UTF-8 without NUL bytes; say where it is not (line and byte).
  auto where_byte = [&](std::size_t at) {
    const auto before = text.substr(0, at);
    const std::size_t line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    const auto line_start = before.rfind('\n');
    const std::size_t column = at - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
    return src + " line " + std::to_string(line) + ", byte " + std::to_string(column);
  };
  if (const std::size_t bad = first_invalid_utf8(text); bad != valid_utf8)
    throw Error(ErrorCode::parse, where_byte(bad) + ": not valid UTF-8");
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos)
    throw Error(ErrorCode::parse, where_byte(nul) + ": a NUL byte");
  if (dialect == CsvDialect::automatic) {
    // The header decides the dialect, not a comment above it.
    std::string_view first = text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
    while (!first.empty() && first.front() == '#') {
      const auto end = first.find('\n');
      first = end == std::string_view::npos ? std::string_view() : first.substr(end + 1);
    }
    first = first.substr(0, first.find('\n'));
    dialect = first.find(';') != std::string_view::npos ? CsvDialect::official : CsvDialect::plain;
  }
  const bool official = dialect == CsvDialect::official;
  Records records(text, official ? ';' : ',', source);
  // A header names each of the ten columns at most once.
  constexpr std::size_t max_columns = 10;
  std::vector<std::string> fields;
  if (!records.next(fields, max_columns)) throw Error(ErrorCode::parse, src + ": no header line");
  const std::size_t header_line = records.line();
  if (records.fields_in_record() > max_columns)
    records.fail(header_line, "the header has " + std::to_string(records.fields_in_record()) +
                                  " columns; there are " + std::to_string(max_columns) + " kinds (see docs/monitor.md)");

  std::vector<std::optional<Column>> columns;
  std::array<int, 10> position;
  position.fill(-1);
  for (std::size_t k = 0; k < fields.size(); ++k) {
    const std::string name = trim(fields[k]);
    const auto c = column_named(name);
    if (!c)
      throw Error(ErrorCode::parse, src + " line " + std::to_string(header_line) + ", column " + std::to_string(k + 1) +
                                        ": unknown column \"" + name + "\" (see docs/monitor.md for the names)");
    if (position[static_cast<std::size_t>(*c)] >= 0)
      throw Error(ErrorCode::parse, src + " line " + std::to_string(header_line) + ", column " + std::to_string(k + 1) +
                                        ": a second " + column_label(*c) + " column");
    position[static_cast<std::size_t>(*c)] = static_cast<int>(k);
    columns.push_back(c);
  }
  auto has = [&](Column c) { return position[static_cast<std::size_t>(c)] >= 0; };
  for (Column c : {Column::indicator, Column::period})
    if (!has(c)) throw Error(ErrorCode::parse, src + " line " + std::to_string(header_line) + ": the header has no " + std::string(column_label(c)) + " column");
  if (!has(Column::value) && !(has(Column::numerator) && has(Column::denominator)))
    throw Error(ErrorCode::parse, src + " line " + std::to_string(header_line) + ": the header needs a value column, or numerator and denominator columns");

  Observations out;
  const double nan = std::nan("");
  while (records.next(fields, columns.size())) {
    const std::size_t line = records.line();
    auto where = [&](std::size_t k) {
      return src + " line " + std::to_string(line) + ", column " + std::to_string(k + 1) + " (" +
             column_label(*columns[k]) + ")";
    };
    if (records.fields_in_record() != columns.size())
      records.fail(line, std::to_string(records.fields_in_record()) + " fields, the header has " +
                             std::to_string(columns.size()));
    std::int32_t indicator = -1, district = -1, group = -1;
    Period period = 0;
    double value = nan, num = nan, den = nan, cases = nan;
    std::uint8_t flags = 0;
    auto status = v1::VALUE_STATUS_UNSPECIFIED;
    for (std::size_t k = 0; k < columns.size(); ++k) {
      const std::string field = trim(fields[k]);
      switch (*columns[k]) {
        case Column::indicator: {
          const auto i = plan.find(model::Kind::indicator, field);
          if (!i) throw Error(ErrorCode::invalid_argument, where(k) + ": no indicator \"" + field + "\" in the concept");
          indicator = static_cast<std::int32_t>(*i);
          break;
        }
        case Column::district: {
          if (field.empty()) break;
          const auto d = plan.find(model::Kind::district, field);
          if (!d) throw Error(ErrorCode::invalid_argument, where(k) + ": no district \"" + field + "\" in the concept");
          district = static_cast<std::int32_t>(*d);
          break;
        }
        case Column::group: {
          group = out.group_code(field);
          break;
        }
        case Column::period: {
          const auto p = parse_period(field);
          if (!p) throw Error(ErrorCode::invalid_argument, where(k) + ": \"" + field + "\" is neither a year nor a date (YYYY-MM-DD)");
          period = *p;
          break;
        }
        case Column::value:
        case Column::numerator:
        case Column::denominator:
        case Column::cases: {
          if (field.empty()) break;
          OfficialValue n;
          if (official) {
            const auto parsed = parse_official_value(field);
            if (!parsed) throw Error(ErrorCode::invalid_argument, where(k) + ": \"" + field + "\" is not a number or a table symbol");
            n = *parsed;
          } else {
            const auto parsed = plain_number(field);
            if (!parsed) throw Error(ErrorCode::invalid_argument, where(k) + ": \"" + field + "\" is not a number");
            n.value = *parsed;
          }
          if (n.provisional) flags |= provisional;
          if (n.status != v1::VALUE_STATUS_UNSPECIFIED && status == v1::VALUE_STATUS_UNSPECIFIED)
            status = static_cast<v1::ValueStatus>(n.status);
          double& slot = *columns[k] == Column::value ? value
                         : *columns[k] == Column::numerator ? num
                         : *columns[k] == Column::denominator ? den : cases;
          slot = n.value;
          break;
        }
        case Column::series_break:
        case Column::provisional: {
          const auto b = flag(field);
          if (!b) throw Error(ErrorCode::invalid_argument, where(k) + ": \"" + field + "\" is not a yes/no flag");
          if (*b) flags |= *columns[k] == Column::series_break ? series_break : provisional;
          break;
        }
      }
    }
    out.append({indicator, district, group, period, value, num, den, cases, flags, static_cast<std::uint8_t>(status),
                static_cast<std::uint32_t>(line)});
  }
  detail::check_rows(plan, out.view(),
                     [&](std::size_t row) { return src + " line " + std::to_string(out.lines[row]); });
  return out;
}

}  // namespace planwerk::monitor
