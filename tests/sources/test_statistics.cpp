// SPDX-License-Identifier: Apache-2.0
// Official statistics against the real exports in ../shared/data/genesis
// (their README says what each holds). The expected counts were taken from
// the files with Python's csv module and pandas, independently of this
// reader (tests/python/test_statistics.py repeats them at test time); the
// values are read off the files' lines named beside them.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "planwerk/error.hpp"
#include "support/text.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/sources/statistics.hpp"
#include "planwerk/v1/observations.pb.h"

namespace planwerk::sources::statistics {
namespace {

const std::string genesis = std::string(PLANWERK_SHARED_DATA) + "/genesis/";
const std::string ldb_foreigners = genesis + "nrw-ldb_12521-03i_auslaender-staatsangehoerigkeit_kreise_2024.csv";
const std::string ldb_quota = genesis + "nrw-ldb_22811-01i_mindestsicherungsquote_gemeinden_2023.csv";
const std::string destatis_table = genesis + "destatis_12521-0004_auslaender-migrantengeneration_2022.csv";
const std::string zensus = genesis + "zensus2022_1000A-0000_de_gemeinden-mit-qualitaet.csv";
const std::string flat_old = genesis + "destatis_61111-0003_de_flat_ALT-ffcsv-bis-2024.csv";
const std::string flat_new = genesis + "regio_12211-Z-11_de_flat_quality-on_kreise.csv";
const std::string cube = genesis + "destatis_47414BJ002_cubefile-datenquader.csv";
const std::string zipped = std::string(PLANWERK_SOURCE_DIR) + "/tests/sources/fixtures/12211-Z-11_flat.zip";

using test::read_file;

// A concept with one indicator of each kind used here, and districts.
model::Concept test_concept() {
  v1::Concept doc;
  doc.set_id("statistics");
  for (const char* id : {"kleve", "kranenburg", "weeze"}) {
    auto* d = doc.add_districts();
    d->set_id(id);
    d->set_name(id);
  }
  auto add = [&](const char* id, v1::MeasureType type) {
    auto* i = doc.add_indicators();
    i->set_id(id);
    i->set_title(id);
    i->set_measure_type(type);
    i->set_polarity(v1::POLARITY_LOWER_IS_BETTER);
  };
  add("count", v1::MEASURE_TYPE_COUNT);
  add("quota", v1::MEASURE_TYPE_PERCENTAGE);
  add("index", v1::MEASURE_TYPE_INDEX);
  return model::from_proto(doc);
}

struct Counted {
  Layout layout;
  std::size_t cells = 0;
  std::map<std::string, std::size_t> qualifiers;
};

Counted count_cells(const std::string& path) {
  Counted c;
  const std::string bytes = read_file(path);
  c.layout = read_cells(bytes, path, [&](const Cell& cell) {
    ++c.cells;
    ++c.qualifiers[std::string(cell.qualifier)];
  });
  return c;
}

Imported run(const std::string& mapping, const std::vector<std::string>& files,
             const model::Concept& plan = test_concept()) {
  std::vector<std::filesystem::path> paths(files.begin(), files.end());
  return import_files(plan, mapping_from_json(mapping, "mapping.json"), paths);
}

std::string message_of(const std::function<void()>& f) {
  std::string message = "(no error)";
  test::error_code_of(f, &message);
  return message;
}

// ---- the four families: every value cell, nothing else -------------------------

TEST(StatisticsCells, LandesdatenbankTableWindows1252FiveKeyColumnsThreeHeaderRows) {
  const auto c = count_cells(ldb_foreigners);
  // 13,481 data rows x 3 value columns (Insgesamt, männlich, weiblich).
  EXPECT_EQ(c.cells, 13481u * 3);
  EXPECT_EQ(c.layout.format, Format::table);
  EXPECT_EQ(c.layout.statistic, "12521-03i");
  EXPECT_EQ(c.layout.encoding, "Windows-1252");
  // Column 1 holds the dates (the time); columns 2-5 and the header rows remain.
  EXPECT_EQ(c.layout.dimensions,
            (std::vector<std::string>{"column 2", "column 3", "column 4", "column 5", "header 1", "header 2", "header 3"}));
  EXPECT_NE(c.layout.title.find("Ausländische Bevölkerung nach Geschlecht"), std::string::npos) << c.layout.title;
}

TEST(StatisticsCells, EveryFamilyAndEncoding) {
  struct Case {
    std::string path;
    std::size_t cells;
    Format format;
    std::string statistic, encoding;
  };
  const std::vector<Case> cases = {
      {ldb_quota, 434, Format::table, "22811-01i", "Windows-1252"},  // 434 rows x 1 column
      {destatis_table, 164u * 97, Format::table, "12521-0004", "Windows-1252"},  // 164 rows x 97 ages
      {zensus, 10787, Format::table, "1000A-0000", "UTF-8"},  // 10,787 rows x 1 value (+ its qualifier column)
      {flat_old, 1925, Format::flat_old, "61111", "UTF-8"},  // 1,925 rows x 1 value variable
      {flat_new, 1956, Format::flat_new, "12211", "UTF-8"},  // 1,956 rows
      {cube, 313, Format::cube, "47414", "UTF-8"},  // 313 D lines after K;QEI, 1 value variable
  };
  for (const auto& k : cases) {
    const auto c = count_cells(k.path);
    EXPECT_EQ(c.cells, k.cells) << k.path;
    EXPECT_EQ(c.layout.format, k.format) << k.path;
    EXPECT_EQ(c.layout.statistic, k.statistic) << k.path;
    EXPECT_EQ(c.layout.encoding, k.encoding) << k.path;
  }
}

TEST(StatisticsCells, QualifierColumnsAsPandasCountsThem) {
  // value_q of the new flat file: 893 "e", 14 "()", 1,049 empty.
  const auto n = count_cells(flat_new);
  EXPECT_EQ(n.qualifiers.at("e"), 893u);
  EXPECT_EQ(n.qualifiers.at("()"), 14u);
  EXPECT_EQ(n.qualifiers.at(""), 1049u);
  // PREIS1__...__q of the old one: 1,900 "e", 13 "()", 12 empty.
  const auto o = count_cells(flat_old);
  EXPECT_EQ(o.qualifiers.at("e"), 1900u);
  EXPECT_EQ(o.qualifiers.at("()"), 13u);
  // The Zensus writes its qualifier in an unlabelled column after the value: all "e".
  const auto z = count_cells(zensus);
  EXPECT_EQ(z.qualifiers.at("e"), 10787u);
  // The cube's QUALITAET: every value provisional.
  EXPECT_EQ(count_cells(cube).qualifiers.at("p"), 313u);
}

TEST(StatisticsCells, TheZipOfTheWebServiceGivesTheSameCells) {
  const auto plain = count_cells(flat_new);
  const auto zip = count_cells(zipped);
  EXPECT_TRUE(zip.layout.zip);
  EXPECT_EQ(zip.cells, plain.cells);
  EXPECT_EQ(zip.qualifiers, plain.qualifiers);
}

// ---- mapping into observations -----------------------------------------------------

TEST(StatisticsImport, LandesdatenbankQuotaForOberhausenAndTheGemeindenOfAKreis) {
  // 22811-01i line 16: "05119;    Oberhausen, krfr. Stadt;14,9", the year 2023 in the header.
  const auto one = run(R"({"municipality": "05119", "indicators": [{"indicator": "quota", "value": {}}]})", {ldb_quota});
  ASSERT_EQ(one.observations.size(), 1u);
  EXPECT_EQ(one.observations.value[0], 14.9);
  EXPECT_EQ(one.observations.period[0], monitor::year_period(2023));
  EXPECT_EQ(one.observations.district[0], -1);
  EXPECT_EQ(one.sources[0].other_regions, 433u);  // every other area of NRW, of every level

  // Kreis Kleve (05154, line 20: 7,9) with three of its Gemeinden as districts:
  // Kleve (line 29: 9,9), Kranenburg (line 30: "." unknown), Weeze (line 36: 11,1).
  // The Regierungsbezirk and NRW above, and the other Gemeinden, are skipped.
  const auto kreis = run(R"({"municipality": "05154",
      "districts": {"05154036": "kleve", "05154040": "kranenburg", "05154064": "weeze"},
      "indicators": [{"indicator": "quota", "value": {"statistic": "22811-01i"}}]})", {ldb_quota});
  const auto& o = kreis.observations;
  ASSERT_EQ(o.size(), 4u);
  EXPECT_EQ(o.district, (std::vector<std::int32_t>{-1, 0, 1, 2}));
  EXPECT_EQ(o.value[0], 7.9);
  EXPECT_EQ(o.value[1], 9.9);
  EXPECT_TRUE(std::isnan(o.value[2]));
  EXPECT_EQ(o.status[2], v1::VALUE_STATUS_UNKNOWN);
  EXPECT_EQ(o.value[3], 11.1);
}

TEST(StatisticsImport, RoundedCountsByContinentAndTheirTotal) {
  // 12521-03i for Oberhausen (lines 1777 ff.): continents 1 Europa 28,520,
  // 2 Afrika 3,440, 3 Amerika 260, 4 Asien 8,575, 5 Ozeanien 15, 9 Sonstige 450,
  // all counts rounded to multiples of 5.
  const std::string mapping = R"({"municipality": "05119", "indicators": [{"indicator": "count",
      "statistic": "12521-03i", "rounded_to": 5,
      "value": {"where": {"header 2": "Insgesamt"}, "groups": {"dimension": "column 4", "codes": {
        "1": "continent:europe", "2": "continent:africa", "3": "continent:america", "4": "continent:asia",
        "5": "continent:oceania", "9": "continent:other"}}}}]})";
  const auto in = run(mapping, {ldb_foreigners});
  const auto& o = in.observations;
  ASSERT_EQ(o.size(), 6u);
  std::map<std::string, double> by_group;
  for (std::size_t r = 0; r < o.size(); ++r) {
    by_group[o.groups[static_cast<std::size_t>(o.group[r])]] = o.value[r];
    EXPECT_EQ(o.flags[r], monitor::rounded);
    EXPECT_EQ(o.period[r], monitor::year_period(2024));  // 31.12.2024 as a year
  }
  EXPECT_EQ(by_group["continent:europe"], 28520);
  EXPECT_EQ(by_group["continent:oceania"], 15);
  EXPECT_TRUE(in.warnings.empty());
  // The whole from its parts: 28,520 + 3,440 + 260 + 8,575 + 15 + 450 = 41,260,
  // flagged rounded (each part may be off by 2).
  monitor::Options options;
  options.cells = true;
  const auto result = monitor::evaluate(test_concept(), o.view(), options);
  const Frame& cells = result.cells;
  std::size_t derived = 0;
  for (std::size_t r = 0; r < cells.rows(); ++r) {
    if (cells["derived"].integers()[r] == 0) continue;
    ++derived;
    EXPECT_EQ(cells["value"].reals()[r], 41260);
    EXPECT_EQ(cells["flags"].integers()[r] & monitor::rounded, monitor::rounded);
  }
  EXPECT_EQ(derived, 1u);
}

