// SPDX-License-Identifier: Apache-2.0
// From export cells to observations through the mapping: which cells are
// wanted (selectors), for which area (regional keys), group and period;
// values and symbols with their official meaning (docs/sources.md).
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <unordered_map>

#include "planwerk/error.hpp"
#include "planwerk/model/kind.hpp"
#include "planwerk/monitor/period.hpp"
#include "planwerk/sources/statistics.hpp"
#include "planwerk/v1/observations.pb.h"
#include "statistics_text.hpp"

namespace planwerk::sources::statistics {
namespace {

using detail::refuse;

constexpr std::size_t max_warnings = 200;  // a file with a million odd cells still gives a short list

enum Part : std::uint8_t { value_part, numerator_part, denominator_part };
constexpr const char* part_names[] = {"value", "numerator", "denominator"};

struct Wanted {
  std::size_t entry;  // index into mapping.indicators
  Part part;
  const Selector* selector;
  std::int32_t indicator;
  std::size_t matched = 0;
};

// What a cell is worth: its number, or why it has none, and its flags.
struct Number {
  double value = std::nan("");
  std::uint8_t status = 0, flags = 0;
};

// One observation being assembled from up to three parts.
struct Slot {
  std::int32_t indicator, district;
  std::string group;
  monitor::Period period;
  Number parts[3];
  bool has[3] = {false, false, false};
  std::string origin[3];  // "SOURCE line L, column C"
  std::uint32_t line = 0;  // of the first part read: the row's line in Observations::lines
};

const Key* find_key(const Cell& cell, std::string_view dimension) {
  for (const Key& k : cell.keys)
    if (k.dimension == dimension) return &k;
  return nullptr;
}

bool matches(const Cell& cell, const Selector& s, std::string& group) {
  if (!s.statistic.empty() && cell.statistic != s.statistic) return false;
  if (!s.variable.empty() && cell.variable != s.variable && cell.variable_label != s.variable) return false;
  for (const auto& [dimension, accepted] : s.where) {
    const Key* k = find_key(cell, dimension);
    if (k == nullptr) {
      if (dimension != cell.time_dimension && dimension != "time") return false;
      if (std::find(accepted.begin(), accepted.end(), cell.time) == accepted.end()) return false;
      continue;
    }
    if (std::none_of(accepted.begin(), accepted.end(), [&](const std::string& a) { return a == k->code || a == k->label; }))
      return false;
  }
  group.clear();
  if (!s.group_dimension.empty()) {
    const Key* k = find_key(cell, s.group_dimension);
    if (k == nullptr) return false;
    const auto it = std::find_if(s.groups.begin(), s.groups.end(),
                                 [&](const auto& g) { return g.first == k->code || g.first == k->label; });
    if (it == s.groups.end()) return false;
    group = it->second;
  }
  return true;
}

// "2023" -> the year; "31.12.2024" and "2024-12-31" -> the day.
std::optional<monitor::Period> parse_time(std::string_view t) {
  if (t.size() == 10 && t[2] == '.' && t[5] == '.') {
    const std::string iso = std::string(t.substr(6, 4)) + "-" + std::string(t.substr(3, 2)) + "-" + std::string(t.substr(0, 2));
    return monitor::parse_period(iso);
  }
  return monitor::parse_period(t);
}

// A value cell with its official meaning (monitor::parse_official_value); in
// a table rounded by the office, a figure (also "-", 0, 1 or 2) is flagged.
std::optional<Number> parse_value(std::string_view s, bool decimal_comma, int rounded_to) {
  const auto v = monitor::parse_official_value(s, decimal_comma);
  if (!v) return std::nullopt;
  Number out{v->value, v->status, static_cast<std::uint8_t>(v->provisional ? monitor::provisional : 0)};
  if (rounded_to > 0 && out.status == 0) out.flags |= monitor::rounded;
  return out;
}

// Qualifier letters and marks: e final, p provisional, r revised, s estimated
// by the office, () limited reliability. false for anything else.
bool apply_qualifier(std::string_view q, std::uint8_t& flags) {
  if (q.empty()) return true;
  std::uint8_t f = 0;
  if (q == "()") {
    flags |= monitor::low_reliability;
    return true;
  }
  for (const char c : q) {
    switch (c) {
      case 'e': break;
      case 'p': f |= monitor::provisional; break;
      case 'r': f |= monitor::revised; break;
      case 's': f |= monitor::estimated; break;
      default: return false;
    }
  }
  flags |= f;
  return true;
}

class Importer {
 public:
  Importer(const model::Concept& plan, const Mapping& mapping) : plan_(plan), mapping_(mapping) {
    for (std::size_t i = 0; i < mapping.indicators.size(); ++i) {
      const auto& m = mapping.indicators[i];
      const auto found = plan.find(model::Kind::indicator, m.indicator);
      if (!found)
        throw Error(ErrorCode::invalid_argument,
                    "mapping indicators[" + std::to_string(i) + "].indicator: no indicator \"" + m.indicator + "\" in the concept");
      const auto ind = static_cast<std::int32_t>(*found);
      if (m.value) wanted_.push_back({i, value_part, &*m.value, ind});
      if (m.numerator) wanted_.push_back({i, numerator_part, &*m.numerator, ind});
      if (m.denominator) wanted_.push_back({i, denominator_part, &*m.denominator, ind});
    }
    if (!mapping.municipality.empty()) regions_.emplace(mapping.municipality, -1);
    for (const auto& [key, id] : mapping.districts) {
      const auto d = plan.find(model::Kind::district, id);
      if (!d)
        throw Error(ErrorCode::invalid_argument,
                    "mapping districts[\"" + key + "\"]: no district \"" + id + "\" in the concept");
      regions_.emplace(key, static_cast<std::int32_t>(*d));
    }
  }

