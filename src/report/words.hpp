// SPDX-License-Identifier: Apache-2.0
// The site's own words in each language: one list (words.def), so that a
// second language is a column, not a second set of templates.
#pragma once

#include <string>

#include "planwerk/model/entities.hpp"
#include "planwerk/report/site.hpp"

namespace planwerk::report {

enum class Word : int {
#define PW_WORD(name, de, en) name,
#include "words.def"
#undef PW_WORD
  count_  // the number of words
};

// The word in the language; never null.
const char* word(Word w, Language language);

// The funding type in words; "" when unspecified.
std::string funding_word(v1::FundingType type, Language language);

// The short name of a month (1..12).
std::string month_name(int month, Language language);

}  // namespace planwerk::report
