# SPDX-License-Identifier: Apache-2.0
# Runs PROGRAM with ARGS (a ;-list), then checks the exit status against
# STATUS and the combined output against every regular expression in EXPECT.
execute_process(COMMAND ${PROGRAM} ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(all "${out}${err}")
if(NOT rc STREQUAL STATUS)
  message(FATAL_ERROR "exit status ${rc}, expected ${STATUS}; output:\n${all}")
endif()
foreach(pattern IN LISTS EXPECT)
  if(NOT all MATCHES "${pattern}")
    message(FATAL_ERROR "output does not match \"${pattern}\":\n${all}")
  endif()
endforeach()