  void read(const Source& source, const ReadLimits& limits) {
    SourceCounts counts;
    counts.name = std::string(source.name);
    source_ = source.name;
    region_.clear();
    region_decided_ = false;
    seen_qualifiers_.clear();
    unrounded_.clear();
    counts.layout = read_cells(source.bytes, source.name, [&](const Cell& cell) {
      ++counts.cells;
      take(cell, counts);
    }, limits);
    sources_.push_back(std::move(counts));
  }

  Imported finish() {
    Imported out;
    for (const auto& w : wanted_) {
      if (w.matched == 0)
        warn("", "indicators[" + std::to_string(w.entry) + "]." + part_names[w.part] + " (indicator \"" +
                     mapping_.indicators[w.entry].indicator + "\") matched no cell in any file");
    }
    std::vector<std::size_t> order(slots_.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const Slot &x = slots_[a], &y = slots_[b];
      return std::tie(x.indicator, x.district, x.group, x.period) < std::tie(y.indicator, y.district, y.group, y.period);
    });
    for (const std::size_t k : order) {
      const Slot& s = slots_[k];
      monitor::Observations::Row row;
      row.indicator = s.indicator;
      row.district = s.district;
      row.group = out.observations.group_code(s.group);
      row.period = s.period;
      if (s.has[value_part]) {
        row.value = s.parts[value_part].value;
        row.status = s.parts[value_part].status;
        row.flags = s.parts[value_part].flags;
      } else if (s.has[numerator_part] && s.has[denominator_part]) {
        const Number &n = s.parts[numerator_part], &d = s.parts[denominator_part];
        row.flags = static_cast<std::uint8_t>(n.flags | d.flags);
        row.status = n.status != 0 ? n.status : d.status;
        if (row.status == 0 && !(d.value > 0)) {
          warn(s.origin[denominator_part], describe(s) + ": the denominator is " + std::to_string(d.value) +
                                               "; a ratio needs one above zero (row not imported)");
          continue;
        }
        if (row.status == 0) {
          row.numerator = n.value;
          row.denominator = d.value;
        }
      } else {
        const Part have = s.has[numerator_part] ? numerator_part : denominator_part;
        warn(s.origin[have], describe(s) + ": a " + part_names[have] + " without its " +
                                 part_names[have == numerator_part ? denominator_part : numerator_part] +
                                 " (row not imported)");
        continue;
      }
      row.line = s.line;
      out.observations.append(row);
    }
    out.warnings = std::move(warnings_);
    if (dropped_warnings_ > 0)
      out.warnings.push_back({"", "", std::to_string(dropped_warnings_) + " more warnings not listed"});
    out.sources = std::move(sources_);
    monitor::check(plan_, out.observations.view());
    return out;
  }

