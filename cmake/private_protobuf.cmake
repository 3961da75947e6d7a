# SPDX-License-Identifier: Apache-2.0
# The private protobuf that the shared C library and the Python extension
# link statically (see src/CMakeLists.txt for why): a position-independent
# libprotobuf.a of the same version as the found protobuf, built from
# Debian's source package by scripts/build-protobuf.sh. PLANWERK_PROTOBUF_PIC
# (or the environment variable of that name) names its prefix; without it,
# the script's cache is searched. Without any, the C library and the
# extension fall back to the shared libprotobuf, with a warning: they then
# abort next to another copy of the planwerk schema.
set(PLANWERK_PROTOBUF_PIC "$ENV{PLANWERK_PROTOBUF_PIC}" CACHE PATH
    "Prefix of a position-independent static protobuf for the C library and the Python extension")
if(NOT PLANWERK_PROTOBUF_PIC)
  set(_pw_cache "$ENV{PLANWERK_CACHE}")
  if(NOT _pw_cache)
    set(_pw_cache "$ENV{HOME}/.cache/planwerk")
  endif()
  file(GLOB _pw_candidates "${_pw_cache}/protobuf-${Protobuf_VERSION}-*-pic")
  if(_pw_candidates)
    list(GET _pw_candidates 0 _pw_found)
    set(PLANWERK_PROTOBUF_PIC "${_pw_found}" CACHE PATH "" FORCE)
  endif()
endif()
if(PLANWERK_PROTOBUF_PIC AND EXISTS "${PLANWERK_PROTOBUF_PIC}/lib/libprotobuf.a")
  file(STRINGS "${PLANWERK_PROTOBUF_PIC}/.planwerk-built" _pw_pic_version LIMIT_COUNT 1)
  if(NOT _pw_pic_version STREQUAL Protobuf_VERSION)
    message(FATAL_ERROR "planwerk: the private protobuf in ${PLANWERK_PROTOBUF_PIC} is ${_pw_pic_version}, "
                        "the headers are ${Protobuf_VERSION}; run scripts/build-protobuf.sh")
  endif()
  find_package(Threads REQUIRED)
  add_library(planwerk_private_protobuf STATIC IMPORTED)
  set_target_properties(planwerk_private_protobuf PROPERTIES
    IMPORTED_LOCATION "${PLANWERK_PROTOBUF_PIC}/lib/libprotobuf.a"
    INTERFACE_LINK_LIBRARIES Threads::Threads)
  message(STATUS "planwerk: the C library and the Python extension link the private protobuf in ${PLANWERK_PROTOBUF_PIC}")
else()
  message(WARNING "planwerk: no private protobuf (run scripts/build-protobuf.sh, or set PLANWERK_PROTOBUF_PIC): "
                  "the C library and the Python extension link the shared libprotobuf and abort in a process "
                  "that holds another copy of the planwerk schema")
endif()
