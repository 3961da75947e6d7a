// SPDX-License-Identifier: Apache-2.0
// The stakeholders: interest x influence as a map (a 5 x 5 grid, each
// stakeholder a numbered dot, the number repeated in the table beside it)
// with the four usual strategies named in the quadrants.
#include "layout.hpp"
#include "templates.hpp"
#include "text.hpp"

namespace planwerk::report {
namespace {

std::string group_word(v1::StakeholderGroup g, Language lang) {
  switch (g) {
    case v1::STAKEHOLDER_GROUP_POLITICS: return word(Word::group_politics, lang);
    case v1::STAKEHOLDER_GROUP_ADMINISTRATION: return word(Word::group_administration, lang);
    case v1::STAKEHOLDER_GROUP_ASSOCIATIONS: return word(Word::group_associations, lang);
    case v1::STAKEHOLDER_GROUP_CITIZENS: return word(Word::group_citizens, lang);
    case v1::STAKEHOLDER_GROUP_MIGRANT_ORGANISATIONS: return word(Word::group_migrant_organisations, lang);
    default: return "";
  }
}

constexpr double cell = 80, left = 70, top = 20;

double map_x(std::uint32_t interest) { return left + (interest - 0.5) * cell; }
double map_y(std::uint32_t influence) { return top + (5.5 - influence) * cell; }

std::string map_svg(const model::Concept& plan, Language lang) {
  const double size = 5 * cell;
  std::string out = "<svg class=\"chart stakeholder-map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                    coordinate(left + size + 20) + "\" height=\"" + coordinate(top + size + 50) + "\" viewBox=\"0 0 " +
                    coordinate(left + size + 20) + " " + coordinate(top + size + 50) +
                    "\" role=\"img\" aria-labelledby=\"map-t map-d\"><title id=\"map-t\">" +
                    escape(word(Word::stakeholder_map, lang)) + "</title><desc id=\"map-d\">" +
                    escape(word(Word::stakeholder_map_description, lang)) + "</desc>";
  for (int k = 0; k <= 5; ++k) {
    out += "<line class=\"grid\" x1=\"" + coordinate(left + k * cell) + "\" x2=\"" + coordinate(left + k * cell) +
           "\" y1=\"" + coordinate(top) + "\" y2=\"" + coordinate(top + size) + "\"/>";
    out += "<line class=\"grid\" x1=\"" + coordinate(left) + "\" x2=\"" + coordinate(left + size) + "\" y1=\"" +
           coordinate(top + k * cell) + "\" y2=\"" + coordinate(top + k * cell) + "\"/>";
  }
  for (int k = 1; k <= 5; ++k) {
    out += "<text class=\"axis\" x=\"" + coordinate(map_x(k)) + "\" y=\"" + coordinate(top + size + 18) +
           "\" text-anchor=\"middle\">" + std::to_string(k) + "</text>";
    out += "<text class=\"axis\" x=\"" + coordinate(left - 10) + "\" y=\"" + coordinate(map_y(k) + 4) +
           "\" text-anchor=\"end\">" + std::to_string(k) + "</text>";
  }
  out += "<text class=\"axis\" x=\"" + coordinate(left + size / 2) + "\" y=\"" + coordinate(top + size + 40) +
         "\" text-anchor=\"middle\">" + escape(word(Word::interest, lang)) + " \u2192</text>";
  out += "<text class=\"axis\" transform=\"rotate(-90)\" x=\"" + coordinate(-(top + size / 2)) +
         "\" y=\"20\" text-anchor=\"middle\">" + escape(word(Word::influence, lang)) + " \u2192</text>";
  const struct {
    Word w;
    double x, y;
  } quadrants[] = {{Word::keep_satisfied, left + 4, top + 14},
                   {Word::manage_closely, left + size / 2 + 44, top + 14},
                   {Word::monitor_only, left + 4, top + size - 6},
                   {Word::keep_informed, left + size / 2 + 44, top + size - 6}};
  for (const auto& q : quadrants)
    out += "<text class=\"quadrant\" x=\"" + coordinate(q.x) + "\" y=\"" + coordinate(q.y) + "\">" +
           escape(word(q.w, lang)) + "</text>";
  // Several stakeholders in one cell sit side by side.
  int in_cell[6][6] = {};
  for (std::size_t i = 0; i < plan.stakeholders().size(); ++i) {
    const auto& s = plan.stakeholders()[i];
    if (s.interest < 1 || s.interest > 5 || s.influence < 1 || s.influence > 5) continue;
    const int k = in_cell[s.interest][s.influence]++;
    const double x = map_x(s.interest) - 24 + (k % 3) * 24, y = map_y(s.influence) - 12 + (k / 3 % 2) * 24;
    out += "<g class=\"stakeholder\"><circle cx=\"" + coordinate(x) + "\" cy=\"" + coordinate(y) +
           "\" r=\"10\"/><text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y + 4) + "\" text-anchor=\"middle\">" +
           std::to_string(i + 1) + "</text></g>";
  }
  out += "</svg>";
  return out;
}

}  // namespace

std::string stakeholders_page(const SiteData& site) {
  const Language lang = site.options.language;
  const model::Concept& plan = site.plan;
  mu::data d;
  d.set("map", map_svg(plan, lang));
  set_words(d, lang, {{"map_label", Word::stakeholder_map},
                      {"list_label", Word::stakeholders},
                      {"number_label", Word::number_short},
                      {"name_label", Word::name},
                      {"group_label", Word::group},
                      {"interest_label", Word::interest},
                      {"influence_label", Word::influence},
                      {"notes_label", Word::notes}});
  mu::data rows{mu::data::type::list};
  for (std::size_t i = 0; i < plan.stakeholders().size(); ++i) {
    const auto& s = plan.stakeholders()[i];
    mu::data row;
    row.set("number", std::to_string(i + 1));
    row.set("name", s.name.empty() ? s.id : s.name);
    row.set("group", group_word(s.group, lang));
    row.set("interest", s.interest == 0 ? std::string(".") : std::to_string(s.interest));
    row.set("influence", s.influence == 0 ? std::string(".") : std::to_string(s.influence));
    row.set("notes", s.notes);
    rows.push_back(row);
  }
  d.set("rows", rows);
  return render(templates::stakeholders, d);
}

}  // namespace planwerk::report
