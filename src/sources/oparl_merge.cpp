// SPDX-License-Identifier: Apache-2.0
// OParl records into a concept. Works on the concept's document form and
// builds a new concept from it at the end, so the concept passed in is never
// changed and a refused merge leaves nothing behind.
#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "planwerk/error.hpp"
#include "planwerk/model/convert.hpp"
#include "planwerk/sources/oparl.hpp"

namespace planwerk::sources::oparl {
namespace {

// A readable id from an OParl id: the last two segments of its path
// (".../bodies/0001/organizations/gr/34531" -> "gr-34531",
// "https://oparl.example.org/paper/749" -> "paper-749"), other characters
// than letters and digits as "-".
std::string id_from_url(std::string_view url) {
  if (const auto scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  std::size_t start = url.rfind('/');
  if (start != std::string_view::npos && start > 0) {
    const auto before = url.rfind('/', start - 1);
    start = before == std::string_view::npos ? start + 1 : before + 1;
  } else {
    start = 0;
  }
  std::string out;
  for (const char c : url.substr(start)) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      out += c;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.size() > 64) out.resize(64);
  return out.empty() ? std::string("oparl") : out;
}

// Ids in use in one kind; new ones get "-2", "-3", ... when taken.
class IdPool {
 public:
  template <class List>
  explicit IdPool(const List& list) {
    for (const auto& x : list) taken_.insert(x.id());
  }
  std::string fresh(const std::string& wanted) {
    std::string id = wanted;
    for (int n = 2; taken_.count(id) != 0; ++n) id = wanted + "-" + std::to_string(n);
    taken_.insert(id);
    return id;
  }