TEST(StatisticsImport, ADashInARoundedTableIsZeroFlaggedRounded) {
  // Line 1780: "05119;...;123;  Andorra;-;-;-": 0, 1 or 2 people.
  const auto in = run(R"({"municipality": "05119", "indicators": [{"indicator": "count", "rounded_to": 5,
      "value": {"where": {"column 4": "123", "header 2": "Insgesamt"}}}]})", {ldb_foreigners});
  ASSERT_EQ(in.observations.size(), 1u);
  EXPECT_EQ(in.observations.value[0], 0);
  EXPECT_EQ(in.observations.flags[0], monitor::rounded);
}

TEST(StatisticsImport, ANumberThatIsNoMultipleOfTheRoundingIsAWarning) {
  // The Zensus counts are exact: 212,127 for Oberhausen is no multiple of 5.
  const auto in = run(R"({"municipality": "05119", "indicators": [{"indicator": "count", "rounded_to": 5, "value": {}}]})",
                      {zensus});
  ASSERT_EQ(in.warnings.size(), 1u);
  EXPECT_NE(in.warnings[0].message.find("\"212127\" is not a multiple of 5"), std::string::npos) << in.warnings[0].message;
}

TEST(StatisticsImport, TwelveDigitKeysOfAKreisfreieStadtMatchItsFiveDigitKey) {
  // Zensus: "051190000000;Oberhausen, Stadt;Personen;Anzahl;212127;e", the day 15.05.2022.
  const auto year = run(R"({"municipality": "05119", "indicators": [{"indicator": "count", "value": {}}]})", {zensus});
  ASSERT_EQ(year.observations.size(), 1u);
  EXPECT_EQ(year.observations.value[0], 212127);
  EXPECT_EQ(year.observations.period[0], monitor::year_period(2022));
  const auto day = run(R"({"municipality": "05119", "period": "day", "indicators": [{"indicator": "count", "value": {}}]})",
                       {zensus});
  EXPECT_EQ(day.observations.period[0], 20220515);
}

