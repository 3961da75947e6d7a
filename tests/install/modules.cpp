// SPDX-License-Identifier: Apache-2.0
// Monitoring and history from the installed package: the headers a
// find_package(planwerk) user includes for them compile and link, and the
// functions behind them give the sample's known results.
#include <cstdio>
#include <string>

#include <planwerk/history/diff.hpp>
#include <planwerk/history/serialize.hpp>
#include <planwerk/history/workspace.hpp>
#include <planwerk/io/load.hpp>
#include <planwerk/monitor/compare.hpp>
#include <planwerk/monitor/evaluate.hpp>
#include <planwerk/monitor/observations.hpp>

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: %s CONCEPT OBSERVATIONS PREDECESSOR DIR\n", argv[0]);
    return 2;
  }
  int failures = 0;
  auto expect = [&](bool ok, const char* what) {
    if (!ok) std::fprintf(stderr, "FAILED: %s\n", what), ++failures;
  };
  const auto plan = planwerk::io::load(argv[1]);
  const auto rows = planwerk::monitor::read_observations(plan, argv[2]);
  expect(rows.size() > 0, "observations read");
  planwerk::monitor::Options options;
  options.as_of = planwerk::monitor::year_period(2025) + 1231;
  const auto result = planwerk::monitor::evaluate(plan, rows.view(), options);
  // One series per indicator with data at least (16 indicators in the sample).
  expect(result.series.rows() >= 10, "series evaluated");

  const auto before = planwerk::io::load(argv[3]);
  const auto changes = planwerk::history::diff(before, plan);
  expect(!changes.empty(), "the 2020 version differs");

  planwerk::history::Workspace w;
  w.versions.push_back({"2025", plan, rows});
  const std::string path = std::string(argv[4]) + "/consumer.pwws";
  planwerk::history::save_workspace(w, path, planwerk::history::ArchiveFormat::xml);
  const auto back = planwerk::history::load_workspace(path);
  expect(back.versions.size() == 1 && back.versions[0].plan.goals().size() == 27, "workspace round trip");
  expect(back.versions[0].observations.size() == rows.size(), "observations round trip");
  std::printf("%s\n", failures ? "consumer modules: failed" : "consumer modules: ok");
  return failures ? 1 : 0;
}
