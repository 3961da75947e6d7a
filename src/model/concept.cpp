// SPDX-License-Identifier: Apache-2.0
// Look-up on a concept: counts, ids, titles and the sorted id index.
#include "planwerk/model/concept.hpp"

#include "id_index.hpp"

namespace planwerk::model {
namespace {

template <class E>
const std::string& display_name(const E& e) {
  if constexpr (requires { e.title; }) {
    return e.title;
  } else {
    return e.name;
  }
}

}  // namespace

Concept::Concept(Header header, ListTuple lists) : header_(std::move(header)), lists_(std::move(lists)) {
  for_each_kind([&](auto tag) { rebuild_index<decltype(tag)::value>(); });
}

template <Kind K>
void Concept::rebuild_index() {
  const auto& list = all<K>();
  by_id_[slot(K)] = detail::sorted_by_id(list.size(), [&](Index i) -> const std::string& { return list[i].id; });
}

std::size_t Concept::count(Kind k) const noexcept {
  return dispatch(k, [&](auto tag) { return all<decltype(tag)::value>().size(); });
}

std::optional<Index> Concept::find(Kind k, std::string_view id) const noexcept {
  return dispatch(k, [&](auto tag) {
    const auto& list = all<decltype(tag)::value>();
    return detail::find_id(by_id_[slot(k)], id, [&](Index i) -> const std::string& { return list[i].id; });
  });
}

Index Concept::index_of(Kind k, std::string_view id) const {
  if (auto i = find(k, id)) return *i;
  throw Error(ErrorCode::not_found, "no " + std::string(kind_name(k)) + " with id \"" + std::string(id) + "\"");
}

Index Concept::checked(Kind k, std::size_t index) const {
  const std::size_t n = count(k);
  if (index >= n) {
    throw Error(ErrorCode::out_of_range, std::string(kind_name(k)) + " index " + std::to_string(index) +
                                             " is past the end (" + std::to_string(n) + ")");
  }
  return static_cast<Index>(index);
}

const std::string& Concept::id(Kind k, Index i) const {
  checked(k, i);
  return dispatch(k, [&](auto tag) -> const std::string& { return all<decltype(tag)::value>()[i].id; });
}

const std::string& Concept::title(Kind k, Index i) const {
  checked(k, i);
  return dispatch(k, [&](auto tag) -> const std::string& { return display_name(all<decltype(tag)::value>()[i]); });
}

}  // namespace planwerk::model
