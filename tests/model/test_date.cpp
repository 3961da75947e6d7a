// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "planwerk/model/types.hpp"

namespace planwerk::model {
namespace {

TEST(Date, ParsesAndFormatsIsoDays) {
  auto d = parse_date("2025-09-02");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year(), 2025);
  EXPECT_EQ(d->month(), 9);
  EXPECT_EQ(d->day(), 2);
  EXPECT_EQ(format_date(*d), "2025-09-02");
}

TEST(Date, EmptyIsUnset) {
  auto d = parse_date("");
  ASSERT_TRUE(d.has_value());
  EXPECT_FALSE(is_set(*d));
  EXPECT_EQ(format_date(*d), "");
}

TEST(Date, LeapDays) {
  // 2024 is divisible by 4 and not by 100: a leap year. 2100 is divisible by
  // 100 and not by 400: not a leap year. 2000 is divisible by 400: leap.
  EXPECT_TRUE(parse_date("2024-02-29").has_value());
  EXPECT_FALSE(parse_date("2100-02-29").has_value());
  EXPECT_TRUE(parse_date("2000-02-29").has_value());
}

TEST(Date, RejectsAnythingButStrictIsoDays) {
  for (const char* bad : {"2025-9-2", "02.09.2025", "2025-02-30", "2025-13-01", "2025-00-10", "20250902",
                          "2025-09-02T00:00", " 2025-09-02", "abcd-ef-gh", "0999-01-01", "2025-04-31"}) {
    EXPECT_FALSE(parse_date(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace planwerk::model
