# SPDX-License-Identifier: Apache-2.0
# The concurrency test program, defined once for planwerk's own tests and
# for the host project in tests/subdirectory (which runs it under
# ThreadSanitizer): planwerk_add_concurrency_tests(<target> <planwerk target>).
set(_pw_concurrency_dir ${CMAKE_CURRENT_LIST_DIR})
function(planwerk_add_concurrency_tests target library)
  set(examples ${_pw_concurrency_dir}/../../examples/oberhausen)
  add_executable(${target} ${_pw_concurrency_dir}/test_concurrency.cpp)
  target_link_libraries(${target} PRIVATE ${library} GTest::gtest_main)
  target_compile_definitions(${target} PRIVATE PLANWERK_SAMPLE="${examples}/concept.txtpb"
    PLANWERK_OBSERVATIONS="${examples}/observations.csv")
  gtest_discover_tests(${target} TEST_PREFIX "concurrency." DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT 900)
endfunction()
