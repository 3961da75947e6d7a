// SPDX-License-Identifier: Apache-2.0
// The problem's checks and its JSON form: parsed strictly (an unknown key is
// an error naming its path), bounded (a problem is at most 100,000
// candidates over at most 50 years).
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "planwerk/error.hpp"
#include "planwerk/priorities/problem.hpp"

namespace planwerk::priorities {
namespace {

using nlohmann::json;

constexpr std::size_t max_years = 50;
constexpr std::size_t max_candidates = 100000;

[[noreturn]] void invalid(const std::string& where, const std::string& what) {
  throw Error(ErrorCode::invalid_argument, where + ": " + what);
}

bool finite_non_negative(double v) { return std::isfinite(v) && v >= 0; }

struct Parser {
  std::string origin;

  [[noreturn]] void fail(const std::string& path, const std::string& what) const {
    throw Error(ErrorCode::parse, origin + ": " + path + ": " + what);
  }
  const json& object(const json& v, const std::string& path) const {
    if (!v.is_object()) fail(path, "must be an object");
    return v;
  }
  const json& array(const json& v, const std::string& path) const {
    if (!v.is_array()) fail(path, "must be a list");
    return v;
  }
  std::string text(const json& v, const std::string& path) const {
    if (!v.is_string()) fail(path, "must be text");
    return v.get<std::string>();
  }
  double number(const json& v, const std::string& path) const {
    if (!v.is_number()) fail(path, "must be a number");
    const double d = v.get<double>();
    if (!std::isfinite(d)) fail(path, "must be finite");
    return d;
  }
  int year(const json& v, const std::string& path) const {
    if (!v.is_number_integer()) fail(path, "must be a whole number (a year)");
    const auto y = v.get<std::int64_t>();
    if (y < 1900 || y > 2200) fail(path, "must be a year between 1900 and 2200");
    return static_cast<int>(y);
  }
  bool boolean(const json& v, const std::string& path) const {
    if (!v.is_boolean()) fail(path, "must be true or false");
    return v.get<bool>();
  }
  std::vector<double> numbers(const json& v, const std::string& path) const {
    array(v, path);
    if (v.size() > max_years) fail(path, "has more than " + std::to_string(max_years) + " entries");
    std::vector<double> out;
    for (std::size_t i = 0; i < v.size(); ++i) out.push_back(number(v[i], path + "[" + std::to_string(i) + "]"));
    return out;
  }
  std::vector<std::string> texts(const json& v, const std::string& path) const {
    array(v, path);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.size(); ++i) out.push_back(text(v[i], path + "[" + std::to_string(i) + "]"));
    return out;
  }
  template <class F>
  void keys(const json& v, const std::string& path, std::initializer_list<const char*> known, F&& each) const {
    object(v, path);
    for (auto it = v.begin(); it != v.end(); ++it) {
      const std::string key = it.key();
      const json& value = it.value();
      // (No structured binding here: clang 14 cannot capture one in a lambda.)
      if (std::find_if(known.begin(), known.end(), [&key](const char* k) { return key == k; }) == known.end()) {
        std::string list;
        for (const char* k : known) list += std::string(list.empty() ? "" : ", ") + k;
        fail(path + "." + key, "unknown key (known: " + list + ")");
      }
      each(key, value, path + "." + key);
    }
  }

  Pool pool(const json& v, const std::string& path) const {
    Pool p;
    keys(v, path, {"id", "amounts", "funding_types", "start_only"}, [&](const std::string& k, const json& x, const std::string& at) {
      if (k == "id") p.id = text(x, at);
      else if (k == "amounts") p.amounts = numbers(x, at);
      else if (k == "funding_types") p.funding_types = texts(x, at);
      else p.start_only = boolean(x, at);
    });
    return p;
  }
  Candidate candidate(const json& v, const std::string& path) const {
    Candidate c;
    keys(v, path, {"id", "value", "costs", "funding_type", "earliest", "latest", "started", "actor", "predecessors", "goals"},
         [&](const std::string& k, const json& x, const std::string& at) {
           if (k == "id") c.id = text(x, at);
           else if (k == "value") c.value = number(x, at);
           else if (k == "costs") c.costs = numbers(x, at);
           else if (k == "funding_type") c.funding_type = text(x, at);
           else if (k == "earliest") { if (!x.is_null()) c.earliest = year(x, at); }
           else if (k == "latest") { if (!x.is_null()) c.latest = year(x, at); }
           else if (k == "started") { if (!x.is_null()) c.started = year(x, at); }
           else if (k == "actor") { if (!x.is_null()) c.actor = text(x, at); }
           else if (k == "goals") c.goals = texts(x, at);
           else {
             array(x, at);
             for (std::size_t i = 0; i < x.size(); ++i) {
               const std::string pat = at + "[" + std::to_string(i) + "]";
               Predecessor p;
               keys(x[i], pat, {"id", "lag"}, [&](const std::string& pk, const json& px, const std::string& pa) {
                 if (pk == "id") p.id = text(px, pa);
                 else {
                   if (!px.is_number_integer() || px.get<std::int64_t>() < 0 || px.get<std::int64_t>() > 50)
                     fail(pa, "must be a whole number of years from 0 to 50");
                   p.lag = static_cast<int>(px.get<std::int64_t>());
                 }
               });
               c.predecessors.push_back(std::move(p));
             }
           }
         });
    return c;
  }
};

}  // namespace

