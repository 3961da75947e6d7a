// SPDX-License-Identifier: Apache-2.0
#include "planwerk/model/entity_table.hpp"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/util/json_util.h>

#include <cctype>
#include <cmath>

#include "planwerk/error.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/model/kind.hpp"

namespace planwerk::model {

namespace {

namespace pb = google::protobuf;
using T = Column::Type;
using FD = pb::FieldDescriptor;

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// "MEASURE_STATUS_IN_PROGRESS" -> "in_progress": the value name without the
// enum's prefix (the enum's name in upper snake case), in lower case.
std::string value_label(const pb::EnumValueDescriptor& v) {
  std::string prefix;
  for (char c : v.type()->name()) {
    if (std::isupper(static_cast<unsigned char>(c)) && !prefix.empty()) prefix += '_';
    prefix += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  prefix += '_';
  std::string name = v.name();
  if (name.rfind(prefix, 0) == 0) name = name.substr(prefix.size());
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

std::string json_of(const pb::Message& m) {
  std::string out;
  pb::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  const auto status = pb::util::MessageToJsonString(m, &out, options);
  if (!status.ok()) throw Error(ErrorCode::internal, "JSON of " + m.GetTypeName() + ": " + std::string(status.message()));
  return out;
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      static const char hex[] = "0123456789abcdef";
      out += "\\u00";
      out += hex[u >> 4];
      out += hex[u & 15];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// A repeated field as a JSON array.
std::string json_array(const pb::Message& m, const FD& f) {
  const auto* r = m.GetReflection();
  const int n = r->FieldSize(m, &f);
  std::string out = "[";
  for (int i = 0; i < n; ++i) {
    if (i > 0) out += ",";
    switch (f.cpp_type()) {
      case FD::CPPTYPE_STRING: out += quoted(r->GetRepeatedString(m, &f, i)); break;
      case FD::CPPTYPE_MESSAGE: out += json_of(r->GetRepeatedMessage(m, &f, i)); break;
      case FD::CPPTYPE_ENUM: out += quoted(value_label(*r->GetRepeatedEnum(m, &f, i))); break;
      case FD::CPPTYPE_BOOL: out += r->GetRepeatedBool(m, &f, i) ? "true" : "false"; break;
      case FD::CPPTYPE_INT32: out += std::to_string(r->GetRepeatedInt32(m, &f, i)); break;
      case FD::CPPTYPE_INT64: out += std::to_string(r->GetRepeatedInt64(m, &f, i)); break;
      case FD::CPPTYPE_UINT32: out += std::to_string(r->GetRepeatedUInt32(m, &f, i)); break;
      case FD::CPPTYPE_UINT64: out += std::to_string(r->GetRepeatedUInt64(m, &f, i)); break;
      case FD::CPPTYPE_DOUBLE: out += std::to_string(r->GetRepeatedDouble(m, &f, i)); break;
      case FD::CPPTYPE_FLOAT: out += std::to_string(r->GetRepeatedFloat(m, &f, i)); break;
    }
  }
  return out + "]";
}

// One column per field of `descriptor` (skipping those `skip` names), one
// row per message.
template <class Skip>
Frame table_of(const pb::Descriptor& descriptor, const std::vector<const pb::Message*>& rows, Skip skip) {
  Frame frame;
  for (int k = 0; k < descriptor.field_count(); ++k) {
    const FD& f = *descriptor.field(k);
    if (skip(f)) continue;
    const bool date = !f.is_repeated() && f.cpp_type() == FD::CPPTYPE_STRING && is_date_field(f.name());
    T type = T::text;
    std::vector<std::string> labels;
    if (!f.is_repeated()) {
      switch (f.cpp_type()) {
        case FD::CPPTYPE_STRING: type = date ? T::date : T::text; break;
        case FD::CPPTYPE_MESSAGE: type = T::text; break;
        case FD::CPPTYPE_ENUM: {
          type = T::category;
          const auto& e = *f.enum_type();
          for (int v = 0; v < e.value_count(); ++v) {
            // Codes are the schema's numbers: the values run 0, 1, 2, ...
            if (e.value(v)->number() != v)
              throw Error(ErrorCode::internal, "enum " + e.full_name() + " is not numbered 0, 1, 2, ...");
            labels.push_back(value_label(*e.value(v)));
          }
          break;
        }
        case FD::CPPTYPE_BOOL: type = T::boolean; break;
        case FD::CPPTYPE_DOUBLE:
        case FD::CPPTYPE_FLOAT: type = T::real; break;
        default: type = T::integer; break;
      }
    }
    auto& column = frame.add(f.name(), type, std::move(labels));
    for (const pb::Message* m : rows) {
      const auto* r = m->GetReflection();
      const std::size_t row = column.size();
      const bool present = f.is_repeated() ? r->FieldSize(*m, &f) > 0
                           : f.has_presence() ? r->HasField(*m, &f)
                           : f.cpp_type() == FD::CPPTYPE_STRING ? !r->GetString(*m, &f).empty()
                                                                 : true;
      if (f.is_repeated()) {
        column.texts().push_back(present ? json_array(*m, f) : std::string());
      } else {
        switch (f.cpp_type()) {
          case FD::CPPTYPE_STRING:
            if (date) {
              const auto d = present ? parse_date(r->GetString(*m, &f)) : std::nullopt;
              column.dates().push_back(d ? to_day(*d) : Day{});
            } else {
              column.texts().push_back(r->GetString(*m, &f));
            }
            break;
          case FD::CPPTYPE_MESSAGE: column.texts().push_back(present ? json_of(r->GetMessage(*m, &f)) : std::string()); break;
          case FD::CPPTYPE_ENUM: column.codes().push_back(r->GetEnumValue(*m, &f)); break;
          case FD::CPPTYPE_BOOL: column.booleans().push_back(r->GetBool(*m, &f) ? 1 : 0); break;
          case FD::CPPTYPE_DOUBLE: column.reals().push_back(present ? r->GetDouble(*m, &f) : std::nan("")); break;
          case FD::CPPTYPE_FLOAT: column.reals().push_back(present ? r->GetFloat(*m, &f) : std::nan("")); break;
          case FD::CPPTYPE_INT32: column.integers().push_back(r->GetInt32(*m, &f)); break;
          case FD::CPPTYPE_INT64: column.integers().push_back(r->GetInt64(*m, &f)); break;
          case FD::CPPTYPE_UINT32: column.integers().push_back(r->GetUInt32(*m, &f)); break;
          case FD::CPPTYPE_UINT64: column.integers().push_back(static_cast<std::int64_t>(r->GetUInt64(*m, &f))); break;
        }
      }
      const bool missing = !present || (date && column.dates().back() == Day{});
      if (missing) column.set_missing(row);
    }
  }
  frame.seal();
  return frame;
}

}  // namespace

bool is_date_field(std::string_view name) noexcept {
  for (std::string_view exact : {"start", "end", "due", "deadline", "achieved", "date"})
    if (name == exact) return true;
  for (std::string_view tail : {"_date", "_start", "_finish", "_end"})
    if (ends_with(name, tail)) return true;
  return false;
}

Frame entity_table(const Concept& plan, Kind kind) {
  if (!kind_from_int(static_cast<int>(kind)))
    throw Error(ErrorCode::invalid_argument, "kind " + std::to_string(static_cast<int>(kind)) + " does not exist");
  const auto empty = new_entity_message(kind);
  std::vector<std::unique_ptr<pb::Message>> messages;
  messages.reserve(plan.count(kind));
  for (Index i = 0; i < plan.count(kind); ++i) messages.push_back(entity_to_message(plan, kind, i));
  std::vector<const pb::Message*> rows;
  rows.reserve(messages.size());
  for (const auto& m : messages) rows.push_back(m.get());
  return table_of(*empty->GetDescriptor(), rows, [](const FD&) { return false; });
}

Frame header_table(const Concept& plan) {
  v1::Concept doc = to_proto(plan);
  // The entity lists are the repeated fields named as a kind's list.
  return table_of(*doc.GetDescriptor(), {&doc},
                  [](const FD& f) { return f.is_repeated() && kind_from_name(f.name()).has_value(); });
}

}  // namespace planwerk::model
