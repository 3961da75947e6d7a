// SPDX-License-Identifier: Apache-2.0
// The report's pages beyond the overview and the plan: indicator pages and
// their downloads, suppression across every file, the calendar and its
// .ics files, the INKO grid, budget, stakeholders and changes. Expected
// figures are worked out by hand in the comments.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <random>
#include <regex>

#include "../../src/report/chart.hpp"
#include "../../src/report/text.hpp"
#include "folder.hpp"
#include "planwerk/monitor/evaluate.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/priorities/from_concept.hpp"
#include "planwerk/report/site.hpp"
#include "support/text.hpp"

namespace planwerk::report {
namespace {

namespace fs = std::filesystem;
using Files = std::map<std::string, std::string>;

const char* town = R"(
  id: "town" title: "Stadt" version_label: "2026" period_start: "2026-01-01" period_end: "2026-12-31"
  adoption_date: "2026-03-02"
  calendar { state: "NW" }
  districts { id: "d1" name: "Nord" }
  districts { id: "d2" name: "Süd" }
  districts { id: "d3" name: "West" }
  action_fields { id: "af" title: "Feld" }
  actors { id: "a1" name: "Amt Eins" }
  actors { id: "a2" name: "Verein Zwei" }
  target_groups { id: "tg" name: "Eltern" }
  goals { id: "g1" title: "Ziel mit Maßnahme" action_field_id: "af" responsible_actor_id: "a1" }
  goals { id: "g2" title: "Ziel ohne Maßnahme" action_field_id: "af" }
  measures { id: "m1" title: "Maßnahme Eins" action_field_id: "af" responsible_actor_id: "a1" partner_actor_ids: "a2"
             duration_days: 10 target_group_ids: "tg" contributions { goal_id: "g1" }
             budget { amount_cents: 150000 funding_type: FUNDING_TYPE_STATE funding_source: "Landesprogramm" } }
  measures { id: "m2" title: "Maßnahme Zwei" action_field_id: "af" responsible_actor_id: "a2" duration_days: 5
             budget { amount_cents: 2550 funding_type: FUNDING_TYPE_STATE } }
  committees { id: "c1" name: "Rat" meetings: ["2026-03-10", "2026-06-16"]
               cadence { min_meetings: 1 period: CADENCE_PERIOD_QUARTER } }
  committees { id: "c2" name: "Ausschuss" meetings: "2026-04-14" }
  budget_pools { id: "p" name: "Topf" total_cents: 1000000 year: 2026
                 allocations { measure_id: "m2" amount_cents: 250000 date: "2026-04-01" }
                 allocations { measure_id: "m1" amount_cents: 125050 } }
  stakeholders { id: "s1" name: "Kämmerei" interest: 2 influence: 5 }
  stakeholders { id: "s2" name: "Vereine" interest: 5 influence: 2 }
  indicators { id: "i" code: "X1" title: "Kennzahl" unit: "Punkte" measure_type: MEASURE_TYPE_INDEX
               aggregation: AGGREGATION_SUM polarity: POLARITY_HIGHER_IS_BETTER goal_ids: "g1"
               baselines { value: 4321.5 date: "2022-01-01" } targets { value: 6543.5 date: "2030-01-01" } }
)";

// Cells of indicator i: the city (-1) and d1..d3, everybody and the groups
// sex:f and sex:m, years 2022-2024: 4 x 3 x 3 = 36 cells. Cell k has the
// value 5000 + 10 k + (1 + k % 9) / 10: unique, never a whole number (so
// never an axis label), four digits (never a coordinate or a year).
// `cases(k)` gives its case count.
template <class Cases>
monitor::Observations town_cells(Cases cases) {
  monitor::Observations rows;
  const std::int32_t f = rows.group_code("sex:f"), m = rows.group_code("sex:m");
  int k = 0;
  for (int year = 2022; year <= 2024; ++year)
    for (std::int32_t d = -1; d < 3; ++d)
      for (std::int32_t g : {-1, f, m}) {
        monitor::Observations::Row r;
        r.indicator = 0;
        r.district = d;
        r.group = g;
        r.period = monitor::year_period(year);
        r.value = 5000 + 10 * k + (1 + k % 9) / 10.0;
        r.cases = cases(k);
        rows.append(r);
        ++k;
      }
  return rows;
}

double value_of(int k) { return 5000 + 10 * k + (1 + k % 9) / 10.0; }

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// The body of the table whose caption is `caption`.
std::string table_body(const std::string& page, const std::string& caption) {
  const std::size_t at = page.find("<caption>" + caption + "</caption>");
  if (at == std::string::npos) return "";
  const std::size_t from = page.find("<tbody>", at), to = page.find("</tbody>", at);
  return page.substr(from, to - from);
}

Files write(const model::Concept& plan, const monitor::Observations& rows, const std::string& name,
            SiteOptions options = {}) {
  const fs::path out = test::fresh_folder(name);
  write_site(plan, rows.view(), out, options);
  return test::read_folder(out);
}

TEST(IndicatorPage, QualifiersOfOfficialStatisticsAsTheOfficesPrintThem) {
  const model::Concept plan = test::concept_from(town);
  auto rows = town_cells([](int) { return 10.0; });
  // The city, everybody, in 2022 (k = 0: 5000,1), 2023 (k = 12: 5120,4) and
  // 2024 (k = 24: 5240,7): limited reliability, revised and estimated,
  // provisional and rounded (no mark: the offices print none either).
  rows.flags[0] = monitor::low_reliability;
  rows.flags[12] = monitor::revised | monitor::estimated;
  rows.flags[24] = monitor::provisional | monitor::rounded;
  const Files files = write(plan, rows, "qualifiers");
  const std::string districts = table_body(files.at("indicator-i.html"), "Nach Sozialräumen");
  EXPECT_NE(districts.find("<td class=\"number\">(5000,1)</td><td class=\"number\">5120,4\u00A0r\u00A0s</td>"
                           "<td class=\"number\">5240,7\u00A0p</td>"),
            std::string::npos)
      << districts;
  EXPECT_NE(files.at("indicator-i.html").find("r berichtigte Zahl · s geschätzte Zahl · ( ) Aussagewert eingeschränkt"),
            std::string::npos);
}

TEST(IndicatorPage, TablesChartsAndDownloadsHoldTheCells) {
  const model::Concept plan = test::concept_from(town);
  const auto rows = town_cells([](int) { return 10.0; });
  const Files files = write(plan, rows, "indicator");
  const std::string& page = files.at("indicator-i.html");
  // By district: the city and three districts, and the target row.
  const std::string districts = table_body(page, "Nach Sozialräumen");
  EXPECT_EQ(count(districts, "<tr"), 5u);
  EXPECT_NE(districts.find("<tr class=\"target-row\"><th scope=\"row\" dir=\"auto\">Ziel</th>"), std::string::npos);
  // Columns 2022, 2023, 2024 and the target's year 2030; the target row
  // holds 6543,5 under 2030 only, the districts "..." there (comes later).
  EXPECT_NE(page.find("<th scope=\"col\" class=\"number\">2024</th><th scope=\"col\" class=\"number\">2030</th>"),
            std::string::npos);
  EXPECT_NE(districts.find("<td class=\"number\"></td><td class=\"number\"></td><td class=\"number\"></td>"
                           "<td class=\"number\">6543,5</td>"),
            std::string::npos);
  // Nord (district code 0) in 2023: k = 12 (year 2023 starts at 12) + 3
  // (city's three groups) = 15, everybody: 5000 + 150 + (1 + 6) / 10 = 5150,7.
  EXPECT_NE(districts.find("<th scope=\"row\" dir=\"auto\">Nord</th><td class=\"number\">5030,4</td>"
                           "<td class=\"number\">5150,7</td>"),
            std::string::npos);
  // By group: everybody, sex:f and sex:m of the whole city.
  EXPECT_EQ(count(table_body(page, "Nach Gruppen (Gesamtstadt)"), "<tr"), 3u);
  // Two charts with a line per row of their tables (4 + 3), each with its
  // title and description.
  EXPECT_EQ(count(page, "<g class=\"series\">"), 7u);
  EXPECT_EQ(count(page, "role=\"img\""), 3u);  // and the dumbbells of the group gaps
  EXPECT_NE(page.find("<title id=\"by-district-t\">Nach Sozialräumen: Kennzahl</title>"), std::string::npos);
  // The districts ranked against the city in 2024 (k = 24 city, 27 Nord,
  // 30 Süd, 33 West: 5240,7 / 5270,1 / 5300,4 / 5330,7): West first, 90,0
  // above the city, a ratio of 5330,7 / 5240,7 = 1,017.
  const std::string ranking = table_body(page, "Sozialräume im Vergleich zur Gesamtstadt");
  EXPECT_LT(ranking.find("West"), ranking.find("Süd"));
  EXPECT_LT(ranking.find("Süd"), ranking.find("Nord"));
  EXPECT_NE(ranking.find("<td class=\"number\">1</td><th scope=\"row\" dir=\"auto\">West</th><td class=\"number\">5330,7</td>"
                         "<td class=\"number\">5240,7</td><td class=\"number\">90,0</td><td class=\"number\">1,02</td>"),
            std::string::npos);

  // The method panel in words. The city's series rises 120,3 a year (5000,1,
  // 5120,4, 5240,7): by 2030 the line reaches 5240,7 + 6 * 120,3 = 5962,5,
  // short of the target 6543,5: the right direction, too slow.
  EXPECT_NE(page.find("<dt>Art der Kennzahl</dt><dd>Index</dd>"), std::string::npos);
  EXPECT_NE(page.find("<dt>Zusammenfassung über Teile</dt><dd>Summe der Teile</dd>"), std::string::npos);
  EXPECT_NE(page.find("<dt>Steigung je Jahr (Kleinste Quadrate)</dt><dd>120,30</dd>"), std::string::npos);
  EXPECT_NE(page.find("<dt>Ausblick bis zum Zieldatum</dt><dd>in Zielrichtung, aber zu langsam</dd>"),
            std::string::npos);

  // The CSV reads back through the official dialect as the same 36 cells.
  const auto back = monitor::read_csv(plan, files.at("data/indicator-i.csv"), "download");
  ASSERT_EQ(back.size(), 36u);
  std::multiset<double> written(back.value.begin(), back.value.end()), expected;
  for (int k = 0; k < 36; ++k) expected.insert(value_of(k));
  EXPECT_EQ(written, expected);
  // The JSON, by column: 36 cells, every one a number.
  const auto json = nlohmann::json::parse(files.at("data/indicator-i.json"));
  EXPECT_EQ(json["indicator"], "i");
  const auto& cells = json["cells"];
  for (const char* column : {"district", "group", "period", "value", "status", "provisional", "series_break"})
    ASSERT_EQ(cells[column].size(), 36u) << column;
  std::size_t found = 0;
  for (std::size_t r = 0; r < 36; ++r)
    if (cells["district"][r] == "d1" && cells["group"][r] == "" && cells["period"][r] == "2023") {
      EXPECT_DOUBLE_EQ(cells["value"][r].get<double>(), 5150.7);  // k = 15, as above
      EXPECT_EQ(cells["status"][r], "");
      ++found;
    }
  EXPECT_EQ(found, 1u);
  // The overview: g1's indicator with its trend in words, data for 1 of 1
  // indicators, and the next meetings from the status date (2 March 2026):
  // Rat on 10 March, Ausschuss on 14 April, Rat on 16 June.
  const std::string& index = files.at("index.html");
  EXPECT_NE(index.find("<a href=\"indicator-i.html#method\" dir=\"auto\">Kennzahl</a>: <span aria-hidden=\"true\">"),
            std::string::npos);
  EXPECT_NE(index.find("<td>1 von 1</td>"), std::string::npos);
  EXPECT_NE(index.find("<li><time datetime=\"2026-03-10\">10.03.2026</time>: Rat</li>\n"
                       "<li><time datetime=\"2026-04-14\">14.04.2026</time>: Ausschuss</li>\n"
                       "<li><time datetime=\"2026-06-16\">16.06.2026</time>: Rat</li>"),
            std::string::npos);
  EXPECT_NE(index.find("<a href=\"indicators.html#how\">"), std::string::npos);
  EXPECT_NE(files.at("indicators.html").find("<h2 id=\"how\">"), std::string::npos);
  // The list page links every indicator.
  EXPECT_NE(files.at("indicators.html").find("<a href=\"indicator-i.html\">Kennzahl</a>"), std::string::npos);
}

// "5010,2", "5010.2" as whole numbers in text: not inside a longer figure.
bool appears(const std::string& text, double value) {
  for (const Language lang : {Language::de, Language::en}) {
    const std::string figure = format_number(value, 1, lang);
    const std::regex token("(^|[^0-9.,])" + std::regex_replace(figure, std::regex("[.]"), "\\.") + "($|[^0-9])");
    if (std::regex_search(text, token)) return true;
  }
  return false;
}

TEST(Suppression, NoSuppressedValueInAnyFile) {
  const model::Concept plan = test::concept_from(town);
  std::size_t primary = 0, secondary = 0;
  for (unsigned seed = 1; seed <= 6; ++seed) {
    // Random case counts: about one cell in four under 3.
    std::mt19937 random(seed);
    std::vector<double> cases(36);
    for (double& c : cases) c = static_cast<double>(std::uniform_int_distribution<int>(0, 11)(random));
    const auto rows = town_cells([&](int k) { return cases[static_cast<std::size_t>(k)]; });
    monitor::Options o;
    o.cells = true;
    const auto result = monitor::evaluate(plan, rows.view(), o);
    const auto& state = result.cells["suppressed"].codes();
    const auto& period = result.cells["period"].integers();
    const auto& district = result.cells["district"].codes();
    const auto& group = result.cells["group"].codes();
    const auto& labels = result.cells["group"].labels();
    SiteOptions options;
    options.language = seed % 2 == 0 ? Language::en : Language::de;
    const Files files = write(plan, rows, "suppression-" + std::to_string(seed), options);
    ASSERT_TRUE(files.count("data/indicator-i.csv"));
    for (std::size_t r = 0; r < state.size(); ++r) {
      if (state[r] == 0) continue;
      (state[r] == 1 ? primary : secondary)++;
      // Back to the cell's k: the year, then the district (city first),
      // then the group (everybody, f, m).
      const int year = static_cast<int>(period[r] / 10000) - 2022;
      const std::string& label = labels[static_cast<std::size_t>(group[r])];
      const int g = label.empty() ? 0 : label == "sex:f" ? 1 : 2;
      const int k = year * 12 + district[r] * 3 + g;
      for (const auto& [name, bytes] : files)
        EXPECT_FALSE(appears(bytes, value_of(k))) << "seed " << seed << ": " << value_of(k) << " in " << name;
    }
  }
  // The test means something only if both kinds occurred.
  EXPECT_GT(primary, 10u);
  EXPECT_GT(secondary, 5u);
}

TEST(Calendar, MeetingsHolidaysAndOneIcsPerCommittee) {
  const model::Concept plan = test::concept_from(town);
  const fs::path out = test::fresh_folder("calendar");
  write_site(plan, out);
  const Files files = test::read_folder(out);
  const std::string& rat = files.at("calendar/committee-c1.ics");
  // Rat's two meetings and nothing of the Ausschuss; the stamp is the
  // status date (the adoption date), so the file is the same every day.
  EXPECT_EQ(count(rat, "BEGIN:VEVENT"), 2u);
  EXPECT_NE(rat.find("UID:meeting-c1-20260310@town.planwerk"), std::string::npos);
  EXPECT_EQ(rat.find("meeting-c2"), std::string::npos);
  EXPECT_NE(rat.find("DTSTAMP:20260302T000000Z"), std::string::npos);
  EXPECT_NE(files.at("calendar/all.ics").find("UID:meeting-c2-20260414@town.planwerk"), std::string::npos);
  const std::string& page = files.at("calendar.html");
  // Rat: one meeting a quarter required, none in Q3 and Q4 2026: not kept.
  EXPECT_NE(page.find("<th scope=\"row\" dir=\"auto\">Rat</th><td>1 Sitzung je Quartal</td><td class=\"number\">2</td>"
                      "<td class=\"warning\"><span aria-hidden=\"true\">⚠ </span>nein</td>"),
            std::string::npos);
  EXPECT_NE(page.find("<th scope=\"row\" dir=\"auto\">Ausschuss</th><td>keine Vorgabe</td><td class=\"number\">1</td>"
                      "<td>entfällt</td>"),
            std::string::npos);
  // Good Friday 2026 (Easter Sunday 5 April) in the list, NW's holidays.
  EXPECT_NE(page.find("<td><time datetime=\"2026-04-03\">03.04.2026</time></td><td>Feiertag</td><td dir=\"auto\">Karfreitag</td>"),
            std::string::npos);
  // Twelve month grids from the status date's month, March 2026 first.
  EXPECT_EQ(count(page, "<table class=\"month\">"), 12u);
  EXPECT_LT(page.find("<caption id=\"month-2026-3\">Mär 2026</caption>"),
            page.find("<caption id=\"month-2027-2\">Feb 2027</caption>"));
}

TEST(Calendar, ConsultationSequencesOfPendingProposalsAndCancelledMeetings) {
  // Status date 2026-03-02 (the adoption date). p1 has a step behind it, one
  // ahead and one without a date: pending. p2's only step lies behind it:
  // not listed. The Ausschuss's meeting record of 2026-05-05 was cancelled.
  const std::string text = std::string(town) + R"(
    proposals { id: "p1" title: "Vorlage Eins" reference: "V/1" paper_type: "Beschlussvorlage"
                consultations { committee_id: "c2" date: "2026-02-10" role: "Vorberatung" }
                consultations { committee_id: "c2" date: "2026-04-14" role: "Anhörung" }
                consultations { committee_id: "c1" role: "Entscheidung" } }
    proposals { id: "p2" title: "Vorlage Zwei" consultations { committee_id: "c1" date: "2026-01-20" } }
  )";
  auto doc = test::parse(text);
  for (auto& c : *doc.mutable_committees()) {
    if (c.id() != "c2") continue;
    auto* m = c.add_meeting_records();
    m->set_date("2026-05-05");
    m->set_cancelled(true);
  }
  const fs::path out = test::fresh_folder("sequences");
  write_site(model::from_proto(doc), out);
  const std::string page = test::read_folder(out).at("calendar.html");
  EXPECT_NE(page.find("<caption id=\"proposal-p1\" dir=\"auto\">V/1: Vorlage Eins (Beschlussvorlage)</caption>"), std::string::npos);
  EXPECT_EQ(page.find("Vorlage Zwei"), std::string::npos);
  EXPECT_NE(page.find("<tr><td class=\"number\">1</td><th scope=\"row\" dir=\"auto\">Ausschuss</th><td><time datetime=\"2026-02-10\">"
                      "10.02.2026</time></td><td>Vorberatung</td><td>beraten</td></tr>"),
            std::string::npos);
  EXPECT_NE(page.find("<td>Anhörung</td><td>vorgesehen</td>"), std::string::npos);
  EXPECT_NE(page.find("<tr><td class=\"number\">3</td><th scope=\"row\" dir=\"auto\">Rat</th><td>\u2013</td><td>Entscheidung</td>"
                      "<td>noch ohne Termin</td></tr>"),
            std::string::npos);
  // The cancelled meeting: in the list, said so, and not counted (1 meeting).
  EXPECT_NE(page.find("<td><time datetime=\"2026-05-05\">05.05.2026</time></td><td>Sitzung</td><td dir=\"auto\">Ausschuss (abgesagt)</td>"),
            std::string::npos);
  EXPECT_NE(page.find("<th scope=\"row\" dir=\"auto\">Ausschuss</th><td>keine Vorgabe</td><td class=\"number\">1</td>"),
            std::string::npos);
}

