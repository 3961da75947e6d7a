// SPDX-License-Identifier: Apache-2.0
// Version of the library, at compile time (macros) and at run time.
#pragma once

#include "planwerk/export.hpp"
#include "planwerk/version.h"

namespace planwerk {

/// The version of the library that is linked, which may differ from the
/// headers a program was compiled against.
/// version_string is "0.2.0"; version_number is major * 10000 + minor * 100
/// + patch (PW_VERSION_NUMBER).
///@{
PLANWERK_API const char* version_string() noexcept;
PLANWERK_API int version_number() noexcept;
///@}

}  // namespace planwerk