TEST(StatisticsImport, NewFlatFileWithItsUnitAndQuality) {
  // Oberhausen in 12211-Z-11 (2019, unit 1000): LB-INS 110, FAMILIEN 27, PAAROK 30, ALLEINST 53.
  const auto in = run(R"({"municipality": "05119", "indicators": [{"indicator": "count", "value": {"factor": 1000,
      "groups": {"dimension": "LBFORM01", "codes": {"Insgesamt": "", "FAMILIEN": "form:family",
        "PAAROK": "form:couple", "ALLEINST": "form:single"}}}}]})", {flat_new});
  const auto& o = in.observations;
  ASSERT_EQ(o.size(), 4u);
  EXPECT_EQ(o.group[0], -1);  // everybody sorts first
  EXPECT_EQ(o.value[0], 110000);
  double parts = 0;
  for (std::size_t r = 1; r < 4; ++r) parts += o.value[r];
  EXPECT_EQ(parts, (27 + 30 + 53) * 1000.0);
  // "()": Remscheid's families, "...;05120;Remscheid, kreisfreie Stadt;...;FAMILIEN;...;14;1000;...;()".
  const auto remscheid = run(R"({"municipality": "05120", "indicators": [{"indicator": "count",
      "value": {"where": {"LBFORM01": "FAMILIEN"}}}]})", {flat_new});
  ASSERT_EQ(remscheid.observations.size(), 1u);
  EXPECT_EQ(remscheid.observations.value[0], 14);
  EXPECT_EQ(remscheid.observations.flags[0], monitor::low_reliability);
}

