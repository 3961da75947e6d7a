// SPDX-License-Identifier: Apache-2.0
// Observation views: checks, and conversion from and to the schema.
#include "planwerk/monitor/observations.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <thread>
#include <unordered_map>

#include "planwerk/io/document.hpp"
#include "planwerk/io/format.hpp"
#include "planwerk/utf8.hpp"
#include "planwerk/version.h"
#include "rows.hpp"
#include "planwerk/v1/observations.pb.h"

namespace planwerk::monitor {

ObservationView Observations::view() const noexcept {
  ObservationView v;
  v.indicator = indicator;
  v.district = district;
  v.group = group;
  v.period = period;
  v.value = value;
  v.numerator = numerator;
  v.denominator = denominator;
  v.cases = cases;
  v.flags = flags;
  v.status = status;
  v.groups = groups;
  return v;
}

void Observations::append(const Row& row) {
  indicator.push_back(row.indicator);
  district.push_back(row.district);
  group.push_back(row.group);
  period.push_back(row.period);
  value.push_back(row.value);
  numerator.push_back(row.numerator);
  denominator.push_back(row.denominator);
  cases.push_back(row.cases);
  flags.push_back(row.flags);
  status.push_back(row.status);
  lines.push_back(row.line);
}

void Observations::extend(const Observations& more) {
  std::vector<std::int32_t> code(more.groups.size());
  for (std::size_t g = 0; g < more.groups.size(); ++g) code[g] = group_code(more.groups[g]);
  for (std::size_t r = 0; r < more.size(); ++r) {
    const std::int32_t g = more.group[r] < 0 ? -1 : code[static_cast<std::size_t>(more.group[r])];
    append({more.indicator[r], more.district[r], g, more.period[r], more.value[r], more.numerator[r],
            more.denominator[r], more.cases[r], more.flags[r], more.status[r], more.lines[r]});
  }
}

Observations Observations::copy_of(const ObservationView& rows) {
  const std::size_t n = rows.size();
  const auto column = [n]<class T>(std::span<const T> in, T absent) {
    return in.empty() ? std::vector<T>(n, absent) : std::vector<T>(in.begin(), in.end());
  };
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  Observations o;
  o.indicator.assign(rows.indicator.begin(), rows.indicator.end());
  o.district.assign(rows.district.begin(), rows.district.end());
  o.group.assign(rows.group.begin(), rows.group.end());
  o.period.assign(rows.period.begin(), rows.period.end());
  o.value = column(rows.value, nan);
  o.numerator = column(rows.numerator, nan);
  o.denominator = column(rows.denominator, nan);
  o.cases = column(rows.cases, nan);
  o.flags = column(rows.flags, std::uint8_t{0});
  o.status = column(rows.status, std::uint8_t{0});
  o.groups.assign(rows.groups.begin(), rows.groups.end());
  o.lines.resize(n);
  for (std::size_t i = 0; i < n; ++i) o.lines[i] = static_cast<std::uint32_t>(i + 1);
  return o;
}

std::int32_t Observations::group_code(const std::string& label) {
  if (label.empty()) return -1;
  if (group_index.size() != groups.size()) {  // groups were set directly
    group_index.clear();
    for (std::size_t i = 0; i < groups.size(); ++i) group_index.emplace(groups[i], static_cast<std::int32_t>(i));
  }
  if (const auto it = group_index.find(label); it != group_index.end()) return it->second;
  if (groups.size() >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
    throw Error(ErrorCode::out_of_range, "more groups than a group code can number");
  groups.push_back(label);
  group_index.emplace(label, static_cast<std::int32_t>(groups.size() - 1));
  return static_cast<std::int32_t>(groups.size() - 1);
}

namespace detail {

void check_lengths(const ObservationView& rows) {
  const std::size_t n = rows.size();
  auto same = [n](std::size_t m, bool optional, const char* name) {
    if (m != n && !(optional && m == 0))
      throw Error(ErrorCode::invalid_argument, std::string("observation column ") + name + " has " + std::to_string(m) +
                                                   " rows, the indicator column " + std::to_string(n));
  };
  same(rows.district.size(), false, "district");
  same(rows.group.size(), false, "group");
  same(rows.period.size(), false, "period");
  same(rows.value.size(), true, "value");
  same(rows.numerator.size(), true, "numerator");
  same(rows.denominator.size(), true, "denominator");
  same(rows.cases.size(), true, "cases");
  same(rows.flags.size(), true, "flags");
  same(rows.status.size(), true, "status");
  if (n > 0 && rows.value.empty() && (rows.numerator.empty() || rows.denominator.empty()))
    throw Error(ErrorCode::invalid_argument, "observations need a value column, or numerator and denominator columns");
  // A group code names one label: two equal labels would split one group.
  std::unordered_map<std::string_view, std::size_t> labels;
  labels.reserve(rows.groups.size());
  for (std::size_t k = 0; k < rows.groups.size(); ++k) {
    require_utf8(rows.groups[k], "group label " + std::to_string(k));
    const auto [it, fresh] = labels.emplace(rows.groups[k], k);
    if (!fresh)
      throw Error(ErrorCode::invalid_argument, "group labels " + std::to_string(it->second) + " and " +
                                                   std::to_string(k) + " are both \"" + rows.groups[k] + "\"");
  }
}

namespace {

std::string cell_text(const model::Concept& plan, const ObservationView& rows, std::size_t i) {
  const auto& ind = plan.indicators()[static_cast<std::size_t>(rows.indicator[i])];
  std::string out = "indicator \"" + ind.id + "\"";
  out += rows.district[i] < 0 ? ", whole municipality"
                              : ", district \"" + plan.districts()[static_cast<std::size_t>(rows.district[i])].id + "\"";
  if (rows.group[i] >= 0) out += ", group \"" + rows.groups[static_cast<std::size_t>(rows.group[i])] + "\"";
  return out + ", period " + format_period(rows.period[i]);
}

}  // namespace

namespace {

// The loops below count rows that break a rule without branches, each a
// short pass over one column of a block that is in the cache; NaN tests are
// written x != x.
template <class T>
bool within(std::span<const T> column, T lo, T end) {
  std::size_t bad = 0;
  for (const T x : column) bad += static_cast<std::size_t>((x < lo) | (x >= end));
  return bad == 0;
}

constexpr double inf = std::numeric_limits<double>::infinity();

// Finite where given (NaN is "not given").
bool finite_or_missing(std::span<const double> column) {
  std::size_t bad = 0;
  for (const double x : column) bad += static_cast<std::size_t>(std::fabs(x) == inf);
  return bad == 0;
}

// Above zero and finite where given.
bool positive_or_missing(std::span<const double> column) {
  std::size_t bad = 0;
  for (const double x : column) bad += static_cast<std::size_t>((x <= 0) | (x == inf));
  return bad == 0;
}

// Zero or more and finite where given.
bool count_or_missing(std::span<const double> column) {
  std::size_t bad = 0;
  for (const double x : column) bad += static_cast<std::size_t>((x < 0) | (x == inf));
  return bad == 0;
}

// Rows where `a` and `b` (same length) are both given or both not.
bool both_or_neither(std::span<const double> a, std::span<const double> b) {
  std::size_t bad = 0;
  for (std::size_t i = 0; i < a.size(); ++i) bad += static_cast<std::size_t>((a[i] != a[i]) != (b[i] != b[i]));
  return bad == 0;
}

// Rows where some of `a`, `b` (same length; either may be empty) is given.
bool some_given(std::span<const double> a, std::span<const double> b) {
  std::size_t bad = 0;
  if (a.empty() || b.empty()) {
    for (const double x : a.empty() ? b : a) bad += static_cast<std::size_t>(x != x);
  } else {
    for (std::size_t i = 0; i < a.size(); ++i) bad += static_cast<std::size_t>((a[i] != a[i]) & (b[i] != b[i]));
  }
  return bad == 0;
}

bool none_given(std::span<const double> column) {
  std::size_t bad = 0;
  for (const double x : column) bad += static_cast<std::size_t>(x == x);
  return bad == 0;
}

}  // namespace

// An absent optional column counts as all NaN.
bool RowCheck::ok(std::size_t lo, std::size_t hi, std::int32_t indicator) noexcept {
  const std::size_t n = hi - lo;
  auto part = [&](auto column) { return column.empty() ? column : column.subspan(lo, n); };
  const bool indicators_ok = indicator >= 0 ? within(part(rows_.indicator), indicator, indicator + 1)
                                            : within(part(rows_.indicator), 0, indicators_);
  if (!indicators_ok || !within(part(rows_.district), -1, districts_) ||
      !within(part(rows_.group), -1, groups_))
    return false;
  for (const Period when : part(rows_.period)) {
    Period& slot = seen_[static_cast<std::uint32_t>(when ^ (when >> 5)) & 15u];
    if (slot == when) continue;
    if (!valid_period(when)) return false;
    slot = when;
  }
  const auto value = part(rows_.value), num = part(rows_.numerator), den = part(rows_.denominator);
  const auto status = part(rows_.status);
  if (value.empty() && status.empty() && !num.empty() && !den.empty()) {
    // Ratios only, and no table symbols (the usual bulk data): then every
    // rule comes down to a finite numerator over a finite positive
    // denominator, three comparisons in one pass.
    std::size_t bad = 0;
    for (std::size_t i = 0; i < n; ++i)
      bad += static_cast<std::size_t>(!((std::fabs(num[i]) < inf) & (den[i] > 0) & (den[i] < inf)));
    return bad == 0 && count_or_missing(part(rows_.cases));
  }
  if (!finite_or_missing(value) || !finite_or_missing(num) || !positive_or_missing(den) ||
      !count_or_missing(part(rows_.cases)))
    return false;
  // A ratio comes whole: numerator and denominator both given or both not.
  if (!num.empty() && !den.empty() ? !both_or_neither(num, den) : !none_given(num.empty() ? den : num)) return false;
  // A row has a value or a ratio exactly when no table symbol says why not
  // (check_lengths: without a value column, the numerator column is there).
  bool bad = false;
  if (status.empty()) {
    bad = !some_given(value, num);
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      const bool missing = std::isnan(column_at(value, i)) & std::isnan(column_at(num, i));
      bad |= !v1::ValueStatus_IsValid(status[i]) | ((status[i] != v1::VALUE_STATUS_UNSPECIFIED) != missing);
    }
  }
  return !bad;
}

void RowCheck::explain_first(std::size_t lo, std::size_t hi, const RowName& name) const {
  for (std::size_t i = lo; i < hi; ++i) {
    if (rows_.indicator[i] < 0 || rows_.indicator[i] >= indicators_)
      fail(name, i, "indicator", "no indicator has the code " + std::to_string(rows_.indicator[i]));
    if (rows_.district[i] < -1 || rows_.district[i] >= districts_)
      fail(name, i, "district", "no district has the code " + std::to_string(rows_.district[i]));
    if (rows_.group[i] < -1 || rows_.group[i] >= groups_)
      fail(name, i, "group", "no group has the code " + std::to_string(rows_.group[i]));
    const Period when = rows_.period[i];
    if (!valid_period(when))
      fail(name, i, "period", std::to_string(when) + " is neither a year (yyyy0000) nor a day (yyyymmdd)");
    const double v = column_at(rows_.value, i), num = column_at(rows_.numerator, i);
    const double den = column_at(rows_.denominator, i), cases = column_at(rows_.cases, i);
    if (std::isinf(v)) fail(name, i, "value", "is not a finite number");
    if (std::isinf(num)) fail(name, i, "numerator", "is not a finite number");
    if (!std::isnan(den) && !(den > 0)) fail(name, i, "denominator", "must be above zero (is " + std::to_string(den) + ")");
    if (std::isinf(den)) fail(name, i, "denominator", "is not a finite number");
    if (!std::isnan(cases) && !(cases >= 0 && std::isfinite(cases))) fail(name, i, "cases", "must be a count, 0 or more");
    if (std::isnan(num) != std::isnan(den))
      fail(name, i, std::isnan(num) ? "numerator" : "denominator", "is missing although the other part of the ratio is given");
    const bool explained = !rows_.status.empty() && rows_.status[i] != v1::VALUE_STATUS_UNSPECIFIED;
    if (!rows_.status.empty() && !v1::ValueStatus_IsValid(rows_.status[i]))
      fail(name, i, "status", "has the unknown value " + std::to_string(rows_.status[i]));
    if (explained && (!std::isnan(v) || !std::isnan(num)))
      fail(name, i, "status", "says the value is missing, but one is given");
    if (!explained && std::isnan(v) && std::isnan(num))
      fail(name, i, "value", "has neither a value nor a numerator and denominator (a table symbol says why one is missing)");
  }
}

bool check_rows(const model::Concept& plan, const ObservationView& rows, const RowName& name) {
  check_lengths(rows);
  // The rows are checked in parallel chunks; the first failing row of all
  // is reported, as a sequential scan would.
  const std::size_t n = rows.size();
  const std::size_t threads = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()),
                                                    std::max<std::size_t>(1, n / 200000));
  struct Chunk {
    std::exception_ptr error;
    bool sorted = true;
  };
  std::vector<Chunk> chunks(threads);
  auto scan = [&](std::size_t t) {
    const std::size_t lo = n * t / threads, hi = n * (t + 1) / threads;
    RowCheck check(plan, rows);
    try {
      constexpr std::size_t block = 4096;
      for (std::size_t b = lo; b < hi; b += block) {
        const std::size_t e = std::min(hi, b + block);
        if (!check.ok(b, e)) {
          check.explain_first(b, e, name);
          throw Error(ErrorCode::internal, name(b) + " to " + name(e - 1) + ": refused by the row check, but no rule broken");
        }
      }
      for (std::size_t i = std::max<std::size_t>(lo, 1); i < hi; ++i)
        if (!(key_of(rows, i - 1) < key_of(rows, i))) chunks[t].sorted = false;
    } catch (...) {
      chunks[t].error = std::current_exception();
    }
  };
  {
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(scan, t);
    scan(0);
    for (auto& th : pool) th.join();
  }
  bool sorted = true;
  for (const auto& c : chunks) {
    if (c.error) std::rethrow_exception(c.error);  // chunks are in row order: the first is the earliest
    sorted = sorted && c.sorted;
  }
  if (sorted) return true;
  std::vector<std::uint32_t> order(rows.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return key_of(rows, a) < key_of(rows, b); });
  for (std::size_t k = 1; k < order.size(); ++k) {
    if (key_of(rows, order[k - 1]) == key_of(rows, order[k]))
      fail(name, order[k], "period",
           "a second observation for " + cell_text(plan, rows, order[k]) + " (the first is " + name(order[k - 1]) + ")");
  }
  return false;
}

}  // namespace detail

