// SPDX-License-Identifier: Apache-2.0
#include "planwerk/report/site.hpp"

#include <fstream>
#include <set>

#include "layout.hpp"
#include "pages.hpp"
#include "parallel.hpp"
#include "planwerk/error.hpp"
#include "planwerk/monitor/evaluate.hpp"

namespace planwerk::report {
namespace {

model::Date default_status_date(const model::Concept& plan) {
  const auto& h = plan.header();
  if (model::is_set(h.adoption_date)) return h.adoption_date;
  return h.period_start;
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw Error(ErrorCode::io, "cannot write " + path.string());
}

}  // namespace

Language language_from_name(std::string_view name) {
  if (name == "de") return Language::de;
  if (name == "en") return Language::en;
  throw Error(ErrorCode::invalid_argument, "unknown report language \"" + std::string(name) + "\" (de or en)");
}

const char* language_name(Language language) { return language == Language::en ? "en" : "de"; }

namespace {

Frame write(const model::Concept& plan, const monitor::ObservationView* rows, const std::filesystem::path& folder,
            const SiteOptions& options) {
  if (options.language != Language::de && options.language != Language::en)
    throw Error(ErrorCode::invalid_argument, "unknown report language " +
                                                 std::to_string(static_cast<int>(options.language)));
  const model::Date as_of = options.as_of ? *options.as_of : default_status_date(plan);
  schedule::ScheduleOptions schedule_options;
  if (model::is_set(as_of)) schedule_options.as_of = as_of;
  // A concept without a plan period (one imported from a council system,
  // say) is planned from the status date.
  if (!model::is_set(plan.header().period_start) && model::is_set(as_of)) schedule_options.start = as_of;
  SiteData site{plan,    schedule::schedule_plan(plan, schedule::calendar_for(plan), schedule_options),
                as_of,   std::nullopt,
                options, options.title.empty() ? plan.header().title : options.title,
                options.previous, {}};
  site.pages = navigation(site);
  if (rows != nullptr) {
    monitor::Options o;
    o.min_cases = options.min_cases;
    o.cells = true;  // the indicator pages draw the published cells
    site.monitoring = monitor::evaluate(plan, *rows, o);
  }
  const auto files = render_site(site);

  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) throw Error(ErrorCode::io, "cannot create the folder " + folder.string() + ": " + ec.message());
  // The folders first, then the files, on one thread per core.
  std::vector<const std::pair<const std::string, std::string>*> list;
  std::set<std::filesystem::path> made;
  for (const auto& entry : files) {
    list.push_back(&entry);
    const auto parent = (folder / std::filesystem::path(entry.first)).parent_path();
    if (!made.insert(parent).second) continue;
    std::filesystem::create_directories(parent, ec);
    if (ec) throw Error(ErrorCode::io, "cannot create the folder of " + entry.first + ": " + ec.message());
  }
  parallel_for(list.size(), [&](std::size_t i) {
    write_file(folder / std::filesystem::path(list[i]->first), list[i]->second);
  });
  Frame written;
  auto& names = written.add("file", Column::Type::text).texts();
  auto& sizes = written.add("bytes", Column::Type::integer).integers();
  for (const auto* entry : list) {
    names.push_back(entry->first);
    sizes.push_back(static_cast<std::int64_t>(entry->second.size()));
  }
  return written;
}

}  // namespace

Frame write_site(const model::Concept& plan, const monitor::ObservationView& rows, const std::filesystem::path& folder,
                 const SiteOptions& options) {
  return write(plan, &rows, folder, options);
}

Frame write_site(const model::Concept& plan, const std::filesystem::path& folder, const SiteOptions& options) {
  return write(plan, nullptr, folder, options);
}

}  // namespace planwerk::report
