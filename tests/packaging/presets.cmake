# SPDX-License-Identifier: Apache-2.0
# CMakePresets.json asks for no newer CMake than cmake_minimum_required in
# CMakeLists.txt: a packager with the oldest CMake planwerk claims to support
# can use the presets. Run as a test: cmake -DROOT=<source dir> -P presets.cmake
file(READ ${ROOT}/CMakePresets.json _presets)
string(JSON _major GET "${_presets}" cmakeMinimumRequired major)
string(JSON _minor GET "${_presets}" cmakeMinimumRequired minor)
string(JSON _schema GET "${_presets}" version)
file(READ ${ROOT}/CMakeLists.txt _lists)
if(NOT _lists MATCHES "cmake_minimum_required\\(VERSION ([0-9]+)\\.([0-9]+)")
  message(FATAL_ERROR "CMakeLists.txt has no cmake_minimum_required(VERSION x.y)")
endif()
set(_required "${CMAKE_MATCH_1}.${CMAKE_MATCH_2}")
if(NOT "${_major}.${_minor}" VERSION_EQUAL _required)
  message(FATAL_ERROR "CMakePresets.json asks for CMake ${_major}.${_minor}, CMakeLists.txt for ${_required}")
endif()
# The presets file format each CMake reads first (cmake-presets(7)):
# 2 -> 3.20, 3 -> 3.21, 4 -> 3.23, 5 -> 3.24, 6 -> 3.25, 7 -> 3.27, 8 -> 3.28.
set(_format_cmake 0 0 3.20 3.21 3.23 3.24 3.25 3.27 3.28)
list(GET _format_cmake ${_schema} _needs)
if(_needs VERSION_GREATER _required)
  message(FATAL_ERROR "CMakePresets.json version ${_schema} needs CMake ${_needs}, but CMakeLists.txt accepts ${_required}")
endif()
message(STATUS "presets version ${_schema} (CMake ${_needs}) fit cmake_minimum_required ${_required}")
