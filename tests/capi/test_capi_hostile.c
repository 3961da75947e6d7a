/* SPDX-License-Identifier: Apache-2.0 */
/* The defects found from outside, each at the C API where an embedder met
 * it (issue "Hardening"), and the corpus of invalid but loadable concepts
 * through every C entry point. C99, -pedantic -Werror.
 * Usage: planwerk_capi_hostile_test SAMPLE CORPUS_FILE... */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static pw_concept *load(const char *path) {
  pw_concept *plan = NULL;
  CHECK_OK(pw_concept_load_file(&plan, NULL, path, PW_FORMAT_AUTO));
  return plan;
}

/* A concept with one indicator "i" and nothing else. */
static pw_concept *one_indicator(void) {
  static const char text[] = "id: \"c\" goals { id: \"g\" } indicators { id: \"i\" goal_ids: \"g\" }";
  pw_concept *plan = NULL;
  CHECK_OK(pw_concept_load_bytes(&plan, NULL, text, sizeof text - 1, PW_FORMAT_TEXT));
  return plan;
}

static void empty_and_null_bytes(void) {
  pw_concept *plan = NULL;
  /* NULL is no document, also with size 0 (it once gave a concept without an id). */
  CHECK_FAILS(pw_concept_load_bytes(&plan, NULL, NULL, 0, PW_FORMAT_BINARY), PW_ERR_INVALID_ARGUMENT, "data is NULL");
  CHECK(plan == NULL);
  CHECK_FAILS(pw_concept_new(&plan, ""), PW_ERR_INVALID_ARGUMENT, "id is empty");
}

static void invalid_utf8(void) {
  pw_concept *plan = NULL;
  /* "Stra\xDFe" in Latin-1: byte 5 (0xDF) starts no UTF-8 sequence. */
  CHECK_FAILS(pw_concept_new(&plan, "Stra\xDF" "e"), PW_ERR_INVALID_ARGUMENT, "not valid UTF-8 (byte 5 is 0xDF)");
  CHECK(plan == NULL);
  {
    static const char text[] = "id: \"c\" goals { id: \"g\" title: \"Ma\xDF" "nahme\" }";
    CHECK_FAILS(pw_concept_load_bytes(&plan, NULL, text, sizeof text - 1, PW_FORMAT_TEXT), PW_ERR_INVALID_MODEL,
                "goals[0].title is not valid UTF-8");
  }
  {
    /* The binary form: field 2 (id: tag 0x12), length 3, "a\xE9" "b". */
    static const unsigned char bytes[] = {0x12, 0x03, 'a', 0xE9, 'b'};
    CHECK_FAILS(pw_concept_load_bytes(&plan, NULL, bytes, sizeof bytes, PW_FORMAT_BINARY), PW_ERR_PARSE, "UTF-8");
  }
  CHECK(plan == NULL);
  /* An id with a line break would break every line format. */
  CHECK_FAILS(pw_concept_new(&plan, "a\nb"), PW_ERR_INVALID_ARGUMENT, "control character (0x0A) at byte 2");
}

static void impact_and_dates(const char *sample) {
  pw_concept *plan = load(sample);
  pw_frame *table = NULL;
  pw_date late = {9999, 12, 1};
  const char *ids[1] = {"rat"};
  uint8_t *data = NULL;
  size_t size = 0;
  /* It overflowed (UBSan at graph/chains.hpp:98) and reported a shift of 0. */
  CHECK_FAILS(pw_graph_impact(&table, plan, "m-13", PW_CHANGE_DELAY, INT64_MAX), PW_ERR_OUT_OF_RANGE,
              "more than the 1000000");
  CHECK(table == NULL);
  CHECK_OK(pw_graph_impact(&table, plan, "m-13", PW_CHANGE_DELAY, 1000000));
  pw_frame_free(&table);
  /* It gave PW_ERR_INTERNAL ("Year is out of valid range" from Boost). */
  CHECK_FAILS(pw_schedule_consultation(&table, plan, late, ids, 1, NULL, 0), PW_ERR_OUT_OF_RANGE,
              "ready: the date 9999-12-01 is outside the calendar");
  /* A CRLF in the stamp injected iCalendar lines. */
  {
    pw_icalendar_options options = PW_ICALENDAR_OPTIONS_INIT;
    options.stamp = "20250101T000000Z\r\nX-EVIL:1";
    CHECK_FAILS(pw_schedule_icalendar(&data, &size, plan, &options), PW_ERR_INVALID_ARGUMENT,
                "the stamp is a UTC date-time YYYYMMDDTHHMMSSZ");
    CHECK(data == NULL);
    options.stamp = "20250101T000000Z";
    CHECK_OK(pw_schedule_icalendar(&data, &size, plan, &options));
    pw_bytes_free(&data);
  }
  pw_concept_free(&plan);
}

