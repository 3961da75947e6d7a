// SPDX-License-Identifier: Apache-2.0
// Whole documents <-> concepts: the structural check, from_proto, to_proto,
// and per-entity export and import by run-time kind.
#include "planwerk/model/convert.hpp"

#include "schema_binding.hpp"
#include "id_index.hpp"
#include "text_check.hpp"

namespace planwerk::model {
namespace {

using detail::Resolver;

template <Kind K>
std::string_view doc_id(const v1::Concept& doc, Index i) {
  return KindTraits<K>::list(doc)[static_cast<int>(i)].id();
}

std::string position(Kind k, int i) { return std::string(kind_list_name(k)) + "[" + std::to_string(i) + "]"; }

// Per kind, the document's indices sorted by id; reports empty and
// duplicate ids.
std::array<std::vector<Index>, kind_count> index_document(const v1::Concept& doc,
                                                          std::vector<Diagnostic>& out) {
  std::array<std::vector<Index>, kind_count> sorted;
  for_each_kind([&](auto tag) {
    constexpr Kind K = decltype(tag)::value;
    const auto& list = KindTraits<K>::list(doc);
    auto id_of = [&](Index i) { return doc_id<K>(doc, i); };
    auto& order = sorted[slot(K)] = detail::sorted_by_id(static_cast<std::size_t>(list.size()), id_of);
    for (std::size_t n = 0; n < order.size(); ++n) {
      const std::string& id = list[static_cast<int>(order[n])].id();
      const std::string where = position(K, static_cast<int>(order[n]));
      if (id.empty()) {
        out.push_back({"PW001", Severity::error, K, "", where + ".id",
                       std::string(kind_name(K)) + " at " + where + " has no id"});
      } else if (const std::string bad = detail::id_problem(id); !bad.empty()) {
        out.push_back({"PW004", Severity::error, K, "", where + ".id",
                       std::string(kind_name(K)) + " at " + where + ": the id " + bad});
      } else if (n > 0 && list[static_cast<int>(order[n - 1])].id() == id) {
        out.push_back({"PW002", Severity::error, K, id, where + ".id",
                       "duplicate " + std::string(kind_name(K)) + " id \"" + id + "\" at " +
                           position(K, static_cast<int>(order[n - 1])) + " and " + where});
      }
    }
  });
  return sorted;
}

Header convert_header(const v1::Concept& doc, Resolver& r) {
  r.enter(std::nullopt, doc.id(), 0);
  Header h;
  detail::read(doc, h, r, nullptr);
  return h;
}

struct Converted {
  Header header;
  Concept::ListTuple lists;
  std::vector<Diagnostic> diagnostics;
};

Converted convert(const v1::Concept& doc) {
  Converted result;
  detail::check_document_text(doc, result.diagnostics);
  if (const std::string bad = detail::id_problem(doc.id()); !bad.empty())
    result.diagnostics.push_back({"PW004", Severity::error, std::nullopt, "", "id", "the concept's id " + bad});
  auto sorted = index_document(doc, result.diagnostics);
  auto lookup = [&](Kind k, std::string_view id) -> std::optional<Index> {
    return dispatch(k, [&](auto tag) {
      constexpr Kind K = decltype(tag)::value;
      return detail::find_id(sorted[slot(K)], id, [&](Index i) { return doc_id<K>(doc, i); });
    });
  };
  Resolver r(lookup, result.diagnostics);
  result.header = convert_header(doc, r);
  for_each_kind([&](auto tag) {
    constexpr Kind K = decltype(tag)::value;
    const auto& list = KindTraits<K>::list(doc);
    auto& out = std::get<slot(K)>(result.lists);
    out.reserve(static_cast<std::size_t>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
      r.enter(K, list[i].id(), static_cast<std::size_t>(i));
      out.push_back(detail::from_message<K>(list[i], r));
    }
  });
  return result;
}

}  // namespace

Header header_from_proto(const v1::Concept& doc) {
  bool lists = false;
  for_each_kind([&](auto tag) { lists |= KindTraits<decltype(tag)::value>::list(doc).size() > 0; });
  if (lists)
    throw Error(ErrorCode::invalid_argument, "a header holds no entities: put them one by one instead");
  std::vector<Diagnostic> problems;
  detail::check_text(doc, "", std::nullopt, "", problems);
  Resolver r([](Kind, std::string_view) { return std::optional<Index>(); }, problems);
  Header h = convert_header(doc, r);
  if (!problems.empty()) throw ModelError("cannot set the header", std::move(problems));
  return h;
}

void check_schema_version(const v1::Concept& doc) {
  if (doc.schema_version() > schema_version) {
    throw Error(ErrorCode::unsupported_version,
                "the document was written with planwerk schema version " + std::to_string(doc.schema_version()) +
                    "; this build of planwerk reads versions up to " + std::to_string(schema_version) +
                    ": upgrade planwerk to read it");
  }
}

std::vector<Diagnostic> check_structure(const v1::Concept& doc) { return convert(doc).diagnostics; }

Concept from_proto(const v1::Concept& doc) {
  check_schema_version(doc);
  Converted c = convert(doc);
  if (!c.diagnostics.empty()) throw ModelError("invalid concept", std::move(c.diagnostics));
  return Concept(std::move(c.header), std::move(c.lists));
}

v1::Concept to_proto(const Concept& plan) {
  v1::Concept doc;
  doc.set_schema_version(schema_version);
  detail::write(plan, plan.header(), doc);
  for_each_kind([&](auto tag) {
    constexpr Kind K = decltype(tag)::value;
    auto* list = KindTraits<K>::mutable_list(doc);
    list->Reserve(static_cast<int>(plan.count(K)));
    for (const auto& entity : plan.all<K>()) detail::to_message(plan, entity, *list->Add());
  });
  return doc;
}

template <Kind K>
message_t<K> entity_to_proto(const Concept& plan, Index index) {
  message_t<K> m;
  detail::to_message(plan, plan.all<K>()[plan.checked(K, index)], m);
  return m;
}

#define PLANWERK_INSTANTIATE(KIND, Type, list, NAME) \
  template PLANWERK_API message_t<Kind::KIND> entity_to_proto<Kind::KIND>(const Concept&, Index);
PLANWERK_KINDS(PLANWERK_INSTANTIATE)
#undef PLANWERK_INSTANTIATE

std::unique_ptr<google::protobuf::Message> entity_to_message(const Concept& plan, Kind kind, Index index) {
  return dispatch(kind, [&](auto tag) -> std::unique_ptr<google::protobuf::Message> {
    constexpr Kind K = decltype(tag)::value;
    return std::make_unique<message_t<K>>(entity_to_proto<K>(plan, index));
  });
}

std::unique_ptr<google::protobuf::Message> new_entity_message(Kind kind) {
  return dispatch(kind, [](auto tag) -> std::unique_ptr<google::protobuf::Message> {
    return std::make_unique<message_t<decltype(tag)::value>>();
  });
}

void put_message(Concept& plan, Kind kind, const google::protobuf::Message& message) {
  dispatch(kind, [&](auto tag) {
    constexpr Kind K = decltype(tag)::value;
    const auto* typed = dynamic_cast<const message_t<K>*>(&message);
    if (typed == nullptr) {
      throw Error(ErrorCode::invalid_argument, "a " + std::string(kind_name(K)) + " needs a message of type " +
                                                   message_t<K>::descriptor()->full_name() + ", not " +
                                                   message.GetDescriptor()->full_name());
    }
    plan.put(*typed);
  });
}

}  // namespace planwerk::model