TEST(StatisticsImport, OldFlatFileAndCubeFile) {
  // 61111-0003: Germany's consumer price index for CC13-0111 (bread and cereals), 2019-2023.
  const auto prices = run(R"({"municipality": "DG", "indicators": [{"indicator": "index",
      "value": {"variable": "PREIS1", "where": {"CC13A5": "CC13-0111"}}}]})", {flat_old});
  ASSERT_EQ(prices.observations.size(), 5u);
  EXPECT_EQ(prices.observations.value[0], 99.2);  // line 2: "...;CC13-0111;    Brot und Getreideerzeugnisse;99,2;e"
  EXPECT_EQ(prices.observations.period[4], monitor::year_period(2023));
  // The cube (decimal point, quality p): "D;DG;WZ08-J;NOMINAL;2024;143.6;p;;0.0".
  const auto c = run(R"({"municipality": "DG", "indicators": [{"indicator": "index",
      "value": {"variable": "UMS103", "where": {"WZ08N7": "WZ08-J", "WERTE4": "NOMINAL"}}}]})", {cube});
  ASSERT_EQ(c.observations.size(), 1u);
  EXPECT_EQ(c.observations.value[0], 143.6);
  EXPECT_EQ(c.observations.flags[0], monitor::provisional);
}

TEST(StatisticsImport, NumeratorAndDenominator) {
  // Men among Oberhausen's foreigners from Europe (line 1777: 28,520 in all, 14,270 men).
  const auto in = run(R"({"municipality": "05119", "indicators": [{"indicator": "quota", "statistic": "12521-03i",
      "rounded_to": 5, "where": {"column 4": "1"},
      "numerator": {"where": {"header 2": "männlich"}}, "denominator": {"where": {"header 2": "Insgesamt"}}}]})",
                      {ldb_foreigners});
  ASSERT_EQ(in.observations.size(), 1u);
  EXPECT_EQ(in.observations.numerator[0], 14270);
  EXPECT_EQ(in.observations.denominator[0], 28520);
  EXPECT_TRUE(std::isnan(in.observations.value[0]));
  EXPECT_EQ(in.observations.flags[0], monitor::rounded);
}