TEST(Grid, WhoDoesWhatAndTheGoalsWithout) {
  const model::Concept plan = test::concept_from(town);
  const fs::path out = test::fresh_folder("grid");
  write_site(plan, out);
  const std::string page = test::read_folder(out).at("grid.html");
  EXPECT_NE(page.find("<strong>1</strong>"), std::string::npos);  // g2 has no measure
  EXPECT_NE(page.find("Ohne Maßnahme: Für dieses Ziel"), std::string::npos);
  EXPECT_NE(page.find("<th scope=\"row\" dir=\"auto\"><a href=\"measure-m1.html\">Maßnahme Eins</a></th><td dir=\"auto\">Amt Eins</td>"
                      "<td dir=\"auto\">Verein Zwei</td><td>Land (Landesprogramm)</td><td dir=\"auto\">Eltern</td>"),
            std::string::npos);
  // Two-level headers: the groups span their columns.
  EXPECT_NE(page.find("<th scope=\"colgroup\" colspan=\"3\">Aktivität</th>"), std::string::npos);
  // By actor: Verein Zwei is partner of m1 and responsible for m2.
  const std::size_t verein = page.find("id=\"grid-a-a2\"");
  ASSERT_NE(verein, std::string::npos);
  EXPECT_EQ(count(page.substr(verein, page.find("</tbody>", verein) - verein), "<th scope=\"row\" dir=\"auto\">"), 2u);
}