 private:
  void warn(const std::string& origin, const std::string& message) {
    if (warnings_.size() >= max_warnings) {
      ++dropped_warnings_;
      return;
    }
    warnings_.push_back({"", origin, message});
  }

  std::string place(const Cell& cell) const {
    return std::string(source_) + " line " + std::to_string(cell.line) + ", column " + std::to_string(cell.column);
  }

  std::string describe(const Slot& s) const {
    std::string out = "indicator \"" + plan_.indicators()[static_cast<std::size_t>(s.indicator)].id + "\"";
    out += s.district < 0 ? ", whole municipality"
                          : ", district \"" + plan_.districts()[static_cast<std::size_t>(s.district)].id + "\"";
    if (!s.group.empty()) out += ", group \"" + s.group + "\"";
    return out + ", period " + monitor::format_period(s.period);
  }

  // The regional dimension: the mapping's, else the first whose code is a
  // regional key (digits, or DG for Germany).
  void decide_region(const Cell& cell) {
    region_decided_ = true;
    if (!mapping_.region.empty()) {
      region_ = mapping_.region;
      return;
    }
    for (const Key& k : cell.keys) {
      const bool key = k.code == "DG" || (k.code.size() >= 2 && std::all_of(k.code.begin(), k.code.end(),
                                                                           [](char c) { return c >= '0' && c <= '9'; }));
      if (key) {
        region_ = std::string(k.dimension);
        return;
      }
    }
  }

  // A key of the mapping, or the same area with its key padded to 8 or 12
  // digits (a kreisfreie Stadt 05119 is 05119000 and 051190000000).
  std::optional<std::int32_t> area(std::string_view key) const {
    auto find = [&](std::string_view k) -> std::optional<std::int32_t> {
      const auto it = regions_.find(std::string(k));
      return it == regions_.end() ? std::nullopt : std::optional<std::int32_t>(it->second);
    };
    if (auto a = find(key)) return a;
    for (std::size_t shorter : {std::size_t{8}, std::size_t{5}}) {
      if ((key.size() == 12 || key.size() == 8) && shorter < key.size() &&
          key.substr(shorter).find_first_not_of('0') == std::string_view::npos)
        if (auto a = find(key.substr(0, shorter))) return a;
    }
    return std::nullopt;
  }

  void take(const Cell& cell, SourceCounts& counts) {
    bool any = false;
    for (auto& w : wanted_) {
      if (!matches(cell, *w.selector, group_)) continue;
      any = true;
      put(cell, w, counts);
    }
    if (!any) ++counts.unmatched;
  }

  void put(const Cell& cell, Wanted& w, SourceCounts& counts) {
    if (!region_decided_) decide_region(cell);
    std::int32_t district = -1;
    if (!regions_.empty()) {
      if (region_.empty())
        refuse(source_, cell.line, cell.column,
               "no dimension holds regional keys, but the mapping names areas; name the dimension with \"region\"");
      const Key* k = find_key(cell, region_);
      if (k == nullptr)
        refuse(source_, cell.line, cell.column, "the cell has no dimension \"" + region_ + "\" (the mapping's region)");
      const auto a = area(k->code);
      if (!a) {
        ++counts.other_regions;
        return;
      }
      district = *a;
    }
    std::string_view time = cell.time;
    if (!mapping_.time.empty() && mapping_.time != cell.time_dimension) {
      const Key* k = find_key(cell, mapping_.time);
      if (k == nullptr)
        refuse(source_, cell.line, cell.column, "the cell has no dimension \"" + mapping_.time + "\" (the mapping's time)");
      time = k->code;
    }
    if (time.empty()) refuse(source_, cell.line, cell.column, "the cell has no time; name its dimension with \"time\"");
    auto period = parse_time(time);
    if (!period)
      refuse(source_, cell.line, cell.column,
             "time \"" + std::string(time) + "\" is not a year (2024) or a day (31.12.2024, 2024-12-31)");
    if (mapping_.years) *period = monitor::year_period(monitor::period_year(*period));
    if (cell.value.empty()) {
      ++counts.unmatched;  // nothing delivered
      return;
    }
    auto number = parse_value(cell.value, cell.decimal_comma, w.selector->rounded_to);
    if (!number)
      refuse(source_, cell.line, cell.column, "\"" + std::string(cell.value) + "\" is not a number or a table symbol");
    if (!apply_qualifier(cell.qualifier, number->flags)) {
      if (seen_qualifiers_.insert(std::string(cell.qualifier)).second)
        warn(place(cell), "unknown qualifier \"" + std::string(cell.qualifier) + "\" ignored (further ones in " +
                              std::string(source_) + " not listed)");
    }
    const int r = w.selector->rounded_to;
    if (r > 0 && number->status == 0 && std::fmod(number->value, r) != 0 && unrounded_.insert(&w).second)
      warn(place(cell), "\"" + std::string(cell.value) + "\" is not a multiple of " + std::to_string(r) +
                            ", although the mapping says the export rounds to it (rounded_to)");
    if (number->status == 0) number->value *= w.selector->factor;
    ++w.matched;
    ++counts.used;
    // The slot of (indicator, district, group, period).
    std::string key = std::to_string(w.indicator) + '\x1f' + std::to_string(district) + '\x1f' + group_ + '\x1f' +
                      std::to_string(*period);
    auto [it, fresh] = index_.emplace(std::move(key), slots_.size());
    if (fresh) slots_.push_back(Slot{w.indicator, district, group_, *period, {}, {}, {}, cell.line});
    Slot& s = slots_[it->second];
    if (s.has[w.part])
      refuse(source_, cell.line, cell.column,
             "a second cell for " + describe(s) + ", " + part_names[w.part] + " (the first is " + s.origin[w.part] +
                 "); pin the other dimensions with \"where\"");
    s.has[w.part] = true;
    s.parts[w.part] = *number;
    s.origin[w.part] = place(cell);
  }

