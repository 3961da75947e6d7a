# SPDX-License-Identifier: Apache-2.0
# The modules in their order: each may include the headers of the modules
# before it (and the common headers directly in include/planwerk/), never of
# one after it. Run as a build step (cmake -P) by src/CMakeLists.txt, so an
# include against the order fails the build, naming the file and the line.
# The command line (src/cli), the C API (capi) and the bindings sit above all
# modules and are not checked. MODULES: the modules after common, in their
# order (src/CMakeLists.txt's PLANWERK_MODULES).
if(NOT MODULES)
  message(FATAL_ERROR "module_order.cmake needs -DMODULES=<the modules in their order>")
endif()
set(_modules ${MODULES})

set(_failures "")
set(_position 0)
foreach(_module IN LISTS _modules)
  file(GLOB_RECURSE _files "${SOURCE_DIR}/include/planwerk/${_module}/*" "${SOURCE_DIR}/src/${_module}/*")
  foreach(_file IN LISTS _files)
    file(STRINGS "${_file}" _lines REGEX "^#include \"planwerk/[a-z_]+/")
    foreach(_line IN LISTS _lines)
      string(REGEX MATCH "planwerk/([a-z_]+)/" _ "${_line}")
      set(_included ${CMAKE_MATCH_1})
      if(_included STREQUAL "v1")
        continue()  # the generated schema: below every module
      endif()
      list(FIND _modules ${_included} _at)
      if(_at EQUAL -1 OR _at GREATER _position)
        file(RELATIVE_PATH _shown "${SOURCE_DIR}" "${_file}")
        string(APPEND _failures "  ${_shown}: ${_line} (module ${_module} may include only ${_modules_before}${_module})\n")
      endif()
    endforeach()
  endforeach()
  string(APPEND _modules_before "${_module}, ")
  math(EXPR _position "${_position} + 1")
endforeach()

# The common headers (error, frame, utf8, version, export) and src/common
# include no module at all.
file(GLOB _common "${SOURCE_DIR}/include/planwerk/*.hpp" "${SOURCE_DIR}/src/common/*")
foreach(_file IN LISTS _common)
  file(STRINGS "${_file}" _lines REGEX "^#include \"planwerk/[a-z_]+/")
  foreach(_line IN LISTS _lines)
    if(NOT _line MATCHES "planwerk/v1/")
      file(RELATIVE_PATH _shown "${SOURCE_DIR}" "${_file}")
      string(APPEND _failures "  ${_shown}: ${_line} (the common headers include no module)\n")
    endif()
  endforeach()
endforeach()

if(_failures)
  message(FATAL_ERROR "includes against the module order (${_modules}):\n${_failures}")
endif()