TEST(Budget, PoolsAndFunding) {
  const model::Concept plan = test::concept_from(town);
  const fs::path out = test::fresh_folder("budget");
  write_site(plan, out);
  const std::string page = test::read_folder(out).at("budget.html");
  // Topf: 1,000,000 cents = 10 000 €; allocated 250,000 + 125,050 = 375,050
  // cents = 3750,50 €; left 624,950 cents = 6249,50 €.
  // The pool's year stands apart from its name (the sample's name holds it too).
  EXPECT_NE(page.find("<h3 id=\"pool-p\" dir=\"auto\">Topf</h3>\n<dl class=\"method\">\n<dt>Jahr</dt><dd>2026</dd>"),
            std::string::npos);
  EXPECT_NE(page.find("<dd>10\u202F000\u00A0€</dd>"), std::string::npos);
  EXPECT_NE(page.find("<dd>3750,50\u00A0€</dd>"), std::string::npos);
  EXPECT_NE(page.find("<dd>6249,50\u00A0€</dd>"), std::string::npos);
  // State funding: m1 150,000 + m2 2,550 = 152,550 cents = 1525,50 € in 2 measures.
  EXPECT_NE(page.find("<th scope=\"row\" dir=\"auto\">Land</th><td class=\"number\">1525,50\u00A0€</td><td class=\"number\">2</td>"),
            std::string::npos);
}

