// SPDX-License-Identifier: Apache-2.0
// The one result type: typed columns, names with an index, validity, and
// the errors a producer or reader meets.
#include <gtest/gtest.h>

#include <cmath>

#include "planwerk/error.hpp"
#include "planwerk/frame.hpp"

namespace planwerk {
namespace {

using T = Column::Type;

ErrorCode code_of(auto&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.code();
  }
  return ErrorCode::ok;
}

TEST(Frame, ColumnsOfEveryTypeByPositionAndName) {
  Frame f;
  f.add("id", T::text).texts() = {"a", "b"};
  f.add("count", T::integer).integers() = {1, 2};
  f.add("share", T::real).reals() = {0.5, std::nan("")};
  auto& light = f.add("light", T::category, {"red", "green"});
  light.codes() = {1, 0};
  f.add("due", T::date).dates() = {{2026, 1, 5}, {}};
  f.add("late", T::boolean).booleans() = {0, 1};
  f.seal();
  EXPECT_EQ(f.rows(), 2u);
  EXPECT_EQ(f.size(), 6u);
  EXPECT_EQ(f.find("share"), 2u);
  EXPECT_EQ(f.find("nope"), std::nullopt);
  EXPECT_EQ(f["light"].labels()[static_cast<std::size_t>(f["light"].codes()[0])], "green");
  EXPECT_EQ(f["due"].dates()[0], (Day{2026, 1, 5}));
  EXPECT_EQ(f[4].type(), T::date);
  EXPECT_EQ(type_name(f[5].type()), "boolean");
  // The numbers are the C API's pw_column_type values.
  EXPECT_EQ(static_cast<int>(T::text), 3);
  EXPECT_EQ(static_cast<int>(T::boolean), 5);
  std::vector<std::string> names;
  for (const auto& c : f) names.push_back(c.name());
  EXPECT_EQ(names, (std::vector<std::string>{"id", "count", "share", "light", "due", "late"}));
}

TEST(Frame, ValidityIsEmptyUntilARowIsMissingThenCoversEveryRowAfterSeal) {
  Frame f;
  auto& text = f.add("before", T::text);
  text.texts().push_back("x");
  EXPECT_TRUE(text.validity().empty());
  text.texts().push_back("");
  text.set_missing(1);
  text.texts().push_back("z");  // appended after: valid
  EXPECT_TRUE(text.valid(0));
  EXPECT_FALSE(text.valid(1));
  EXPECT_TRUE(text.valid(2));
  f.seal();
  EXPECT_EQ(text.validity(), (std::vector<std::uint8_t>{1, 0, 1}));
  EXPECT_EQ(code_of([&] { text.set_missing(3); }), ErrorCode::out_of_range);
}

TEST(Frame, CategoriesBuiltRowByRowReuseTheirLabels) {
  Column kind("kind", T::category);
  for (const char* k : {"goal", "measure", "goal", "indicator", "measure"}) kind.codes().push_back(kind.code_of(k));
  EXPECT_EQ(kind.codes(), (std::vector<std::int32_t>{0, 1, 0, 2, 1}));
  EXPECT_EQ(kind.labels(), (std::vector<std::string>{"goal", "measure", "indicator"}));
}

TEST(Frame, WrongTypesNamesAndPositionsAreRefusedWithTheirNames) {
  Frame f;
  f.add("id", T::text);
  try {
    f["id"].reals();
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
    EXPECT_STREQ(e.what(), "column \"id\" holds text values, not reals");
  }
  EXPECT_EQ(code_of([&] { f.add("id", T::real); }), ErrorCode::invalid_argument);  // a second "id"
  EXPECT_EQ(code_of([&] { f["nope"]; }), ErrorCode::not_found);
  EXPECT_EQ(code_of([&] { f.at(1); }), ErrorCode::out_of_range);
  EXPECT_EQ(code_of([&] { f.add("x", static_cast<T>(6)); }), ErrorCode::invalid_argument);
  EXPECT_EQ(code_of([&] { f.add("y", T::real, {"a"}); }), ErrorCode::invalid_argument);  // labels on reals
  EXPECT_EQ(code_of([&] { f["id"].code_of("a"); }), ErrorCode::invalid_argument);
  EXPECT_EQ(f.size(), 1u);  // nothing half-added
}

TEST(Frame, SealRefusesColumnsOfUnequalLength) {
  Frame f;
  f.add("a", T::integer).integers() = {1, 2};
  f.add("b", T::integer).integers() = {1};
  EXPECT_EQ(code_of([&] { f.seal(); }), ErrorCode::internal);
}

TEST(Frame, ReferencesFromAddStayValidAsColumnsAreAdded) {
  Frame f;
  auto& first = f.add("first", T::integer);
  for (int i = 0; i < 100; ++i) f.add("c" + std::to_string(i), T::real);
  first.integers().push_back(7);
  EXPECT_EQ(f["first"].integers().at(0), 7);
}

TEST(Frame, TakeCopiesTheRowsAskedForWithLabelsAndValidity) {
  Frame f;
  auto& value = f.add("value", Column::Type::real);
  auto& group = f.add("group", Column::Type::category, {"a", "b"});
  auto& note = f.add("note", Column::Type::text);
  value.reals() = {1.5, 2.5, 3.5};
  group.codes() = {0, 1, 1};
  note.texts() = {"x", "", "z"};
  note.set_missing(1);
  f.seal();
  // Rows 2 and 1, in that order: 3.5/b/"z", then 2.5/b/missing.
  const std::size_t rows[] = {2, 1};
  const Frame t = f.take(rows);
  ASSERT_EQ(t.rows(), 2u);
  EXPECT_EQ(t["value"].reals(), (std::vector<double>{3.5, 2.5}));
  EXPECT_EQ(t["group"].codes(), (std::vector<std::int32_t>{1, 1}));
  EXPECT_EQ(t["group"].labels(), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(t["note"].valid(0));
  EXPECT_FALSE(t["note"].valid(1));
  const std::size_t past[] = {3};
  EXPECT_EQ(code_of([&] { (void)f.take(past); }), ErrorCode::out_of_range);
  try {
    (void)f.take(past);
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "row 3 is past the end (3)");
  }
}


}  // namespace
}  // namespace planwerk
