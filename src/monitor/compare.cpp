// SPDX-License-Identifier: Apache-2.0
// Gaps between groups and districts against the municipality, read from the
// published cells (so they never see a suppressed value).
#include "planwerk/monitor/compare.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "planwerk/error.hpp"

namespace planwerk::monitor {
namespace {

std::int32_t code_of(const Column& c, std::string_view label, const char* what) {
  const auto it = std::find(c.labels().begin(), c.labels().end(), label);
  if (it == c.labels().end()) throw Error(ErrorCode::not_found, std::string("no ") + what + " \"" + std::string(label) + "\" in the cells");
  return static_cast<std::int32_t>(it - c.labels().begin());
}

// The columns of a cells frame that comparisons read.
struct Cells {
  explicit Cells(const Frame& f)
      : indicator(f["indicator"]), district(f["district"]), group(f["group"]), period(f["period"].integers()),
        value(f["value"].reals()) {}
  const Column& indicator;
  const Column& district;
  const Column& group;
  const std::vector<std::int64_t>& period;
  const std::vector<double>& value;
};

}  // namespace

Frame group_gap(const Frame& cells, std::string_view indicator, std::string_view group_a, std::string_view group_b,
                std::string_view district) {
  const Cells in(cells);
  const auto& [ind, dist, grp, period, value] = std::tie(in.indicator, in.district, in.group, in.period, in.value);
  const std::int32_t i = code_of(ind, indicator, "indicator"), d = code_of(dist, district, "district");
  const std::int32_t a = code_of(grp, group_a, "group"), b = code_of(grp, group_b, "group");
  std::map<std::int64_t, std::pair<double, double>> by_period;
  const auto &inds = ind.codes(), &dists = dist.codes(), &grps = grp.codes();
  for (std::size_t r = 0, n = cells.rows(); r < n; ++r) {
    if (inds[r] != i || dists[r] != d || std::isnan(value[r])) continue;
    if (grps[r] == a) by_period.try_emplace(period[r], std::nan(""), std::nan("")).first->second.first = value[r];
    if (grps[r] == b) by_period.try_emplace(period[r], std::nan(""), std::nan("")).first->second.second = value[r];
  }
  Frame f;
  using T = Column::Type;
  auto& p = f.add("period", T::integer);
  auto& va = f.add("value_a", T::real);
  auto& vb = f.add("value_b", T::real);
  auto& diff = f.add("difference", T::real);
  auto& ratio = f.add("ratio", T::real);
  auto& parity = f.add("parity", T::real);
  for (const auto& [when, v] : by_period) {
    if (std::isnan(v.first) || std::isnan(v.second)) continue;
    p.integers().push_back(when);
    va.reals().push_back(v.first);
    vb.reals().push_back(v.second);
    diff.reals().push_back(v.first - v.second);
    const double r = v.second == 0 ? std::nan("") : v.first / v.second;
    ratio.reals().push_back(r);
    parity.reals().push_back(std::isnan(r) || r == 0 ? std::nan("") : std::max(r, 1 / r));
  }
  return f;
}

GapTrend gap_trend(const Frame& gap, std::size_t min_points) {
  std::vector<Point> points;
  for (std::size_t r = 0; r < gap.rows(); ++r)
    points.push_back({period_time(static_cast<Period>(gap["period"].integers()[r])), std::abs(gap["difference"].reals()[r])});
  GapTrend out;
  if (points.size() < std::max<std::size_t>(2, min_points)) return out;
  const Fit fit = ols(points);
  if (std::isnan(fit.slope)) return out;
  out.known = true;
  out.slope = fit.slope;
  out.closing = fit.slope < 0 ? 1 : fit.slope > 0 ? -1 : 0;
  return out;
}

Frame district_comparison(const model::Concept& plan, const Frame& cells, std::string_view indicator,
                          std::string_view group) {
  const Cells in(cells);
  const auto& [ind, dist, grp, period, value] = std::tie(in.indicator, in.district, in.group, in.period, in.value);
  const std::int32_t i = code_of(ind, indicator, "indicator"), g = code_of(grp, group, "group");
  const int up = direction(plan.indicators()[plan.index_of(model::Kind::indicator, indicator)]);
  std::int64_t latest = 0;
  const auto &inds = ind.codes(), &dists = dist.codes(), &grps = grp.codes();
  const std::size_t n = cells.rows();
  for (std::size_t r = 0; r < n; ++r)
    if (inds[r] == i && grps[r] == g && dist.labels()[static_cast<std::size_t>(dists[r])].empty() &&
        !std::isnan(value[r]))
      latest = std::max(latest, period[r]);
  double city = std::nan("");
  std::vector<std::pair<std::int32_t, double>> rows;
  for (std::size_t r = 0; r < n; ++r) {
    if (inds[r] != i || grps[r] != g || period[r] != latest) continue;
    if (dist.labels()[static_cast<std::size_t>(dists[r])].empty()) city = value[r];
    else rows.emplace_back(dists[r], value[r]);
  }
  // Best first; unpublished districts last, unranked.
  std::stable_sort(rows.begin(), rows.end(), [&](const auto& x, const auto& y) {
    if (std::isnan(x.second) != std::isnan(y.second)) return std::isnan(y.second);
    return (x.second - y.second) * up > 0;
  });
  Frame f;
  using T = Column::Type;
  auto& district = f.add("district", T::category, dist.labels());
  auto& v = f.add("value", T::real);
  auto& c = f.add("city", T::real);
  auto& diff = f.add("difference", T::real);
  auto& ratio = f.add("ratio", T::real);
  auto& rank = f.add("rank", T::integer);
  auto& when = f.add("period", T::integer);
  std::int64_t position = 0;
  for (const auto& [code, x] : rows) {
    district.codes().push_back(code);
    v.reals().push_back(x);
    c.reals().push_back(city);
    diff.reals().push_back(x - city);
    ratio.reals().push_back(city == 0 ? std::nan("") : x / city);
    rank.integers().push_back(std::isnan(x) ? 0 : ++position);
    when.integers().push_back(latest);
  }
  return f;
}

}  // namespace planwerk::monitor