void check(const Problem& problem) {
  if (problem.years.empty()) invalid("years", "the horizon is empty");
  if (problem.years.size() > max_years) invalid("years", "more than " + std::to_string(max_years) + " years");
  for (std::size_t i = 1; i < problem.years.size(); ++i)
    if (problem.years[i] != problem.years[i - 1] + 1)
      invalid("years[" + std::to_string(i) + "]", "the horizon's years must follow each other (" +
                                                      std::to_string(problem.years[i - 1]) + ", then " +
                                                      std::to_string(problem.years[i]) + ")");
  if (!std::isfinite(problem.discount) || problem.discount < 0 || problem.discount > 1)
    invalid("discount", "must be between 0 and 1");
  if (problem.candidates.size() > max_candidates)
    invalid("candidates", "more than " + std::to_string(max_candidates) + " candidates");
  std::set<std::string> pool_ids;
  for (std::size_t k = 0; k < problem.pools.size(); ++k) {
    const auto& p = problem.pools[k];
    const std::string at = "pools[" + std::to_string(k) + "]";
    if (p.id.empty()) invalid(at + ".id", "is empty");
    if (!pool_ids.insert(p.id).second) invalid(at + ".id", "\"" + p.id + "\" is given twice");
    if (p.amounts.size() != problem.years.size())
      invalid(at + ".amounts", "has " + std::to_string(p.amounts.size()) + " amounts for " +
                                   std::to_string(problem.years.size()) + " years");
    for (std::size_t t = 0; t < p.amounts.size(); ++t)
      if (!finite_non_negative(p.amounts[t])) invalid(at + ".amounts[" + std::to_string(t) + "]", "must not be negative");
  }
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < problem.candidates.size(); ++i) {
    const auto& c = problem.candidates[i];
    const std::string at = "candidates[" + std::to_string(i) + "]";
    if (c.id.empty()) invalid(at + ".id", "is empty");
    if (!index.emplace(c.id, i).second) invalid(at + ".id", "\"" + c.id + "\" is given twice");
    if (!std::isfinite(c.value) || c.value < 0) invalid(at + ".value", "must not be negative");
    if (c.costs.empty()) invalid(at + ".costs", "needs at least one year");
    if (c.costs.size() > max_years) invalid(at + ".costs", "more than " + std::to_string(max_years) + " years");
    for (std::size_t t = 0; t < c.costs.size(); ++t)
      if (!finite_non_negative(c.costs[t])) invalid(at + ".costs[" + std::to_string(t) + "]", "must not be negative");
  }
  for (std::size_t i = 0; i < problem.candidates.size(); ++i) {
    const auto& c = problem.candidates[i];
    for (std::size_t p = 0; p < c.predecessors.size(); ++p) {
      const std::string at = "candidates[" + std::to_string(i) + "].predecessors[" + std::to_string(p) + "]";
      if (!index.count(c.predecessors[p].id)) invalid(at, "no candidate \"" + c.predecessors[p].id + "\"");
      if (c.predecessors[p].id == c.id) invalid(at, "\"" + c.id + "\" cannot follow itself");
    }
  }
  // No cycle among the predecessors (depth-first search, iterative).
  std::vector<int> state(problem.candidates.size(), 0);  // 0 new, 1 on the stack, 2 done
  for (std::size_t root = 0; root < problem.candidates.size(); ++root) {
    if (state[root] != 0) continue;
    std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};
    state[root] = 1;
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      const auto& preds = problem.candidates[node].predecessors;
      if (next == preds.size()) {
        state[node] = 2;
        stack.pop_back();
        continue;
      }
      const std::size_t to = index.at(preds[next++].id);
      if (state[to] == 1)
        invalid("candidates[" + std::to_string(to) + "]", "\"" + problem.candidates[to].id +
                                                              "\" is its own predecessor through a cycle");
      if (state[to] == 0) {
        state[to] = 1;
        stack.emplace_back(to, 0);
      }
    }
  }
  std::set<std::string> actors;
  for (std::size_t a = 0; a < problem.capacity.size(); ++a) {
    const auto& cap = problem.capacity[a];
    const std::string at = "capacity[" + std::to_string(a) + "]";
    if (cap.actor.empty()) invalid(at + ".actor", "is empty");
    if (!actors.insert(cap.actor).second) invalid(at + ".actor", "\"" + cap.actor + "\" is given twice");
    if (cap.limit < 0) invalid(at + ".limit", "must not be negative");
  }
}

