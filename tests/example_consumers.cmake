# SPDX-License-Identifier: Apache-2.0
# The example programs in C++ and C built against planwerk::planwerk and
# planwerk::c, each run as a test on the sample: shared by the host projects
# in tests/install (find_package) and tests/subdirectory (add_subdirectory).
# planwerk_add_example_consumers(<prefix>) makes <prefix>_cpp and <prefix>_c.
set(PLANWERK_EXAMPLES_DIR ${CMAKE_CURRENT_LIST_DIR}/../examples)
function(planwerk_add_example_consumers prefix)
  add_executable(${prefix}_cpp ${PLANWERK_EXAMPLES_DIR}/cpp/validate.cpp)
  target_link_libraries(${prefix}_cpp PRIVATE planwerk::planwerk)
  add_executable(${prefix}_c ${PLANWERK_EXAMPLES_DIR}/c/validate.c)
  target_link_libraries(${prefix}_c PRIVATE planwerk::c)
  set_target_properties(${prefix}_c PROPERTIES C_STANDARD 99 C_EXTENSIONS OFF)
  foreach(program ${prefix}_cpp ${prefix}_c)
    add_test(NAME ${program} COMMAND ${program} ${PLANWERK_EXAMPLES_DIR}/oberhausen/concept.txtpb)
    set_tests_properties(${program} PROPERTIES PASS_REGULAR_EXPRESSION "27 goals, 41 measures")
  endforeach()
endfunction()