TEST(StatisticsImport, PartsOfDifferentPeriodsFromTwoExportsAreWarnedAbout) {
  // Foreigners of 2024 (12521-03i) over the Zensus population of 2022: the
  // periods differ, so each part lacks its partner.
  const auto in = run(R"({"municipality": "05119", "indicators": [{"indicator": "quota",
      "numerator": {"statistic": "12521-03i", "rounded_to": 5, "where": {"column 4": "1", "header 2": "Insgesamt"}},
      "denominator": {"statistic": "1000A-0000"}}]})", {ldb_foreigners, zensus});
  // Different periods: a numerator for 2024 and a denominator for 2022, each
  // without its partner: two warnings, no rows.
  EXPECT_EQ(in.observations.size(), 0u);
  ASSERT_EQ(in.warnings.size(), 2u);
  EXPECT_NE(in.warnings[0].message.find("a denominator without its numerator"), std::string::npos) << in.warnings[0].message;
  EXPECT_NE(in.warnings[1].message.find("a numerator without its denominator"), std::string::npos) << in.warnings[1].message;
  EXPECT_EQ(in.sources.size(), 2u);
}

TEST(StatisticsImport, TheNewFlatFilesTotalHasAnEmptyCodeLabelledInsgesamt) {
  // As the README of ../shared/data says: a total is an empty attribute code
  // labelled "Insgesamt", and rows come in any order. Groups match it by
  // label (or by the empty code); "where" may also name the time.
  const std::string text =
      "\xEF\xBB\xBFstatistics_code;time;1_variable_code;1_variable_attribute_code;1_variable_attribute_label;"
      "2_variable_code;2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;"
      "value_variable_label;value_q\n"
      "12411;2023;KREISE;05119;Oberhausen;GES;GESW;weiblich;105,5;1000;BEV;Bev;e\n"
      "12411;2024;KREISE;05119;Oberhausen;GES;;Insgesamt;210,2;1000;BEV;Bev;p\n"
      "12411;2023;KREISE;05119;Oberhausen;GES;;Insgesamt;209,9;1000;BEV;Bev;e\n"
      "12411;2023;KREISE;05119;Oberhausen;GES;GESM;m\xC3\xA4nnlich;104,4;1000;BEV;Bev;r\n";
  const auto mapping = mapping_from_json(R"({"municipality": "05119", "indicators": [{"indicator": "count",
      "value": {"factor": 1000, "where": {"time": "2023"},
                "groups": {"dimension": "GES", "codes": {"Insgesamt": "", "GESW": "sex:f", "GESM": "sex:m"}}}}]})",
                                         "m.json");
  const Source s{text, "flat.csv"};
  const auto in = import(test_concept(), mapping, std::span<const Source>(&s, 1));
  const auto& o = in.observations;
  ASSERT_EQ(o.size(), 3u);
  EXPECT_EQ(o.group[0], -1);  // everybody first, then sex:f, sex:m as they came
  EXPECT_DOUBLE_EQ(o.value[0], 209900);
  EXPECT_DOUBLE_EQ(o.value[1], 105500);
  EXPECT_EQ(o.groups[static_cast<std::size_t>(o.group[2])], "sex:m");
  EXPECT_EQ(o.flags[2], monitor::revised);
  EXPECT_EQ(in.sources[0].unmatched, 1u);  // the 2024 total
}

