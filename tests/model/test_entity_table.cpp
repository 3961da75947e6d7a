// SPDX-License-Identifier: Apache-2.0
// Every field of every entity as a frame, read from the schema's descriptors.
#include <gtest/gtest.h>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <algorithm>
#include <cmath>

#include "planwerk/io/load.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/model/diagnostic.hpp"
#include "planwerk/model/entity_table.hpp"
#include "planwerk/model/kind.hpp"

namespace planwerk::model {
namespace {

using T = Column::Type;

TEST(EntityTable, MeasuresOfTheSampleWithEveryFieldOfTheSchema) {
  const Concept plan = io::load(PLANWERK_SAMPLE);
  const Frame f = entity_table(plan, Kind::measure);
  EXPECT_EQ(f.rows(), 41u);
  // One column per field of planwerk.v1.Measure, in field-number order.
  const auto* d = v1::Measure::descriptor();
  ASSERT_EQ(f.size(), static_cast<std::size_t>(d->field_count()));
  for (int k = 0; k < d->field_count(); ++k) EXPECT_EQ(f[static_cast<std::size_t>(k)].name(), d->field(k)->name());
  EXPECT_EQ(f["id"].type(), T::text);
  EXPECT_EQ(f["start"].type(), T::date);
  EXPECT_EQ(f["status"].type(), T::category);
  EXPECT_EQ(f["duration_days"].type(), T::integer);
  EXPECT_EQ(f["contributions"].type(), T::text);  // a JSON array
  // m-14, as the document says: planned from 2026-08-03, one FS dependency
  // on m-13 with a lag of 20 working days.
  const auto row = static_cast<std::size_t>(plan.index_of(Kind::measure, "m-14"));
  EXPECT_EQ(f["id"].texts()[row], "m-14");
  EXPECT_EQ(f["start"].dates()[row], (Day{2026, 8, 3}));
  const auto& dependencies = f["dependencies"].texts()[row];
  EXPECT_NE(dependencies.find("\"predecessor_id\":\"m-13\""), std::string::npos) << dependencies;
  EXPECT_NE(dependencies.find("\"lag\":20"), std::string::npos) << dependencies;
  // Codes are the schema's enum numbers; labels drop the enum's prefix.
  const auto& status = f["status"];
  EXPECT_EQ(status.labels()[static_cast<std::size_t>(v1::MEASURE_STATUS_IN_PROGRESS)], "in_progress");
  EXPECT_EQ(status.codes()[row], static_cast<int>(plan.measures()[row].status));
}

TEST(EntityTable, FieldsWithoutAValueAreMissing) {
  v1::Concept doc;
  doc.set_id("c");
  auto* m = doc.add_measures();
  m->set_id("a");
  auto* b = doc.add_measures();
  b->set_id("b");
  b->set_title("B");
  b->set_duration_days(5);
  b->set_start("2026-01-05");
  b->add_partner_actor_ids("x");
  doc.add_actors()->set_id("x");
  const Frame f = entity_table(from_proto(doc), Kind::measure);
  EXPECT_FALSE(f["title"].valid(0));
  EXPECT_TRUE(f["title"].valid(1));
  EXPECT_FALSE(f["duration_days"].valid(0));  // optional, not set
  EXPECT_EQ(f["duration_days"].integers()[1], 5);
  EXPECT_FALSE(f["start"].valid(0));
  EXPECT_EQ(f["start"].dates()[0], Day{});
  EXPECT_FALSE(f["budget"].valid(0));  // a message not set
  EXPECT_FALSE(f["partner_actor_ids"].valid(0));
  EXPECT_EQ(f["partner_actor_ids"].texts()[1], "[\"x\"]");
}

TEST(EntityTable, EveryKindAndTheHeader) {
  const Concept plan = io::load(PLANWERK_SAMPLE);
  for (Kind k : all_kinds) {
    const Frame f = entity_table(plan, k);
    EXPECT_EQ(f.rows(), plan.count(k)) << kind_name(k);
    EXPECT_EQ(f.size(), static_cast<std::size_t>(new_entity_message(k)->GetDescriptor()->field_count()));
  }
  const Frame h = header_table(plan);
  EXPECT_EQ(h.rows(), 1u);
  EXPECT_EQ(h["id"].texts()[0], "oberhausen-2025");
  EXPECT_EQ(h["period_start"].type(), T::date);
  EXPECT_FALSE(h.find("measures").has_value());  // entity lists are left out
  EXPECT_TRUE(h.find("calendar").has_value());
}

// The naming rule for date fields, checked against what the model parses:
// every singular string field of every entity message is set to a day that
// does not exist; the model reports it as a malformed date (PW004 "is not a
// date") exactly for the fields the rule names.
TEST(EntityTable, DateFieldsAreExactlyThoseTheModelParsesAsDates) {
  int dates = 0;
  for (Kind k : all_kinds) {
    const auto* d = new_entity_message(k)->GetDescriptor();
    for (int i = 0; i < d->field_count(); ++i) {
      const auto* f = d->field(i);
      if (f->is_repeated() || f->cpp_type() != google::protobuf::FieldDescriptor::CPPTYPE_STRING || f->name() == "id")
        continue;
      v1::Concept doc;
      doc.set_id("c");
      auto* list = doc.GetReflection()->AddMessage(&doc, doc.GetDescriptor()->FindFieldByName(std::string(kind_list_name(k))));
      list->GetReflection()->SetString(list, d->FindFieldByName("id"), "e");
      list->GetReflection()->SetString(list, f, "2024-02-30");
      bool reported = false;
      for (const auto& p : check_structure(doc))
        reported = reported || (p.code == "PW004" && p.message.find("is not a date") != std::string::npos &&
                                p.field.size() >= f->name().size() &&
                                p.field.compare(p.field.size() - f->name().size(), f->name().size(), f->name()) == 0);
      EXPECT_EQ(reported, is_date_field(f->name())) << d->name() << "." << f->name();
      dates += reported ? 1 : 0;
    }
  }
  EXPECT_GE(dates, 8);  // start, end, actual_start, actual_finish, deadline, due, achieved, date, ...
}

TEST(EntityTable, ANumberThatIsNoKindIsRefused) {
  const Concept plan = io::load(PLANWERK_SAMPLE);
  for (int bad : {0, -1, 17, 1 << 30}) {
    try {
      (void)entity_table(plan, static_cast<Kind>(bad));
      ADD_FAILURE() << "kind " << bad << " was accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::invalid_argument);
      EXPECT_EQ(std::string(e.what()), "kind " + std::to_string(bad) + " does not exist");
    }
  }
}

TEST(DiagnosticCodeTable, EveryCodeOnceInOrderWithItsSeverity) {
  const Frame f = diagnostic_code_table();
  ASSERT_EQ(f.rows(), diagnostic_codes().size());
  const auto& codes = f["code"].texts();
  EXPECT_TRUE(std::is_sorted(codes.begin(), codes.end()));
  EXPECT_EQ(std::adjacent_find(codes.begin(), codes.end()), codes.end());  // no code twice
  EXPECT_EQ(f["severity"].labels(), (std::vector<std::string>{"error", "warning", "info"}));
  for (std::size_t i = 0; i < f.rows(); ++i)
    EXPECT_EQ(f["severity"].codes()[i], static_cast<std::int32_t>(diagnostic_codes()[i].severity)) << codes[i];
}

}  // namespace
}  // namespace planwerk::model
