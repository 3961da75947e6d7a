// SPDX-License-Identifier: Apache-2.0
// Test helpers for the report: a fresh folder to write a site into, and
// every file of a written site by its '/'-separated path.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace planwerk::test {

inline std::map<std::string, std::string> read_folder(const std::filesystem::path& folder) {
  std::map<std::string, std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(folder)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    files[std::filesystem::relative(e.path(), folder).generic_string()] = bytes.str();
  }
  return files;
}

inline std::filesystem::path fresh_folder(const std::string& name) {
  const std::filesystem::path p = std::filesystem::temp_directory_path() / ("planwerk-report-" + name);
  std::filesystem::remove_all(p);
  return p;
}

}  // namespace planwerk::test
