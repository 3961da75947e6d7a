// SPDX-License-Identifier: Apache-2.0
// Schema message <-> model struct, for every described struct, driven by
// the descriptions beside the structs (planwerk/model/describe.hpp): what a
// field's model type is says how it converts.
//
//   std::string, numbers, bool   as they are; a number must be finite
//   schema enum                  a number the schema does not define is
//                                reported; 0 (unset) keeps the struct's default
//   Date                         "YYYY-MM-DD" or "" (unset)
//   Index, vector<Index>         ids of the kind the description names
//   optional<T>                  a field with presence
//   vector<Date>, vector<enum>   one by one; unset dates are left out
//   described struct (or list)   recursively; a nested message that would be
//                                empty is not written
//
// What the types do not say (a negative amount, a required reference, a
// score out of range) is in the rules of entity_rules.cpp, one function per
// struct that has any; a rule also decides whether an item of a list is
// kept. Every problem is reported through the Resolver with the field's
// path, and conversion goes on, so a document's problems come out together.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <type_traits>
#include <vector>

#include <google/protobuf/generated_enum_reflection.h>

#include "planwerk/model/concept.hpp"
#include "planwerk/model/describe.hpp"
#include "resolver.hpp"

namespace planwerk::model::detail {

template <class T>
inline constexpr bool is_vector = false;
template <class T>
inline constexpr bool is_vector<std::vector<T>> = true;

template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;

// Whether the schema defines enum number `value` for E: a table from the
// descriptor, built once, indexed by the number (the schema's enums are
// small and dense; the generated E_IsValid cannot be named generically).
template <class E>
bool defines(int value) {
  struct Table {
    int lowest = 0;
    std::vector<unsigned char> known;
  };
  static const Table table = [] {
    const auto* d = google::protobuf::GetEnumDescriptor<E>();
    Table t;
    int highest = 0;
    for (int i = 0; i < d->value_count(); ++i) {
      t.lowest = std::min(t.lowest, d->value(i)->number());
      highest = std::max(highest, d->value(i)->number());
    }
    t.known.assign(static_cast<std::size_t>(highest - t.lowest + 1), 0);
    for (int i = 0; i < d->value_count(); ++i) t.known[static_cast<std::size_t>(d->value(i)->number() - t.lowest)] = 1;
    return t;
  }();
  const auto at = static_cast<long long>(value) - table.lowest;
  return at >= 0 && at < static_cast<long long>(table.known.size()) && table.known[static_cast<std::size_t>(at)] != 0;
}

// The rules beyond the field types (entity_rules.cpp). Each returns whether
// the value is kept when it is an item of a list.
bool rules(const v1::Budget& m, Budget& x, Resolver& r, const Field* at);
bool rules(const v1::Contribution& m, Contribution& x, Resolver& r, const Field* at);
bool rules(const v1::Dependency& m, Dependency& x, Resolver& r, const Field* at);
bool rules(const v1::Constraint& m, Constraint& x, Resolver& r, const Field* at);
bool rules(const v1::Milestone& m, Milestone& x, Resolver& r, const Field* at);
bool rules(const v1::Cadence& m, Cadence& x, Resolver& r, const Field* at);
bool rules(const v1::Indicator& m, Indicator& x, Resolver& r, const Field* at);
bool rules(const v1::Stakeholder& m, Stakeholder& x, Resolver& r, const Field* at);
bool rules(const v1::Allocation& m, Allocation& x, Resolver& r, const Field* at);
bool rules(const v1::BudgetPool& m, BudgetPool& x, Resolver& r, const Field* at);
bool rules(const v1::Closure& m, Closure& x, Resolver& r, const Field* at);
bool rules(const v1::Meeting& m, Meeting& x, Resolver& r, const Field* at);
bool rules(const v1::Consultation& m, Consultation& x, Resolver& r, const Field* at);
// Every other struct: no rules.
template <class M, class T>
bool rules(const M&, T&, Resolver&, const Field*) {
  return true;
}

// A goal relation names a goal of this concept or of another one (by
// concept_id), which no field type says: converted by hand.
void read(const v1::GoalRelation& m, GoalRelation& x, Resolver& r, const Field* at);
void write(const Concept& c, const GoalRelation& x, v1::GoalRelation& m);

template <Described T, class M>
void read(const M& m, T& x, Resolver& r, const Field* at);
template <Described T, class M>
void write(const Concept& c, const T& x, M& m);

// Reads one field of `m` into `value`.
template <class F, class M, class V>
void read_field(const F& field, const M& m, V& value, Resolver& r, const Field* at) {
  const Field here(at, nullptr, -1, field.schema_name);
  if constexpr (F::is_reference && std::is_same_v<V, Index>) {
    value = r.ref(*field.refers_to, field.schema.get(m), here);
  } else if constexpr (F::is_reference) {
    static_assert(std::is_same_v<V, std::vector<Index>>, "a reference is an Index or a list of them");
    value = r.refs(*field.refers_to, field.schema.get(m), at, field.schema_name);
  } else if constexpr (std::is_same_v<V, std::string>) {
    value = field.schema.get(m);
  } else if constexpr (std::is_same_v<V, Date>) {
    value = r.date(field.schema.get(m), here);
  } else if constexpr (std::is_enum_v<V>) {
    const int number = static_cast<int>(field.schema.get(m));
    if (!defines<V>(number))
      r.invalid(here, "has the unknown value " + std::to_string(number));
    else if (number != 0)
      value = static_cast<V>(number);
  } else if constexpr (std::is_floating_point_v<V>) {
    value = field.schema.get(m);
    if (!std::isfinite(value)) r.invalid(here, "must be a finite number");
  } else if constexpr (std::is_arithmetic_v<V>) {
    value = field.schema.get(m);
  } else if constexpr (is_optional<V>) {
    if (field.schema.has(m)) {
      value = field.schema.get(m);
      if constexpr (std::is_floating_point_v<typename V::value_type>)
        if (!std::isfinite(*value)) r.invalid(here, "must be a finite number");
    }
  } else if constexpr (Described<V>) {
    const auto& sub = field.schema.get(m);
    read(sub, value, r, &here);
    rules(sub, value, r, &here);
  } else if constexpr (is_vector<V>) {
    using Item = typename V::value_type;
    const auto& list = field.schema.get(m);
    value.reserve(static_cast<std::size_t>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
      const Field item(at, field.schema_name, i, nullptr);
      if constexpr (std::is_same_v<Item, Date>) {
        const Date d = r.date(list[i], item);
        if (is_set(d)) value.push_back(d);
      } else if constexpr (std::is_enum_v<Item>) {
        if (defines<Item>(list[i]))
          value.push_back(static_cast<Item>(list[i]));
        else
          r.invalid(item, "has the unknown value " + std::to_string(list[i]));
      } else {
        static_assert(Described<Item>, "no conversion for this list's items");
        Item x{};
        read(list[i], x, r, &item);
        if (rules(list[i], x, r, &item)) value.push_back(std::move(x));
      }
    }
  } else {
    static_assert(sizeof(V) == 0, "no conversion for this field's type");
  }
}

template <Described T, class M>
void read(const M& m, T& x, Resolver& r, const Field* at) {
  for_each_description<T>([&](const auto& field) { read_field(field, m, x.*(field.member), r, at); });
}

// Writes one field of the model into `m`.
template <class F, class M, class V>
void write_field(const Concept& c, const F& field, const V& value, M& m) {
  if constexpr (F::is_reference && std::is_same_v<V, Index>) {
    if (value != npos) field.schema.set(m, c.id(*field.refers_to, value));
  } else if constexpr (F::is_reference) {
    auto* out = field.schema.mut(m);
    out->Reserve(static_cast<int>(value.size()));
    for (Index i : value) *out->Add() = c.id(*field.refers_to, i);
  } else if constexpr (std::is_same_v<V, Date>) {
    if (is_set(value)) field.schema.set(m, format_date(value));
  } else if constexpr (std::is_same_v<V, std::string> || std::is_arithmetic_v<V> || std::is_enum_v<V>) {
    field.schema.set(m, value);
  } else if constexpr (is_optional<V>) {
    if (value) field.schema.set(m, *value);
  } else if constexpr (Described<V>) {
    std::remove_cvref_t<decltype(field.schema.get(m))> sub;
    write(c, value, sub);
    if (sub.ByteSizeLong() != 0) *field.schema.mut(m) = std::move(sub);
  } else if constexpr (is_vector<V>) {
    using Item = typename V::value_type;
    auto* out = field.schema.mut(m);
    out->Reserve(static_cast<int>(value.size()));
    for (const Item& x : value) {
      if constexpr (std::is_same_v<Item, Date>)
        *out->Add() = format_date(x);
      else if constexpr (std::is_enum_v<Item>)
        out->Add(x);
      else
        write(c, x, *out->Add());
    }
  } else {
    static_assert(sizeof(V) == 0, "no conversion for this field's type");
  }
}

template <Described T, class M>
void write(const Concept& c, const T& x, M& m) {
  for_each_description<T>([&](const auto& field) { write_field(c, field, x.*(field.member), m); });
}

// An entity of kind K from its message; problems go to `r`, which has
// entered the entity.
template <Kind K>
entity_t<K> from_message(const message_t<K>& m, Resolver& r) {
  entity_t<K> x{};
  read(m, x, r, nullptr);
  rules(m, x, r, nullptr);
  return x;
}

// The message of an entity of `c`.
template <class T, class M>
void to_message(const Concept& c, const T& x, M& m) {
  write(c, x, m);
}

}  // namespace planwerk::model::detail
