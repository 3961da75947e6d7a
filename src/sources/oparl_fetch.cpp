// SPDX-License-Identifier: Apache-2.0
// Reading a live OParl server: from a System or Body down its lists,
// through every page, then the objects the lists missed; with a cache, only
// what changed since the last read (modified_since).
#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "http.hpp"
#include "planwerk/error.hpp"
#include "planwerk/sources/oparl.hpp"

namespace planwerk::sources::oparl {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

std::string_view type_of(const json& o) {
  if (!o.is_object()) return {};
  const auto it = o.find("type");
  if (it == o.end() || !it->is_string()) return {};
  std::string_view t = it->get_ref<const std::string&>();
  return t.substr(t.rfind('/') + 1);
}

std::string text_of(const json& o, const char* key) {
  if (!o.is_object()) return {};
  const auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "https://host:port" of a URL.
std::string origin_of(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  const auto path = url.find('/', scheme + 3);
  return std::string(url.substr(0, path));
}

std::string with_query(const std::string& url, const std::string& key, const std::string& value) {
  std::string escaped;
  for (const char c : value) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_' || c == '~') {
      escaped += c;
    } else {
      static const char* hex = "0123456789ABCDEF";
      escaped += '%';
      escaped += hex[(static_cast<unsigned char>(c) >> 4) & 15];
      escaped += hex[static_cast<unsigned char>(c) & 15];
    }
  }
  return url + (url.find('?') == std::string::npos ? "?" : "&") + key + "=" + escaped;
}

// An HTTP date ("Wed, 02 Dec 2026 10:45:46 GMT") as ISO 8601 in UTC, for
// modified_since; "" if it is not one.
std::string iso_from_http_date(const std::string& date) {
  static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char weekday[4] = "", month[4] = "", zone[4] = "";
  int day = 0, year = 0, h = 0, m = 0, s = 0;
  if (std::sscanf(date.c_str(), "%3s, %d %3s %d %d:%d:%d %3s", weekday, &day, month, &year, &h, &m, &s, zone) != 8)
    return {};
  int month_number = 0;
  for (int i = 0; i < 12; ++i)
    if (std::string_view(month) == months[i]) month_number = i + 1;
  if (month_number == 0 || std::string_view(zone) != "GMT") return {};
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month_number, day, h, m, s);
  return out;
}

class Crawler {
 public:
  Crawler(const FetchOptions& options, std::string modified_since)
      : http_({options.timeout, options.retries, options.backoff, options.request_budget,
               options.max_response_bytes}),
        modified_since_(std::move(modified_since)) {}

  // The document at `url`, parsed; Error(io) for a status that is not 200,
  // Error(parse) for a body that is not JSON.
  json document(const std::string& url) {
    auto response = http_.get(url);
    if (first_date_.empty()) first_date_ = response.date;
    if (response.status != 200)
      throw Error(ErrorCode::io, url + ": HTTP " + std::to_string(response.status));
    json doc = json::parse(response.body, nullptr, false);
    if (doc.is_discarded()) throw Error(ErrorCode::parse, url + ": the answer is not JSON");
    return doc;
  }

  // Every page of a list, from its first URL through links.next.
  void list(const std::string& first) {
    std::set<std::string> seen;
    std::string url = modified_since_.empty() ? first : with_query(first, "modified_since", modified_since_);
    while (!url.empty()) {
      if (!seen.insert(url).second) {
        warnings.push_back({"", url, "links.next leads back to a page already read: the list ends here"});
        return;
      }
      const json page = document(url);
      ++pages;
      const auto data = page.find("data");
      if (data == page.end() || !data->is_array())
        throw Error(ErrorCode::parse, url + ": not an OParl list page (no \"data\" array)");
      for (const auto& item : *data) keep(item, url);
      url.clear();
      if (const auto links = page.find("links"); links != page.end() && links->is_object())
        url = text_of(*links, "next");
    }
  }

  // An object from a list or fetched by itself, by id (the newer copy wins).
  void keep(const json& item, const std::string& origin) {
    const std::string id = text_of(item, "id");
    if (id.empty()) {
      warnings.push_back({"", origin, "an object without an id: left out"});
      return;
    }
    auto& slot = objects[id];
    if (slot.is_null() || text_of(item, "modified") >= text_of(slot, "modified")) slot = item;
  }

  // The lists of one body.
  void body(const json& b) {
    for (const char* key : {"organization", "meeting", "paper"}) {
      const std::string url = text_of(b, key);
      if (!url.empty()) list(url);
    }
  }

  // Meetings and organisations named but not read, fetched one by one from
  // the server `origin`; elsewhere they are left to the reader's warnings.
  void missing(const std::string& origin) {
    std::set<std::string> wanted;
    auto want = [&](const json& ref) {
      const std::string id = ref.is_string() ? ref.get<std::string>() : text_of(ref, "id");
      if (!id.empty() && objects.count(id) == 0 && origin_of(id) == origin) wanted.insert(id);
    };
    for (const auto& [id, o] : objects) {
      const auto t = type_of(o);
      if (t == "Meeting" && o.contains("organization")) {
        const auto& orgs = o["organization"];
        if (orgs.is_array())
          for (const auto& r : orgs) want(r);
        else
          want(orgs);
      } else if (t == "Paper" && o.contains("consultation") && o["consultation"].is_array()) {
        for (const auto& k : o["consultation"]) {
          if (k.is_object() && k.contains("meeting")) want(k["meeting"]);
        }
      }
    }
    for (const auto& id : wanted) {
      const auto response = http_.get(id);
      if (response.status == 404 || response.status == 410) {
        warnings.push_back({id, id, "missing on the server (HTTP " + std::to_string(response.status) + ")"});
        continue;
      }
      if (response.status != 200) {
        warnings.push_back({id, id, "not read: HTTP " + std::to_string(response.status)});
        continue;
      }
      json o = json::parse(response.body, nullptr, false);
      if (o.is_discarded() || !o.is_object()) {
        warnings.push_back({id, id, "not read: the answer is not a JSON object"});
        continue;
      }
      keep(o, id);
    }
  }

