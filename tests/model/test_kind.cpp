// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "planwerk/model/diagnostic.hpp"
#include "planwerk/model/kind_traits.hpp"
#include "support/text.hpp"

namespace planwerk::model {
namespace {

TEST(Kind, NumbersEqualTheSchemaAndNamesRoundTrip) {
  for (Kind k : all_kinds) {
    EXPECT_TRUE(v1::EntityKind_IsValid(static_cast<int>(k)));
    EXPECT_EQ(kind_from_name(kind_name(k)), k);
    EXPECT_EQ(kind_from_name(kind_list_name(k)), k);
    EXPECT_EQ(kind_from_int(static_cast<int>(k)), k);
  }
  EXPECT_EQ(v1::EntityKind_descriptor()->value_count(), static_cast<int>(kind_count) + 1);  // + UNSPECIFIED
  EXPECT_EQ(kind_name(Kind::participation_event), "participation_event");
  EXPECT_EQ(kind_list_name(Kind::budget_pool), "budget_pools");
  EXPECT_EQ(kind_from_name("gaol"), std::nullopt);
  EXPECT_EQ(kind_from_name(""), std::nullopt);
  EXPECT_EQ(kind_from_int(0), std::nullopt);
  EXPECT_EQ(kind_from_int(17), std::nullopt);  // one past the last kind
  EXPECT_EQ(kind_from_int(-1), std::nullopt);
}

TEST(Severity, Names) {
  EXPECT_EQ(severity_name(Severity::error), "error");
  EXPECT_EQ(severity_name(Severity::warning), "warning");
  EXPECT_EQ(severity_name(Severity::info), "info");
  EXPECT_EQ(severity_name(static_cast<Severity>(7)), "unknown");
}

TEST(Concept, IndexChecksIdsAndTitles) {
  Concept c = test::concept_from(R"(actors { id: "a" name: "Amt" } goals { id: "g" title: "Ziel" })");
  EXPECT_EQ(c.checked(Kind::actor, 0), 0u);
  EXPECT_EQ(c.id(Kind::goal, 0), "g");
  EXPECT_EQ(c.title(Kind::actor, 0), "Amt");  // actors have names, goals titles
  EXPECT_EQ(c.title(Kind::goal, 0), "Ziel");
  try {
    c.checked(Kind::goal, 1);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::out_of_range);
    EXPECT_STREQ(e.what(), "goal index 1 is past the end (1)");
  }
  EXPECT_THROW(c.id(Kind::district, 0), Error);
  EXPECT_THROW(c.title(Kind::goal, 5), Error);
  EXPECT_EQ(c.count(Kind::measure), 0u);
}

TEST(Error, CodeNames) {
  EXPECT_STREQ(to_string(ErrorCode::not_found), "not found");
  EXPECT_STREQ(to_string(ErrorCode::unsupported_version), "unsupported schema version");
  EXPECT_STREQ(to_string(static_cast<ErrorCode>(99)), "unknown error");
}

}  // namespace
}  // namespace planwerk::model
