// SPDX-License-Identifier: Apache-2.0
// Indices sorted by id: the compact id index of a concept or a document.
#pragma once

#include <algorithm>
#include <numeric>
#include <optional>
#include <string_view>
#include <vector>

#include "planwerk/model/types.hpp"

namespace planwerk::model::detail {

// Indices 0..n-1 sorted by id_of(i); equal ids keep their document order.
template <class IdOf>
std::vector<Index> sorted_by_id(std::size_t n, IdOf id_of) {
  std::vector<Index> order(n);
  std::iota(order.begin(), order.end(), Index{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](Index a, Index b) { return std::string_view(id_of(a)) < std::string_view(id_of(b)); });
  return order;
}

// Position in `sorted` of the first index whose id is not less than `id`.
template <class IdOf>
auto lower_bound_id(const std::vector<Index>& sorted, std::string_view id, IdOf id_of) {
  return std::lower_bound(sorted.begin(), sorted.end(), id,
                          [&](Index i, std::string_view key) { return std::string_view(id_of(i)) < key; });
}

template <class IdOf>
std::optional<Index> find_id(const std::vector<Index>& sorted, std::string_view id, IdOf id_of) {
  auto it = lower_bound_id(sorted, id, id_of);
  if (it != sorted.end() && std::string_view(id_of(*it)) == id) return *it;
  return std::nullopt;
}

}  // namespace planwerk::model::detail
