// SPDX-License-Identifier: Apache-2.0
// OParl documents into records: every object with an OParl type is found
// wherever it sits (a file of its own, an array, a list page's data, or
// embedded in another object), then consultations are joined to their
// papers and meetings.
#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>

#include "oparl_fields.hpp"
#include "planwerk/error.hpp"
#include "planwerk/sources/oparl.hpp"

namespace planwerk::sources::oparl {
namespace {

using detail::Fields;
using detail::json;

constexpr std::size_t max_depth = 64;

// The nesting depth of a JSON text, counted before parsing so that a
// hostile document cannot make the parser or the walk below go deep.
std::size_t nesting_depth(std::string_view text) {
  std::size_t depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (const char c : text) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

// "https://schema.oparl.org/1.1/Meeting" -> "Meeting"; "" if not OParl.
std::string_view type_name(const json& object) {
  const auto it = object.find("type");
  if (it == object.end() || !it->is_string()) return {};
  std::string_view t = it->get_ref<const std::string&>();
  if (t.find("oparl.org/") == std::string_view::npos) return {};
  return t.substr(t.rfind('/') + 1);
}

// The keys the OParl 1.0 and 1.1 schemas define for the types read here
// (each list sorted); others are a vendor's own, ignored with a warning.
constexpr std::string_view organization_keys[] = {
    "body", "classification", "consultation", "created", "deleted", "endDate", "externalBody", "id", "keyword",
    "license", "location", "meeting", "membership", "modified", "name", "organizationType", "post", "shortName",
    "startDate", "subOrganizationOf", "type", "web", "website"};
constexpr std::string_view meeting_keys[] = {
    "agendaItem", "auxiliaryFile", "cancelled", "created", "deleted", "end", "id", "invitation", "keyword", "license",
    "location", "meetingState", "modified", "name", "organization", "participant", "resultsProtocol", "start", "type",
    "verbatimProtocol", "web"};
constexpr std::string_view paper_keys[] = {
    "auxiliaryFile", "body", "consultation", "created", "date", "deleted", "id", "keyword", "license", "location",
    "mainFile", "modified", "name", "originatorOrganization", "originatorPerson", "paperType", "reference",
    "relatedPaper", "subordinatedPaper", "superordinatedPaper", "type", "underDirectionOf", "web"};
constexpr std::string_view consultation_keys[] = {"agendaItem", "authoritative", "created", "deleted", "id",
                                                  "keyword", "license", "meeting", "modified", "organization",
                                                  "paper", "role", "type", "web"};

template <std::size_t N>
void warn_unknown_keys(const json& o, const std::string_view (&known)[N], const Fields& f) {
  std::string unknown;
  for (const auto& [key, value] : o.items()) {
    if (!std::binary_search(std::begin(known), std::end(known), std::string_view(key)))
      unknown += (unknown.empty() ? "" : ", ") + key;
  }
  if (!unknown.empty()) f.warn("keys the OParl schema does not define, ignored: " + unknown);
}

template <class Record>
struct Kept {
  Record record;
  std::size_t keys = 0;  // the fuller copy of an object given twice wins
};

template <class Record>
void keep(std::unordered_map<std::string, Kept<Record>>& into, Record record, std::size_t keys) {
  auto [it, inserted] = into.try_emplace(record.id);
  if (inserted || keys > it->second.keys) it->second = {std::move(record), keys};
}

template <class Record>
std::vector<Record> sorted(std::unordered_map<std::string, Kept<Record>>& from) {
  std::vector<Record> out;
  out.reserve(from.size());
  for (auto& [id, kept] : from) out.push_back(std::move(kept.record));
  std::sort(out.begin(), out.end(), [](const Record& a, const Record& b) { return a.id < b.id; });
  return out;
}

// In a list sorted by id.
template <class List>
auto find_by_id(List& list, std::string_view id) -> decltype(&list.front()) {
  const auto it = std::lower_bound(list.begin(), list.end(), id, [](const auto& r, std::string_view v) { return r.id < v; });
  return it != list.end() && it->id == id ? &*it : nullptr;
}

}  // namespace

struct Reader::State {
  std::unordered_map<std::string, Kept<Organization>> organizations;
  std::unordered_map<std::string, Kept<Meeting>> meetings;
  std::unordered_map<std::string, Kept<Paper>> papers;
  // Consultations with the paper they belong to (named or embedding).
  struct PaperConsultation {
    std::string id;
    std::string paper;
    Consultation consultation;
  };
  std::unordered_map<std::string, Kept<PaperConsultation>> consultations;
  std::vector<Warning> warnings;
  std::set<std::string> deleted;
  std::size_t other_objects = 0;

