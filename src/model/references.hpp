// SPDX-License-Identifier: Apache-2.0
// Visits every reference an entity holds as f(Kind target, Index& ref)
// (const Index& for a const entity; npos references are visited too), from
// the entity's description (planwerk/model/describe.hpp): the fields
// described with a kind, in sub-structs and list items too. Edits use it to
// find who refers to an entity and to shift indices on removal.
#pragma once

#include <type_traits>
#include <vector>

#include "planwerk/model/describe.hpp"
#include "planwerk/model/types.hpp"

namespace planwerk::model::detail {

template <class E, class F>
  requires Described<std::remove_const_t<E>>
void for_each_ref(E& e, F&& f) {
  for_each_description<std::remove_const_t<E>>([&](const auto& field) {
    auto& value = e.*(field.member);
    using V = std::remove_cvref_t<decltype(value)>;
    if constexpr (std::remove_cvref_t<decltype(field)>::is_reference) {
      if constexpr (std::is_same_v<V, Index>)
        f(*field.refers_to, value);
      else
        for (auto& ref : value) f(*field.refers_to, ref);
    } else if constexpr (Described<V>) {
      for_each_ref(value, f);
    } else if constexpr (requires { typename V::value_type; } && !std::is_same_v<V, std::string>) {
      if constexpr (Described<typename V::value_type>)
        for (auto& item : value) for_each_ref(item, f);
    }
  });
}

}  // namespace planwerk::model::detail
