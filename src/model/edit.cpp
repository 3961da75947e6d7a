// SPDX-License-Identifier: Apache-2.0
// The edit API: every change checks first and mutates only when nothing can
// fail any more, so a rejected edit leaves the concept as it was.
#include <algorithm>

#include "schema_binding.hpp"
#include "id_index.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/utf8.hpp"
#include "references.hpp"
#include "text_check.hpp"

namespace planwerk::model {

// A header built in C++ has no message to check through reflection: its
// texts are listed here (a new text field of Header belongs here too).
void Concept::set_header(Header header) {
  auto text = [](const std::string& s, const std::string& what) { require_utf8(s, "header " + what); };
  text(header.id, "id");
  if (const std::string bad = detail::id_problem(header.id); !bad.empty())
    throw Error(ErrorCode::invalid_argument, "header id: the id " + bad);
  text(header.municipality, "municipality");
  text(header.title, "title");
  text(header.version_label, "version_label");
  text(header.vision, "vision");
  text(header.description, "description");
  text(header.calendar.state, "calendar.state");
  for (std::size_t i = 0; i < header.predecessors.size(); ++i) {
    const auto& p = header.predecessors[i];
    const std::string at = "predecessors[" + std::to_string(i) + "].";
    text(p.id, at + "id");
    text(p.title, at + "title");
    text(p.version_label, at + "version_label");
  }
  for (std::size_t i = 0; i < header.calendar.closures.size(); ++i)
    text(header.calendar.closures[i].name, "calendar.closures[" + std::to_string(i) + "].name");
  header_ = std::move(header);
}

template <Kind K>
void Concept::put_entity(const message_t<K>& message) {
  const std::string context = "cannot put " + std::string(kind_name(K)) + " \"" + message.id() + "\"";
  {
    std::vector<Diagnostic> text;
    detail::check_text(message, "", K, message.id(), text);
    if (!text.empty()) throw ModelError("cannot put " + std::string(kind_name(K)), std::move(text));
  }
  if (const std::string bad = message.id().empty() ? std::string() : detail::id_problem(message.id()); !bad.empty()) {
    throw ModelError(context, {{"PW004", Severity::error, K, "", "id", std::string(kind_name(K)) + ": the id " + bad}});
  }
  if (message.id().empty()) {
    throw ModelError(context, {{"PW001", Severity::error, K, "", "id",
                                std::string(kind_name(K)) + " has no id"}});
  }
  const std::optional<Index> existing = find(K, message.id());
  const Index self = existing ? *existing : static_cast<Index>(count(K));
  std::vector<Diagnostic> problems;
  // An entity may refer to itself (a goal relation, say), also when new.
  detail::Resolver resolver(
      [&](Kind k, std::string_view id) -> std::optional<Index> {
        if (k == K && id == message.id()) return self;
        return find(k, id);
      },
      problems);
  resolver.enter(K, message.id(), self);
  entity_t<K> entity = detail::from_message<K>(message, resolver);
  if (!problems.empty()) throw ModelError(context, std::move(problems));
  replace_or_append<K>(std::move(entity), existing);
}

template <Kind K>
void Concept::replace_or_append(entity_t<K> entity, std::optional<Index> existing) {
  auto& list = mutable_all<K>();
  if (existing) {
    list[*existing] = std::move(entity);  // same id, so the index stays sorted
    return;
  }
  auto& order = by_id_[slot(K)];
  // Allocate first; after this, push_back and insert cannot throw.
  list.reserve(list.size() + 1);
  order.reserve(order.size() + 1);
  const auto pos =
      detail::lower_bound_id(order, entity.id, [&](Index i) -> const std::string& { return list[i].id; }) -
      order.begin();
  list.push_back(std::move(entity));
  order.insert(order.begin() + pos, static_cast<Index>(list.size() - 1));
}

#define PLANWERK_INSTANTIATE(KIND, Type, list, NAME) \
  template PLANWERK_API void Concept::put_entity<Kind::KIND>(const message_t<Kind::KIND>&);
PLANWERK_KINDS(PLANWERK_INSTANTIATE)
#undef PLANWERK_INSTANTIATE

void Concept::remove(Kind k, std::string_view id) {
  const Index victim = index_of(k, id);

  // Who still refers to it? References of the entity to itself do not count.
  std::vector<std::string> referrers;
  std::size_t total = 0;
  for_each_kind([&](auto tag) {
    constexpr Kind K = decltype(tag)::value;
    const auto& list = all<K>();
    for (Index i = 0; i < list.size(); ++i) {
      if (K == k && i == victim) continue;
      bool refers = false;
      detail::for_each_ref(list[i], [&](Kind target, const Index& ref) { refers |= target == k && ref == victim; });
      if (!refers) continue;
      if (++total <= 5) referrers.push_back(std::string(kind_name(K)) + " \"" + list[i].id + "\"");
    }
  });
  if (total > 0) {
    std::string names;
    for (const auto& r : referrers) names += (names.empty() ? "" : ", ") + r;
    if (total > referrers.size()) names += " and " + std::to_string(total - referrers.size()) + " more";
    throw Error(ErrorCode::conflict, "cannot remove " + std::string(kind_name(k)) + " \"" + std::string(id) +
                                         "\": still referred to by " + names);
  }

  // From here on nothing allocates or throws.
  dispatch(k, [&](auto tag) {
    auto& list = mutable_all<decltype(tag)::value>();
    list.erase(list.begin() + victim);
  });
  for_each_kind([&](auto tag) {
    for (auto& entity : mutable_all<decltype(tag)::value>()) {
      detail::for_each_ref(entity, [&](Kind target, Index& ref) {
        if (target == k && ref != npos && ref > victim) --ref;
      });
    }
  });
  auto& order = by_id_[slot(k)];
  order.erase(std::find(order.begin(), order.end(), victim));
  for (Index& i : order) {
    if (i > victim) --i;
  }
}

void Concept::set_measure_status(std::string_view measure_id, v1::MeasureStatus status) {
  const Index i = index_of(Kind::measure, measure_id);
  if (!v1::MeasureStatus_IsValid(status)) {
    throw Error(ErrorCode::invalid_argument, "measure \"" + std::string(measure_id) + "\": unknown status " +
                                                 std::to_string(static_cast<int>(status)));
  }
  mutable_all<Kind::measure>()[i].status = status;
}

void Concept::set_measure_dates(std::string_view measure_id, Date start, Date end) {
  const Index i = index_of(Kind::measure, measure_id);
  if (is_set(start) && is_set(end) && end < start) {
    throw Error(ErrorCode::invalid_argument, "measure \"" + std::string(measure_id) + "\": end " +
                                                 format_date(end) + " is before start " + format_date(start));
  }
  auto& m = mutable_all<Kind::measure>()[i];
  m.start = start;
  m.end = end;
}

void Concept::set_goal_responsible(std::string_view goal_id, std::string_view actor_id) {
  const Index g = index_of(Kind::goal, goal_id);
  const Index a = actor_id.empty() ? npos : index_of(Kind::actor, actor_id);
  mutable_all<Kind::goal>()[g].responsible = a;
}

}  // namespace planwerk::model