TEST(Programme, ThePageShowsTheDecisionAndReportsLateGoals) {
  // The sample over 2026-2028 without observations. m-09 (Kita-Anmeldung,
  // no pool money, three years from 2026) is the last measure for the
  // interim goal zz-2.1-2027, due 2027-12-31: reached 2028, after its
  // deadline, which the page says beside the goal.
  const model::Concept plan = io::load(PLANWERK_SAMPLE);
  priorities::ConceptOptions o;
  priorities::parse_horizon("2026-2028", o);
  priorities::ProgrammeOptions po;
  po.marginals = false;
  po.frontier = {0.5, 1.0};
  const auto programme = priorities::prioritize(plan, nullptr, o, po);
  SiteOptions options;
  options.programme = &programme;
  const fs::path out = test::fresh_folder("programme");
  write_site(plan, out, options);
  const auto files = test::read_folder(out);
  const std::string& page = files.at("programme.html");
  // Beside the action plan in the navigation of every page.
  const std::string& index = files.at("index.html");
  EXPECT_LT(index.find("href=\"plan.html\""), index.find("href=\"programme.html\""));
  EXPECT_LT(index.find("href=\"programme.html\""), index.find("href=\"indicators.html\""));
  EXPECT_NE(page.find("<dt>Zeitraum</dt><dd>2026–2028</dd>"), std::string::npos);
  EXPECT_NE(page.find("nachweislich optimal (cbc)"), std::string::npos);
  // One row per start, linking the measure's page.
  std::size_t rows = 0;
  for (std::size_t at = page.find("<h2 id=\"starts\">"); (at = page.find("<tr><td>20", at)) != std::string::npos &&
                                                         at < page.find("<h2 id=\"annual-goals\">");
       ++at)
    ++rows;
  EXPECT_EQ(rows, programme.programme.starts.size());
  EXPECT_NE(page.find("href=\"measure-" + programme.programme.starts.front().candidate + ".html\""), std::string::npos);
  EXPECT_NE(page.find("U3-Betreuungsquote bei Kindern mit Migrationshintergrund 2027 mindestens 24 % <span "
                      "class=\"warning\"><span aria-hidden=\"true\">⚠</span> erst nach seiner Frist (31.12.2027)"),
            std::string::npos);
  // Every pool blocker in the words of the site: the pool's name, the year, what is missing.
  for (const auto& e : programme.programme.left_out)
    for (const auto& b : e.blockers)
      if (b.kind == "pool") {
        const auto pool = plan.budget_pools()[*plan.find(model::Kind::budget_pool, b.what)].name;
        EXPECT_NE(page.find(pool + " " + std::to_string(b.year) + ": es fehlen "), std::string::npos) << e.candidate;
      }
  // The frontier's two points, and a weight per goal.
  EXPECT_NE(page.find("<th scope=\"row\" class=\"number\">50 %</th>"), std::string::npos);
  EXPECT_NE(page.find("<th scope=\"row\" class=\"number\">100 %</th>"), std::string::npos);
  EXPECT_NE(page.find("<h2 id=\"weights\">Gewichte der Ziele</h2>"), std::string::npos);
  // Without a programme there is no such page.
  const fs::path without = test::fresh_folder("no-programme");
  write_site(plan, without);
  EXPECT_FALSE(fs::exists(without / "programme.html"));
}

