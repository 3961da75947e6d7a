// SPDX-License-Identifier: Apache-2.0
// Rules on indicators: polarity, definitions, baselines against targets.
#include "checks.hpp"

namespace planwerk::model::detail {
namespace {

// The most recent dated baseline of the indicator for the district (npos =
// the whole municipality), if any.
const Baseline* baseline_for(const Indicator& ind, Index district) {
  const Baseline* best = nullptr;
  for (const auto& b : ind.baselines) {
    if (b.district != district || !is_set(b.date)) continue;
    if (best == nullptr || b.date > best->date) best = &b;
  }
  return best;
}

std::string fmt(double v) {
  std::string s = std::to_string(v);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

void check_indicators(const Concept& c, Findings& f) {
  const auto& indicators = c.indicators();
  for (Index i = 0; i < indicators.size(); ++i) {
    const Indicator& ind = indicators[i];
    const std::string where = at(Kind::indicator, i);
    if (ind.polarity == v1::POLARITY_UNSPECIFIED) {
      f.add("PW107", Kind::indicator, ind.id, where + ".polarity",
            "indicator \"" + ind.id + "\" has no polarity (higher or lower is better)");
    }
    const bool ratio = ind.measure_type == v1::MEASURE_TYPE_PERCENTAGE || ind.measure_type == v1::MEASURE_TYPE_RATE ||
                       ind.measure_type == v1::MEASURE_TYPE_RATIO;
    if (ratio && (ind.numerator.empty() || ind.denominator.empty())) {
      f.add("PW119", Kind::indicator, ind.id, where + (ind.numerator.empty() ? ".numerator" : ".denominator"),
            "indicator \"" + ind.id + "\" is a " + v1::MeasureType_Name(ind.measure_type) + " but lacks its " +
                (ind.numerator.empty() ? "numerator" : "denominator") + " definition");
    }
    // Goalposts, where given, run lower bound <= red <= green <= optimum in
    // the better direction (SDSN); an unset one is skipped.
    if (ind.polarity != v1::POLARITY_UNSPECIFIED) {
      const double up = ind.polarity == v1::POLARITY_HIGHER_IS_BETTER ? 1.0 : -1.0;
      const std::pair<const char*, std::optional<double>> posts[] = {
          {"lower_bound", ind.goalposts.lower_bound}, {"red_threshold", ind.goalposts.red_threshold},
          {"green_threshold", ind.goalposts.green_threshold}, {"optimum", ind.goalposts.optimum}};
      const std::pair<const char*, std::optional<double>>* previous = nullptr;
      for (const auto& post : posts) {
        if (!post.second) continue;
        if (previous != nullptr && (*post.second - *previous->second) * up < 0) {
          f.add("PW125", Kind::indicator, ind.id, where + ".goalposts." + post.first,
                "indicator \"" + ind.id + "\": goalpost " + post.first + " " + fmt(*post.second) + " lies " +
                    (up > 0 ? "below" : "above") + " " + previous->first + " " + fmt(*previous->second) + " although " +
                    (up > 0 ? "higher" : "lower") + " is better");
          break;
        }
        previous = &post;
      }
    }
    for (std::size_t t = 0; t < ind.targets.size(); ++t) {
      const Target& target = ind.targets[t];
      const std::string field = where + ".targets[" + std::to_string(t) + "]";
      const Baseline* base = baseline_for(ind, target.district);
      if (base != nullptr && is_set(target.date) && !(target.date > base->date)) {
        f.add("PW106", Kind::indicator, ind.id, field + ".date",
              "indicator \"" + ind.id + "\": target date " + format_date(target.date) +
                  " is not after the baseline date " + format_date(base->date));
      }
      if (base != nullptr && base->value && target.value) {
        const bool wrong = (ind.polarity == v1::POLARITY_HIGHER_IS_BETTER && *target.value < *base->value) ||
                           (ind.polarity == v1::POLARITY_LOWER_IS_BETTER && *target.value > *base->value);
        if (wrong) {
          f.add("PW114", Kind::indicator, ind.id, field + ".value",
                "indicator \"" + ind.id + "\": target " + fmt(*target.value) + " is " +
                    (ind.polarity == v1::POLARITY_HIGHER_IS_BETTER ? "below" : "above") + " the baseline " +
                    fmt(*base->value) + " although " +
                    (ind.polarity == v1::POLARITY_HIGHER_IS_BETTER ? "higher" : "lower") + " is better");
        }
      }
      if (target.kind != v1::TARGET_KIND_INTERIM || !is_set(target.date)) continue;
      for (const Target& final_target : ind.targets) {
        if (final_target.kind == v1::TARGET_KIND_FINAL && final_target.district == target.district &&
            is_set(final_target.date) && target.date > final_target.date) {
          f.add("PW121", Kind::indicator, ind.id, field + ".date",
                "indicator \"" + ind.id + "\": interim target " + format_date(target.date) +
                    " is after the final target " + format_date(final_target.date));
          break;
        }
      }
    }
  }
}

}  // namespace planwerk::model::detail
