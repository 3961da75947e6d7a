// SPDX-License-Identifier: Apache-2.0
#include "resolver.hpp"

namespace planwerk::model::detail {

std::string Field::str() const {
  std::string out = outer != nullptr ? outer->str() : std::string();
  if (list != nullptr) out += (out.empty() ? "" : ".") + std::string(list) + "[" + std::to_string(index) + "]";
  if (name != nullptr) out += (out.empty() ? "" : ".") + std::string(name);
  return out;
}

void Resolver::enter(std::optional<Kind> kind, const std::string& id, std::size_t position) {
  kind_ = kind;
  id_ = &id;
  position_ = position;
}

void Resolver::report(const char* code, const Field& field, const std::string& what) {
  static const std::string none;
  const std::string& id = id_ != nullptr ? *id_ : none;
  const std::string local = field.str();
  const std::string path =
      kind_ ? std::string(kind_list_name(*kind_)) + "[" + std::to_string(position_) + "]." + local : local;
  out_.push_back({code, Severity::error, kind_, id, path,
                  std::string(kind_ ? kind_name(*kind_) : "concept") + " \"" + id + "\": " + local + " " + what});
}

Index Resolver::ref(Kind target, const std::string& id, const Field& field) {
  if (id.empty()) return npos;
  if (auto index = lookup_(target, id)) return *index;
  report("PW003", field, "refers to unknown " + std::string(kind_name(target)) + " \"" + id + "\"");
  return npos;
}

std::vector<Index> Resolver::refs(Kind target, const google::protobuf::RepeatedPtrField<std::string>& ids,
                                  const Field* within, const char* field) {
  std::vector<Index> result;
  result.reserve(static_cast<std::size_t>(ids.size()));
  for (int i = 0; i < ids.size(); ++i) {
    if (ids[i].empty()) {
      invalid(Field(within, field, i, nullptr), "is empty");
      continue;
    }
    Index index = ref(target, ids[i], Field(within, field, i, nullptr));
    if (index != npos) result.push_back(index);
  }
  return result;
}

Date Resolver::date(const std::string& text, const Field& field) {
  if (auto d = parse_date(text)) return *d;
  invalid(field, "is not a date of the form YYYY-MM-DD: \"" + text + "\"");
  return Date{};
}

void Resolver::invalid(const Field& field, const std::string& what) { report("PW004", field, what); }

}  // namespace planwerk::model::detail
