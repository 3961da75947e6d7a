#include "words.hpp"

#include <array>
#include <string>

namespace planwerk::report {
namespace {

struct Entry {
  Word word;
  const char* de;
  const char* en;
};

// In Word's order; the static_assert below and words_test check it.
constexpr std::array<Entry, static_cast<std::size_t>(Word::count_)> table = {{
    {Word::skip_to_content, "Zum Inhalt springen", "Skip to content"},
    {Word::navigation, "Hauptnavigation", "Main navigation"},
    {Word::overview, "Übersicht", "Overview"},
    {Word::action_plan, "Maßnahmenplan", "Action plan"},
    {Word::accessibility, "Erklärung zur Barrierefreiheit", "Accessibility statement"},
    {Word::vision, "Leitbild", "Vision"},
    {Word::action_field, "Handlungsfeld", "Action field"},
    {Word::guiding_goals, "Leitziele", "Guiding goals"},
    {Word::goals, "Ziele", "Goals"},
    {Word::measures, "Maßnahmen", "Measures"},
    {Word::measure, "Maßnahme", "Measure"},
    {Word::on_time, "im Plan", "on time"},
    {Word::late, "verspätet", "late"},
    {Word::done, "abgeschlossen", "done"},
    {Word::status, "Stand", "Status"},
    {Word::no_data, "keine Daten", "no data"},
    {Word::status_red, "weit vom Ziel", "far from the target"},
    {Word::status_orange, "deutlich vom Ziel entfernt", "well short of the target"},
    {Word::status_yellow, "nahe am Ziel", "close to the target"},
    {Word::status_green, "Ziel erreicht oder auf Kurs", "target met or on course"},
    {Word::start, "Beginn", "Start"},
    {Word::finish, "Ende", "Finish"},
    {Word::duration_days, "Dauer (Arbeitstage)", "Duration (working days)"},
    {Word::total_float, "Gesamtpuffer (Arbeitstage)", "Total float (working days)"},
    {Word::critical, "kritisch", "critical"},
    {Word::critical_chain, "kritischer Pfad", "critical path"},
    {Word::milestone, "Meilenstein", "Milestone"},
    {Word::status_date, "Stichtag", "Status date"},
    {Word::gantt_title, "Zeitplan der Maßnahmen", "Schedule of the measures"},
    {Word::gantt_description,
     "Balken je Maßnahme vom frühesten Beginn bis zum frühesten Ende, nach Handlungsfeld gruppiert; "
     "schraffierte Balken liegen auf dem kritischen Pfad; Pfeile zeigen Abhängigkeiten. "
     "Die Tabelle unter dem Diagramm enthält dieselben Angaben.",
     "One bar per measure from its early start to its early finish, grouped by action field; hatched bars "
     "are on the critical path; arrows show dependencies. The table below the chart holds the same data."},
    {Word::gantt_region, "Zeitplan (horizontal scrollbar)", "Schedule (scrolls horizontally)"},
    {Word::no_action_field, "ohne Handlungsfeld", "no action field"},
    {Word::built_by, "Erstellt mit planwerk", "Made with planwerk"},
    {Word::accessibility_text,
     "Diese Seiten sollen die Anforderungen der WCAG 2.1 auf Stufe AA erfüllen (BITV 2.0). Jede Grafik hat "
     "eine Textbeschreibung und eine Tabelle mit denselben Zahlen; Farben tragen nie allein eine Bedeutung; "
     "die Seiten funktionieren ohne JavaScript und ohne Verbindung nach außen.",
     "These pages aim to meet WCAG 2.1 at level AA (BITV 2.0 in Germany). Every chart has a text "
     "description and a table with the same numbers; colour never carries meaning alone; the pages work "
     "without JavaScript and without any connection outside this folder."},
    {Word::legend, "Zeichenerklärung", "Legend"},
    {Word::legend_text,
     "– nichts vorhanden · . Zahlenwert unbekannt oder geheim zu halten · / keine Angabe, da Zahlenwert "
     "nicht sicher genug",
     "– none · . value unknown or to be kept confidential · / no figure, as the value is not reliable "
     "enough"},
    {Word::contact, "Kontakt", "Contact"},
    {Word::depends_on, "hängt ab von", "depends on"},
    {Word::lag_working_days, "Arbeitstage Abstand", "working days lag"},
    {Word::lag_calendar_days, "Kalendertage Abstand", "calendar days lag"},
    {Word::lag_working_short, "AT", "wd"},
    {Word::lag_calendar_short, "KT", "cd"},
    {Word::month_names, "Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez",
     "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"},
}};

constexpr bool in_order() {
  for (std::size_t i = 0; i < table.size(); ++i)
    if (static_cast<std::size_t>(table[i].word) != i) return false;
  return true;
}
static_assert(in_order(), "words.cpp: the table must list every Word in Word's order");

}  // namespace

const char* word(Word w, Language language) {
  const Entry& e = table[static_cast<std::size_t>(w)];
  return language == Language::en ? e.en : e.de;
}

std::string month_name(int month, Language language) {
  const std::string all = word(Word::month_names, language);
  std::size_t from = 0;
  for (int m = 1; m < month; ++m) from = all.find('|', from) + 1;
  return all.substr(from, all.find('|', from) - from);
}

}  // namespace planwerk::report
