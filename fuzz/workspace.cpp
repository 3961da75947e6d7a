// SPDX-License-Identifier: Apache-2.0
// Workspace files (the envelope and Boost archives in it). The checksum is
// recomputed for the fuzzer's bytes when the first byte is odd, so that the
// archives themselves are reached, not only the envelope's checks.
#include <boost/crc.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

#include "planwerk/error.hpp"
#include "planwerk/history/workspace.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.size() >= 18 && (static_cast<unsigned char>(bytes[0]) & 1) != 0) {
    bytes.replace(0, 4, "PWWS");
    const std::string payload = bytes.substr(18);
    for (int i = 0; i < 8; ++i) bytes[6 + i] = static_cast<char>((payload.size() >> (8 * i)) & 0xff);
    boost::crc_32_type crc;
    crc.process_bytes(payload.data(), payload.size());
    for (int i = 0; i < 4; ++i) bytes[14 + i] = static_cast<char>((crc.checksum() >> (8 * i)) & 0xff);
  }
  try {
    planwerk::history::from_bytes(bytes, "fuzz.pww");
  } catch (const planwerk::Error&) {
  }
  return 0;
}