TEST(StatisticsImport, WarningsStopAtTwoHundredAndSayHowManyMore) {
  // 300 years of a numerator without its denominator: 300 warnings due,
  // 200 listed and one saying 100 more.
  std::string text = "statistics_code;time;value;value_unit;value_variable_code;value_variable_label\n";
  for (int y = 1701; y <= 2000; ++y) text += "1;" + std::to_string(y) + ";5;;N;n\n";
  const auto mapping = mapping_from_json(
      R"({"indicators": [{"indicator": "quota", "numerator": {"variable": "N"}, "denominator": {"variable": "D"}}]})", "m");
  const Source s{text, "many.csv"};
  const auto in = import(test_concept(), mapping, std::span<const Source>(&s, 1));
  EXPECT_EQ(in.observations.size(), 0u);
  ASSERT_EQ(in.warnings.size(), 201u);
  EXPECT_EQ(in.warnings.back().message, "101 more warnings not listed");
}

// ---- refusals: the file, the line and the column; nothing returned ------------------

TEST(StatisticsRefusals, NameTheFileLineAndColumn) {
  const auto plan = test_concept();
  const auto mapping = mapping_from_json(R"({"indicators": [{"indicator": "count", "value": {}}]})", "m.json");
  auto import_text = [&](const std::string& text) {
    const Source s{text, "t.csv"};
    return import(plan, mapping, std::span<const Source>(&s, 1));
  };
  const std::string head = "statistics_code;time;1_variable_code;1_variable_attribute_code;1_variable_attribute_label;"
                           "value;value_unit;value_variable_code;value_variable_label\n";
  EXPECT_EQ(message_of([&] { import_text(head + "1;2024;GES;GESM;m;12a;;V;v\n"); }),
            "t.csv line 2, column 6: \"12a\" is not a number or a table symbol");
  EXPECT_EQ(message_of([&] { import_text(head + "1;2024;GES;GESM;m;12\n"); }),
            "t.csv line 2, column 7: the row has 6 fields, the header 9");
  EXPECT_EQ(message_of([&] { import_text(head + "1;24.12.;GES;GESM;m;12;;V;v\n"); }),
            "t.csv line 2, column 6: time \"24.12.\" is not a year (2024) or a day (31.12.2024, 2024-12-31)");
  // Two cells for one observation: the mapping did not pin the sex.
  EXPECT_EQ(message_of([&] { import_text(head + "1;2024;GES;GESM;m;12;;V;v\n1;2024;GES;GESW;w;13;;V;v\n"); }),
            "t.csv line 3, column 6: a second cell for indicator \"count\", whole municipality, period 2024, value "
            "(the first is t.csv line 2, column 6); pin the other dimensions with \"where\"");
  EXPECT_EQ(message_of([&] { import_text("statistics_code;time\n"); }), "t.csv line 1, column 1: the header has no column \"value\"");
  EXPECT_EQ(message_of([&] { import_text("Tabelle: 1\n\"open;\n"); }),
            "t.csv line 2, column 1: a quoted field is not closed before the end of the text");
  EXPECT_EQ(message_of([&] { import_text("Tabelle: 1\n;;2024\n05;NRW;1\x81\n"); }),
            "t.csv line 3, column 9: byte 0x81 is neither UTF-8 nor Windows-1252");
  EXPECT_EQ(message_of([&] { import_text("Tabelle: 1\nonly a title\n"); }),
            "t.csv line 2, column 1: no header rows: not an export of GENESIS, regionalstatistik.de, a Landesdatenbank "
            "or the Zensus");
  // Bounded work: each cell carries its keys, so tables with more header rows
  // or key columns than any office writes are refused.
  std::string tall = "Tabelle: 1\n";
  for (int h = 0; h < 17; ++h) tall += ";;h\n";
  EXPECT_EQ(message_of([&] { import_text(tall + "05;NRW;1\n"); }),
            "t.csv line 2, column 1: 17 header rows; a table has at most 16");
  EXPECT_EQ(message_of([&] { import_text("Tabelle: 1\n" + std::string(33, ';') + "v\n" + std::string(33, 'k') + ";1\n"); }),
            "t.csv line 2, column 1: 33 key columns; a table has at most 32");
  EXPECT_EQ(message_of([&] { import_text("K;QEI;FACH-SCHL;ZI-WERT;WERT\nD;DG;2024;1\n"); }),
            "t.csv line 1, column 1: values (QEI) before the dimensions (DQA)");
  EXPECT_EQ(message_of([&] { import_text(""); }), "t.csv line 1, column 1: the file is empty");
  EXPECT_EQ(message_of([&] { import_text("PK\x03\x04garbage"); }).substr(0, 29), "t.csv: a broken ZIP archive: ");
  // A ZIP for which libarchive has no error text (found by fuzz_statistics:
  // the message was built from a null pointer).
  const std::string broken = read_file(std::string(PLANWERK_SOURCE_DIR) + "/tests/sources/fixtures/zip_without_error_text.zip");
  EXPECT_EQ(message_of([&] { import_text(broken); }), "t.csv: a broken ZIP archive: unreadable");
}