 private:
  std::set<std::string> taken_;
};

template <class List>
std::unordered_map<std::string, int> by_source_id(const List& list, const char* what) {
  std::unordered_map<std::string, int> out;
  for (int i = 0; i < list.size(); ++i) {
    const auto& source = list.Get(i).source_id();
    if (source.empty()) continue;
    const auto [it, inserted] = out.emplace(source, i);
    if (!inserted)
      throw Error(ErrorCode::conflict, std::string(what) + " \"" + list.Get(it->second).id() + "\" and \"" +
                                           list.Get(i).id() + "\" both come from " + source +
                                           ": the merge would be ambiguous; remove one or clear its source_id");
  }
  return out;
}

// The organisations that become committees.
std::set<std::string> committee_organizations(const Data& data, const Mapping& mapping, std::vector<Warning>& warnings) {
  std::set<std::string> out;
  for (const auto& m : data.meetings) out.insert(m.organizations.begin(), m.organizations.end());
  for (const auto& p : data.papers) {
    for (const auto& c : p.consultations) out.insert(c.organizations.begin(), c.organizations.end());
  }
  for (const auto& o : data.organizations) {
    if (o.organization_type == "Gremium") out.insert(o.id);
  }
  auto named = [&](const std::string& id, const std::string& as) {
    if (data.organization(id) != nullptr)
      out.insert(id);
    else
      warnings.push_back({id, "", "the mapping names it as " + as + ", but it is not in the data"});
  };
  if (!mapping.council.empty()) named(mapping.council, "the council");
  for (const auto& [org, committee] : mapping.committees) named(org, "committee \"" + committee + "\"");
  return out;
}

}  // namespace

MergeResult merge(const model::Concept& into, const Data& data, const Mapping& mapping) {
  MergeCounts counts;
  std::vector<Warning> warnings = data.warnings;
  v1::Concept doc = model::to_proto(into);
  auto& committees = *doc.mutable_committees();
  auto& proposals = *doc.mutable_proposals();

  // ---- Committees: which planwerk committee each organisation is ---------
  std::unordered_map<std::string, int> committee_by_id;
  for (int i = 0; i < committees.size(); ++i) committee_by_id.emplace(committees.Get(i).id(), i);
  const auto committee_by_source = by_source_id(committees, "committees");
  std::unordered_map<std::string, std::string> mapped_onto;  // committee -> the organisation mapped onto it
  for (const auto& [org, committee] : mapping.committees) {
    if (committee_by_id.count(committee) == 0)
      throw Error(ErrorCode::not_found, "the mapping names committee \"" + committee + "\" for " + org +
                                            ", but the concept has no committee with that id");
    if (const auto [it, inserted] = mapped_onto.emplace(committee, org); !inserted)
      throw Error(ErrorCode::conflict, "organizations " + it->second + " and " + org + " would both be committee \"" +
                                           committee + "\": the merge would be ambiguous");
  }
  IdPool committee_ids(committees);
  std::unordered_map<std::string, int> committee_of;  // organisation -> index in `committees`
  std::unordered_map<int, std::string> organisation_of;
  for (const auto& org_id : committee_organizations(data, mapping, warnings)) {
    const Organization& org = *data.organization(org_id);
    int at = -1;
    bool imported_before = false;
    if (const auto m = mapping.committees.find(org_id); m != mapping.committees.end()) {
      at = committee_by_id.at(m->second);
      const auto& source = committees.Get(at).source_id();
      if (!source.empty() && source != org_id)
        throw Error(ErrorCode::conflict, "the mapping makes " + org_id + " committee \"" + m->second +
                                             "\", which was imported from " + source + ": the merge would be ambiguous");
    } else if (const auto s = committee_by_source.find(org_id); s != committee_by_source.end()) {
      at = s->second;
      imported_before = true;
    } else {
      for (const auto& c : committees) {
        if (c.source_id().empty() && !org.name.empty() && c.name() == org.name)
          throw Error(ErrorCode::conflict, "organization " + org_id + " (\"" + org.name + "\") has the name of committee \"" +
                                               c.id() + "\": say in the mapping whether they are the same, or rename one");
      }
    }
    if (at >= 0) {
      if (const auto [it, inserted] = organisation_of.emplace(at, org_id); !inserted)
        throw Error(ErrorCode::conflict, "organizations " + it->second + " and " + org_id + " would both be committee \"" +
                                             committees.Get(at).id() + "\": the merge would be ambiguous");
      auto& c = *committees.Mutable(at);
      c.set_source_id(org_id);
      if (imported_before && !org.name.empty()) c.set_name(org.name);
      ++counts.committees_updated;
    } else {
      auto& c = *committees.Add();
      c.set_id(committee_ids.fresh(id_from_url(org_id)));
      c.set_name(!org.name.empty() ? org.name : !org.short_name.empty() ? org.short_name : org_id);
      c.set_source_id(org_id);
      at = committees.size() - 1;
      organisation_of.emplace(at, org_id);
      ++counts.committees_added;
    }
    if (org_id == mapping.council && committees.Get(at).kind() == v1::COMMITTEE_KIND_UNSPECIFIED)
      committees.Mutable(at)->set_kind(v1::COMMITTEE_KIND_COUNCIL);
    committee_of.emplace(org_id, at);
  }

  // ---- Meetings: each committee's records, updated by source_id ----------
  for (const Meeting& m : data.meetings) {
    if (!model::is_set(m.date)) continue;
    for (const auto& org : m.organizations) {
      const auto c = committee_of.find(org);
      if (c == committee_of.end()) continue;
      auto& records = *committees.Mutable(c->second)->mutable_meeting_records();
      auto it = std::find_if(records.begin(), records.end(), [&](const v1::Meeting& r) { return r.source_id() == m.id; });
      v1::Meeting& r = it != records.end() ? *it : *records.Add();
      r.set_date(model::format_date(m.date));
      r.set_start_time(m.start_time);
      r.set_name(m.name);
      r.set_cancelled(m.cancelled);
      r.set_location(m.location);
      r.set_source_id(m.id);
      ++counts.meetings;
    }
  }
  auto is_deleted = [&](const std::string& source) {
    return !source.empty() && std::binary_search(data.deleted.begin(), data.deleted.end(), source);
  };
  for (auto& c : committees) {
    auto& records = *c.mutable_meeting_records();
    const auto before = records.size();
    records.erase(std::remove_if(records.begin(), records.end(), [&](const v1::Meeting& r) { return is_deleted(r.source_id()); }),
                  records.end());
    counts.meetings_removed += static_cast<std::size_t>(before - records.size());
    std::stable_sort(records.begin(), records.end(), [](const v1::Meeting& a, const v1::Meeting& b) {
      return a.date() != b.date() ? a.date() < b.date() : a.source_id() < b.source_id();
    });
  }

  // ---- Papers: proposals with their consultation sequences ---------------
  const auto proposal_by_source = by_source_id(proposals, "proposals");
  IdPool proposal_ids(proposals);
  for (const Paper& paper : data.papers) {
    const auto existing = proposal_by_source.find(paper.id);
    v1::Proposal* p = nullptr;
    if (existing != proposal_by_source.end()) {
      p = proposals.Mutable(existing->second);
      ++counts.proposals_updated;
    } else {
      p = proposals.Add();
      p->set_id(proposal_ids.fresh(id_from_url(paper.id)));
      p->set_source_id(paper.id);
      ++counts.proposals_added;
    }
    p->set_title(paper.name);
    p->set_reference(paper.reference);
    p->set_date(model::format_date(paper.date));
    p->set_paper_type(paper.paper_type);
    p->clear_consultations();
    for (const Consultation& k : paper.consultations) {
      const auto org = std::find_if(k.organizations.begin(), k.organizations.end(),
                                    [&](const std::string& o) { return committee_of.count(o) != 0; });
      if (org == k.organizations.end()) {
        warnings.push_back({k.id, "", "names no committee: left out of proposal \"" + p->id() + "\""});
        continue;
      }
      auto& step = *p->add_consultations();
      step.set_committee_id(committees.Get(committee_of.at(*org)).id());
      step.set_date(model::format_date(k.date));
      step.set_role(k.role);
      step.set_authoritative(k.authoritative);
      step.set_meeting_source_id(k.meeting);
      step.set_source_id(k.id);
      ++counts.consultations;
    }
  }
  const auto before = proposals.size();
  proposals.erase(std::remove_if(proposals.begin(), proposals.end(), [&](const v1::Proposal& p) { return is_deleted(p.source_id()); }),
                  proposals.end());
  counts.proposals_removed = static_cast<std::size_t>(before - proposals.size());
  return MergeResult{model::from_proto(doc), counts, std::move(warnings)};
}

Mapping mapping_from_json(std::string_view text, std::string_view origin) {
  using nlohmann::json;
  const std::string where(origin);
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object())
    throw Error(ErrorCode::parse, where + ": an OParl mapping is a JSON object {\"council\": ..., \"committees\": {...}}");
  Mapping out;
  for (const auto& [key, value] : doc.items()) {
    if (key == "council") {
      if (!value.is_string()) throw Error(ErrorCode::parse, where + ": \"council\" must be an organization id (text)");
      out.council = value.get<std::string>();
    } else if (key == "committees") {
      if (!value.is_object())
        throw Error(ErrorCode::parse, where + ": \"committees\" must map organization ids to committee ids");
      for (const auto& [org, committee] : value.items()) {
        if (!committee.is_string() || committee.get_ref<const std::string&>().empty())
          throw Error(ErrorCode::parse, where + ": committees[\"" + org + "\"] must be a committee id (text)");
        out.committees.emplace(org, committee.get<std::string>());
      }
    } else {
      throw Error(ErrorCode::parse, where + ": unknown key \"" + key + "\" (known: council, committees)");
    }
  }
  return out;
}

}  // namespace planwerk::sources::oparl
