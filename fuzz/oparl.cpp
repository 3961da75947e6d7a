// OParl documents (objects, arrays, list pages), read and merged into an
// empty concept and into the sample with a mapping. Warnings and refused
// merges (Error) are fine outcomes; the merged concept must survive its own
// round trip through the binary format.
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
