// SPDX-License-Identifier: Apache-2.0
// The published report: the Gantt's geometry against the schedule's dates
// (computed by hand here), the site's files, escaping, determinism, and
// no address outside the folder.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "../../src/report/gantt.hpp"
#include "../../src/report/text.hpp"
#include "planwerk/io/load.hpp"
#include "planwerk/report/site.hpp"
#include "folder.hpp"
#include "support/text.hpp"

namespace planwerk::report {
namespace {

namespace fs = std::filesystem;

// 2026-03-02 is a Monday. a: 5 working days, Mon 2 to Fri 6 March.
// b: FS after a with 2 working days lag: starts on the 3rd working day
// after Fri 6, i.e. Wed 11, runs 3 days to Fri 13. m: a milestone after b,
// dated Mon 16. c: no links, 1 day, Mon 2.
const char* small = R"(
  id: "c" title: "Klein <Test>" period_start: "2026-03-02" period_end: "2026-12-31"
  action_fields { id: "af" title: "Bildung & Sprache" }
  measures { id: "a" title: "Alpha" action_field_id: "af" duration_days: 5 }
  measures { id: "b" title: "Beta" action_field_id: "af" duration_days: 3
             dependencies { predecessor_id: "a" lag: 2 } }
  measures { id: "m" title: "Meilenstein" duration_days: 0 dependencies { predecessor_id: "b" } }
  measures { id: "c" title: "Gamma" duration_days: 1 }
)";

TEST(Gantt, BarsAndArrowsFollowTheScheduleDates) {
  const model::Concept plan = test::concept_from(small);
  const auto s = schedule::schedule_plan(plan, schedule::calendar_for(plan));
  const GanttLayout g = gantt_layout(plan, s, model::Date(2026, 3, 2), Language::de);
  // The chart starts on the first of the first month; x(d) = left + days * 3.
  EXPECT_EQ(g.first_day, model::Date(2026, 3, 1));
  EXPECT_EQ(g.last_day, model::Date(2026, 3, 31));
  ASSERT_EQ(g.bars.size(), 4u);
  // Rows: the action field's measures (a, b), then those without (m, c).
  EXPECT_EQ(g.bars[0].measure, 0u);
  EXPECT_EQ(g.bars[1].measure, 1u);
  EXPECT_EQ(g.bars[2].measure, 2u);
  EXPECT_EQ(g.bars[3].measure, 3u);
  // a: Mon 2 March is day 1 after the 1st: x = 300 + 1 * 3 = 303; five
  // days to Fri 6 inclusive: width (6 - 2 + 1) * 3 = 15.
  EXPECT_NEAR(g.bars[0].x, 303, 0.5);
  EXPECT_NEAR(g.bars[0].width, 15, 0.5);
  // b: Wed 11 to Fri 13: x = 300 + 10 * 3 = 330, width 3 * 3 = 9.
  EXPECT_NEAR(g.bars[1].x, 330, 0.5);
  EXPECT_NEAR(g.bars[1].width, 9, 0.5);
  // m: a milestone on Mon 16, its diamond centred on x = 300 + 15 * 3 = 345.
  EXPECT_TRUE(g.bars[2].milestone);
  EXPECT_NEAR(g.bars[2].x, 345, 0.5);
  // The chain a -> b -> m is critical; c has float.
  EXPECT_TRUE(g.bars[0].critical);
  EXPECT_TRUE(g.bars[1].critical);
  EXPECT_FALSE(g.bars[3].critical);
  // Arrows: a's finish (x 318) to b's start (330); b's finish (339) to m (345).
  ASSERT_EQ(g.arrows.size(), 2u);
  EXPECT_NEAR(g.arrows[0].x1, 318, 0.5);
  EXPECT_NEAR(g.arrows[0].x2, 330, 0.5);
  EXPECT_EQ(g.arrows[0].lag, 2);
  EXPECT_NEAR(g.arrows[1].x1, 339, 0.5);
  EXPECT_NEAR(g.arrows[1].x2, 345, 0.5);
  // The status date's line at Mon 2: 303.
  EXPECT_NEAR(g.status_x, 303, 0.5);
}

// The sample's status date lies before its plan's start and some measures
// started earlier still: the chart begins with the earliest, so no bar
// reaches into the label column and the status line is drawn.
TEST(Gantt, TheChartBeginsWithTheEarliestDate) {
  const model::Concept plan = io::load(PLANWERK_SAMPLE);
  const model::Date as_of = plan.header().adoption_date;
  schedule::ScheduleOptions options;
  options.as_of = as_of;
  const auto s = schedule::schedule_plan(plan, schedule::calendar_for(plan), options);
  const GanttLayout g = gantt_layout(plan, s, as_of, Language::de);
  for (const auto& bar : g.bars) EXPECT_GE(bar.x, g.left - (bar.milestone ? 0 : 0.01)) << plan.measures()[bar.measure].id;
  EXPECT_GE(g.status_x, g.left);
  // It spans a decade (a measure under way since 2016), so the chart is
  // drawn by quarters or years, not months, and stays within two screens.
  EXPECT_LT(g.day_width, 3);
  EXPECT_LE(g.width, 2400 + g.left + 3);
}

// The week zoom: thirteen weeks from the Monday two weeks before the status
// date, 16 px a day; the share of a bar before the status date; the previous
// version's dates as a ghost; weekends shaded.
TEST(Gantt, WeekZoomProgressAndGhosts) {
  const model::Concept plan = test::concept_from(small);
  const auto s = schedule::schedule_plan(plan, schedule::calendar_for(plan));
  const schedule::Calendar calendar = schedule::calendar_for(plan);
  std::vector<std::optional<GhostDates>> ghosts(plan.measures().size());
  ghosts[0] = GhostDates{model::Date(2026, 3, 9), model::Date(2026, 3, 13)};  // a, a week later before
  // Thu 12 March: its Monday is the 9th, two weeks before that Mon 23 Feb.
  const GanttLayout g =
      gantt_layout(plan, s, model::Date(2026, 3, 12), Language::de, Zoom::week, ghosts, &calendar);
  EXPECT_EQ(g.first_day, model::Date(2026, 2, 23));
  EXPECT_EQ(g.last_day, model::Date(2026, 5, 24));  // 13 * 7 - 1 = 90 days later
  EXPECT_EQ(g.day_width, 16);
  // a (Mon 2 to Fri 6 March): 7 days after the 23rd, x = 300 + 7 * 16 = 412;
  // five days wide, 80 px. All of it lies before the status date: progress 1.
  ASSERT_EQ(g.bars.size(), 4u);
  EXPECT_NEAR(g.bars[0].x, 412, 0.5);
  EXPECT_NEAR(g.bars[0].width, 80, 0.5);
  EXPECT_DOUBLE_EQ(g.bars[0].progress, 1);
  // Its ghost: Mon 9 to Fri 13 March, x = 300 + 14 * 16 = 524, 80 px.
  EXPECT_NEAR(g.bars[0].ghost_x, 524, 0.5);
  EXPECT_NEAR(g.bars[0].ghost_width, 80, 0.5);
  EXPECT_LT(g.bars[1].ghost_width, 0);  // b has no previous dates
  // b (Wed 11 to Fri 13): one of its three days lies before Thu 12.
  EXPECT_NEAR(g.bars[1].progress, 1.0 / 3, 1e-9);
  // No state, no closures: the 13 weekends are the days off.
  EXPECT_EQ(g.off_days.size(), 26u);
  const std::string svg = gantt_svg(plan, g, Language::de);
  EXPECT_NE(svg.find("class=\"ghost\""), std::string::npos);
  EXPECT_NE(svg.find("data-first-day=\"2026-02-23\" data-day-width=\"16\""), std::string::npos);
  // A measure outside the window has no row: none here, all lie in March.
  const GanttLayout year = gantt_layout(plan, s, model::Date(2026, 3, 12), Language::de, Zoom::year);
  EXPECT_EQ(year.day_width, 0.3);
  EXPECT_EQ(year.months_per_tick, 12);
}

// An interim goal's deadline stands on the rows of the measures serving it,
// at the end of its day: Fri 20 March is 19 days after the 1st, so
// x = 300 + 19 * 3 + 3 = 360.
TEST(Gantt, InterimDeadlinesOnTheRowsServingThem) {
  std::string text = small;
  text.insert(text.find("  measures { id: \"b\""),
              "  goals { id: \"z\" title: \"Zwischenziel\" kind: GOAL_KIND_INTERIM deadline: \"2026-03-20\" }\n");
  text.replace(text.find("dependencies { predecessor_id: \"a\" lag: 2 }"), 0, "contributions { goal_id: \"z\" } ");
  const model::Concept plan = test::concept_from(text);
  const auto s = schedule::schedule_plan(plan, schedule::calendar_for(plan));
  const GanttLayout g = gantt_layout(plan, s, model::Date(2026, 3, 2), Language::de);
  ASSERT_EQ(g.deadlines.size(), 1u);
  EXPECT_EQ(g.deadlines[0].measure, 1u);  // b
  EXPECT_NEAR(g.deadlines[0].x, 360, 0.5);
  EXPECT_EQ(g.deadlines[0].y, g.bars[1].y);
  EXPECT_NE(gantt_svg(plan, g, Language::de).find("<title>Frist des Zwischenziels: Zwischenziel, 20.03.2026</title>"),
            std::string::npos);
}

using test::read_folder;

fs::path fresh(const std::string& name) { return test::fresh_folder(name); }

TEST(Site, WritesThePagesEscapedAndSelfContained) {
  const model::Concept plan = test::concept_from(small);
  const fs::path out = fresh("small");
  const Frame written = write_site(plan, out);
  const auto& names = written["file"].texts();
  // No indicators, committees, events, stakeholders or budgets: only the
  // pages with content (the grid and the process page follow the measures),
  // and a page per measure.
  EXPECT_EQ(names, (std::vector<std::string>{"accessibility.html", "enhance.js", "grid.html", "index.html", "measure-a.html",
                                             "measure-b.html", "measure-c.html", "measure-m.html", "participation.html",
                                             "plan-month.html", "plan-quarter.html", "plan-week.html",
                                             "plan-year.html", "plan.html", "style.css"}));
  const auto files = read_folder(out);
  ASSERT_EQ(files.size(), 15u);
  for (std::size_t i = 0; i < names.size(); ++i)
    EXPECT_EQ(static_cast<std::int64_t>(files.at(names[i]).size()), written["bytes"].integers()[i]);
  const std::string& index = files.at("index.html");
  // The concept's title is text, never markup.
  EXPECT_NE(index.find("Klein &lt;Test&gt;"), std::string::npos);
  EXPECT_EQ(index.find("<Test>"), std::string::npos);
  EXPECT_NE(index.find("Bildung &amp; Sprache"), std::string::npos);
  EXPECT_NE(index.find("<html lang=\"de\">"), std::string::npos);
  // Overview counts: af holds a and b, both on time at the status date.
  EXPECT_NE(index.find("Maßnahmen: 2 im Plan · 0 verspätet · 0 abgeschlossen"), std::string::npos);
  // The plan page: one table row per measure, the critical ones marked by
  // the word, not by colour alone.
  const std::string& plan_page = files.at("plan.html");
  const std::regex row("<tr( class=\"critical\")?><th scope=\"row\"");
  EXPECT_EQ(std::distance(std::sregex_iterator(plan_page.begin(), plan_page.end(), row), std::sregex_iterator()), 4);
  EXPECT_NE(plan_page.find("Alpha (kritisch)"), std::string::npos);
  // Nothing outside the folder: no scheme or protocol-relative address in
  // src, href or url() (the SVG namespace is an identifier, not a request).
  const std::regex outside(R"((src|href)\s*=\s*"(?!#)[a-zA-Z][a-zA-Z0-9+.-]*:|(src|href)\s*=\s*"//|url\((?!#))");
  for (const auto& [name, bytes] : files)
    EXPECT_FALSE(std::regex_search(bytes, outside)) << name;
}

// A page per measure, linked from its bar and its row: b's dates from the
// schedule (Wed 11 to Fri 13 March, 3 days; on the critical chain a -> b -> m
// with float 0), its links both ways with the lag, and the way back.
TEST(Site, APagePerMeasureLinkedFromTheBarAndTheRow) {
  const model::Concept plan = test::concept_from(small);
  const fs::path out = fresh("measures");
  write_site(plan, out);
  const auto files = read_folder(out);
  const std::string& b = files.at("measure-b.html");
  EXPECT_NE(b.find("<title>Beta"), std::string::npos);
  EXPECT_NE(b.find("<p><a href=\"plan.html#m-b\">Zurück zum Maßnahmenplan</a></p>"), std::string::npos);
  EXPECT_NE(b.find("<time datetime=\"2026-03-11\">11.03.2026</time> – <time datetime=\"2026-03-13\">13.03.2026</time> "
                   "(Dauer (Arbeitstage): 3)"),
            std::string::npos)
      << b;
  EXPECT_NE(b.find("<li>folgt auf: <a href=\"measure-a.html\" dir=\"auto\">Alpha</a> (FS, 2 Arbeitstage Abstand)</li>"),
            std::string::npos);
  EXPECT_NE(b.find("<li>geht voraus: <a href=\"measure-m.html\" dir=\"auto\">Meilenstein</a> (FS)</li>"),
            std::string::npos);
  EXPECT_NE(b.find("<strong>kritisch</strong>"), std::string::npos);
  // c has no links, partners, target groups or districts: no such section
  // or line.
  const std::string& c = files.at("measure-c.html");
  for (const char* absent : {"Verknüpfte Maßnahmen", "Beteiligte", "Zielgruppen", "Sozialräume", "Meilensteine"})
    EXPECT_EQ(c.find(absent), std::string::npos) << absent;
  // The bar in the chart and the row in the table lead to it.
  EXPECT_NE(files.at("plan.html").find("<a href=\"measure-b.html\"><text"), std::string::npos);
  EXPECT_NE(files.at("plan.html").find("<th scope=\"row\" id=\"m-b\" dir=\"auto\"><a href=\"measure-b.html\">Beta</a></th>"),
            std::string::npos);
}

// The legend of the table symbols stands on the pages with figures; the
// contact page exists when there is a contact, linked from every footer,
// one paragraph per line.
TEST(Site, LegendAndContact) {
  const model::Concept plan = test::concept_from(small);
  SiteOptions options;
  options.contact = "Kommunales Integrationszentrum\nintegration@example.org";
  const fs::path out = fresh("contact");
  const Frame written = write_site(plan, out, options);
  EXPECT_EQ(written["file"].texts(),
            (std::vector<std::string>{"accessibility.html", "contact.html", "enhance.js", "grid.html", "index.html",
                                      "measure-a.html", "measure-b.html", "measure-c.html", "measure-m.html",
                                      "participation.html", "plan-month.html", "plan-quarter.html", "plan-week.html",
                                      "plan-year.html", "plan.html", "style.css"}));
  const auto files = read_folder(out);
  EXPECT_NE(files.at("plan.html").find("<h2 id=\"legend\">Zeichenerklärung</h2>"), std::string::npos);
  EXPECT_NE(files.at("index.html").find("<h2 id=\"legend\">"), std::string::npos);
  EXPECT_EQ(files.at("accessibility.html").find("<h2 id=\"legend\">"), std::string::npos);
  EXPECT_NE(files.at("contact.html").find("<p>Kommunales Integrationszentrum</p>\n<p>integration@example.org</p>"),
            std::string::npos);
  for (const char* page : {"index.html", "plan.html", "accessibility.html", "contact.html"})
    EXPECT_NE(files.at(page).find("<a href=\"contact.html\">Kontakt</a>"), std::string::npos) << page;
  // Without a contact, no page links to one.
  const fs::path bare = fresh("bare");
  write_site(plan, bare);
  EXPECT_EQ(read_folder(bare).at("index.html").find("contact.html"), std::string::npos);
}

TEST(Site, SameInputSameBytesInEnglishToo) {
  const model::Concept plan = test::concept_from(small);
  SiteOptions en;
  en.language = Language::en;
  const fs::path a = fresh("a"), b = fresh("b");
  write_site(plan, a, en);
  write_site(plan, b, en);
  const auto first = read_folder(a), second = read_folder(b);
  EXPECT_EQ(first, second);
  EXPECT_NE(first.at("index.html").find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(first.at("plan.html").find("Alpha (critical)"), std::string::npos);
}

TEST(Text, ShortensByCodePointsNotBytes) {
  // "Maßnahmenplan": ß is two bytes; five code points are "Maßna".
  EXPECT_EQ(shorten("Maßnahmenplan", 5), "Maßna\u2026");
  EXPECT_EQ(shorten("Maß", 3), "Maß");
  EXPECT_EQ(shorten("", 0), "");
}

TEST(Site, RefusesAnUnknownLanguage) {
  EXPECT_EQ(test::error_code_of([] { language_from_name("fr"); }), ErrorCode::invalid_argument);
  SiteOptions bad;
  bad.language = static_cast<Language>(7);
  const model::Concept plan = test::concept_from(small);
  EXPECT_EQ(test::error_code_of([&] { write_site(plan, fresh("bad"), bad); }), ErrorCode::invalid_argument);
}

TEST(Site, TheSampleWithItsObservations) {
  const model::Concept plan = io::load(PLANWERK_SAMPLE);
  const auto observations = monitor::read_observations(plan, PLANWERK_OBSERVATIONS);
  const fs::path out = fresh("sample");
  write_site(plan, observations.view(), out);
  const auto files = read_folder(out);
  // Every measure of the sample has its row in the plan's table.
  const std::string& page = files.at("plan.html");
  for (const auto& m : plan.measures()) EXPECT_NE(page.find("id=\"" + anchor("m", m.id) + "\""), std::string::npos) << m.id;
  // With observations, goals carry a status word, not only "no data".
  EXPECT_NE(files.at("index.html").find("class=\"light light-"), std::string::npos);
}

}  // namespace
}  // namespace planwerk::report