void check(const model::Concept& plan, const ObservationView& rows) {
  detail::check_rows(plan, rows, [](std::size_t row) { return "row " + std::to_string(row); });
}

Observations observations_from_proto(const model::Concept& plan, const v1::ObservationSet& set) {
  if (set.schema_version() > PW_SCHEMA_VERSION)
    throw Error(ErrorCode::unsupported_version,
                "the observations were written with schema version " + std::to_string(set.schema_version()) +
                    "; this build reads up to " + std::to_string(PW_SCHEMA_VERSION));
  Observations out;
  auto where = [](int i, const char* field) {
    return "observations[" + std::to_string(i) + "]." + field;
  };
  for (int i = 0; i < set.observations_size(); ++i) {
    const auto& o = set.observations(i);
    const auto ind = plan.find(model::Kind::indicator, o.indicator_id());
    if (!ind) throw Error(ErrorCode::invalid_argument, where(i, "indicator_id") + ": no indicator \"" + o.indicator_id() + "\"");
    std::int32_t district = -1;
    if (!o.district_id().empty()) {
      const auto d = plan.find(model::Kind::district, o.district_id());
      if (!d) throw Error(ErrorCode::invalid_argument, where(i, "district_id") + ": no district \"" + o.district_id() + "\"");
      district = static_cast<std::int32_t>(*d);
    }
    const auto period = parse_period(o.period());
    if (!period)
      throw Error(ErrorCode::invalid_argument, where(i, "period") + ": \"" + o.period() + "\" is neither a year nor a date");
    Observations::Row row;
    row.indicator = static_cast<std::int32_t>(*ind);
    row.district = district;
    row.group = out.group_code(o.group());
    row.period = *period;
    if (o.has_value()) row.value = o.value();
    if (o.has_numerator()) row.numerator = o.numerator();
    if (o.has_denominator()) row.denominator = o.denominator();
    if (o.has_cases()) row.cases = o.cases();
    row.flags = static_cast<std::uint8_t>((o.series_break() ? series_break : 0) | (o.provisional() ? provisional : 0) |
                                          (o.revised() ? revised : 0) | (o.estimated() ? estimated : 0) |
                                          (o.low_reliability() ? low_reliability : 0) | (o.rounded() ? rounded : 0));
    row.status = static_cast<std::uint8_t>(o.status());
    row.line = static_cast<std::uint32_t>(i);
    out.append(row);
  }
  detail::check_rows(plan, out.view(), [](std::size_t row) { return "observations[" + std::to_string(row) + "]"; });
  return out;
}

