# SPDX-License-Identifier: Apache-2.0
# Writes the linker version script of libplanwerk_c from the header: every
# function declared with PW_API, in the version node of the release that
# last changed it (its "@since X.Y" line, or the "X.Y:" after it). One node
# per minor release, each inheriting the one before; everything else local.
# The header is the one list of the C functions: a function without a
# @since line fails the build.
#   planwerk_c_symbol_map(HEADER OUTPUT)
function(planwerk_c_symbol_map header output)
  file(READ ${header} text)
  string(REPLACE ";" "," text "${text}")  # a ";" would split the matches below into list elements
  # Each declaration (at the start of a line) with the comment line just above it.
  string(REGEX MATCHALL "@since [^\n]*\nPW_API [^(]*\\(" declarations "${text}")
  string(REGEX MATCHALL "\nPW_API [^(]*\\(" all "${text}")
  list(LENGTH declarations n_with)
  list(LENGTH all n_all)
  if(NOT n_with EQUAL n_all)
    message(FATAL_ERROR "${header}: ${n_all} functions, but only ${n_with} with an @since line just above them")
  endif()
  set(nodes)
  foreach(d IN LISTS declarations)
    string(REGEX MATCH "pw_[a-z0-9_]+\\($" name "${d}")
    string(REPLACE "(" "" name "${name}")
    # The newest version named on the @since line: "@since 0.1; 0.2: ..." -> 0.2.
    string(REGEX MATCHALL "[0-9]+\\.[0-9]+" versions "${d}")
    list(GET versions -1 version)
    if(d MATCHES "@since [0-9]+\\.[0-9]+ \\(as ")  # renamed: the name is as new as the first version
      list(GET versions 0 version)
    endif()
    list(APPEND nodes ${version})
    list(APPEND _pw_symbols_${version} ${name})
  endforeach()
  list(REMOVE_DUPLICATES nodes)
  list(SORT nodes COMPARE NATURAL)
  set(map "/* Generated from planwerk.h by capi/symbol_map.cmake: the pw_ functions, each in\n   the node of the release that last changed it; nothing else is exported. */\n")
  set(previous "")
  foreach(version IN LISTS nodes)
    list(SORT _pw_symbols_${version})
    string(APPEND map "PLANWERK_C_${version} {\n  global:\n")
    foreach(symbol IN LISTS _pw_symbols_${version})
      string(APPEND map "    ${symbol};\n")
    endforeach()
    if(previous STREQUAL "")
      string(APPEND map "  local:\n    *;\n};\n")
    else()
      string(APPEND map "} PLANWERK_C_${previous};\n")
    endif()
    set(previous ${version})
  endforeach()
  file(CONFIGURE OUTPUT ${output} CONTENT "${map}" @ONLY)
endfunction()
