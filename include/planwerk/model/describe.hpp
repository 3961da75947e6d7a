// SPDX-License-Identifier: Apache-2.0
// The fields of the model's structs, described once, beside each struct
// (entities.hpp): PLANWERK_DESCRIBE(Goal, id, title, ...) in declaration
// order. A reference to an entity is written (member, schema_field, kind):
// an index here, an id in the schema, e.g. (responsible,
// responsible_actor_id, actor). A field whose schema field has another name
// and is no reference is written (member, schema_field). Every other field
// has its schema field's name.
//
// Generic code reads the descriptions: the conversions between schema
// messages and model structs (src/model/schema_binding.hpp), the walk over
// an entity's references (src/model/references.hpp) and the Boost archives
// (history/serialize.hpp). The build checks each description against its
// struct: a field added to a struct and not to its description fails to
// compile (field_count counts an aggregate's members the way Boost.PFR
// does); a test checks that the described schema names cover each schema
// message (tests/model/test_describe.cpp). Hand-written because Debian 12's
// Boost (1.74) predates Boost.Describe (1.77), which lacks the schema side
// anyway.
#pragma once

#include <cstddef>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

#include "planwerk/model/kind.hpp"

namespace planwerk::model {

/// How a schema message's field is read and written: the generated
/// accessors x(), mutable_x(), set_x(v) and has_x(), as generic lambdas, so
/// that only those the field's type needs are ever instantiated.
template <class Get, class Mutable, class Set, class Has>
struct SchemaAccess {
  Get get;      ///< x(): reads the field
  Mutable mut;  ///< mutable_x(): the field to fill in place
  Set set;      ///< set_x(v): writes the field
  Has has;      ///< has_x(): whether an optional field is present
};
/// Deduces the lambdas' types.
template <class Get, class Mutable, class Set, class Has>
SchemaAccess(Get, Mutable, Set, Has) -> SchemaAccess<Get, Mutable, Set, Has>;

/// One field: its name, where it is, and its schema field. A reference
/// (Reference) is told apart by its type, as its member type (Index) is also
/// that of plain counts.
template <class T, class M, class Access = std::nullptr_t, bool Reference = false>
struct Field {
  static constexpr bool is_reference = Reference;  ///< whether it refers to another entity
  const char* name;                               ///< the struct member's name
  M T::*member;                                   ///< where it is in the struct
  const char* schema_name = name;                 ///< the schema field's name
  std::optional<Kind> refers_to = std::nullopt;  ///< for references: the kind of entity
  Access schema = {};                             ///< the schema field's accessors (SchemaAccess)
};
/// A field with a kind is a reference; with std::nullopt it is not.
///@{
template <class T, class M, class Access>
Field(const char*, M T::*, const char*, Kind, Access) -> Field<T, M, Access, true>;
template <class T, class M, class Access>
Field(const char*, M T::*, const char*, std::nullopt_t, Access) -> Field<T, M, Access, false>;
///@}

/// The tag that finds a struct's description (described_fields) by
/// argument-dependent look-up.
template <class T>
struct Describe {};

template <class T>
concept Described = requires { described_fields(Describe<T>{}); };

/// The description of T: a tuple of Field.
template <Described T>
constexpr auto description() {
  return described_fields(Describe<std::remove_const_t<T>>{});
}

/// Calls f(name, member) for every field of x, in declaration order.
template <Described T, class F>
void for_each_field(T& x, F&& f) {
  /// A constant: built at compile time, not once per call.
  static constexpr auto fields = description<T>();
  std::apply([&](const auto&... field) { (f(field.name, x.*(field.member)), ...); }, fields);
}

/// Calls f(field) for every Field of T's description, in declaration order.
template <Described T, class F>
void for_each_description(F&& f) {
  static constexpr auto fields = description<T>();
  std::apply([&](const auto&... field) { (f(field), ...); }, fields);
}

namespace detail {
/// Converts to anything: counts an aggregate's fields by how many it takes.
struct AnyField {
  /// Declared only: it is never called, only asked whether it exists.
  template <class U>
  operator U&() const&& noexcept;
};

template <class T, std::size_t... I>
constexpr bool takes(std::index_sequence<I...>) {
  return requires { T{(void(I), AnyField{})...}; };
}
}  // namespace detail

/// The number of members of aggregate T.
template <class T, std::size_t N = 0>
constexpr std::size_t field_count() {
  if constexpr (detail::takes<T>(std::make_index_sequence<N + 1>{}))
    return field_count<T, N + 1>();
  else
    return N;
}

}  // namespace planwerk::model