v1::ObservationSet observations_to_proto(const model::Concept& plan, const ObservationView& rows) {
  check(plan, rows);
  v1::ObservationSet set;
  set.set_schema_version(PW_SCHEMA_VERSION);
  set.set_concept_id(plan.header().id);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto* o = set.add_observations();
    o->set_indicator_id(plan.indicators()[static_cast<std::size_t>(rows.indicator[i])].id);
    if (rows.district[i] >= 0) o->set_district_id(plan.districts()[static_cast<std::size_t>(rows.district[i])].id);
    if (rows.group[i] >= 0) o->set_group(rows.groups[static_cast<std::size_t>(rows.group[i])]);
    o->set_period(format_period(rows.period[i]));
    auto put = [&](std::span<const double> column, void (v1::Observation::*set_field)(double)) {
      const double x = detail::column_at(column, i);
      if (!std::isnan(x)) (o->*set_field)(x);
    };
    put(rows.value, &v1::Observation::set_value);
    put(rows.numerator, &v1::Observation::set_numerator);
    put(rows.denominator, &v1::Observation::set_denominator);
    put(rows.cases, &v1::Observation::set_cases);
    if (!rows.flags.empty()) {
      o->set_series_break((rows.flags[i] & series_break) != 0);
      o->set_provisional((rows.flags[i] & provisional) != 0);
      o->set_revised((rows.flags[i] & revised) != 0);
      o->set_estimated((rows.flags[i] & estimated) != 0);
      o->set_low_reliability((rows.flags[i] & low_reliability) != 0);
      o->set_rounded((rows.flags[i] & rounded) != 0);
    }
    if (!rows.status.empty()) o->set_status(static_cast<v1::ValueStatus>(rows.status[i]));
  }
  return set;
}

Observations read_observations(const model::Concept& plan, const std::string& path) {
  const std::string bytes = io::read_file(path);
  if (path.size() >= 4 && path.compare(path.size() - 4, 4, ".csv") == 0) return read_csv(plan, bytes, path);
  v1::ObservationSet set;
  io::parse_message(bytes, io::resolve_format(io::Format::automatic, path, bytes), path, set);
  return observations_from_proto(plan, set);
}

}  // namespace planwerk::monitor
