/* A minimal check harness for the C API tests (C99). */
#ifndef PLANWERK_TEST_CHECK_H
#define PLANWERK_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

#include "planwerk/planwerk.h"

static int check_passed = 0;
static int check_failed = 0;

#define CHECK(cond)                                                                                  \
  do {                                                                                               \
    if (cond) {                                                                                      \
      ++check_passed;                                                                                \
    } else {                                                                                         \
      ++check_failed;                                                                                \
      fprintf(stderr, "%s:%d: CHECK(%s) failed (last error: \"%s\")\n", __FILE__, __LINE__, #cond,   \
              pw_error_last());                                                                      \
    }                                                                                                \
  } while (0)

/* The call succeeds and leaves no message behind. */
#define CHECK_OK(call)                                                                               \
  do {                                                                                               \
    pw_status check_status_ = (call);                                                                \
    CHECK(check_status_ == PW_OK && pw_error_last()[0] == '\0');                                     \
  } while (0)

/* The call fails with `expected` and the message contains `fragment`. */
#define CHECK_FAILS(call, expected, fragment)                                                        \
  do {                                                                                               \
    pw_status check_status_ = (call);                                                            \
    if (check_status_ != (expected) || strstr(pw_error_last(), (fragment)) == NULL) {                \
      /* Copied first: pw_status_name, like every call, clears pw_error_last. */                     \
      char check_message_[1024];                                                                     \
      strncpy(check_message_, pw_error_last(), sizeof check_message_ - 1);                           \
      check_message_[sizeof check_message_ - 1] = '\0';                                              \
      ++check_failed;                                                                                \
      fprintf(stderr, "%s:%d: %s gave %s \"%s\", wanted %s with \"%s\"\n", __FILE__, __LINE__, #call, \
              pw_status_name(check_status_), check_message_, pw_status_name(expected), (fragment));   \
    } else {                                                                                         \
      ++check_passed;                                                                                \
    }                                                                                                \
  } while (0)

#define CHECK_STR(actual, expected) CHECK((actual) != NULL && strcmp((actual), (expected)) == 0)

static int check_report(const char *name) {
  printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
  return check_failed == 0 ? 0 : 1;
}

#endif
