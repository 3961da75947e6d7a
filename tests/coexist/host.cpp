// SPDX-License-Identifier: Apache-2.0
// A host that holds its own copy of the planwerk schema next to the C
// library: it registers planwerk/v1/concept.proto in its protobuf's global
// descriptor pool (classes generated from the schema, or the static C++ core
// linked in), and then loads libplanwerk_c. Before the C library kept its
// protobuf private, the process aborted at load time ("File already exists
// in database: planwerk/v1/concept.proto", exit 134), before main.
//
// Built twice (tests/CMakeLists.txt): with the generated classes only, and
// with the static C++ core (PLANWERK_HOST_CORE).
#include <cstdio>
#include <string>

#include <google/protobuf/descriptor.h>

#include "planwerk/planwerk.h"
#include "planwerk/v1/concept.pb.h"
#ifdef PLANWERK_HOST_CORE
#include "planwerk/io/load.hpp"
#include "planwerk/schedule/validate.hpp"
#endif

namespace {

int failures = 0;

void expect(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "FAILED: %s (%s)\n", what, pw_error_last());
    ++failures;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s SAMPLE\n", argv[0]);
    return 2;
  }
  // The host's own pool holds the schema.
  const auto* file = google::protobuf::DescriptorPool::generated_pool()->FindFileByName("planwerk/v1/concept.proto");
  expect(file != nullptr, "the host's pool has planwerk/v1/concept.proto");

  // A concept built with the host's classes, handed to the C library as bytes.
  planwerk::v1::Concept doc;
  doc.set_id("host-concept");
  doc.set_title("built by the host");
  auto* goal = doc.add_goals();
  goal->set_id("g1");
  goal->set_title("Ziel");
  const std::string bytes = doc.SerializeAsString();
  pw_concept* plan = nullptr;
  expect(pw_concept_load_bytes(&plan, NULL, bytes.data(), bytes.size(), PW_FORMAT_BINARY) == PW_OK, "load the host's bytes");
  const char* id = nullptr;
  expect(pw_concept_id(&id, plan) == PW_OK && id && std::string(id) == "host-concept", "the id survives");
  size_t goals = 0;
  expect(pw_concept_count(&goals, plan, PW_KIND_GOAL) == PW_OK && goals == 1, "one goal");

  // And back: the C library's export parses with the host's classes.
  uint8_t* out = nullptr;
  size_t size = 0;
  expect(pw_concept_export(&out, &size, plan, PW_FORMAT_BINARY) == PW_OK, "export");
  planwerk::v1::Concept back;
  expect(back.ParseFromArray(out, static_cast<int>(size)) && back.goals(0).title() == "Ziel", "the host parses it");
  pw_bytes_free(&out);
  pw_concept_free(&plan);

  // The sample through the C library (its own pool) and, with the core,
  // through the host's.
  expect(pw_concept_load_file(&plan, NULL, argv[1], PW_FORMAT_AUTO) == PW_OK, "the C library loads the sample");
  expect(pw_concept_count(&goals, plan, PW_KIND_GOAL) == PW_OK && goals == 27, "27 goals through C");
  pw_concept_free(&plan);
#ifdef PLANWERK_HOST_CORE
  const auto core = planwerk::io::load(argv[1]);
  expect(core.goals().size() == 27, "27 goals through the static core");
  expect(!planwerk::model::has_errors(planwerk::schedule::validate(core)), "the sample validates in the core");
#endif
  std::printf("%s\n", failures ? "coexistence: failed" : "coexistence: ok");
  return failures ? 1 : 0;
}
