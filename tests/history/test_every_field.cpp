// SPDX-License-Identifier: Apache-2.0
// Every field of every schema message survives every conversion: a document
// in which reflection sets every field the schema has (so a field added to
// the schema is covered without a line here) goes proto -> model -> proto
// and proto -> model -> Boost archive (binary, text, XML) -> model -> proto,
// and comes back equal. A field the model or its description
// (model/entities.hpp) leaves out, or that a conversion drops, makes it
// fail, naming the field.
#include <gtest/gtest.h>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/util/message_differencer.h>

#include <map>
#include <string>

#include "planwerk/history/workspace.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/model/entity_table.hpp"
#include "planwerk/model/kind.hpp"

namespace planwerk::history {
namespace {

namespace pb = google::protobuf;
using FD = pb::FieldDescriptor;
using model::Kind;

// The kind a reference field names, by the schema's naming: "goal_id",
// "parent_goal_id", "goal_ids" -> goal; "responsible_actor_id" -> actor.
std::optional<Kind> referenced_kind(const std::string& field) {
  static const std::map<std::string, Kind> by_stem = {
      {"guiding_goal", Kind::guiding_goal}, {"action_field", Kind::action_field}, {"need", Kind::need},
      {"goal", Kind::goal},                 {"measure", Kind::measure},           {"predecessor", Kind::measure},
      {"actor", Kind::actor},               {"committee", Kind::committee},       {"district", Kind::district},
      {"target_group", Kind::target_group}, {"indicator", Kind::indicator},       {"format", Kind::participation_format},
      {"event", Kind::participation_event}, {"stakeholder", Kind::stakeholder},   {"pool", Kind::budget_pool},
      {"budget_pool", Kind::budget_pool}};
  std::string stem = field;
  for (const char* tail : {"_ids", "_id"}) {
    const std::string t = tail;
    if (stem.size() > t.size() && stem.compare(stem.size() - t.size(), t.size(), t) == 0) {
      stem.resize(stem.size() - t.size());
      // The longest known stem at the end: "parent_goal" -> "goal", "responsible_actor" -> "actor".
      for (std::size_t at = 0;;) {
        if (auto it = by_stem.find(stem.substr(at)); it != by_stem.end()) return it->second;
        const std::size_t next = stem.find('_', at);
        if (next == std::string::npos) return std::nullopt;
        at = next + 1;
      }
    }
  }
  return std::nullopt;
}

// Sets every field of `m` that has none to a value the model accepts:
// references to the entity "<kind>-a" (which the document holds for every
// kind), dates to a working day, numbers to 2 (positive, a valid count,
// weight and amount), enums to their first value after UNSPECIFIED, other
// strings to a text naming the field; lists get one element, sub-messages
// are filled the same way.
void fill(pb::Message& m, const std::string& self_id) {
  const auto* d = m.GetDescriptor();
  const auto* r = m.GetReflection();
  for (int i = 0; i < d->field_count(); ++i) {
    const FD* f = d->field(i);
    // Set already (for a proto3 scalar without presence: not its default).
    if (f->is_repeated() ? r->FieldSize(m, f) > 0 : r->HasField(m, f)) continue;
    const std::string name = f->name();
    auto text = [&]() -> std::string {
      if (name == "id") return self_id;
      if (model::is_date_field(name) || name == "meetings" || name == "working_days" || name == "holidays") return "2026-03-02";
      if (name == "state") return "NW";
      if (name == "recurrence") return "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4";
      if (name == "group") return "migration:yes";
      if (auto k = referenced_kind(name)) return std::string(model::kind_name(*k)) + "-a";
      return "text of " + name;
    };
    switch (f->cpp_type()) {
      case FD::CPPTYPE_STRING:
        if (f->is_repeated()) r->AddString(&m, f, text());
        else r->SetString(&m, f, text());
        break;
      case FD::CPPTYPE_ENUM: {
        const int value = f->enum_type()->value_count() > 1 ? 1 : 0;
        if (f->is_repeated()) r->AddEnumValue(&m, f, value);
        else r->SetEnumValue(&m, f, value);
        break;
      }
      case FD::CPPTYPE_BOOL:
        if (f->is_repeated()) r->AddBool(&m, f, true);
        else r->SetBool(&m, f, true);
        break;
      case FD::CPPTYPE_DOUBLE:
        if (f->is_repeated()) r->AddDouble(&m, f, 2.5);
        else r->SetDouble(&m, f, 2.5);
        break;
      case FD::CPPTYPE_FLOAT:
        if (f->is_repeated()) r->AddFloat(&m, f, 2.5f);
        else r->SetFloat(&m, f, 2.5f);
        break;
      case FD::CPPTYPE_INT32:
        if (f->is_repeated()) r->AddInt32(&m, f, 2);
        else r->SetInt32(&m, f, 2);
        break;
      case FD::CPPTYPE_INT64:
        if (f->is_repeated()) r->AddInt64(&m, f, 2);
        else r->SetInt64(&m, f, 2);
        break;
      case FD::CPPTYPE_UINT32:
        if (f->is_repeated()) r->AddUInt32(&m, f, 2);
        else r->SetUInt32(&m, f, 2);
        break;
      case FD::CPPTYPE_UINT64:
        if (f->is_repeated()) r->AddUInt64(&m, f, 2);
        else r->SetUInt64(&m, f, 2);
        break;
      case FD::CPPTYPE_MESSAGE:
        fill(f->is_repeated() ? *r->AddMessage(&m, f) : *r->MutableMessage(&m, f), "");
        break;
    }
  }
}

// A document with two entities of every kind ("<kind>-a", "<kind>-b"), every
// field of each set; "-b" refers to "-a" so that no reference is to itself.
v1::Concept every_field() {
  v1::Concept doc;
  doc.set_schema_version(model::schema_version);
  for (Kind k : model::all_kinds) {
    const auto* list = doc.GetDescriptor()->FindFieldByName(std::string(model::kind_list_name(k)));
    for (const char* suffix : {"-a", "-b"})
      fill(*doc.GetReflection()->AddMessage(&doc, list), std::string(model::kind_name(k)) + suffix);
  }
  fill(doc, "every-field");
  // What the model refuses, made consistent: a goal's parent is another goal
  // than itself, a measure's predecessor another measure.
  doc.mutable_goals(0)->clear_parent_goal_id();
  doc.mutable_goals(1)->set_parent_goal_id("goal-a");
  for (auto& m : *doc.mutable_measures())
    for (auto& dep : *m.mutable_dependencies()) dep.set_predecessor_id("measure-b");
  doc.mutable_measures(1)->clear_dependencies();
  return doc;
}

std::string difference(const v1::Concept& a, const v1::Concept& b) {
  std::string report;
  pb::util::MessageDifferencer differ;
  differ.ReportDifferencesToString(&report);
  return differ.Compare(a, b) ? std::string() : report;
}

// Every field of the schema is set in the document, in one of the two
// entities of each kind at least (the filler reaches them all): a check of
// the test itself.
void expect_every_field_set(const pb::Message& a, const pb::Message& b, const std::string& path) {
  const auto* d = a.GetDescriptor();
  const auto* r = a.GetReflection();
  for (int i = 0; i < d->field_count(); ++i) {
    const FD* f = d->field(i);
    const std::string at = path + "." + f->name();
    auto set = [&](const pb::Message& m) { return f->is_repeated() ? r->FieldSize(m, f) > 0 : r->HasField(m, f); };
    EXPECT_TRUE(set(a) || set(b)) << at;
    if (f->cpp_type() == FD::CPPTYPE_MESSAGE && set(a) && set(b)) {
      const auto& x = f->is_repeated() ? r->GetRepeatedMessage(a, f, 0) : r->GetMessage(a, f);
      const auto& y = f->is_repeated() ? r->GetRepeatedMessage(b, f, 0) : r->GetMessage(b, f);
      expect_every_field_set(x, y, at);
    }
  }
}

TEST(EveryField, TheDocumentSetsEveryFieldOfTheSchema) {
  const v1::Concept doc = every_field();
  for (Kind k : model::all_kinds) {
    const auto* list = doc.GetDescriptor()->FindFieldByName(std::string(model::kind_list_name(k)));
    const auto* r = doc.GetReflection();
    expect_every_field_set(r->GetRepeatedMessage(doc, list, 0), r->GetRepeatedMessage(doc, list, 1),
                           std::string(model::kind_name(k)));
  }
}

TEST(EveryField, SurvivesProtoModelProto) {
  const v1::Concept doc = every_field();
  const model::Concept plan = model::from_proto(doc);
  EXPECT_EQ(difference(doc, model::to_proto(plan)), "");
}

TEST(EveryField, SurvivesTheBoostArchivesInEveryFormat) {
  const v1::Concept doc = every_field();
  Workspace w;
  w.versions.push_back({"every field", model::from_proto(doc), {}});
  for (auto format : {ArchiveFormat::binary, ArchiveFormat::text, ArchiveFormat::xml}) {
    SCOPED_TRACE(static_cast<int>(format));
    const Workspace back = from_bytes(to_bytes(w, format));
    ASSERT_EQ(back.versions.size(), 1u);
    EXPECT_EQ(difference(doc, model::to_proto(back.versions[0].plan)), "");
  }
}

}  // namespace
}  // namespace planwerk::history