TEST(StatisticsRefusals, MappingsThatDoNotFit) {
  EXPECT_EQ(message_of([] { mapping_from_json("{", "m.json"); }).substr(0, 16), "m.json: not JSON");
  // nlohmann/json throws out_of_range, not parse_error, for a number too
  // large for a double (found by fuzz_statistics).
  EXPECT_EQ(message_of([] { mapping_from_json("{\"rounded_to\": 22.2e00861293115485432829}", "m.json"); }).substr(0, 16),
            "m.json: not JSON");
  EXPECT_EQ(message_of([] { mapping_from_json(R"({"indicators": [{"indicator": "x", "value": {"wher": {}}}]})", "m.json"); }),
            "m.json: indicators[0].value: unknown key \"wher\" (known: statistic, variable, where, groups, factor, rounded_to)");
  EXPECT_EQ(message_of([] { mapping_from_json(R"({"indicators": [{"indicator": "x"}]})", "m.json"); }),
            "m.json: indicators[0]: needs \"value\", or \"numerator\" and \"denominator\"");
  EXPECT_EQ(message_of([] {
              mapping_from_json(R"({"indicators": [{"indicator": "x", "value": {"groups": {"dimension": "G", "codes": {"m": "male"}}}}]})", "m.json");
            }),
            "m.json: indicators[0].value.groups.codes[\"m\"]: a group is \"dimension:value\" (\"sex:f\") or \"\" for everybody");
  EXPECT_EQ(message_of([] { mapping_from_json(R"({"version": 2, "indicators": [{"indicator": "x", "value": {}}]})", "m.json"); }),
            "m.json: version: this library reads mapping version 1");
  EXPECT_EQ(message_of([] { run(R"({"indicators": [{"indicator": "nothing", "value": {}}]})", {ldb_quota}); }),
            "mapping indicators[0].indicator: no indicator \"nothing\" in the concept");
  EXPECT_EQ(message_of([] { run(R"({"districts": {"1": "nowhere"}, "indicators": [{"indicator": "count", "value": {}}]})", {ldb_quota}); }),
            "mapping districts[\"1\"]: no district \"nowhere\" in the concept");
  // A national table has no regional keys: a mapping naming an area is refused.
  EXPECT_EQ(message_of([] {
              run(R"({"municipality": "05119", "indicators": [{"indicator": "count", "value": {}}]})", {destatis_table});
            }),
            destatis_table + " line 9, column 5: no dimension holds regional keys, but the mapping names areas; name the "
                             "dimension with \"region\"");
}

}  // namespace
}  // namespace planwerk::sources::statistics