TEST(Stakeholders, MapPlacesEachByInterestAndInfluence) {
  const model::Concept plan = test::concept_from(town);
  const fs::path out = test::fresh_folder("stakeholders");
  write_site(plan, out);
  const std::string page = test::read_folder(out).at("stakeholders.html");
  // A cell is 80 px, the grid starts at (70, 20); the first dot of a cell
  // sits 24 px left and 12 px above its centre. Kämmerei (interest 2,
  // influence 5): x = 70 + 1.5 * 80 - 24 = 166, y = 20 + 0.5 * 80 - 12 = 48.
  // Vereine (5, 2): x = 70 + 4.5 * 80 - 24 = 406, y = 20 + 3.5 * 80 - 12 = 288.
  EXPECT_NE(page.find("<circle cx=\"166\" cy=\"48\" r=\"10\"/><text x=\"166\" y=\"52\" text-anchor=\"middle\">1</text>"),
            std::string::npos);
  EXPECT_NE(page.find("<circle cx=\"406\" cy=\"288\" r=\"10\"/><text x=\"406\" y=\"292\" text-anchor=\"middle\">2</text>"),
            std::string::npos);
  EXPECT_NE(page.find("<td class=\"number\">1</td><th scope=\"row\" dir=\"auto\">Kämmerei</th>"), std::string::npos);
}

