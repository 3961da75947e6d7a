# SPDX-License-Identifier: Apache-2.0
# Installation: targets exported as planwerk::planwerk (C++ core) and
# planwerk::c (C API), a config and version file for find_package(planwerk),
# pkg-config files, the headers, the schema and the command line tool.
include(CMakePackageConfigHelpers)

set(PLANWERK_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/planwerk)

set(_pw_targets planwerk)
if(PLANWERK_CAPI)
  list(APPEND _pw_targets planwerk_c)
endif()
install(TARGETS ${_pw_targets}
  EXPORT planwerkTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(PLANWERK_CLI)
  install(TARGETS planwerk_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/planwerk DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.hpp")
install(FILES ${PLANWERK_PROTO_GEN_DIR}/planwerk/version.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/planwerk)
# Every generated schema header: the public headers include them (monitor's
# observations.pb.h as well as concept.pb.h).
foreach(_proto ${PLANWERK_PROTO_FILES})
  get_filename_component(_stem ${_proto} NAME_WE)
  install(FILES ${PLANWERK_PROTO_GEN_DIR}/planwerk/v1/${_stem}.pb.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/planwerk/v1)
endforeach()
if(PLANWERK_CAPI)
  install(FILES ${PROJECT_SOURCE_DIR}/capi/include/planwerk/planwerk.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/planwerk)
endif()
# The schema itself, for hosts that generate Java, C# or other bindings.
install(FILES ${PLANWERK_PROTO_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/planwerk/proto/planwerk/v1)

install(EXPORT planwerkTargets NAMESPACE planwerk:: DESTINATION ${PLANWERK_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/planwerkConfig.cmake.in
  ${PROJECT_BINARY_DIR}/planwerkConfig.cmake INSTALL_DESTINATION ${PLANWERK_CMAKE_DIR})
# 0.x releases may break the C++ API between minor versions; the C API is
# the stable surface (docs/c-api.md).
write_basic_package_version_file(${PROJECT_BINARY_DIR}/planwerkConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/planwerkConfig.cmake ${PROJECT_BINARY_DIR}/planwerkConfigVersion.cmake
  DESTINATION ${PLANWERK_CMAKE_DIR})

# pkg-config: planwerk (C++ core, static) and planwerk-c (C API, shared).
# Relocatable: the prefix is found relative to the .pc file, so the files
# also work when installed with cmake --install --prefix DIR.
file(RELATIVE_PATH PLANWERK_PC_TO_PREFIX "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
string(REGEX REPLACE "/$" "" PLANWERK_PC_TO_PREFIX "${PLANWERK_PC_TO_PREFIX}")
foreach(_pc planwerk planwerk-c)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/${_pc}.pc.in ${PROJECT_BINARY_DIR}/${_pc}.pc @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/${_pc}.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
endforeach()
