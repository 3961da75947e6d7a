// SPDX-License-Identifier: Apache-2.0
// The command line's option arguments (--rename, --move, --via, --ready,
// --rule, --as-of, --impact, --delay, ...): the input, split at NUL bytes,
// follows a fixed command and the sample file. Output goes nowhere; exit
// codes are fine whatever they are.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "commands.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > 4096) return 0;
  std::vector<std::string> words(1);
  for (std::size_t i = 1; i < size; ++i) {
    if (data[i] == 0) words.emplace_back();
    else words.back() += static_cast<char>(data[i]);
  }
  planwerk::cli::Args args{PLANWERK_SAMPLE};
  if (data[0] % 4 == 2) args.push_back(PLANWERK_SAMPLE);  // diff OLD NEW
  for (auto& w : words) {
    if (w.find('/') != std::string::npos) return 0;  // no paths: nothing outside the sample is read
    args.push_back(w);
  }
  std::ostringstream out, err;
  switch (data[0] % 4) {
    case 0: planwerk::cli::run_consult(args, out, err); break;
    case 1: planwerk::cli::run_graph(args, out, err); break;
    case 2: planwerk::cli::run_diff(args, out, err); break;
    default: planwerk::cli::run_monitor(args, out, err); break;
  }
  return 0;
}
