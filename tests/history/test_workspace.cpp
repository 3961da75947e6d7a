// SPDX-License-Identifier: Apache-2.0
// Workspaces: Boost archives of concept versions with observations; fixture
// archives of earlier builds, damaged files, failed writes.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <cctype>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <boost/crc.hpp>

#include "planwerk/history/diff.hpp"
#include "planwerk/history/serialize.hpp"
#include "planwerk/history/workspace.hpp"
#include "planwerk/io/document.hpp"
#include "planwerk/io/load.hpp"
#include "support/text.hpp"

namespace planwerk::history {
namespace {

namespace fs = std::filesystem;

const std::string examples = std::string(PLANWERK_SOURCE_DIR) + "/examples/oberhausen/";
const std::string fixtures = std::string(PLANWERK_SOURCE_DIR) + "/tests/history/fixtures/";

// The sample as the fixture archives hold it: the concept as of 0.2's
// fixtures (the sample has grown since), the predecessor and observations.
Workspace sample() {
  Workspace w;
  w.versions.push_back({"2020", io::load(examples + "concept-2020.txtpb"), {}});
  Version v{"2025", io::load(fixtures + "sample-concept-0.2.txtpb"), {}};
  v.observations = monitor::read_observations(v.plan, examples + "observations.csv");
  w.versions.push_back(std::move(v));
  return w;
}

void expect_same(const Workspace& a, const Workspace& b) {
  ASSERT_EQ(a.versions.size(), b.versions.size());
  for (std::size_t i = 0; i < a.versions.size(); ++i) {
    EXPECT_EQ(a.versions[i].label, b.versions[i].label);
    EXPECT_EQ(model::to_proto(a.versions[i].plan).SerializeAsString(),
              model::to_proto(b.versions[i].plan).SerializeAsString());
    const auto& x = a.versions[i].observations;
    const auto& y = b.versions[i].observations;
    EXPECT_EQ(x.indicator, y.indicator);
    EXPECT_EQ(x.period, y.period);
    EXPECT_EQ(x.groups, y.groups);
    EXPECT_EQ(x.lines, y.lines);
    ASSERT_EQ(x.numerator.size(), y.numerator.size());
    for (std::size_t k = 0; k < x.numerator.size(); ++k)
      EXPECT_TRUE(x.numerator[k] == y.numerator[k] || (std::isnan(x.numerator[k]) && std::isnan(y.numerator[k])));
  }
}

TEST(Workspace, RoundTripsInEveryFormat) {
  const Workspace w = sample();
  for (auto format : {ArchiveFormat::binary, ArchiveFormat::text, ArchiveFormat::xml}) {
    SCOPED_TRACE(static_cast<int>(format));
    expect_same(w, from_bytes(to_bytes(w, format)));
  }
}

// Archives written by earlier builds. When a model type changes, its class
// version goes up and these files must keep loading: add new fixtures beside
// them, never replace them. PLANWERK_WRITE_FIXTURES=1 writes the newest set
// only (the one this build writes).
//  v0: the first archives (0.2 before the OParl import): no proposals, no
//      meeting records or source ids on committees (Concept and Committee
//      at class version 0).
//  v1: Concept and Committee at class version 1.
//  v2: BudgetPool at class version 1 (funding_types).
TEST(Workspace, FixtureArchivesOfEarlierBuildsLoad) {
  // Small enough to keep one set per class version in the repository: both
  // concepts, the first 40 observations.
  Workspace w = sample();
  auto& o = w.versions[1].observations;
  auto head = [](auto& v) { v.resize(std::min<std::size_t>(v.size(), 40)); };
  head(o.indicator), head(o.district), head(o.group), head(o.period), head(o.value), head(o.numerator);
  head(o.denominator), head(o.cases), head(o.flags), head(o.status), head(o.lines);
  // What a v0 archive can hold: the sample without its proposals (added
  // to the sample together with class version 1).
  Workspace v0 = w;
  for (auto& version : v0.versions) {
    auto doc = model::to_proto(version.plan);
    doc.clear_proposals();
    version.plan = model::from_proto(doc);
  }
  // What a v1 archive cannot hold: a pool's funding types.
  Workspace v2 = w;
  for (auto& version : v2.versions) {
    auto doc = model::to_proto(version.plan);
    for (auto& pool : *doc.mutable_budget_pools()) {
      pool.add_funding_types(v1::FUNDING_TYPE_INNOVATION_BUDGET);
      pool.add_funding_types(v1::FUNDING_TYPE_MUNICIPAL);
    }
    version.plan = model::from_proto(doc);
  }
  ASSERT_FALSE(v2.versions[0].plan.budget_pools().empty());
  ASSERT_EQ(v2.versions[0].plan.budget_pools()[0].funding_types.size(), 2u);
  const std::tuple<ArchiveFormat, const char*, const Workspace*> files[] = {
      {ArchiveFormat::binary, "workspace-v0.bin", &v0}, {ArchiveFormat::text, "workspace-v0.txt", &v0},
      {ArchiveFormat::xml, "workspace-v0.xml", &v0},    {ArchiveFormat::binary, "workspace-v1.bin", &w},
      {ArchiveFormat::text, "workspace-v1.txt", &w},    {ArchiveFormat::xml, "workspace-v1.xml", &w},
      {ArchiveFormat::binary, "workspace-v2.bin", &v2}, {ArchiveFormat::text, "workspace-v2.txt", &v2},
      {ArchiveFormat::xml, "workspace-v2.xml", &v2}};
  for (const auto& [format, name, expected] : files) {
    if (std::getenv("PLANWERK_WRITE_FIXTURES") != nullptr && expected == &v2)
      save_workspace(*expected, fixtures + name, format);
    SCOPED_TRACE(name);
    expect_same(*expected, load_workspace(fixtures + name));
  }
}

TEST(Workspace, DamagedFilesAreRejectedClearly) {
  const std::string bytes = to_bytes(sample());
  std::string message;
  auto code = [&](const std::string& b) { return test::error_code_of([&] { from_bytes(b, "ws.pww"); }, &message); };
  EXPECT_EQ(code(bytes.substr(0, bytes.size() - 100)), ErrorCode::parse);
  EXPECT_NE(message.find("ws.pww: truncated: the archive has"), std::string::npos) << message;
  EXPECT_EQ(code(bytes.substr(0, 10)), ErrorCode::parse);
  EXPECT_NE(message.find("truncated"), std::string::npos) << message;
  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x10;
  EXPECT_EQ(code(flipped), ErrorCode::parse);
  EXPECT_NE(message.find("corrupted: the archive's checksum does not match"), std::string::npos) << message;
  EXPECT_EQ(code("hello world, not a workspace"), ErrorCode::parse);
  EXPECT_NE(message.find("not a planwerk workspace"), std::string::npos) << message;
  std::string newer = bytes;
  newer[4] = 9;
  EXPECT_EQ(code(newer), ErrorCode::unsupported_version);
  EXPECT_EQ(code(bytes + "x"), ErrorCode::parse);
  EXPECT_NE(message.find("1 bytes after the archive"), std::string::npos) << message;
  EXPECT_EQ(test::error_code_of([&] { load_workspace("/nonexistent/dir/ws.pww"); }, &message), ErrorCode::io);
  EXPECT_NE(message.find("/nonexistent/dir/ws.pww"), std::string::npos) << message;
  EXPECT_EQ(test::error_code_of([&] { to_bytes(Workspace{}, static_cast<ArchiveFormat>(7)); }, &message),
            ErrorCode::invalid_argument);
  EXPECT_NE(message.find("unknown archive format 7"), std::string::npos) << message;
}

// A payload put into an envelope with a valid checksum, as a crafted file
// would be: the checksum does not protect against what it seals.
std::string sealed(const std::string& original, const std::string& payload) {
  std::string out = original.substr(0, 6);  // magic, envelope version, format
  for (int i = 0; i < 8; ++i) out += static_cast<char>((payload.size() >> (8 * i)) & 0xff);
  boost::crc_32_type crc;
  crc.process_bytes(payload.data(), payload.size());
  for (int i = 0; i < 4; ++i) out += static_cast<char>((crc.checksum() >> (8 * i)) & 0xff);
  return out + payload;
}

Workspace small() {
  Workspace w;
  Version v{"v", test::concept_from(R"(id: "c" goals { id: "g" title: "Ziel" }
                                       indicators { id: "i" title: "I" goal_ids: "g" })"), {}};
  v.observations.indicator = {0, 0};
  v.observations.district = {-1, -1};
  v.observations.group = {-1, 0};
  v.observations.period = {monitor::year_period(2020), monitor::year_period(2020)};
  v.observations.value = {1.5, 2.5};
  v.observations.groups = {"weiblich"};
  v.observations.lines = {2, 3};
  w.versions.push_back(std::move(v));
  return w;
}

// from_bytes refuses `bytes` with Error(parse), naming `source`.
void expect_refused(const std::string& bytes, const std::string& source) {
  std::string message;
  const auto code = test::error_code_of([&] { from_bytes(bytes, source); }, &message);
  EXPECT_EQ(code, ErrorCode::parse) << message;
  EXPECT_NE(message.find(source), std::string::npos) << message;
}

// A binary archive that ends right after its signature: Boost read the end
// of the stream as library version -1 and asserted (an abort in every build
// with assertions; found by the workspace fuzzer's long run). Every shorter
// cut is refused too.
TEST(Workspace, ABinaryArchiveCutAfterItsSignatureIsRefused) {
  const std::string binary = to_bytes(small(), ArchiveFormat::binary);
  const std::string payload = binary.substr(18);
  ASSERT_EQ(payload.substr(8, 22), "serialization::archive");
  for (std::size_t cut = 0; cut <= 30; ++cut) {
    SCOPED_TRACE(cut);
    expect_refused(sealed(binary, payload.substr(0, cut)), "cut.pww");
  }
}

// An XML archive whose signature gives a library version past 16 bits:
// Boost asserted (an abort in every build with assertions).
TEST(Workspace, AnXmlArchiveWithAVersionPast16BitsIsRefused) {
  const std::string xml = to_bytes(small(), ArchiveFormat::xml);
  std::string payload = xml.substr(18);
  const auto at = payload.find("signature=\"serialization::archive\" version=\"");
  ASSERT_NE(at, std::string::npos);
  const auto start = payload.find("version=\"", at) + 9, end = payload.find('"', start);
  for (const char* version : {"65536", "99999", "4294967295"}) {
    SCOPED_TRACE(version);
    std::string crafted = payload;
    crafted.replace(start, end - start, version);
    expect_refused(sealed(xml, crafted), "v.pww");
  }
}

// An XML archive whose closing tag is damaged: Boost read it in the
// archive's destructor and threw there (std::terminate).
TEST(Workspace, AnXmlArchiveWithADamagedClosingTagIsRefused) {
  const std::string xml = to_bytes(small(), ArchiveFormat::xml);
  std::string payload = xml.substr(18);
  const auto at = payload.rfind("</boost_serialization>");
  ASSERT_NE(at, std::string::npos);
  for (const char* ending : {"</boost_serializationod\n", "</boost_serialization", "</b", ""}) {
    SCOPED_TRACE(ending);
    const std::string crafted = payload.substr(0, at) + ending;
    expect_refused(sealed(xml, crafted), "end.pww");
  }
  // The undamaged archive still loads.
  EXPECT_EQ(from_bytes(xml).versions.size(), 1u);
}

// Every count and length in an archive is bounded by the bytes that remain:
// at every offset of a small binary archive, 8 bytes of 0x7f.. (a count of
// about 9.2 * 10^18, which Boost alone would allocate) give an error or a
// workspace, never an abort, a bad_alloc or a hang. In text archives every
// number is replaced by 18 nines in turn.
TEST(Workspace, CraftedCountsAreBoundedByTheBytesLeft) {
  const Workspace w = small();
  const std::string binary = to_bytes(w, ArchiveFormat::binary);
  const std::string payload = binary.substr(18);
  std::size_t refused = 0, claims = 0;
  for (std::size_t at = 0; at + 8 <= payload.size(); ++at) {
    std::string p = payload;
    for (int k = 0; k < 7; ++k) p[at + k] = static_cast<char>(0xff);
    p[at + 7] = 0x7f;
    std::string message;
    const auto code = test::error_code_of([&] { from_bytes(sealed(binary, p), "crafted.pww"); }, &message);
    if (code == ErrorCode::ok) continue;
    ++refused;
    EXPECT_TRUE(code == ErrorCode::parse || code == ErrorCode::unsupported_version || code == ErrorCode::invalid_model ||
                code == ErrorCode::out_of_range || code == ErrorCode::invalid_argument)
        << at << ": " << message;
    EXPECT_NE(message.find("crafted.pww"), std::string::npos) << message;
    claims += message.find("bytes remain") != std::string::npos;
  }
  EXPECT_GT(refused, payload.size() / 2);
  EXPECT_GT(claims, 5u);  // the counts of lists and strings, at least

  const std::string text = to_bytes(w, ArchiveFormat::text);
  const std::string text_payload = text.substr(18);
  claims = 0;
  for (std::size_t at = 0; at < text_payload.size(); ++at) {
    if (!std::isdigit(static_cast<unsigned char>(text_payload[at])) || (at > 0 && std::isdigit(static_cast<unsigned char>(text_payload[at - 1]))))
      continue;
    std::size_t end = at;
    while (end < text_payload.size() && std::isdigit(static_cast<unsigned char>(text_payload[end]))) ++end;
    const std::string p = text_payload.substr(0, at) + std::string(18, '9') + text_payload.substr(end);
    std::string message;
    test::error_code_of([&] { from_bytes(sealed(text, p), "crafted.pww"); }, &message);
    claims += message.find("bytes remain") != std::string::npos;
  }
  EXPECT_GT(claims, 5u);
}

// An XML end tag longer than the name it closes: Boost 1.74 read past the
// expected name (found by the workspace fuzzer; ASan: global-buffer-overflow
// in basic_xml_iarchive::load_end). planwerk compares whole names.
TEST(Workspace, AnXmlEndTagThatDoesNotMatchIsRefused) {
  const std::string xml = to_bytes(small(), ArchiveFormat::xml);
  std::string payload = xml.substr(18);
  const auto at = payload.find("</label>");
  ASSERT_NE(at, std::string::npos);
  payload.replace(at, 8, "</label_of_a_much_longer_name>");
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { from_bytes(sealed(xml, payload), "tags.pww"); }, &message), ErrorCode::parse);
  EXPECT_NE(message.find("tags.pww: the archive cannot be read: the XML archive has </label_of_a_much_longer_name> "
                         "where </label> belongs"),
            std::string::npos)
      << message;
}

// The fixture workspaces (both sample concepts, 40 observations) cut at
// every 1,000th byte of their payload, the envelope resealed so that the
// archive itself is what is short.
TEST(Workspace, TruncatedAtEveryThousandthByte) {
  for (const char* name : {"workspace-v0.bin", "workspace-v0.txt", "workspace-v0.xml"}) {
    const std::string bytes = io::read_file(fixtures + name);
    const auto format = static_cast<int>(bytes[5]);
    const std::string payload = bytes.substr(18);
    for (std::size_t cut = 0; cut < payload.size(); cut += 1000) {
      std::string message;
      const auto code =
          test::error_code_of([&] { from_bytes(sealed(bytes, payload.substr(0, cut)), "cut.pww"); }, &message);
      EXPECT_NE(code, ErrorCode::ok) << "format " << format << ", cut at " << cut;
      EXPECT_NE(message.find("cut.pww"), std::string::npos) << message;
    }
  }
}

TEST(Workspace, TamperedIndicesFailLikeAFile) {
  // An archive whose measure refers to goal 9999: the envelope is intact, the
  // model's invariants are not.
  model::Concept c = test::concept_from(R"(id: "c" goals { id: "g" title: "G" }
                                           measures { id: "m" title: "M" contributions { goal_id: "g" } })");
  // Rather than guess at positions, rebuild the lists directly.
  model::Concept::ListTuple lists;
  std::get<model::slot(model::Kind::goal)>(lists) = c.goals();
  auto measures = c.measures();
  measures[0].contributions[0].goal = 9999;
  std::get<model::slot(model::Kind::measure)>(lists) = measures;
  EXPECT_EQ(test::error_code_of([&] { model::detail_reload(model::Concept(c.header(), lists)); }),
            ErrorCode::out_of_range);
}

TEST(Workspace, AFailedSaveLeavesThePreviousFile) {
  const fs::path dir = fs::temp_directory_path() / ("planwerk-ws-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string path = (dir / "concept.pww").string();
  Workspace small;
  small.versions.push_back({"2020", io::load(examples + "concept-2020.txtpb"), {}});
  save_workspace(small, path);
  const std::string before = io::read_file(path);
  // The next save is larger than the file size limit: the write fails part-way
  // (EFBIG), as on a full disk.
  const Workspace big = sample();
  ASSERT_GT(to_bytes(big).size(), before.size() + 4096);
  std::signal(SIGXFSZ, SIG_IGN);
  rlimit old{};
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
  rlimit limit = old;
  limit.rlim_cur = before.size() + 4096;
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limit), 0);
  std::string message;
  const ErrorCode code = test::error_code_of([&] { save_workspace(big, path); }, &message);
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &old), 0);
  std::signal(SIGXFSZ, SIG_DFL);
  EXPECT_EQ(code, ErrorCode::io);
  EXPECT_NE(message.find("write failed"), std::string::npos) << message;
  EXPECT_EQ(io::read_file(path), before);  // untouched
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 1u);  // no temporary file left behind
  expect_same(small, load_workspace(path));
  fs::remove_all(dir);
}

TEST(Workspace, VersionsFeedTheChangeReport) {
  const Workspace w = sample();
  const auto changes = diff(w.versions[0].plan, w.versions[1].plan, {{"ind-sgb2", "ind-sgb2-quote"}});
  EXPECT_FALSE(changes.empty());
  EXPECT_EQ(changes.front().kind, model::Kind::goal);
}

TEST(Workspace, ArchiveFormatNames) {
  for (auto f : {ArchiveFormat::binary, ArchiveFormat::text, ArchiveFormat::xml})
    EXPECT_EQ(archive_format_from_name(archive_format_name(f)), f);
  EXPECT_EQ(archive_format_name(ArchiveFormat::xml), "xml");
  EXPECT_EQ(archive_format_name(static_cast<ArchiveFormat>(3)), "unknown");
  EXPECT_FALSE(archive_format_from_name("zip").has_value());
  EXPECT_FALSE(archive_format_from_name("").has_value());
  EXPECT_FALSE(archive_format_from_name("XML").has_value());  // names are exact
  EXPECT_EQ(test::error_code_of([] { to_bytes(Workspace{}, static_cast<ArchiveFormat>(7)); }), ErrorCode::invalid_argument);
}

}  // namespace
}  // namespace planwerk::history
