// SPDX-License-Identifier: Apache-2.0
// planwerk._core: the published report (planwerk/report/site.hpp). The
// observations come in as the arrays of monitor_evaluate (no copy when
// their dtypes fit); the GIL is released while the site is written.
#include "observations.hpp"
#include "planwerk/error.hpp"
#include "planwerk/report/site.hpp"

using namespace planwerk;
using namespace planwerk::python;

void bind_report(py::module_& m) {
  m.def(
      "report_write",
      [](const model::Concept& plan, const std::string& folder, std::optional<In<std::int32_t>> indicator,
         std::optional<In<std::int32_t>> district, std::optional<In<std::int32_t>> group,
         std::optional<In<std::int32_t>> period, std::optional<In<double>> value,
         std::optional<In<double>> numerator, std::optional<In<double>> denominator,
         std::optional<In<double>> cases, std::optional<In<std::uint8_t>> flags,
         std::optional<In<std::uint8_t>> status, std::vector<std::string> groups, const std::string& as_of,
         const std::string& language, double min_cases, const std::string& title, const std::string& contact,
         const model::Concept* previous, const std::map<std::string, std::string>& renames,
         const priorities::ConceptProgramme* programme) {
        report::SiteOptions options;
        if (!as_of.empty()) {
          const auto day = model::parse_date(as_of);
          if (!day) throw Error(ErrorCode::invalid_argument, "as_of is not a date of the form YYYY-MM-DD: \"" + as_of + "\"");
          options.as_of = *day;
        }
        options.language = report::language_from_name(language);
        if (!(min_cases >= 0)) throw Error(ErrorCode::invalid_argument, "min_cases must be 0 or more");
        options.min_cases = min_cases;
        options.title = title;
        options.contact = contact;
        if (!renames.empty() && previous == nullptr)
          throw Error(ErrorCode::invalid_argument, "renames need a previous version");
        options.previous = previous;
        options.renames = renames;
        options.programme = programme;
        return frame_from([&] {
          if (!indicator) return report::write_site(plan, folder, options);
          const Columns c{*indicator, *district, *group, *period, value, numerator, denominator, cases, flags, status,
                          std::move(groups)};
          return report::write_site(plan, c.view(), folder, options);
        });
      },
      py::arg("concept"), py::arg("folder"), py::arg("indicator").none(true), py::arg("district").none(true),
      py::arg("group").none(true), py::arg("period").none(true), py::arg("value").none(true),
      py::arg("numerator").none(true), py::arg("denominator").none(true), py::arg("cases").none(true),
      py::arg("flags").none(true), py::arg("status").none(true), py::arg("groups"), py::arg("as_of"),
      py::arg("language"), py::arg("min_cases"), py::arg("title"), py::arg("contact"),
      py::arg("previous").none(true), py::arg("renames"), py::arg("programme").none(true));
}