static void monitoring(const char *sample) {
  pw_concept *plan = one_indicator();
  pw_concept *bare = NULL;
  pw_evaluation *evaluation = NULL;
  pw_monitor_options options;
  int32_t indicator[1] = {0}, district[1] = {-1}, group[1] = {-1}, period[1] = {0};
  double value[1] = {1.0};
  const char *labels[2] = {"weiblich", "weiblich"};
  pw_observation_arrays rows;
  memset(&rows, 0, sizeof rows);
  rows.version = PW_OBSERVATION_ARRAYS_VERSION;
  rows.count = 1;
  rows.indicator = indicator;
  rows.district = district;
  rows.group = group;
  rows.period = period;
  rows.value = value;
  /* Period 0: evaluate once retried forever. */
  CHECK_FAILS(pw_monitor_evaluate(&evaluation, plan, &rows, NULL), PW_ERR_INVALID_ARGUMENT, "period");
  CHECK(evaluation == NULL);
  period[0] = 20200000; /* the year 2020 */
  CHECK_OK(pw_monitor_options_init(&options, PW_MONITOR_OPTIONS_VERSION));
  options.min_points = 1;
  CHECK_FAILS(pw_monitor_evaluate(&evaluation, plan, &rows, &options), PW_ERR_INVALID_ARGUMENT, "min_points");
  CHECK_OK(pw_monitor_options_init(&options, PW_MONITOR_OPTIONS_VERSION));
  options.min_share = NAN;
  CHECK_FAILS(pw_monitor_evaluate(&evaluation, plan, &rows, &options), PW_ERR_INVALID_ARGUMENT, "min_share");
  options.min_share = 7;
  CHECK_FAILS(pw_monitor_evaluate(&evaluation, plan, &rows, &options), PW_ERR_INVALID_ARGUMENT, "min_share");
  CHECK_OK(pw_monitor_options_init(&options, PW_MONITOR_OPTIONS_VERSION));
  options.as_of = -1;
  CHECK_FAILS(pw_monitor_evaluate(&evaluation, plan, &rows, &options), PW_ERR_INVALID_ARGUMENT, "as_of");
  rows.groups = labels;
  rows.group_count = 2;
  CHECK_FAILS(pw_monitor_evaluate(&evaluation, plan, &rows, NULL), PW_ERR_INVALID_ARGUMENT,
              "group labels 0 and 1 are both \"weiblich\"");
  rows.group_count = 1;
  CHECK_OK(pw_monitor_evaluate(&evaluation, plan, &rows, NULL));
  pw_evaluation_free(&evaluation);
  /* A concept without indicators: it crashed with a segmentation fault. */
  CHECK_OK(pw_concept_new(&bare, "c"));
  rows.count = 0;
  CHECK_OK(pw_monitor_evaluate(&evaluation, bare, &rows, NULL));
  {
    pw_frame *series = NULL;
    size_t r = 1, c = 0;
    CHECK_OK(pw_evaluation_frame(&series, evaluation, PW_EVALUATION_SERIES));
    CHECK_OK(pw_frame_shape(&r, &c, series));
    CHECK(r == 0);
    pw_frame_free(&series);
  }
  pw_evaluation_free(&evaluation);
  pw_concept_free(&bare);
  pw_concept_free(&plan);
  (void)sample;
}

static void error_last_after_every_call(void) {
  pw_concept *plan = NULL;
  pw_monitor_options options;
  /* Each of these kept the message of an earlier failure. */
  CHECK(pw_concept_new(&plan, "") != PW_OK && pw_error_last()[0] != '\0');
  pw_concept_free(&plan);
  CHECK(pw_error_last()[0] == '\0');
  CHECK(pw_concept_new(&plan, "") != PW_OK);
  (void)pw_version_string();
  CHECK(pw_error_last()[0] == '\0');
  CHECK(pw_concept_new(&plan, "") != PW_OK);
  (void)pw_status_name(PW_OK);
  CHECK(pw_error_last()[0] == '\0');
  CHECK(pw_concept_new(&plan, "") != PW_OK);
  CHECK_OK(pw_monitor_options_init(&options, PW_MONITOR_OPTIONS_VERSION));
  CHECK(pw_error_last()[0] == '\0');
}