  std::map<std::string, json> objects;
  std::vector<Warning> warnings;
  std::size_t pages = 0;
  std::string first_date_;
  detail::Http http_;

 private:
  std::string modified_since_;
};

struct Cache {
  std::string url;
  std::string modified_since;
  std::map<std::string, json> objects;
};

json read_json_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return json();
  std::ostringstream text;
  text << in.rdbuf();
  return json::parse(text.str(), nullptr, false);
}

// What an earlier fetch of the same URL left; nothing if there is no cache,
// it is of another URL, or it cannot be read (then with a warning: the
// fetch reads everything again).
Cache read_cache(const fs::path& folder, const std::string& url, std::vector<Warning>& warnings) {
  Cache cache;
  if (folder.empty() || !fs::exists(folder / "state.json")) return cache;
  const json state = read_json_file(folder / "state.json");
  const json objects = read_json_file(folder / "objects.json");
  if (!state.is_object() || !objects.is_array()) {
    warnings.push_back({"", folder.string(), "the cache cannot be read: everything is read again"});
    return cache;
  }
  if (text_of(state, "url") != url) {
    warnings.push_back({"", folder.string(), "the cache holds " + text_of(state, "url") + ", not " + url +
                                                 ": everything is read again"});
    return cache;
  }
  cache.url = url;
  cache.modified_since = text_of(state, "modified_since");
  for (const auto& o : objects) {
    const std::string id = text_of(o, "id");
    if (!id.empty()) cache.objects.emplace(id, o);
  }
  return cache;
}

void write_file_atomically(const fs::path& path, const std::string& text) {
  const fs::path temporary = path.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) throw Error(ErrorCode::io, "cannot write the cache file " + temporary.string());
  }
  std::error_code ec;
  fs::rename(temporary, path, ec);
  if (ec) throw Error(ErrorCode::io, "cannot write the cache file " + path.string() + ": " + ec.message());
}

}  // namespace

Fetched fetch(const std::string& url, const FetchOptions& options) {
  std::vector<Warning> cache_warnings;
  Cache cache = read_cache(options.cache, url, cache_warnings);
  Crawler crawler(options, cache.modified_since);
  crawler.objects = std::move(cache.objects);
  crawler.warnings = std::move(cache_warnings);

  // The start: a System, a Body, or a list (of bodies, or of anything).
  const json start = crawler.document(url);
  const auto type = type_of(start);
  if (type == "System") {
    const std::string bodies = text_of(start, "body");
    if (bodies.empty()) throw Error(ErrorCode::parse, url + ": the System names no body list");
    // The body list, page by page (bodies are few: no modified_since here).
    std::vector<json> found;
    std::set<std::string> seen;
    for (std::string next = bodies; !next.empty() && seen.insert(next).second;) {
      const json page = crawler.document(next);
      ++crawler.pages;
      if (const auto data = page.find("data"); data != page.end() && data->is_array())
        found.insert(found.end(), data->begin(), data->end());
      next.clear();
      if (const auto links = page.find("links"); links != page.end() && links->is_object())
        next = text_of(*links, "next");
    }
    for (const auto& b : found) crawler.body(b);
  } else if (type == "Body") {
    crawler.body(start);
  } else if (start.is_object() && start.contains("data")) {
    crawler.list(url);
  } else {
    throw Error(ErrorCode::parse, url + ": neither an OParl System, Body nor list page");
  }
  crawler.missing(origin_of(url));

  // Into records, through the same reader as files.
  json all = json::array();
  for (const auto& [id, o] : crawler.objects) all.push_back(o);
  const std::string text = all.dump();
  Reader reader;
  reader.add_document(text, url);
  Fetched out;
  out.data = reader.finish();
  out.data.warnings.insert(out.data.warnings.begin(), crawler.warnings.begin(), crawler.warnings.end());
  out.stats.requests = crawler.http_.requests();
  out.stats.retries = crawler.http_.retries();
  out.stats.pages = crawler.pages;
  out.stats.objects = crawler.objects.size();
  out.stats.modified_since = cache.modified_since;

  if (!options.cache.empty()) {
    std::error_code ec;
    fs::create_directories(options.cache, ec);
    if (ec) throw Error(ErrorCode::io, "cannot create the cache folder " + options.cache.string() + ": " + ec.message());
    write_file_atomically(options.cache / "objects.json", text);
    json state = {{"url", url}, {"modified_since", iso_from_http_date(crawler.first_date_)}};
    write_file_atomically(options.cache / "state.json", state.dump(2));
  }
  return out;
}

}  // namespace planwerk::sources::oparl
