// SPDX-License-Identifier: Apache-2.0
// The one export macro of the C++ core. Everything else is hidden
// (CMAKE_CXX_VISIBILITY_PRESET hidden), so the exported surface is explicit.
#pragma once

#if defined(_WIN32)
#  if defined(PLANWERK_BUILDING_SHARED)
#    define PLANWERK_API __declspec(dllexport)
#  elif defined(PLANWERK_SHARED)
#    define PLANWERK_API __declspec(dllimport)
#  else
#    define PLANWERK_API
#  endif
#else
#  define PLANWERK_API __attribute__((visibility("default")))
#endif
