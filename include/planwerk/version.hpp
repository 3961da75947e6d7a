// Version of the library, at compile time (macros) and at run time.
#pragma once

#include "planwerk/export.hpp"
#include "planwerk/version.h"

namespace planwerk {

// The version of the library that is linked, which may differ from the
// headers a program was compiled against.
PLANWERK_API const char* version_string() noexcept;
PLANWERK_API int version_number() noexcept;

}  // namespace planwerk
