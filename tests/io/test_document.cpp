// SPDX-License-Identifier: Apache-2.0
// Reading and writing documents: formats, detection, errors with positions,
// schema versions, and atomic saves.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "planwerk/io/load.hpp"
#include "support/text.hpp"

namespace planwerk::io {
namespace {

namespace fs = std::filesystem;

class TempDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("planwerk-io-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                        "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  fs::path dir_;
};


TEST(Format, FromExtensionCaseInsensitively) {
  EXPECT_EQ(format_from_path("a/b.JSON"), Format::json);
  EXPECT_EQ(format_from_path("x.pb"), Format::binary);
  EXPECT_EQ(format_from_path("x.binpb"), Format::binary);
  EXPECT_EQ(format_from_path("x.txtpb"), Format::text);
  EXPECT_EQ(format_from_path("x.textproto"), Format::text);
  EXPECT_EQ(format_from_path("x.concept"), Format::automatic);
  EXPECT_EQ(format_from_path("dir.json/file"), Format::automatic);
}

TEST(Format, SniffsContent) {
  EXPECT_EQ(sniff_format("  \n{\"id\": \"x\"}"), Format::json);
  EXPECT_EQ(sniff_format("\xEF\xBB\xBF{}"), Format::json);
  EXPECT_EQ(sniff_format("# comment\nid: \"x\""), Format::text);
  v1::Concept doc;
  doc.set_id("x");
  doc.set_title("T");
  EXPECT_EQ(sniff_format(doc.SerializeAsString()), Format::binary);
}

TEST(Document, AllThreeFormatsRoundTripTheSample) {
  const v1::Concept doc = read_document(test::sample_path());
  for (Format f : {Format::binary, Format::json, Format::text}) {
    const std::string bytes = serialize_message(doc, f);
    // Detected from content alone.
    const v1::Concept back = parse_document(bytes, Format::automatic, "<memory>");
    EXPECT_EQ(back.SerializeAsString(), doc.SerializeAsString()) << format_name(f);
  }
}

TEST(Document, JsonUsesProtoFieldNamesAndAcceptsCamelCase) {
  v1::Concept doc;
  doc.set_period_start("2025-10-01");
  EXPECT_NE(serialize_message(doc, Format::json).find("\"period_start\""), std::string::npos);
  auto back = parse_document(R"({"periodStart": "2025-10-01"})", Format::json, "x.json");
  EXPECT_EQ(back.period_start(), "2025-10-01");
}

TEST(Document, TextErrorsNameLineAndColumn) {
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { parse_document("id: \"x\"\ntitle: \"y\"\nmeasures { id: }\n", Format::text, "plan.txtpb"); },
                    &message),
            ErrorCode::parse);
  EXPECT_NE(message.find("plan.txtpb: "), std::string::npos) << message;
  EXPECT_NE(message.find("line 3, column 16"), std::string::npos) << message;
}

TEST(Document, MisspelledFieldIsAnErrorInTextAndJson) {
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { parse_document("tittle: \"x\"", Format::text, "a.txtpb"); }, &message), ErrorCode::parse);
  EXPECT_NE(message.find("tittle"), std::string::npos) << message;
  EXPECT_EQ(test::error_code_of([&] { parse_document(R"({"tittle": "x"})", Format::json, "a.json"); }, &message),
            ErrorCode::parse);
  EXPECT_NE(message.find("tittle"), std::string::npos) << message;
  EXPECT_NE(message.find("a.json"), std::string::npos) << message;
}

TEST(Document, MalformedJsonNamesTheProblem) {
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { parse_document(R"({"id": "x", "measures": [{"id": 5}]})", Format::json, "b.json"); },
                    &message),
            ErrorCode::parse);
  EXPECT_NE(message.find("b.json: not valid JSON for planwerk.v1.Concept"), std::string::npos) << message;
  EXPECT_EQ(test::error_code_of([&] { parse_document(R"({"id": "x",)", Format::json, "b.json"); }), ErrorCode::parse);
}