/* Every C entry point over a concept that loads but breaks the rules: a
 * status and, on failure, a message; never a crash (the test's time limit
 * catches a hang). */
/* A result, or an error with a message; never PW_ERR_INTERNAL, which would
 * mean an exception escaped where a planwerk error is documented. */
#define CHECK_ANSWERED(s) CHECK((s) == PW_OK || ((s) != PW_ERR_INTERNAL && pw_error_last()[0] != '\0'))

static void corpus(const char *path) {
  pw_concept *plan = NULL;
  pw_diagnostics *found = NULL;
  pw_frame *table = NULL;
  pw_frame *frame = NULL;
  pw_evaluation *evaluation = NULL;
  pw_observation_arrays none;
  uint8_t *data = NULL;
  size_t size = 0, measures = 0, committees = 0;
  pw_date start = {2026, 1, 5}, unset = {0, 0, 0}, day = {2025, 12, 31};
  pw_status s;
  const char *first = NULL;
  int format;
  memset(&none, 0, sizeof none);
  none.version = PW_OBSERVATION_ARRAYS_VERSION;
  CHECK_OK(pw_concept_load_file(&plan, NULL, path, PW_FORMAT_AUTO));
  if (plan == NULL) return;
  CHECK_OK(pw_concept_validate(&found, plan));
  pw_diagnostics_free(&found);
  s = pw_graph_cycles(&table, plan);
  CHECK_ANSWERED(s);
  pw_frame_free(&table);
  s = pw_graph_order(&table, plan);
  CHECK_ANSWERED(s);
  pw_frame_free(&table);
  s = pw_graph_coverage(&table, plan);
  CHECK(s == PW_OK);
  pw_frame_free(&table);
  CHECK_OK(pw_concept_count(&measures, plan, PW_KIND_MEASURE));
  if (measures > 0 && pw_entity_id(&first, plan, PW_KIND_MEASURE, 0) == PW_OK) {
    s = pw_graph_impact(&table, plan, first, PW_CHANGE_DELAY, 10);
    CHECK_ANSWERED(s);
    pw_frame_free(&table);
  }
  s = pw_schedule_run(&table, &found, plan, start, unset);
  CHECK_ANSWERED(s);
  pw_frame_free(&table);
  pw_diagnostics_free(&found);
  {
    pw_icalendar_options options = PW_ICALENDAR_OPTIONS_INIT;
    options.stamp = "20250101T000000Z";
    s = pw_schedule_icalendar(&data, &size, plan, &options);
  }
  CHECK_ANSWERED(s);
  pw_bytes_free(&data);
  CHECK_OK(pw_concept_count(&committees, plan, PW_KIND_COMMITTEE));
  if (committees > 0 && pw_entity_id(&first, plan, PW_KIND_COMMITTEE, 0) == PW_OK) {
    s = pw_schedule_consultation(&table, plan, start, &first, 1, NULL, 0);
    CHECK_ANSWERED(s);
    pw_frame_free(&table);
  }
  s = pw_monitor_evaluate(&evaluation, plan, &none, NULL);
  CHECK_ANSWERED(s);
  pw_evaluation_free(&evaluation);
  s = pw_monitor_process(&frame, plan, day, PW_PROCESS_STATUS);
  CHECK_ANSWERED(s);
  pw_frame_free(&frame);
  for (format = PW_FORMAT_BINARY; format <= PW_FORMAT_TEXT; ++format) {
    pw_concept *back = NULL;
    CHECK_OK(pw_concept_export(&data, &size, plan, (pw_format)format));
    CHECK_OK(pw_concept_load_bytes(&back, NULL, data, size, (pw_format)format));
    pw_concept_free(&back);
    pw_bytes_free(&data);
  }
  pw_concept_free(&plan);
}

int main(int argc, char **argv) {
  int i;
  if (argc < 2) {
    fprintf(stderr, "usage: %s SAMPLE CORPUS_FILE...\n", argv[0]);
    return 2;
  }
  empty_and_null_bytes();
  invalid_utf8();
  impact_and_dates(argv[1]);
  monitoring(argv[1]);
  error_last_after_every_call();
  for (i = 2; i < argc; ++i) corpus(argv[i]);
  return check_report("capi.hostile");
}
