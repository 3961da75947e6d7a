// SPDX-License-Identifier: Apache-2.0
// Committees, meetings and consultation sequences from a council
// information system, read as OParl 1.0 or 1.1 JSON (https://oparl.org).
//
// Two steps, so that a caller can look before anything changes:
//  1. read: OParl documents (single objects, arrays of objects, or list
//     pages {data, pagination, links}) into plain records, leniently: what
//     real servers get wrong (docs/sources.md) is a Warning naming the
//     object's id, never a failed read of everything else;
//  2. merge: the records into a concept, strictly: a merge that would be
//     ambiguous is refused with a message, and the concept passed in is never
//     changed (a new one is returned).
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "planwerk/export.hpp"
#include "planwerk/model/concept.hpp"
#include "planwerk/sources/warning.hpp"

namespace planwerk::sources::oparl {

/// An OParl Organization: a council, a committee, a party group, an office.
struct Organization {
  std::string id;  ///< its URL
  std::string name;  ///< its name
  std::string short_name;  ///< its short name, "" if none
  std::string organization_type;  ///< "Gremium", "Fraktion", ...; rarely set by real servers
  std::string classification;     ///< free text ("Ausschuss", "Beschließender Ausschuss")
  bool has_meetings = false;      ///< the object names a list of meetings
};

/// An OParl Meeting.
struct Meeting {
  std::string id;  ///< its URL
  std::string name;  ///< its name, "" if none
  model::Date date;        ///< the start's day in the meeting's own (local) time
  std::string start_time;  ///< "HH:MM" from the start, "" if it gave none
  bool cancelled = false;  ///< whether the server marks it cancelled
  std::string location;  ///< the location's description, "" if none
  std::vector<std::string> organizations;  ///< the ids of the organisations that meet
};

/// An OParl Consultation: one committee's treatment of a paper.
struct Consultation {
  std::string id;  ///< its URL
  std::string meeting;  ///< the Meeting's id, "" if none is named
  model::Date date;     ///< the meeting's date; unset if the meeting is unknown
  std::vector<std::string> organizations;  ///< from the consultation, else from its meeting
  std::string role;                         ///< free text, kept as given
  bool authoritative = false;  ///< whether this consultation decides
};

/// An OParl Paper (a proposal, Vorlage) with its consultations.
struct Paper {
  std::string id;  ///< its URL
  std::string name;  ///< its subject
  std::string reference;  ///< its reference number (Drucksachennummer)
  std::string paper_type;  ///< the server's paper type, as text
  model::Date date;  ///< its date; unset if none
  /// Ordered by their meetings' dates (undated last, in the order given):
  /// real servers list them in any order.
  std::vector<Consultation> consultations;
};

/// What a read found. Each list is sorted by id; an object given twice is
/// kept once (the fuller copy).
struct Data {
  std::vector<Organization> organizations;  ///< the organisations, by id
  std::vector<Meeting> meetings;  ///< the meetings, by id
  std::vector<Paper> papers;  ///< the papers, by id
  std::vector<Warning> warnings;  ///< what was left out or doubted, in reading order
  /// Ids of objects marked deleted (sorted): a merge removes the meeting
  /// records and proposals made of them.
  std::vector<std::string> deleted;
  /// Objects of other types (Body, Person, File, ...), counted, not kept.
  std::size_t other_objects = 0;

  /// The object with this id; nullptr if there is none.
  ///@{
  const Organization* organization(std::string_view id) const noexcept;
  const Meeting* meeting(std::string_view id) const noexcept;
  ///@}
};

/// Collects OParl objects from documents, one document at a time, and
/// resolves them into Data. Bounded: a document nested deeper than 64
/// levels is refused as a whole (with a warning).
class PLANWERK_API Reader {
 public:
  /// An empty reader; movable, not copyable.
  ///@{
  Reader();
  ~Reader();
  Reader(Reader&&) noexcept;
  Reader& operator=(Reader&&) noexcept;
  ///@}

  /// One document: its text and where it came from (for the warnings). A
  /// document that is not JSON is a warning; objects found in it, including
  /// embedded ones (a paper's consultations, a meeting's location), are kept.
  void add_document(std::string_view text, std::string_view origin);

