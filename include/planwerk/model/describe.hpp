// The fields of the model's structs, described once, beside each struct
// (entities.hpp): PLANWERK_DESCRIBE(Goal, id, title, ...) in declaration
// order. Generic code reads them with for_each_field: Boost archives
// (history/serialize.hpp) are written from it. The build checks each
// description against its struct: a field added to a struct and not to its
// description fails to compile (field_count counts an aggregate's members
// the way Boost.PFR does). Hand-written because Debian 12's Boost (1.74)
// predates Boost.Describe (1.77), which does the same.
#pragma once

#include <cstddef>
#include <tuple>
#include <utility>

namespace planwerk::model {

// One field: its name and where it is.
template <class T, class M>
struct Field {
  const char* name;
  M T::*member;
};

// The tag that finds a struct's description (described_fields) by
// argument-dependent look-up.
template <class T>
struct Describe {};

template <class T>
concept Described = requires { described_fields(Describe<T>{}); };

// Calls f(name, member) for every field of x, in declaration order.
template <Described T, class F>
void for_each_field(T& x, F&& f) {
  std::apply([&](const auto&... field) { (f(field.name, x.*(field.member)), ...); }, described_fields(Describe<std::remove_const_t<T>>{}));
}

namespace detail {
// Converts to anything: counts an aggregate's fields by how many it takes.
struct AnyField {
  // Declared only: it is never called, only asked whether it exists.
  template <class U>
  operator U&() const&& noexcept;
};

template <class T, std::size_t... I>
constexpr bool takes(std::index_sequence<I...>) {
  return requires { T{(void(I), AnyField{})...}; };
}
}  // namespace detail

// The number of members of aggregate T.
template <class T, std::size_t N = 0>
constexpr std::size_t field_count() {
  if constexpr (detail::takes<T>(std::make_index_sequence<N + 1>{}))
    return field_count<T, N + 1>();
  else
    return N;
}

}  // namespace planwerk::model

// PLANWERK_DESCRIBE(Type, field, ...): up to 24 fields, in declaration
// order, at namespace scope in planwerk::model.
#define PLANWERK_DESCRIBE(T, ...)                                                                       \
  inline constexpr auto described_fields(::planwerk::model::Describe<T>) {                               \
    return std::make_tuple(PLANWERK_DESCRIBE_MAP_(PLANWERK_DESCRIBE_NARGS_(__VA_ARGS__), T, __VA_ARGS__)); \
  }                                                                                                     \
  static_assert(std::tuple_size_v<decltype(described_fields(::planwerk::model::Describe<T>{}))> ==        \
                    ::planwerk::model::field_count<T>(),                                                \
                #T ": PLANWERK_DESCRIBE must name every field, in declaration order");

// The machinery: PLANWERK_DESCRIBE_n_ expands n fields.
#define PLANWERK_DESCRIBE_FIELD_(T, m) ::planwerk::model::Field<T, decltype(T::m)>{#m, &T::m}
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
