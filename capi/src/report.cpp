// SPDX-License-Identifier: Apache-2.0
// The published report through the C API.
#include <cstddef>

#include "frame.hpp"
#include "internal.hpp"
#include "observations.hpp"
#include "programme.hpp"
#include "planwerk/report/site.hpp"

using namespace planwerk;

const char* pw_report_language_name(pw_report_language language) {
  capi::clear_error();
  switch (language) {
    case PW_REPORT_DE: return "de";
    case PW_REPORT_EN: return "en";
    default: return "unknown";
  }
}

pw_status pw_report_write(pw_frame** out_files, const pw_concept* plan, const pw_observations* observations,
                          const char* folder, const pw_report_options* options) {
  return capi::create_frame(__func__, out_files, [&] {
    capi::require(plan, "plan");
    const std::string where = capi::require(folder, "folder");
    static const std::size_t sizes[] = {offsetof(pw_report_options, previous), offsetof(pw_report_options, programme),
                                        sizeof(pw_report_options)};
    static_assert(PW_REPORT_OPTIONS_VERSION == std::size(sizes), "a size for every version");
    const pw_report_options defaults = PW_REPORT_OPTIONS_INIT;
    const auto o = options == nullptr ? defaults : capi::read_versioned(options, "options", sizes, defaults);
    static_assert(static_cast<int>(report::Language::de) == PW_REPORT_DE &&
                  static_cast<int>(report::Language::en) == PW_REPORT_EN);
    report::SiteOptions site;
    const model::Date as_of = capi::to_date(o.as_of, "options->as_of");
    if (model::is_set(as_of)) site.as_of = as_of;
    site.language = static_cast<report::Language>(o.language);
    if (!(o.min_cases >= 0)) throw Error(ErrorCode::invalid_argument, "options->min_cases must be 0 or more");
    site.min_cases = o.min_cases;
    if (o.title != nullptr) site.title = o.title;
    if (o.contact != nullptr) site.contact = o.contact;
    if (o.previous != nullptr) site.previous = &o.previous->plan;
    site.renames = capi::read_renames(o.renames, o.rename_count, "options->renames");
    if (!site.renames.empty() && o.previous == nullptr)
      throw Error(ErrorCode::invalid_argument, "options->renames needs options->previous");
    if (o.programme != nullptr) site.programme = &o.programme->result;
    return observations != nullptr ? report::write_site(plan->plan, observations->rows.view(), where, site)
                                   : report::write_site(plan->plan, where, site);
  });
}