TEST(Document, TruncatedBinaryIsRejected) {
  const std::string bytes = serialize_message(read_document(test::sample_path()), Format::binary);
  std::string message;
  // Cut in the middle: a length-delimited field now runs past the end.
  EXPECT_EQ(test::error_code_of([&] { parse_document(bytes.substr(0, bytes.size() / 2), Format::binary, "cut.pb"); }, &message),
            ErrorCode::parse);
  EXPECT_NE(message.find("cut.pb: not a valid binary planwerk.v1.Concept (truncated or corrupt)"), std::string::npos)
      << message;
}

TEST(Document, BinaryWithFieldsTheSchemaLacksIsRejected) {
  // Field 99 (varint) is not in the version-1 schema, so a version-1 file
  // holding it is corrupt or foreign: tag (99 << 3 | 0) = 792 = 0x98 0x06.
  std::string bytes = "\x98\x06\x01";
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { parse_document(bytes, Format::binary, "odd.pb"); }, &message), ErrorCode::parse);
  EXPECT_NE(message.find("fields this schema does not define (at top level)"), std::string::npos) << message;
}

TEST(Document, NewerSchemaVersionIsAClearErrorEvenWithUnknownFields) {
  std::string message;
  EXPECT_EQ(test::error_code_of([&] {
              parse_document(R"({"schema_version": 3, "id": "x", "brand_new_field": 1})", Format::json, "new.json");
            }, &message),
            ErrorCode::unsupported_version);
  EXPECT_NE(message.find("new.json: the document was written with planwerk schema version 3"), std::string::npos)
      << message;
  EXPECT_EQ(test::error_code_of([&] { parse_document("schema_version: 2\nfuture { }\n", Format::text, "new.txtpb"); }),
            ErrorCode::unsupported_version);
}

TEST_F(TempDir, LoadNamesTheFileForStructuralProblems) {
  const std::string p = path("broken.txtpb");
  std::ofstream(p) << "goals { id: \"g\" parent_goal_id: \"nope\" }\n";
  try {
    load(p);
    FAIL();
  } catch (const model::ModelError& e) {
    EXPECT_EQ(std::string(e.what()).rfind(p + ": 1 problem", 0), 0u) << e.what();
    ASSERT_EQ(e.diagnostics().size(), 1u);
    EXPECT_EQ(e.diagnostics()[0].field, "goals[0].parent_goal_id");
  }
}

TEST_F(TempDir, MissingFileIsAnIoError) {
  std::string message;
  EXPECT_EQ(test::error_code_of([&] { load(path("absent.json")); }, &message), ErrorCode::io);
  EXPECT_NE(message.find("absent.json: cannot open for reading: No such file or directory"), std::string::npos)
      << message;
}

TEST_F(TempDir, SaveAndLoadEveryFormat) {
  const model::Concept c = load(test::sample_path());
  for (const char* name : {"s.pb", "s.json", "s.txtpb"}) {
    save(c, path(name));
    EXPECT_EQ(save_bytes(load(path(name)), Format::binary), save_bytes(c, Format::binary)) << name;
  }
  // An unknown extension needs an explicit format.
  EXPECT_EQ(test::error_code_of([&] { save(c, path("s.unknown")); }), ErrorCode::invalid_argument);
  save(c, path("s.unknown"), Format::json);
  EXPECT_EQ(load(path("s.unknown")).measures().size(), c.measures().size());
}

TEST_F(TempDir, FailedSaveLeavesThePreviousFileAndNoTemporaries) {
  const std::string p = path("plan.json");
  write_file(p, "previous");
  // Renaming over a directory fails after the temporary file was written.
  fs::create_directory(path("blocked.json"));
  EXPECT_EQ(test::error_code_of([&] { write_file(path("blocked.json"), "new"); }), ErrorCode::io);
  EXPECT_TRUE(fs::is_directory(path("blocked.json")));
  // A target in a missing directory fails before anything is written.
  EXPECT_EQ(test::error_code_of([&] { write_file(path("no/such/dir.json"), "new"); }), ErrorCode::io);
  EXPECT_EQ(read_file(p), "previous");
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir_)) files += entry.is_regular_file() ? 1 : 0;
  EXPECT_EQ(files, 1u) << "a temporary file was left behind";
}

}  // namespace
}  // namespace planwerk::io
