// SPDX-License-Identifier: Apache-2.0
#include "text_check.hpp"

#include <cstdio>

#include "planwerk/utf8.hpp"

namespace planwerk::model::detail {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

void report(const std::string& text, const std::string& where, std::optional<Kind> kind, const std::string& entity,
            std::vector<Diagnostic>& out) {
  const std::size_t at = first_invalid_utf8(text);
  if (at == valid_utf8) return;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[at])));
  // An entity whose id is broken is named by its place instead.
  const bool id_ok = first_invalid_utf8(entity) == valid_utf8;
  out.push_back({"PW004", Severity::error, kind, id_ok ? entity : std::string(), where,
                 where + " is not valid UTF-8 (byte " + std::to_string(at + 1) + " is " + byte + ")"});
}

bool is_kind_list(const std::string& name);

// Whether every string field is UTF-8: the quick pass, building no paths.
// Only a message that fails it is walked again with paths for the report,
// so that loading pays one look at each string (BM_FromProto).
// One field list per depth, reused across the whole walk (no allocation
// per message once the lists have grown).
using FieldLists = std::vector<std::vector<const FieldDescriptor*>>;

bool all_valid(const Message& m, FieldLists& lists, std::size_t depth) {
  if (depth > 64) return true;
  if (lists.size() <= depth) lists.resize(depth + 1);
  const Reflection* r = m.GetReflection();
  auto& fields = lists[depth];
  fields.clear();
  r->ListFields(m, &fields);
  std::string scratch;
  for (std::size_t k = 0; k < lists[depth].size(); ++k) {
    const FieldDescriptor* f = lists[depth][k];
    const bool text = f->type() == FieldDescriptor::TYPE_STRING;
    const bool message = f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE;
    if (f->is_repeated()) {
      const int n = r->FieldSize(m, f);
      for (int i = 0; i < n; ++i) {
        if (text && first_invalid_utf8(r->GetRepeatedStringReference(m, f, i, &scratch)) != valid_utf8) return false;
        if (message && !all_valid(r->GetRepeatedMessage(m, f, i), lists, depth + 1)) return false;
      }
    } else if (text) {
      if (first_invalid_utf8(r->GetStringReference(m, f, &scratch)) != valid_utf8) return false;
    } else if (message && !all_valid(r->GetMessage(m, f), lists, depth + 1)) {
      return false;
    }
  }
  return true;
}

void walk(const Message& m, const std::string& path, std::optional<Kind> kind, const std::string& entity,
          std::vector<Diagnostic>& out, int depth, bool skip_lists = false) {
  if (depth > 64) return;  // the schema nests a few levels; parsers bound the rest
  const Reflection* r = m.GetReflection();
  std::vector<const FieldDescriptor*> fields;
  r->ListFields(m, &fields);
  for (const FieldDescriptor* f : fields) {
    if (skip_lists && is_kind_list(f->name())) continue;
    const std::string name = path.empty() ? f->name() : path + "." + f->name();
    const bool text = f->type() == FieldDescriptor::TYPE_STRING;
    const bool message = f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE;
    if (!text && !message) continue;
    if (f->is_repeated()) {
      const int n = r->FieldSize(m, f);
      for (int i = 0; i < n; ++i) {
        const std::string at = name + "[" + std::to_string(i) + "]";
        if (text) report(r->GetRepeatedString(m, f, i), at, kind, entity, out);
        else walk(r->GetRepeatedMessage(m, f, i), at, kind, entity, out, depth + 1);
      }
    } else if (text) {
      report(r->GetString(m, f), name, kind, entity, out);
    } else {
      walk(r->GetMessage(m, f), name, kind, entity, out, depth + 1);
    }
  }
}

bool is_kind_list(const std::string& name) {
  for (Kind k : all_kinds)
    if (kind_list_name(k) == name) return true;
  return false;
}

}  // namespace

std::string id_problem(std::string_view id) {
  if (id.size() > max_id_bytes)
    return "has " + std::to_string(id.size()) + " bytes, more than the " + std::to_string(max_id_bytes) + " an id may have";
  for (std::size_t i = 0; i < id.size(); ++i) {
    const auto c = static_cast<unsigned char>(id[i]);
    if (c < 0x20 || c == 0x7f) {
      char code[8];
      std::snprintf(code, sizeof code, "0x%02X", c);
      return "has a control character (" + std::string(code) + ") at byte " + std::to_string(i + 1);
    }
  }
  return {};
}

void check_document_text(const v1::Concept& doc, std::vector<Diagnostic>& out) {
  FieldLists lists;
  if (all_valid(doc, lists, 0)) return;
  walk(doc, "", std::nullopt, "", out, 0, true);
  for_each_kind([&](auto tag) {
    constexpr Kind K = decltype(tag)::value;
    const auto& list = KindTraits<K>::list(doc);
    for (int i = 0; i < list.size(); ++i)
      walk(list[i], std::string(kind_list_name(K)) + "[" + std::to_string(i) + "]", K, list[i].id(), out, 0);
  });
}

void check_text(const Message& message, const std::string& path, std::optional<Kind> kind, const std::string& entity,
                std::vector<Diagnostic>& out) {
  FieldLists lists;
  if (all_valid(message, lists, 0)) return;
  walk(message, path, kind, entity, out, 0);
}

}  // namespace planwerk::model::detail
