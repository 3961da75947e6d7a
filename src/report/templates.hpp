// The page templates (Mustache, src/report/templates/*.mustache) and the
// stylesheet, compiled into the library by cmake/embed_templates.cmake, so
// that a site can be written with nothing installed beside the library.
#pragma once

#include <string_view>

namespace planwerk::report::templates {
extern const std::string_view layout;
extern const std::string_view overview;
extern const std::string_view plan;
extern const std::string_view text;
extern const std::string_view style;
}  // namespace planwerk::report::templates
