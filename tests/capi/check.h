/* SPDX-License-Identifier: Apache-2.0 */
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

/* Reading frames in tests: the rows; a cell of a text or category column as
 * text (a category's label); a cell of an integer column; a date cell. Each
 * checks that its calls succeed. */
static inline size_t frame_rows(const pw_frame *f) {
  size_t rows = 0, columns = 0;
  CHECK_OK(pw_frame_shape(&rows, &columns, f));
  return rows;
}

/* The index of the column named `name` (a failed check when there is none). */
static inline size_t frame_column(const pw_frame *f, const char *name) {
  size_t c = 0;
  CHECK_OK(pw_frame_find(&c, f, name));
  return c;
}

static inline const char *frame_text_at(const pw_frame *f, size_t row, size_t column) {
  const char *name = NULL, *s = NULL;
  pw_column_type type = PW_COLUMN_REAL;
  const int32_t *codes = NULL;
  CHECK_OK(pw_frame_column(&name, &type, f, column));
  if (type == PW_COLUMN_CATEGORY) {
    CHECK_OK(pw_frame_codes(&codes, f, column));
    if (codes != NULL) CHECK_OK(pw_frame_label(&s, f, column, codes[row]));
  } else {
    CHECK_OK(pw_frame_text(&s, f, column, row));
  }
  return s;
}

static inline int64_t frame_int_at(const pw_frame *f, size_t row, size_t column) {
  const int64_t *values = NULL;
  CHECK_OK(pw_frame_integers(&values, f, column));
  return values == NULL ? -1 : values[row];
}

static inline pw_date frame_date_at(const pw_frame *f, size_t row, size_t column) {
  const pw_date *values = NULL;
  pw_date none = {0, 0, 0};
  CHECK_OK(pw_frame_dates(&values, f, column));
  return values == NULL ? none : values[row];
}

static int check_report(const char *name) {
  printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
  return check_failed == 0 ? 0 : 1;
}

#endif