  /// Resolves consultations to their meetings, orders them, and returns
  /// what was read. The Reader is empty afterwards.
  Data finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Every regular file below `folder` (sorted by path, hidden files skipped)
/// as a document. Throws Error(io) if the folder cannot be listed; a file
/// that cannot be read is a warning.
PLANWERK_API Data read_folder(const std::filesystem::path& folder);

/// Reading from a live server (libcurl). Only http and https; redirects
/// followed up to five times.
struct FetchOptions {
  std::chrono::milliseconds timeout{30000};  ///< per request: connecting and transferring
  unsigned retries = 3;                      ///< after a time-out, a failed connection, 429 or 5xx
  std::chrono::milliseconds backoff{500};    ///< before the first retry, doubled for each further one
  std::size_t request_budget = 100000;       ///< requests in all, retries included
  std::size_t max_response_bytes = 64u << 20;  ///< the largest response accepted; a larger one is an Error(io)
  /// A folder that keeps what was read (objects.json) and the server's time
  /// of that read (state.json): the next fetch of the same URL asks each list
  /// only for what changed since (OParl's modified_since) and merges it in.
  /// Empty: no cache, every fetch reads everything.
  std::filesystem::path cache;
};

/// How a fetch went.
struct FetchStats {
  std::size_t requests = 0;  ///< retries included
  std::size_t retries = 0;  ///< requests repeated after a failure
  std::size_t pages = 0;     ///< list pages read
  std::size_t objects = 0;   ///< objects known after the fetch (cached and new)
  std::string modified_since;  ///< "" for a full read
};

/// What fetch() returns.
struct Fetched {
  Data data;  ///< what was read (with the cache merged in)
  FetchStats stats;  ///< how the fetch went
};

/// Reads an OParl server from `url`: a System (its bodies), a Body, or a
/// list of either or of other objects. For each body its organisations,
/// meetings and papers, every list followed through links.next; then the
/// meetings and organisations that consultations and meetings name but the
/// lists did not hold, one by one, if they are on the same server (a 404 is
/// a warning: "missing"). Throws Error(io) naming the URL when a list cannot
/// be read after the retries, Error(out_of_range) when the request budget is
/// spent, Error(parse) when the start URL gives no OParl object or list; the
/// cache is written only after a fetch that succeeded.
PLANWERK_API Fetched fetch(const std::string& url, const FetchOptions& options = {});

/// Which OParl organisation is which planwerk committee.
struct Mapping {
  /// The council's Organization id: its committee gets the kind COUNCIL.
  std::string council;
  /// Organization id -> id of an existing planwerk committee.
  std::map<std::string, std::string> committees;
};

/// A mapping from JSON: {"council": "<id>", "committees": {"<id>": "<committee id>"}}.
/// Throws Error(parse) naming the origin and what is wrong.
PLANWERK_API Mapping mapping_from_json(std::string_view text, std::string_view origin);

/// What a merge changed.
struct MergeCounts {
  std::size_t committees_added = 0;  ///< committees new in the concept
  std::size_t committees_updated = 0;  ///< committees whose records changed
  std::size_t meetings = 0;  ///< meeting records added or updated
  std::size_t meetings_removed = 0;  ///< deleted on the server
  std::size_t proposals_added = 0;  ///< proposals new in the concept
  std::size_t proposals_updated = 0;  ///< proposals changed
  std::size_t proposals_removed = 0;  ///< deleted on the server
  std::size_t consultations = 0;  ///< consultations written into proposals
};

/// What merge() returns.
struct MergeResult {
  model::Concept plan;  ///< the merged concept (a copy; `into` is not changed)
  MergeCounts counts;  ///< what changed
  std::vector<Warning> warnings;  ///< the read's warnings, then the merge's
};

/// Merges what was read into a copy of `into`:
///  - an organisation becomes a committee if a meeting or consultation names
///    it, the mapping names it, or it says it is a "Gremium"; others
///    (offices, parties) are left out. It is the committee the mapping
///    names, else the committee whose source_id is its id, else a new one
///    (id from the OParl id: ".../organizations/gr/34531" -> "gr-34531");
///  - each committee's meeting records are updated by source_id, new ones
///    added; records typed by hand (no source_id) stay;
///  - each paper becomes a proposal (updated by source_id, keeping its id
///    and measures) with its consultations in meeting order.
/// Throws Error(conflict) if the merge is ambiguous: two committees with the
/// same source_id, two organisations onto one committee, a mapping onto a
/// committee imported from another organisation, or a new organisation
/// whose name a committee without source_id already has (map it or rename);
/// Error(not_found) if the mapping names a committee the concept lacks.
PLANWERK_API MergeResult merge(const model::Concept& into, const Data& data, const Mapping& mapping = {});

}  // namespace planwerk::sources::oparl