Problem problem_from_json(std::string_view text, std::string_view origin) {
  const Parser parse{std::string(origin)};
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::exception& e) {
    throw Error(ErrorCode::parse, std::string(origin) + ": not JSON: " + e.what());
  }
  Problem problem;
  parse.keys(doc, "$", {"years", "discount", "pools", "candidates", "capacity"},
             [&](const std::string& k, const json& v, const std::string& at) {
               if (k == "years") {
                 parse.array(v, at);
                 if (v.size() > max_years) parse.fail(at, "more than " + std::to_string(max_years) + " years");
                 for (std::size_t i = 0; i < v.size(); ++i)
                   problem.years.push_back(parse.year(v[i], at + "[" + std::to_string(i) + "]"));
               } else if (k == "discount") {
                 problem.discount = parse.number(v, at);
               } else if (k == "pools") {
                 parse.array(v, at);
                 for (std::size_t i = 0; i < v.size(); ++i)
                   problem.pools.push_back(parse.pool(v[i], at + "[" + std::to_string(i) + "]"));
               } else if (k == "candidates") {
                 parse.array(v, at);
                 if (v.size() > max_candidates) parse.fail(at, "more than " + std::to_string(max_candidates) + " candidates");
                 for (std::size_t i = 0; i < v.size(); ++i)
                   problem.candidates.push_back(parse.candidate(v[i], at + "[" + std::to_string(i) + "]"));
               } else {
                 // {"actor": limit, ...}
                 parse.object(v, at);
                 for (const auto& [actor, limit] : v.items()) {
                   if (!limit.is_number_integer() || limit.get<std::int64_t>() < 0 || limit.get<std::int64_t>() > 1000000)
                     parse.fail(at + "." + actor, "must be a whole number of measures");
                   problem.capacity.push_back({actor, static_cast<int>(limit.get<std::int64_t>())});
                 }
               }
             });
  try {
    check(problem);
  } catch (const Error& e) {
    throw Error(e.code(), std::string(origin) + ": " + e.what());
  }
  return problem;
}

std::string problem_to_json(const Problem& problem) {
  json doc;
  doc["years"] = problem.years;
  doc["discount"] = problem.discount;
  doc["pools"] = json::array();
  for (const auto& p : problem.pools)
    doc["pools"].push_back({{"id", p.id}, {"amounts", p.amounts}, {"funding_types", p.funding_types},
                            {"start_only", p.start_only}});
  doc["candidates"] = json::array();
  for (const auto& c : problem.candidates) {
    json j{{"id", c.id}, {"value", c.value}, {"costs", c.costs}, {"funding_type", c.funding_type}};
    if (c.earliest) j["earliest"] = *c.earliest;
    if (c.latest) j["latest"] = *c.latest;
    if (c.started) j["started"] = *c.started;
    if (!c.actor.empty()) j["actor"] = c.actor;
    if (!c.predecessors.empty()) {
      j["predecessors"] = json::array();
      for (const auto& p : c.predecessors) j["predecessors"].push_back({{"id", p.id}, {"lag", p.lag}});
    }
    if (!c.goals.empty()) j["goals"] = c.goals;
    doc["candidates"].push_back(std::move(j));
  }
  doc["capacity"] = json::object();
  for (const auto& cap : problem.capacity) doc["capacity"][cap.actor] = cap.limit;
  return doc.dump(2) + "\n";
}

}  // namespace planwerk::priorities
