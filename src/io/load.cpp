// SPDX-License-Identifier: Apache-2.0
#include "planwerk/io/load.hpp"

#include "planwerk/model/convert.hpp"

namespace planwerk::io {
namespace {

model::Concept build(const v1::Concept& doc, std::string_view source) {
  try {
    return model::from_proto(doc);
  } catch (const model::ModelError& e) {
    throw model::ModelError(std::string(source), e.diagnostics());
  }
}

}  // namespace

model::Concept load(const std::string& path, Format format) { return build(read_document(path, format), path); }

model::Concept load_bytes(std::string_view bytes, Format format, std::string_view source) {
  return build(parse_document(bytes, format, source), source);
}

void save(const model::Concept& plan, const std::string& path, Format format) {
  write_document(model::to_proto(plan), path, format);
}

std::string save_bytes(const model::Concept& plan, Format format) {
  return serialize_message(model::to_proto(plan), format);
}

}  // namespace planwerk::io
