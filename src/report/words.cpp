// SPDX-License-Identifier: Apache-2.0
#include "words.hpp"

#include <array>
#include <string>

namespace planwerk::report {
namespace {

struct Entry {
  const char* de;
  const char* en;
};

constexpr Entry table[] = {
#define PW_WORD(name, de, en) {de, en},
#include "words.def"
#undef PW_WORD
};
static_assert(std::size(table) == static_cast<std::size_t>(Word::count_));

}  // namespace

const char* word(Word w, Language language) {
  const Entry& e = table[static_cast<std::size_t>(w)];
  return language == Language::en ? e.en : e.de;
}

std::string funding_word(v1::FundingType t, Language lang) {
  switch (t) {
    case v1::FUNDING_TYPE_MUNICIPAL: return word(Word::funding_municipal, lang);
    case v1::FUNDING_TYPE_STATE: return word(Word::funding_state, lang);
    case v1::FUNDING_TYPE_FEDERAL: return word(Word::funding_federal, lang);
    case v1::FUNDING_TYPE_EU: return word(Word::funding_eu, lang);
    case v1::FUNDING_TYPE_FOUNDATION: return word(Word::funding_foundation, lang);
    case v1::FUNDING_TYPE_THIRD_PARTY: return word(Word::funding_third_party, lang);
    case v1::FUNDING_TYPE_MIXED: return word(Word::funding_mixed, lang);
    case v1::FUNDING_TYPE_INNOVATION_BUDGET: return word(Word::funding_innovation_budget, lang);
    default: return "";
  }
}

std::string month_name(int month, Language language) {
  const std::string all = word(Word::month_names, language);
  std::size_t from = 0;
  for (int m = 1; m < month; ++m) from = all.find('|', from) + 1;
  return all.substr(from, all.find('|', from) - from);
}

}  // namespace planwerk::report