  void visit(const json& value, std::string_view origin, const std::string& paper);
  void read_object(const json& o, std::string_view type, const std::string& id, std::string_view origin,
                   const std::string& paper);
};

void Reader::State::read_object(const json& o, std::string_view type, const std::string& id, std::string_view origin,
                                const std::string& paper) {
  const Fields f(o, id, origin, warnings);
  const bool known_type = type == "Organization" || type == "Meeting" || type == "Paper" || type == "Consultation";
  if (known_type && f.flag("deleted")) {
    // Deleted on the server: a merge removes what an earlier import made of it.
    deleted.insert(id);
    return;
  }
  if (type == "Organization") {
    warn_unknown_keys(o, organization_keys, f);
    Organization r{id, f.text("name"), f.text("shortName"), f.text("organizationType"), f.text("classification"),
                   o.contains("meeting")};
    keep(organizations, std::move(r), o.size());
  } else if (type == "Meeting") {
    warn_unknown_keys(o, meeting_keys, f);
    Meeting r;
    r.id = id;
    r.name = f.text("name");
    std::tie(r.date, r.start_time) = f.date_time("start");
    if (!model::is_set(r.date)) f.warn("has no usable start: left out of the meetings");
    r.cancelled = f.flag("cancelled");
    r.location = o.contains("location") && o["location"].is_object() ? Fields(o["location"], id, origin, warnings).text("description")
                                                                     : std::string();
    r.organizations = f.ids("organization");
    keep(meetings, std::move(r), o.size());
  } else if (type == "Paper") {
    warn_unknown_keys(o, paper_keys, f);
    Paper r{id, f.text("name"), f.text("reference"), f.text("paperType"), f.date("date"), {}};
    keep(papers, std::move(r), o.size());
  } else if (type == "Consultation") {
    warn_unknown_keys(o, consultation_keys, f);
    PaperConsultation r;
    r.id = id;
    r.paper = f.id("paper");
    if (r.paper.empty()) r.paper = paper;
    r.consultation.id = id;
    r.consultation.meeting = f.id("meeting");
    r.consultation.organizations = f.ids("organization");
    r.consultation.role = f.text("role");
    r.consultation.authoritative = f.flag("authoritative");
    keep(consultations, std::move(r), o.size());
  } else {
    ++other_objects;
  }
}

void Reader::State::visit(const json& value, std::string_view origin, const std::string& paper) {
  if (value.is_array()) {
    for (const auto& item : value) visit(item, origin, paper);
    return;
  }
  if (!value.is_object()) return;
  const std::string_view type = type_name(value);
  const auto id_field = value.find("id");
  const bool identified = id_field != value.end() && id_field->is_string() && !id_field->get_ref<const std::string&>().empty();
  if (!type.empty() && !identified) {
    warnings.push_back({"", std::string(origin), "an OParl " + std::string(type) + " without an id: left out"});
  } else if (!type.empty()) {
    read_object(value, type, id_field->get<std::string>(), origin, paper);
  }
  // Embedded objects: a paper's consultations belong to it.
  const std::string& inner_paper = type == "Paper" && identified ? id_field->get_ref<const std::string&>() : paper;
  for (const auto& [key, member] : value.items()) {
    if (member.is_structured()) visit(member, origin, inner_paper);
  }
}

Reader::Reader() : state_(std::make_unique<State>()) {}
Reader::~Reader() = default;
Reader::Reader(Reader&&) noexcept = default;
Reader& Reader::operator=(Reader&&) noexcept = default;

void Reader::add_document(std::string_view text, std::string_view origin) {
  if (nesting_depth(text) > max_depth) {
    state_->warnings.push_back({"", std::string(origin), "nested deeper than " + std::to_string(max_depth) +
                                                             " levels: left out"});
    return;
  }
  json document = json::parse(text, nullptr, false);
  if (document.is_discarded()) {
    // Parse again for the message: where the text stops being JSON.
    std::string why;
    try {
      const json never = json::parse(text);  // throws: the text did not parse above
      (void)never;
    } catch (const json::exception& e) {  // parse_error, or out_of_range for a number too large
      why = e.what();
      // "[json.exception.parse_error.101] parse error at line 5, column 12: ..."
      if (const auto at = why.find("] "); at != std::string::npos) why = why.substr(at + 2);
    }
    state_->warnings.push_back({"", std::string(origin), "not JSON (" + why + "): left out"});
    return;
  }
  state_->visit(document, origin, "");
}

Data Reader::finish() {
  State& s = *state_;
  Data out;
  out.organizations = sorted(s.organizations);
  out.meetings = sorted(s.meetings);
  out.papers = sorted(s.papers);
  out.other_objects = s.other_objects;
  out.deleted.assign(s.deleted.begin(), s.deleted.end());
  out.warnings = std::move(s.warnings);

  // A meeting's organisations must be known to be committees.
  for (Meeting& m : out.meetings) {
    std::erase_if(m.organizations, [&](const std::string& org) {
      if (find_by_id(out.organizations, org) != nullptr) return false;
      out.warnings.push_back({m.id, "", "organization " + org + " is not in the data (missing or 404): ignored"});
      return true;
    });
  }
  // Consultations to their papers, in a fixed order before sorting by date.
  auto consultations = sorted(s.consultations);
  for (auto& c : consultations) {
    Paper* paper = c.paper.empty() ? nullptr : find_by_id(out.papers, c.paper);
    if (paper == nullptr) {
      out.warnings.push_back({c.id, "", c.paper.empty() ? std::string("names no paper: left out")
                                                         : "paper " + c.paper + " is not in the data: left out"});
      continue;
    }
    Consultation& k = c.consultation;
    if (!k.meeting.empty()) {
      if (const Meeting* m = find_by_id(out.meetings, k.meeting)) {
        k.date = m->date;
        if (k.organizations.empty()) k.organizations = m->organizations;
      } else {
        out.warnings.push_back({k.id, "", "meeting " + k.meeting + " is not in the data (missing or 404): no date"});
      }
    }
    std::erase_if(k.organizations, [&](const std::string& org) {
      if (find_by_id(out.organizations, org) != nullptr) return false;
      out.warnings.push_back({k.id, "", "organization " + org + " is not in the data (missing or 404): ignored"});
      return true;
    });
    paper->consultations.push_back(std::move(k));
  }
  // The order of the consultations is that of their meetings; the arrays
  // the servers send follow no rule. Undated ones last, by id.
  for (Paper& p : out.papers) {
    std::stable_sort(p.consultations.begin(), p.consultations.end(), [](const Consultation& a, const Consultation& b) {
      const bool da = model::is_set(a.date), db = model::is_set(b.date);
      if (da != db) return da;
      return da && a.date < b.date;
    });
  }
  state_ = std::make_unique<State>();
  return out;
}

const Organization* Data::organization(std::string_view id) const noexcept { return find_by_id(organizations, id); }
const Meeting* Data::meeting(std::string_view id) const noexcept { return find_by_id(meetings, id); }

Data read_folder(const std::filesystem::path& folder) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::none, ec);
  if (ec) throw Error(ErrorCode::io, "cannot list the OParl folder " + folder.string() + ": " + ec.message());
  std::vector<fs::path> files;
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) throw Error(ErrorCode::io, "cannot list the OParl folder " + folder.string() + ": " + ec.message());
    const auto name = it->path().filename().string();
    if (!name.empty() && name.front() == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  Reader reader;
  std::vector<Warning> unreadable;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in && !in.eof()) {
      unreadable.push_back({"", path.string(), "cannot be read: left out"});
      continue;
    }
    reader.add_document(text.view(), path.string());
  }
  Data data = reader.finish();
  data.warnings.insert(data.warnings.begin(), unreadable.begin(), unreadable.end());
  return data;
}

}  // namespace planwerk::sources::oparl
