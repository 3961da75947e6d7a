// Resolves the ids, dates and enum values of one document entity into model
// form, recording every problem as a diagnostic instead of stopping at the
// first. Loading a document and editing a concept both use it, so a
// reference is checked the same way on both paths.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <google/protobuf/repeated_ptr_field.h>

#include "planwerk/model/diagnostic.hpp"
#include "planwerk/model/types.hpp"

namespace planwerk::model::detail {

// Finds the index of an id of a kind, where the entity will be once loaded.
using Lookup = std::function<std::optional<Index>(Kind, std::string_view)>;

class Resolver {
 public:
  Resolver(Lookup lookup, std::vector<Diagnostic>& out) : lookup_(std::move(lookup)), out_(out) {}

  // Sets the entity that following findings are about; `path` locates it in
  // the document ("measures[3]"). No kind means the concept's own header.
  void enter(std::optional<Kind> kind, const std::string& id, std::string path);

  // "" resolves to npos; an unknown id is reported (PW003) and gives npos.
  Index ref(Kind target, const std::string& id, const std::string& field);
  std::vector<Index> refs(Kind target, const google::protobuf::RepeatedPtrField<std::string>& ids,
                          const std::string& field);

  // "" is an unset date; anything but a real "YYYY-MM-DD" day is reported (PW004).
  Date date(const std::string& text, const std::string& field);

  // Reports an enum number the schema does not define (PW004).
  template <class E>
  E enumeration(E value, bool (*is_valid)(int), const std::string& field) {
    if (!is_valid(static_cast<int>(value))) {
      invalid(field, "has the unknown value " + std::to_string(static_cast<int>(value)));
      return E{};
    }
    return value;
  }

  // Reports a malformed value (PW004): "<kind> "<id>": <field> <what>".
  void invalid(const std::string& field, const std::string& what);

 private:
  Lookup lookup_;
  std::vector<Diagnostic>& out_;
  void report(const char* code, const std::string& field, const std::string& what);

  std::optional<Kind> kind_;
  std::string id_;
  std::string path_;    // "measures[3]"; "" for the header
  std::string prefix_;  // "measure \"M3\": "
};

}  // namespace planwerk::model::detail