TEST(Changes, EachChangeLinksItsEntity) {
  const model::Concept plan = test::concept_from(town);
  std::string old_text = town;
  old_text.replace(old_text.find("Ziel mit Maßnahme"), 17, "Altes Ziel");
  old_text.erase(old_text.find("  measures { id: \"m2\""),
                 old_text.find("  committees") - old_text.find("  measures { id: \"m2\""));
  old_text.erase(old_text.find("  budget_pools"), old_text.find("  stakeholders") - old_text.find("  budget_pools"));
  const std::string target = "targets { value: 6543.5";
  old_text.replace(old_text.find(target), target.size(), "targets { value: 6000.25");
  const model::Concept before = test::concept_from(old_text);
  SiteOptions options;
  options.previous = &before;
  const fs::path out = test::fresh_folder("changes");
  write_site(plan, out, options);
  const Files files = test::read_folder(out);
  const std::string& page = files.at("changes.html");
  EXPECT_NE(page.find("<caption>Änderungen (3)</caption>"), std::string::npos);
  // The values in the site's words: history::diff's "6000.25 by 2030-01-01"
  // reads "6000,25 bis 01.01.2030".
  EXPECT_NE(page.find("<td>Zielwert geändert</td><th scope=\"row\"><a href=\"indicator-i.html\">i</a></th>"
                      "<td dir=\"auto\">6000,25 bis 01.01.2030</td><td dir=\"auto\">6543,5 bis 01.01.2030</td>"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("<td>Ziel</td><td>neuer Titel</td><th scope=\"row\"><a href=\"index.html#g-g1\">g1</a></th>"),
            std::string::npos);
  EXPECT_NE(page.find("<td>Maßnahme</td><td>neu</td><th scope=\"row\"><a href=\"measure-m2.html\">m2</a></th>"),
            std::string::npos);
  // The anchors exist where the links point.
  EXPECT_NE(files.at("index.html").find("id=\"g-g1\""), std::string::npos);
  EXPECT_NE(files.at("plan.html").find("id=\"m-m2\""), std::string::npos);
  // Without a previous version there is no changes page, and no link to one.
  const fs::path bare = test::fresh_folder("changes-bare");
  write_site(plan, bare);
  EXPECT_FALSE(fs::exists(bare / "changes.html"));
}

// A goal below another sits in its parent's action field, right after it,
// indented; no "no action field" section appears for it.
TEST(Overview, GoalsBelowOthersStandUnderTheirParent) {
  std::string text = town;
  text.insert(text.find("  goals { id: \"g2\""),
              "  goals { id: \"g1a\" title: \"Unterziel\" parent_goal_id: \"g1\" }\n");
  const model::Concept plan = test::concept_from(text);
  const fs::path out = test::fresh_folder("tree");
  write_site(plan, out);
  const std::string index = test::read_folder(out).at("index.html");
  const std::size_t g1 = index.find("id=\"g-g1\""), g1a = index.find("id=\"g-g1a\""), g2 = index.find("id=\"g-g2\"");
  ASSERT_NE(g1a, std::string::npos);
  EXPECT_LT(g1, g1a);
  EXPECT_LT(g1a, g2);
  EXPECT_NE(index.find("<th scope=\"row\" class=\"level-1\" id=\"g-g1a\" dir=\"auto\">Unterziel</th>"), std::string::npos);
  EXPECT_EQ(index.find("ohne Handlungsfeld"), std::string::npos);
}

TEST(Chart, ScaleAndNumbers) {
  LineChart chart;
  chart.lines.push_back({"a", {{2020, 10}, {2022, 30}}});
  const ChartScale s = chart_scale(chart);
  // Time 2020-2022; values from 0 (10 is nearer zero than the range 20) to
  // 30 in steps of 10 (a raw step of 30 / 5 = 6 rounds up to 10).
  EXPECT_EQ(s.t0, 2020);
  EXPECT_EQ(s.t1, 2022);
  EXPECT_EQ(s.v0, 0);
  EXPECT_EQ(s.v1, 30);
  // Plot area x 64..530 (720 - 190), y 16..300 (340 - 40):
  // x(2021) = 64 + 0.5 * 466 = 297; y(15) = 300 - 0.5 * 284 = 158.
  EXPECT_DOUBLE_EQ(s.x(2021), 297);
  EXPECT_DOUBLE_EQ(s.y(15), 158);
  const std::string svg = line_chart_svg(chart);
  EXPECT_NE(svg.find("<path d=\"M64 205.3L530 16\""), std::string::npos);  // y(10) = 300 - 284 / 3 = 205.33
  // A break starts a new segment instead of joining the points.
  chart.lines[0].points[1].breaks = true;
  EXPECT_NE(line_chart_svg(chart).find("<path d=\"M64 205.3M530 16\""), std::string::npos);

  EXPECT_EQ(format_number(1234.56, 1, Language::de), "1234,6");
  EXPECT_EQ(format_number(12345.6, 1, Language::de), "12\u202F345,6");
  EXPECT_EQ(format_number(12345.6, 1, Language::en), "12,345.6");
  EXPECT_EQ(format_number(-1234567, 0, Language::en), "-1,234,567");
  EXPECT_EQ(format_number(-0.04, 1, Language::de), "0,0");
  EXPECT_EQ(format_number(std::nan(""), 1, Language::de), "");
}

}  // namespace
}  // namespace planwerk::report
