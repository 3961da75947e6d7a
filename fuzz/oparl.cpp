// SPDX-License-Identifier: Apache-2.0
// OParl documents (objects, arrays, list pages), read and merged into an
// empty concept and into the sample with a mapping. Warnings and refused
// merges (Error) are fine outcomes; the merged concept must survive its own
// round trip through the binary format. An input starting with the byte 1
// is a mapping file instead (mapping_from_json), merged with the
// organisations of the corpus' list page.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "exercise.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/sources/oparl.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace planwerk;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!text.empty() && text.front() == '\x01') {
    static const sources::oparl::Data organisations = [] {
      sources::oparl::Reader r;
      r.add_document(R"([{"id": "https://ris/o/1", "type": "https://schema.oparl.org/1.1/Organization", "name": "Rat"},
        {"id": "https://ris/m/1", "type": "https://schema.oparl.org/1.1/Meeting", "start": "2025-09-29",
         "organization": ["https://ris/o/1"]}])", "fuzz");
      return r.finish();
    }();
    static const model::Concept sample_for_mapping = io::load(PLANWERK_SAMPLE);
    fuzz::tolerate([&] {
      const auto mapping = sources::oparl::mapping_from_json(text.substr(1), "fuzz");
      sources::oparl::merge(sample_for_mapping, organisations, mapping);
    });
    return 0;
  }
  sources::oparl::Reader reader;
  reader.add_document(text, "fuzz");
  const sources::oparl::Data read = reader.finish();
  static const model::Concept empty = [] {
    v1::Concept doc;
    doc.set_id("fuzz");
    return model::from_proto(doc);
  }();
  static const model::Concept sample = io::load(PLANWERK_SAMPLE);
  sources::oparl::Mapping mapping;
  if (!read.organizations.empty()) {
    mapping.council = read.organizations.front().id;
    mapping.committees[read.organizations.front().id] = "rat";
  }
  for (const auto* into : {&empty, &sample}) {
    fuzz::tolerate([&] {
      const auto merged = sources::oparl::merge(*into, read, into == &sample ? mapping : sources::oparl::Mapping{});
      const auto bytes = io::save_bytes(merged.plan, io::Format::binary);
      if (model::to_proto(io::load_bytes(bytes, io::Format::binary)).SerializeAsString() !=
          model::to_proto(merged.plan).SerializeAsString())
        std::abort();
    });
  }
  return 0;
}
