// SPDX-License-Identifier: Apache-2.0
// Eight threads read one concept at once: validation, every graph analysis,
// the schedule, consultation, iCalendar, the exports, monitoring. Each
// thread's results must equal a single-threaded run's, byte for byte; under
// ThreadSanitizer (the tsan preset, run by scripts/test.sh) any data race
// fails the test as well.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <thread>
#include <type_traits>
#include <variant>
#include <vector>

#include "planwerk/graph/dot.hpp"
#include "planwerk/graph/tables.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/schedule/validate.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/monitor/observations.hpp"
#include "planwerk/monitor/process.hpp"
#include "planwerk/schedule/icalendar.hpp"
#include "planwerk/schedule/meetings.hpp"
#include "planwerk/schedule/schedule.hpp"

namespace planwerk {
namespace {

// Every column of a frame, values and validity, as text.
std::string text_of(const Frame& f) {
  std::ostringstream out;
  out << f.rows() << " rows\n";
  for (const auto& c : f) {
    out << c.name() << " " << type_name(c.type()) << ":";
    for (const auto& l : c.labels()) out << l << "|";
    c.visit([&](const auto& values) {
      for (const auto& x : values) {
        using X = std::remove_cvref_t<decltype(x)>;
        if constexpr (std::is_same_v<X, Day>) out << x.year << "-" << x.month << "-" << x.day << ",";
        else if constexpr (std::is_same_v<X, std::string>) out << x << ",";
        else out << +x << ",";
      }
    });
    for (auto v : c.validity()) out << int(v);
    out << "\n";
  }
  return out.str();
}

// Everything a host might compute on one concept, as text.
std::vector<std::string> everything(const model::Concept& plan, const monitor::Observations& rows) {
  std::vector<std::string> out;
  std::string diagnostics;
  for (const auto& d : schedule::validate(plan)) diagnostics += d.to_line() + "\n";
  out.push_back(diagnostics);
  out.push_back(text_of(graph::cycles_table(plan)));
  out.push_back(text_of(graph::order_table(plan)));
  out.push_back(text_of(graph::critical_table(plan)));
  out.push_back(text_of(graph::redundant_table(plan)));
  out.push_back(text_of(graph::coverage_table(plan)));
  out.push_back(text_of(graph::conflicts_table(plan)));
  out.push_back(text_of(graph::impact_table(plan, "m-13", graph::Disruption::delay, 10)));
  for (auto view : {graph::View::dependencies, graph::View::goals, graph::View::contributions, graph::View::relations})
    out.push_back(graph::to_dot(plan, view));
  const auto calendar = schedule::calendar_for(plan);
  const auto s = schedule::schedule_plan(plan, calendar);
  out.push_back(text_of(schedule::schedule_table(plan, s)));
  const auto path =
      schedule::consultation_path(plan, calendar, model::Date(2025, 7, 1), {"verwaltungsvorstand", "integrationsrat", "rat"});
  out.push_back(model::format_date(path.adoption));
  out.push_back(schedule::to_icalendar(plan, &s, {"20250101T000000Z"}));
  for (auto format : {io::Format::binary, io::Format::json, io::Format::text}) out.push_back(io::save_bytes(plan, format));
  monitor::Options options;
  options.as_of = monitor::year_period(2025) + 1231;
  options.threads = 2;  // workers of their own, inside each reader
  const auto result = monitor::evaluate(plan, rows.view(), options);
  out.push_back(text_of(result.series));
  out.push_back(text_of(result.rollup));
  out.push_back(text_of(monitor::process_status(plan, model::Date(2025, 12, 31))));
  return out;
}

TEST(Concurrency, EightReadersOfOneConceptSeeWhatOneSees) {
  const model::Concept plan = io::load(PLANWERK_SAMPLE);
  const auto rows = monitor::read_observations(plan, PLANWERK_OBSERVATIONS);
  const auto expected = everything(plan, rows);
  ASSERT_GT(expected.size(), 20u);
  constexpr int readers = 8, rounds = 3;
  std::vector<std::vector<std::vector<std::string>>> seen(readers);
  std::vector<std::thread> threads;
  for (int t = 0; t < readers; ++t)
    threads.emplace_back([&, t] {
      for (int r = 0; r < rounds; ++r) seen[t].push_back(everything(plan, rows));
    });
  for (auto& t : threads) t.join();
  for (int t = 0; t < readers; ++t)
    for (int r = 0; r < rounds; ++r) {
      ASSERT_EQ(seen[t][r].size(), expected.size());
      for (std::size_t k = 0; k < expected.size(); ++k)
        EXPECT_EQ(seen[t][r][k], expected[k]) << "reader " << t << ", round " << r << ", result " << k;
    }
}

}  // namespace
}  // namespace planwerk
