// SPDX-License-Identifier: Apache-2.0
// Compile-time map from a Kind to its model struct, its schema message and
// its list in a document, so that generic code (loading, edits, removal,
// look-up) is written once for all kinds.
#pragma once

#include <string>
#include <type_traits>
#include <utility>

#include "planwerk/error.hpp"
#include "planwerk/model/entities.hpp"
#include "planwerk/model/kind.hpp"

namespace planwerk::model {

template <Kind K>
struct KindTraits;

#define PLANWERK_KIND_TRAITS(KIND, TYPE, MESSAGE, LIST)                                   \
  template <>                                                                             \
  struct KindTraits<Kind::KIND> {                                                         \
    using type = TYPE;                                                                    \
    using message = v1::MESSAGE;                                                          \
    static const auto& list(const v1::Concept& doc) { return doc.LIST(); }                \
    static auto* mutable_list(v1::Concept& doc) { return doc.mutable_##LIST(); }          \
  };                                                                                      \
  template <>                                                                             \
  struct KindOfMessage<v1::MESSAGE> : std::integral_constant<Kind, Kind::KIND> {};        \
  template <>                                                                             \
  struct KindOfType<TYPE> : std::integral_constant<Kind, Kind::KIND> {};

template <class Message>
struct KindOfMessage;
template <class T>
struct KindOfType;

#define PLANWERK_KIND_TRAITS_OF(name, Type, list, NAME) PLANWERK_KIND_TRAITS(name, Type, Type, list)
PLANWERK_KINDS(PLANWERK_KIND_TRAITS_OF)
#undef PLANWERK_KIND_TRAITS_OF
#undef PLANWERK_KIND_TRAITS

/// The model struct of a kind (model::Measure for Kind::measure).
template <Kind K>
using entity_t = typename KindTraits<K>::type;
/// The schema message of a kind (v1::Measure for Kind::measure).
template <Kind K>
using message_t = typename KindTraits<K>::message;

/// A kind as a type, for overloads and generic lambdas over every kind.
template <Kind K>
using KindTag = std::integral_constant<Kind, K>;

/// Calls f(KindTag<K>{}) for the run-time kind k.
template <class F>
decltype(auto) dispatch(Kind k, F&& f) {
  switch (k) {
#define PLANWERK_KIND_CASE(name, Type, list, NAME) \
  case Kind::name:                                 \
    return f(KindTag<Kind::name>{});
    PLANWERK_KINDS(PLANWERK_KIND_CASE)
#undef PLANWERK_KIND_CASE
  }
  throw Error(ErrorCode::invalid_argument, "kind " + std::to_string(static_cast<int>(k)) + " does not exist");
}

/// Calls f(KindTag<K>{}) for every kind, in kind order.
template <class F>
void for_each_kind(F&& f) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (f(KindTag<static_cast<Kind>(I + 1)>{}), ...);
  }(std::make_index_sequence<kind_count>{});
}

}  // namespace planwerk::model
