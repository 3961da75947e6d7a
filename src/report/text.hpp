// SPDX-License-Identifier: Apache-2.0
// Text for the pages, the same whatever the process's locale: HTML escaping,
// numbers in SVG coordinates, dates in the site's language.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "planwerk/model/types.hpp"
#include "planwerk/report/site.hpp"

namespace planwerk::report {

// & < > " ' as entities: safe in element content and quoted attributes.
std::string escape(std::string_view text);

// At most `characters` code points of UTF-8 `text`, with "…" when cut.
std::string shorten(std::string_view text, std::size_t characters);

// A coordinate with at most one decimal ("12", "12.5"), by std::to_chars.
std::string coordinate(double value);

// An HTML id from an entity id, the same in href and id: prefix "-" and the
// id with every character but letters, digits, '-' and '.' as "_xx" (hex).
std::string anchor(std::string_view prefix, std::string_view id);

// A figure with `decimals` places (0..6) in the site's language: "1234,5"
// (de), "1234.5" (en); from five digits before the point grouped in threes
// by a narrow no-break space (de) or a comma (en). NaN gives "".
std::string format_number(double value, int decimals, Language language);

// Euros from cents, with cents only when there are any: "1.500 €"-style
// figures as format_number writes them, then a no-break space and "€".
std::string format_euros(std::int64_t cents, Language language);

// "01.03.2026" (de) or "2026-03-01" (en); "" for an unset date.
std::string format_date(model::Date date, Language language);

}  // namespace planwerk::report