  const model::Concept& plan_;
  const Mapping& mapping_;
  std::vector<Wanted> wanted_;
  std::unordered_map<std::string, std::int32_t> regions_;
  std::vector<Slot> slots_;
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<Warning> warnings_;
  std::size_t dropped_warnings_ = 0;
  std::vector<SourceCounts> sources_;
  // Per source:
  std::string_view source_;
  std::string region_;
  bool region_decided_ = false;
  std::set<std::string> seen_qualifiers_;
  std::set<const Wanted*> unrounded_;
  std::string group_;
};

}  // namespace

Imported import(const model::Concept& plan, const Mapping& mapping, std::span<const Source> sources,
                const ReadLimits& limits) {
  Importer importer(plan, mapping);
  for (const auto& s : sources) importer.read(s, limits);
  return importer.finish();
}

Imported import_files(const model::Concept& plan, const Mapping& mapping,
                      const std::vector<std::filesystem::path>& files, const ReadLimits& limits) {
  std::vector<std::string> texts, names;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::io, path.string() + ": cannot be read");
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > limits.max_bytes)
      throw Error(ErrorCode::out_of_range, path.string() + ": larger than the limit of " + std::to_string(limits.max_bytes) + " bytes");
    std::ostringstream s;
    s << in.rdbuf();
    texts.push_back(std::move(s).str());
    names.push_back(path.string());
  }
  std::vector<Source> sources;
  for (std::size_t i = 0; i < texts.size(); ++i) sources.push_back({texts[i], names[i]});
  return import(plan, mapping, sources, limits);
}

Frame source_table(const std::vector<SourceCounts>& sources) {
  Frame f;
  auto& name = f.add("source", Column::Type::text).texts();
  auto& format = f.add("format", Column::Type::text).texts();
  auto& statistic = f.add("statistic", Column::Type::text).texts();
  auto& encoding = f.add("encoding", Column::Type::text).texts();
  auto& cells = f.add("cells", Column::Type::integer).integers();
  auto& used = f.add("used", Column::Type::integer).integers();
  auto& other = f.add("other_regions", Column::Type::integer).integers();
  auto& unmatched = f.add("unmatched", Column::Type::integer).integers();
  for (const auto& s : sources) {
    name.push_back(s.name);
    format.push_back(format_name(s.layout.format));
    statistic.push_back(s.layout.statistic);
    encoding.push_back(s.layout.encoding + (s.layout.zip ? " (ZIP)" : ""));
    cells.push_back(static_cast<std::int64_t>(s.cells));
    used.push_back(static_cast<std::int64_t>(s.used));
    other.push_back(static_cast<std::int64_t>(s.other_regions));
    unmatched.push_back(static_cast<std::int64_t>(s.unmatched));
  }
  f.seal();
  return f;
}

}  // namespace planwerk::sources::statistics
