// SPDX-License-Identifier: Apache-2.0
// Test helpers: documents written inline in protobuf text format, which is
// the most readable way to state a hand-built case.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <google/protobuf/text_format.h>
#include <gtest/gtest.h>

#include "planwerk/error.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/v1/concept.pb.h"

namespace planwerk::test {

template <class Message = v1::Concept>
Message parse(const std::string& text) {
  Message m;
  if (!google::protobuf::TextFormat::ParseFromString(text, &m)) {
    ADD_FAILURE() << "test document does not parse:\n" << text;
  }
  return m;
}

inline model::Concept concept_from(const std::string& text) { return model::from_proto(parse(text)); }

// A whole file's bytes (a failed expectation if it cannot be opened).
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The code of the planwerk::Error that f throws (ErrorCode::ok if none), and
// its message into *message if given.
template <class F>
ErrorCode error_code_of(F&& f, std::string* message = nullptr) {
  try {
    f();
  } catch (const Error& e) {
    if (message != nullptr) *message = e.what();
    return e.code();
  }
  return ErrorCode::ok;
}

// The codes of a list of diagnostics, in order.
template <class Diagnostics>
std::vector<std::string> codes(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(d.code);
  return out;
}

#ifndef PLANWERK_SAMPLE
#error "PLANWERK_SAMPLE must name the sample concept"
#endif
inline const char* sample_path() { return PLANWERK_SAMPLE; }

}  // namespace planwerk::test