// PLANWERK_DESCRIBE(Type, field, ...): up to 24 fields, in declaration
// order, at namespace scope in planwerk::model; a field is `member` or
// `(member, schema_field, kind)` (`(member, schema_field)` when it holds no
// reference).
#define PLANWERK_DESCRIBE(T, ...)                                                                       \
  inline constexpr auto described_fields(::planwerk::model::Describe<T>) {                               \
    return std::make_tuple(PLANWERK_DESCRIBE_MAP_(PLANWERK_DESCRIBE_NARGS_(__VA_ARGS__), T, __VA_ARGS__)); \
  }                                                                                                     \
  static_assert(std::tuple_size_v<decltype(described_fields(::planwerk::model::Describe<T>{}))> ==        \
                    ::planwerk::model::field_count<T>(),                                                \
                #T ": PLANWERK_DESCRIBE must name every field, in declaration order");

// The machinery. A field is told apart from a parenthesised one by whether
// PLANWERK_DESCRIBE_PROBE_ followed by it expands.
#define PLANWERK_DESCRIBE_SECOND_(a, b, ...) b
#define PLANWERK_DESCRIBE_SECOND(...) PLANWERK_DESCRIBE_SECOND_(__VA_ARGS__)
#define PLANWERK_DESCRIBE_PROBE_(...) ~, 1
#define PLANWERK_DESCRIBE_IS_PAREN_(x) PLANWERK_DESCRIBE_SECOND(PLANWERK_DESCRIBE_PROBE_ x, 0, ~)
#define PLANWERK_DESCRIBE_CAT_(a, b) PLANWERK_DESCRIBE_CAT2_(a, b)
#define PLANWERK_DESCRIBE_CAT2_(a, b) a##b
#define PLANWERK_DESCRIBE_FIELD_(T, x) PLANWERK_DESCRIBE_CAT_(PLANWERK_DESCRIBE_FIELD_, PLANWERK_DESCRIBE_IS_PAREN_(x))(T, x)
#define PLANWERK_DESCRIBE_UNPAREN_(...) __VA_ARGS__
#define PLANWERK_DESCRIBE_FIELD_0(T, m) PLANWERK_DESCRIBE_BIND_(T, m, m, std::nullopt)
#define PLANWERK_DESCRIBE_FIELD_1(T, x) PLANWERK_DESCRIBE_REF_(T, PLANWERK_DESCRIBE_UNPAREN_ x)
#define PLANWERK_DESCRIBE_REF_(...) PLANWERK_DESCRIBE_REF2_(__VA_ARGS__)
#define PLANWERK_DESCRIBE_REF2_(T, m, s, ...) \
  PLANWERK_DESCRIBE_BIND_(T, m, s, PLANWERK_DESCRIBE_FIRST_(__VA_OPT__(::planwerk::model::Kind::__VA_ARGS__, ) std::nullopt))
#define PLANWERK_DESCRIBE_FIRST_(...) PLANWERK_DESCRIBE_FIRST2_(__VA_ARGS__, ~)
#define PLANWERK_DESCRIBE_FIRST2_(a, ...) a
#define PLANWERK_DESCRIBE_BIND_(T, m, s, kind)                                                     \
  ::planwerk::model::Field{#m, &T::m, #s, kind, PLANWERK_DESCRIBE_ACCESS_(s)}
#define PLANWERK_DESCRIBE_ACCESS_(s)                                        \
  ::planwerk::model::SchemaAccess{                                         \
      [](const auto& message) -> decltype(auto) { return message.s(); },   \
      [](auto& message) { return message.mutable_##s(); },                 \
      [](auto& message, const auto& value) { message.set_##s(value); },     \
      [](const auto& message) { return message.has_##s(); }}
#define PLANWERK_DESCRIBE_1_(T, m) PLANWERK_DESCRIBE_FIELD_(T, m)
#define PLANWERK_DESCRIBE_2_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_1_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_3_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_2_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_4_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_3_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_5_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_4_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_6_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_5_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_7_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_6_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_8_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_7_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_9_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_8_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_10_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_9_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_11_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_10_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_12_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_11_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_13_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_12_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_14_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_13_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_15_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_14_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_16_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_15_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_17_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_16_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_18_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_17_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_19_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_18_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_20_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_19_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_21_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_20_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_22_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_21_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_23_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_22_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_24_(T, m, ...) PLANWERK_DESCRIBE_FIELD_(T, m), PLANWERK_DESCRIBE_23_(T, __VA_ARGS__)
#define PLANWERK_DESCRIBE_COUNT_(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, _17, _18, _19, _20, _21, _22, _23, _24, n, ...) n
#define PLANWERK_DESCRIBE_NARGS_(...) PLANWERK_DESCRIBE_COUNT_(__VA_ARGS__, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define PLANWERK_DESCRIBE_NAME_(n) PLANWERK_DESCRIBE_NAME2_(n)
#define PLANWERK_DESCRIBE_NAME2_(n) PLANWERK_DESCRIBE_##n##_
#define PLANWERK_DESCRIBE_MAP_(n, T, ...) PLANWERK_DESCRIBE_NAME_(n)(T, __VA_ARGS__)
