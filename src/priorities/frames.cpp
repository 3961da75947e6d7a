// SPDX-License-Identifier: Apache-2.0
// A programme as frames (frames.hpp).
#include "planwerk/priorities/frames.hpp"

#include <cmath>
#include <map>

#include "planwerk/error.hpp"

namespace planwerk::priorities {
namespace {

using T = Column::Type;

std::vector<std::string> status_labels() {
  return {solve_status_name(SolveStatus::optimal), solve_status_name(SolveStatus::time_limit),
          solve_status_name(SolveStatus::infeasible), solve_status_name(SolveStatus::no_solution)};
}

}  // namespace

const char* programme_part_name(ProgrammePart part) noexcept {
  switch (part) {
    case ProgrammePart::summary: return "summary";
    case ProgrammePart::starts: return "starts";
    case ProgrammePart::pools: return "pools";
    case ProgrammePart::left_out: return "left_out";
    case ProgrammePart::annual_goals: return "annual_goals";
    case ProgrammePart::frontier: return "frontier";
    case ProgrammePart::weights: return "weights";
    case ProgrammePart::notes: return "notes";
  }
  return "unknown";
}

Frame programme_frame(const ConceptProgramme& result, ProgrammePart part) {
  const Programme& p = result.programme;
  const Problem& problem = result.input.problem;
  Frame f;
  switch (part) {
    case ProgrammePart::summary: {
      f.add("status", T::category, status_labels()).codes().push_back(static_cast<std::int32_t>(p.status));
      f.add("solver", T::text).texts().push_back(p.solver);
      f.add("value", T::real).reals().push_back(p.value);
      f.add("bound", T::real).reals().push_back(p.bound);
      f.add("gap", T::real).reals().push_back(p.gap);
      f.add("seconds", T::real).reals().push_back(p.seconds);
      f.add("first_year", T::integer).integers().push_back(problem.years.empty() ? 0 : problem.years.front());
      f.add("last_year", T::integer).integers().push_back(problem.years.empty() ? 0 : problem.years.back());
      break;
    }
    case ProgrammePart::starts: {
      std::map<std::string, const Candidate*> by_id;
      for (const auto& c : problem.candidates) by_id.emplace(c.id, &c);
      auto& measure = f.add("measure", T::text).texts();
      auto& year = f.add("year", T::integer).integers();
      auto& value = f.add("value", T::real).reals();
      auto& first = f.add("first_cost", T::real).reals();
      auto& total = f.add("total_cost", T::real).reals();
      for (const auto& s : p.starts) {
        measure.push_back(s.candidate);
        year.push_back(s.year);
        value.push_back(s.value);
        const auto& costs = by_id.at(s.candidate)->costs;
        first.push_back(costs.empty() ? 0.0 : costs.front());
        double sum = 0;
        for (double c : costs) sum += c;
        total.push_back(sum);
      }
      break;
    }
    case ProgrammePart::pools: {
      auto& pool = f.add("pool", T::text).texts();
      auto& year = f.add("year", T::integer).integers();
      auto& amount = f.add("amount", T::real).reals();
      auto& committed = f.add("committed", T::real).reals();
      auto& programme = f.add("programme", T::real).reals();
      auto& left = f.add("left", T::real).reals();
      auto& marginal = f.add("marginal", T::real).reals();
      for (const auto& a : p.pools) {
        pool.push_back(a.pool);
        year.push_back(a.year);
        amount.push_back(a.amount);
        committed.push_back(a.committed);
        programme.push_back(a.programme);
        left.push_back(a.left);
        marginal.push_back(a.marginal);
      }
      break;
    }
    case ProgrammePart::left_out: {
      auto& measure = f.add("measure", T::text).texts();
      auto& year_column = f.add("year", T::integer);
      auto& kind = f.add("kind", T::category, {"window", "predecessor", "pool", "capacity", "value"});
      auto& what = f.add("what", T::text).texts();
      auto& blocking = f.add("blocking_year", T::integer);
      auto& shortfall = f.add("shortfall", T::real).reals();
      auto& text = f.add("text", T::text).texts();
      for (const auto& e : p.left_out)
        for (const auto& b : e.blockers) {
          measure.push_back(e.candidate);
          year_column.integers().push_back(e.year);
          if (e.year == 0) year_column.set_missing(year_column.size() - 1);
          kind.codes().push_back(kind.code_of(b.kind));
          what.push_back(b.what);
          blocking.integers().push_back(b.year);
          if (b.year == 0) blocking.set_missing(blocking.size() - 1);
          shortfall.push_back(b.shortfall);
          text.push_back(b.text);
        }
      break;
    }
    case ProgrammePart::annual_goals: {
      auto& year = f.add("year", T::integer).integers();
      auto& goal = f.add("goal", T::text).texts();
      auto& measures = f.add("measures", T::text).texts();
      for (const auto& g : p.annual_goals) {
        year.push_back(g.year);
        goal.push_back(g.goal);
        std::string joined;
        for (const auto& m : g.measures) joined += (joined.empty() ? "" : "; ") + m;
        measures.push_back(joined);
      }
      break;
    }
    case ProgrammePart::frontier: {
      auto& scale = f.add("scale", T::real).reals();
      auto& budget = f.add("budget", T::real).reals();
      auto& value = f.add("value", T::real).reals();
      auto& status = f.add("status", T::category, status_labels()).codes();
      for (const auto& pt : p.frontier) {
        scale.push_back(pt.scale);
        budget.push_back(pt.budget);
        value.push_back(pt.value);
        status.push_back(static_cast<std::int32_t>(pt.status));
      }
      break;
    }
    case ProgrammePart::weights: {
      auto& goal = f.add("goal", T::text).texts();
      auto& factor = f.add("priority_factor", T::real).reals();
      auto& gap = f.add("gap", T::real).reals();
      auto& off = f.add("off_track", T::boolean).booleans();
      auto& urgency = f.add("urgency", T::real).reals();
      auto& weight = f.add("weight", T::real).reals();
      auto& given = f.add("given", T::boolean).booleans();
      for (const auto& w : result.input.weights) {
        goal.push_back(w.goal);
        factor.push_back(w.priority_factor);
        gap.push_back(w.gap);
        off.push_back(w.off_track ? 1 : 0);
        urgency.push_back(w.urgency);
        weight.push_back(w.weight);
        given.push_back(w.given ? 1 : 0);
      }
      break;
    }
    case ProgrammePart::notes: {
      auto& note = f.add("note", T::text).texts();
      for (const auto& n : result.input.notes) note.push_back(n);
      break;
    }
    default:
      throw Error(ErrorCode::invalid_argument, "programme part " + std::to_string(static_cast<int>(part)) +
                                                   " is none of 0 to " + std::to_string(programme_part_count - 1));
  }
  f.seal();
  return f;
}

}  // namespace planwerk::priorities
