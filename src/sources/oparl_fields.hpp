// SPDX-License-Identifier: Apache-2.0
// Reading one OParl object's fields the way real servers write them: each
// deviation from the specification is a warning naming the object, and the
// value is read as well as it can be (docs/sources.md, "Leniency").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "planwerk/model/types.hpp"
#include "planwerk/sources/oparl.hpp"

namespace planwerk::sources::oparl::detail {

using json = nlohmann::json;

// Values that servers put where they have nothing: read as absent.
inline bool is_placeholder(std::string_view s) {
  return s.empty() || s == "N/A" || s == "n/a" || s == "0000-00-00" || s == "0000-00-00T00:00:00" || s == "-" ||
         s == "null";
}

class Fields {
 public:
  Fields(const json& object, const std::string& id, std::string_view origin, std::vector<Warning>& warnings)
      : o_(object), id_(id), origin_(origin), warnings_(warnings) {}

  void warn(std::string message) const { warnings_.push_back({id_, std::string(origin_), std::move(message)}); }

  // Text: a string as given; a number as its text; absent, null or a
  // placeholder as "".
  std::string text(const char* key) const {
    const json* v = find(key);
    if (v == nullptr || v->is_null()) return {};
    if (v->is_string()) {
      const auto& s = v->get_ref<const std::string&>();
      return is_placeholder(s) ? std::string() : s;
    }
    if (v->is_number()) return v->dump();
    warn(std::string(key) + " is " + v->type_name() + ", not text: ignored");
    return {};
  }

  bool flag(const char* key) const {
    const json* v = find(key);
    if (v == nullptr || v->is_null()) return false;
    if (v->is_boolean()) return v->get<bool>();
    if (v->is_string() && (*v == "true" || *v == "false")) {
      warn(std::string(key) + " is the text \"" + v->get<std::string>() + "\", not a boolean: read as one");
      return *v == "true";
    }
    warn(std::string(key) + " is " + v->type_name() + ", not a boolean: read as false");
    return false;
  }

  // A date ("YYYY-MM-DD"); a date-time is read as its date, with a
  // warning; a placeholder or a malformed value is unset, with a warning.
  model::Date date(const char* key) const { return day_and_time(key, false).first; }

  // A date-time's local day and "HH:MM" (the offset is the place's own, so
  // the local day is the meeting's day). A bare date is accepted.
  std::pair<model::Date, std::string> date_time(const char* key) const { return day_and_time(key, true); }

  // A list of references (URLs). Also accepted, with a warning: one
  // string where a list belongs, an embedded object (its id), an object
  // where a list belongs. Placeholders are dropped.
  std::vector<std::string> ids(const char* key) const {
    std::vector<std::string> out;
    const json* v = find(key);
    if (v == nullptr || v->is_null()) return out;
    if (v->is_array()) {
      for (const auto& item : *v) one_id(item, key, out);
      return out;
    }
    warn(std::string(key) + " is " + (v->is_object() ? "an object" : std::string("a ") + v->type_name()) +
         " where a list belongs: read as a list of one");
    one_id(*v, key, out);
    return out;
  }

  // One reference: a URL, or an embedded object's id.
  std::string id(const char* key) const {
    const json* v = find(key);
    if (v == nullptr || v->is_null()) return {};
    std::vector<std::string> out;
    one_id(*v, key, out);
    return out.empty() ? std::string() : out.front();
  }

 private:
  const json* find(const char* key) const {
    const auto it = o_.find(key);
    return it == o_.end() ? nullptr : &*it;
  }

  void one_id(const json& v, const char* key, std::vector<std::string>& out) const {
    if (v.is_string()) {
      const auto& s = v.get_ref<const std::string&>();
      if (is_placeholder(s))
        warn(std::string(key) + " holds the placeholder \"" + s + "\": ignored");
      else
        out.push_back(s);
    } else if (v.is_object() && v.contains("id") && v["id"].is_string()) {
      out.push_back(v["id"].get<std::string>());
    } else {
      warn(std::string(key) + " holds " + v.type_name() + ", not a reference: ignored");
    }
  }

  std::pair<model::Date, std::string> day_and_time(const char* key, bool time_expected) const {
    const json* v = find(key);
    if (v == nullptr || v->is_null()) return {};
    if (!v->is_string()) {
      warn(std::string(key) + " is " + v->type_name() + ", not a date: ignored");
      return {};
    }
    const auto& s = v->get_ref<const std::string&>();
    if (is_placeholder(s)) {
      if (!s.empty()) warn(std::string(key) + " holds the placeholder \"" + s + "\": read as unknown");
      return {};
    }
    const auto day = model::parse_date(std::string_view(s).substr(0, 10));
    auto digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
    const bool time_follows = s.size() >= 16 && (s[10] == 'T' || s[10] == ' ') && digit(11) && digit(12) &&
                              s[13] == ':' && digit(14) && digit(15);
    if (!day || !model::is_set(*day) || (s.size() > 10 && !time_follows)) {
      warn(std::string(key) + " \"" + s + "\" is not a date: ignored");
      return {};
    }
    if (time_follows && !time_expected) warn(std::string(key) + " \"" + s + "\" is a date-time where a date belongs: read as its day");
    std::string time;
    if (time_follows && time_expected) time = s.substr(11, 5);
    return {*day, time};
  }

  const json& o_;
  const std::string& id_;
  std::string_view origin_;
  std::vector<Warning>& warnings_;
};

}  // namespace planwerk::sources::oparl::detail
