// SPDX-License-Identifier: Apache-2.0
// Resolves the ids, dates and enum values of one document entity into model
// form, recording every problem as a diagnostic instead of stopping at the
// first. Loading a document and editing a concept both use it, so a
// reference is checked the same way on both paths.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <google/protobuf/repeated_ptr_field.h>

#include "planwerk/model/diagnostic.hpp"
#include "planwerk/model/types.hpp"

namespace planwerk::model::detail {

// Where a value sits inside an entity: "start", "need_ids[2]",
// "dependencies[0].predecessor_id". Held as pieces and turned into a string
// only when something is reported, because loading resolves millions of
// references and nearly all of them are fine.
// A field inside a sub-message or a list item names the Field it is in
// (`outer`): "budget" then "amount_cents" is "budget.amount_cents".
struct Field {
  Field(const char* field) : name(field) {}  // NOLINT: implicit by design
  Field(const char* list_name, int position, const char* field = nullptr)
      : list(list_name), index(position), name(field) {}
  Field(const Field* within, const char* list_name, int position, const char* field)
      : outer(within), list(list_name), index(position), name(field) {}
  std::string str() const;

  const Field* outer = nullptr;
  const char* list = nullptr;
  int index = -1;
  const char* name = nullptr;
};

// Finds the index of an id of a kind, where the entity will be once loaded.
using Lookup = std::function<std::optional<Index>(Kind, std::string_view)>;

class Resolver {
 public:
  Resolver(Lookup lookup, std::vector<Diagnostic>& out) : lookup_(std::move(lookup)), out_(out) {}

  // Sets the entity that following findings are about, at `position` in
  // its kind's list. No kind means the concept's own header. `id` must
  // outlive the entity's resolution.
  void enter(std::optional<Kind> kind, const std::string& id, std::size_t position);

  // "" resolves to npos; an unknown id is reported (PW003) and gives npos.
  Index ref(Kind target, const std::string& id, const Field& field);
  // A list of references; `field` names the list ("need_ids"), inside
  // `within` when that is not null.
  std::vector<Index> refs(Kind target, const google::protobuf::RepeatedPtrField<std::string>& ids,
                          const Field* within, const char* field);

  // "" is an unset date; anything but a real "YYYY-MM-DD" day is reported (PW004).
  Date date(const std::string& text, const Field& field);

  // Reports a malformed value (PW004): "<kind> "<id>": <field> <what>".
  void invalid(const Field& field, const std::string& what);

 private:
  Lookup lookup_;
  std::vector<Diagnostic>& out_;
  void report(const char* code, const Field& field, const std::string& what);

  std::optional<Kind> kind_;
  const std::string* id_ = nullptr;
  std::size_t position_ = 0;
};

}  // namespace planwerk::model::detail
