#include "resolver.hpp"

namespace planwerk::model::detail {

void Resolver::enter(std::optional<Kind> kind, const std::string& id, std::string path) {
  kind_ = kind;
  id_ = id;
  path_ = std::move(path);
  prefix_ = std::string(kind ? kind_name(*kind) : "concept") + " \"" + id + "\": ";
}

void Resolver::report(const char* code, const std::string& field, const std::string& what) {
  out_.push_back({code, Severity::error, kind_, id_, path_.empty() ? field : path_ + "." + field,
                  prefix_ + field + " " + what});
}

Index Resolver::ref(Kind target, const std::string& id, const std::string& field) {
  if (id.empty()) return npos;
  if (auto index = lookup_(target, id)) return *index;
  report("PW003", field, "refers to unknown " + std::string(kind_name(target)) + " \"" + id + "\"");
  return npos;
}

std::vector<Index> Resolver::refs(Kind target, const google::protobuf::RepeatedPtrField<std::string>& ids,
                                  const std::string& field) {
  std::vector<Index> result;
  result.reserve(static_cast<std::size_t>(ids.size()));
  for (int i = 0; i < ids.size(); ++i) {
    const std::string item = field + "[" + std::to_string(i) + "]";
    if (ids[i].empty()) {
      invalid(item, "is empty");
      continue;
    }
    Index index = ref(target, ids[i], item);
    if (index != npos) result.push_back(index);
  }
  return result;
}

Date Resolver::date(const std::string& text, const std::string& field) {
  if (auto d = parse_date(text)) return *d;
  invalid(field, "is not a date of the form YYYY-MM-DD: \"" + text + "\"");
  return Date{};
}

void Resolver::invalid(const std::string& field, const std::string& what) { report("PW004", field, what); }

}  // namespace planwerk::model::detail
