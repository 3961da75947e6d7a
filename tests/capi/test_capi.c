/* SPDX-License-Identifier: Apache-2.0 */
/* Every function of the C API, with valid arguments and with bad ones (NULL
 * handle, NULL output, unknown id, malformed bytes), checking the status and
 * the message. Usage: test_capi SAMPLE_FILE SCRATCH_DIR */
#include <stdlib.h>

#include "check.h"

static const char *sample;
static char scratch[1024];

static pw_concept *load_sample(void) {
  pw_concept *c = NULL;
  CHECK_OK(pw_concept_load_file(&c, NULL, sample, PW_FORMAT_AUTO));
  return c;
}

static void test_version_and_errors(void) {
  CHECK_STR(pw_version_string(), PW_VERSION_STRING);
  CHECK(pw_version_number() == PW_VERSION_NUMBER);
  CHECK(pw_schema_version() == PW_SCHEMA_VERSION);
  CHECK_STR(pw_status_name(PW_ERR_NOT_FOUND), "PW_ERR_NOT_FOUND");
  CHECK_STR(pw_status_name((pw_status)99), "PW_UNKNOWN");
  CHECK(pw_error_last() != NULL);
  /* Stable numbers. */
  CHECK(PW_OK == 0 && PW_ERR_INVALID_MODEL == 5 && PW_ERR_INTERNAL == 10);
  CHECK(PW_KIND_GOAL == 4 && PW_KIND_MEASURE == 5 && PW_KIND_BUDGET_POOL == 15);
}

static void test_lifecycle(void) {
  pw_concept *c = NULL;
  uint8_t *bytes = NULL;
  size_t size = 0;
  pw_concept *again = (pw_concept *)&size; /* a stale value that must be nulled on failure */
  char path[1200];

  CHECK_OK(pw_concept_new(&c, "neu"));
  {
    const char *id = NULL;
    size_t n = 99;
    CHECK_OK(pw_concept_id(&id, c));
    CHECK_STR(id, "neu");
    CHECK_OK(pw_concept_count(&n, c, PW_KIND_GOAL));
    CHECK(n == 0);
  }
  pw_concept_free(&c);
  CHECK(c == NULL);
  pw_concept_free(&c); /* freeing NULL is fine */
  pw_concept_free(NULL);
  CHECK_FAILS(pw_concept_new(NULL, "x"), PW_ERR_INVALID_ARGUMENT, "pw_concept_new: out is NULL");
  CHECK_FAILS(pw_concept_new(&c, NULL), PW_ERR_INVALID_ARGUMENT, "id is NULL");
  CHECK_FAILS(pw_concept_new(&c, ""), PW_ERR_INVALID_ARGUMENT, "id is empty");

  CHECK_FAILS(pw_concept_load_file(&again, NULL, "/no/such/file.json", PW_FORMAT_AUTO), PW_ERR_IO,
              "/no/such/file.json: cannot open");
  CHECK(again == NULL);
  CHECK_FAILS(pw_concept_load_file(NULL, NULL, sample, PW_FORMAT_AUTO), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_concept_load_file(&c, NULL, NULL, PW_FORMAT_AUTO), PW_ERR_INVALID_ARGUMENT, "path is NULL");
  CHECK_FAILS(pw_concept_load_file(&c, NULL, sample, (pw_format)9), PW_ERR_INVALID_ARGUMENT, "unknown format 9");
  CHECK_FAILS(pw_concept_load_file(&c, NULL, sample, (pw_format)-3), PW_ERR_INVALID_ARGUMENT, "unknown format -3");

  c = load_sample();
  CHECK_OK(pw_concept_export(&bytes, &size, c, PW_FORMAT_BINARY));
  CHECK(bytes != NULL && size > 1000);
  CHECK_OK(pw_concept_load_bytes(&again, NULL, bytes, size, PW_FORMAT_AUTO));
  {
    size_t n = 0;
    CHECK_OK(pw_concept_count(&n, again, PW_KIND_MEASURE));
    CHECK(n == 41);
  }
  pw_concept_free(&again);
  /* Malformed and truncated bytes. */
  CHECK_FAILS(pw_concept_load_bytes(&again, NULL, bytes, size / 2, PW_FORMAT_BINARY), PW_ERR_PARSE, "truncated or corrupt");
  CHECK(again == NULL);
  CHECK_FAILS(pw_concept_load_bytes(&again, NULL, "{ \"id\": ", 8, PW_FORMAT_JSON), PW_ERR_PARSE, "not valid JSON");
  CHECK_FAILS(pw_concept_load_bytes(&again, NULL, "schema_version: 7", 17, PW_FORMAT_TEXT), PW_ERR_UNSUPPORTED_VERSION,
              "schema version 7");
  CHECK_FAILS(pw_concept_load_bytes(&again, NULL, "goals { id: \"g\" parent_goal_id: \"x\" }", 37, PW_FORMAT_TEXT),
              PW_ERR_INVALID_MODEL, "unknown goal \"x\"");
  CHECK_FAILS(pw_concept_load_bytes(&again, NULL, NULL, 5, PW_FORMAT_AUTO), PW_ERR_INVALID_ARGUMENT, "data is NULL");
  /* A document with model errors: the problems as diagnostics, each with
   * its field path; two here (a dangling parent, a duplicate id). */
  {
    const char *broken = "goals { id: \"g\" parent_goal_id: \"x\" } goals { id: \"g\" }";
    pw_diagnostics *problems = (pw_diagnostics *)&again;
    size_t n = 0;
    const char *code = NULL, *entity = NULL, *message = NULL, *field = NULL;
    pw_severity severity;
    pw_kind kind = PW_KIND_CONCEPT;
    CHECK_FAILS(pw_concept_load_bytes(&again, &problems, broken, strlen(broken), PW_FORMAT_TEXT),
                PW_ERR_INVALID_MODEL, "unknown goal \"x\"");
    CHECK(again == NULL && problems != NULL);
    CHECK_OK(pw_diagnostics_count(&n, problems));
    CHECK(n == 2);
    CHECK_OK(pw_diagnostics_get(&code, &severity, &entity, &message, problems, 0));
    CHECK(severity == PW_SEVERITY_ERROR);
    CHECK_OK(pw_diagnostics_location(&kind, &field, problems, 0));
    CHECK(kind == PW_KIND_GOAL);
    CHECK(strstr(field, "goals[") == field);
    pw_diagnostics_free(&problems);
    /* Any other failure: no diagnostics. */
    problems = (pw_diagnostics *)&again;
    CHECK_FAILS(pw_concept_load_bytes(&again, &problems, "{ \"id\": ", 8, PW_FORMAT_JSON), PW_ERR_PARSE, "not valid JSON");
    CHECK(problems == NULL);
    CHECK_OK(pw_concept_load_bytes(&again, &problems, "id: \"ok\"", 8, PW_FORMAT_TEXT));
    CHECK(problems == NULL);
    pw_concept_free(&again);
  }
  pw_bytes_free(&bytes);
  CHECK(bytes == NULL);
  pw_bytes_free(&bytes);
  pw_bytes_free(NULL);

  CHECK_OK(pw_concept_export(&bytes, &size, c, PW_FORMAT_JSON));
  CHECK(size > 0 && bytes[0] == '{');
  pw_bytes_free(&bytes);
  CHECK_FAILS(pw_concept_export(&bytes, &size, c, PW_FORMAT_AUTO), PW_ERR_INVALID_ARGUMENT, "a format is needed");
  CHECK_FAILS(pw_concept_export(NULL, &size, c, PW_FORMAT_JSON), PW_ERR_INVALID_ARGUMENT, "out_data is NULL");
  CHECK_FAILS(pw_concept_export(&bytes, NULL, c, PW_FORMAT_JSON), PW_ERR_INVALID_ARGUMENT, "out_size is NULL");
  CHECK_FAILS(pw_concept_export(&bytes, &size, NULL, PW_FORMAT_JSON), PW_ERR_INVALID_ARGUMENT, "plan is NULL");

  sprintf(path, "%s/capi-saved.json", scratch);
  CHECK_OK(pw_concept_save_file(c, path, PW_FORMAT_AUTO));
  CHECK_OK(pw_concept_load_file(&again, NULL, path, PW_FORMAT_AUTO));
  pw_concept_free(&again);
  sprintf(path, "%s/no-such-dir/x.json", scratch);
  CHECK_FAILS(pw_concept_save_file(c, path, PW_FORMAT_AUTO), PW_ERR_IO, "no-such-dir/x.json");
  CHECK_FAILS(pw_concept_save_file(NULL, path, PW_FORMAT_AUTO), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK_FAILS(pw_concept_save_file(c, NULL, PW_FORMAT_AUTO), PW_ERR_INVALID_ARGUMENT, "path is NULL");
  pw_concept_free(&c);
}

static void test_header_and_lookup(void) {
  pw_concept *c = load_sample();
  const char *s = NULL;
  size_t n = 0, index = 0;
  uint8_t *bytes = NULL;

  CHECK_OK(pw_concept_id(&s, c));
  CHECK_STR(s, "oberhausen-2025");
  CHECK_OK(pw_concept_title(&s, c));
  CHECK_STR(s, "Handlungskonzept Integration Oberhausen");
  CHECK_OK(pw_concept_municipality(&s, c));
  CHECK_STR(s, "Stadt Oberhausen");
  CHECK_FAILS(pw_concept_id(NULL, c), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_concept_title(&s, NULL), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK_FAILS(pw_concept_municipality(NULL, c), PW_ERR_INVALID_ARGUMENT, "out is NULL");

  CHECK_OK(pw_concept_count(&n, c, PW_KIND_GOAL));
  CHECK(n == 27);
  CHECK_OK(pw_concept_count(&n, c, PW_KIND_INDICATOR));
  CHECK(n == 17); /* 16 with illustrative data and ind-mindestsicherung from official statistics */
  CHECK_FAILS(pw_concept_count(&n, c, (pw_kind)0), PW_ERR_INVALID_ARGUMENT, "unknown kind 0");
  CHECK_FAILS(pw_concept_count(&n, c, (pw_kind)-1), PW_ERR_INVALID_ARGUMENT, "unknown kind -1");
  CHECK_FAILS(pw_concept_count(NULL, c, PW_KIND_GOAL), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_concept_count(&n, NULL, PW_KIND_GOAL), PW_ERR_INVALID_ARGUMENT, "plan is NULL");

  /* Goals in document order: sz-1.1, sz-1.2, oz-1.1.1, ... */
  CHECK_OK(pw_concept_find(&index, c, PW_KIND_GOAL, "oz-1.1.1"));
  CHECK(index == 2);
  CHECK_FAILS(pw_concept_find(&index, c, PW_KIND_GOAL, "m-01"), PW_ERR_NOT_FOUND, "no goal with id \"m-01\"");
  CHECK_FAILS(pw_concept_find(&index, c, PW_KIND_GOAL, NULL), PW_ERR_INVALID_ARGUMENT, "id is NULL");
  CHECK_FAILS(pw_concept_find(NULL, c, PW_KIND_GOAL, "x"), PW_ERR_INVALID_ARGUMENT, "out_index is NULL");
  CHECK_FAILS(pw_concept_find(&index, NULL, PW_KIND_GOAL, "x"), PW_ERR_INVALID_ARGUMENT, "plan is NULL");

  CHECK_OK(pw_entity_id(&s, c, PW_KIND_GOAL, 2));
  CHECK_STR(s, "oz-1.1.1");
  CHECK_OK(pw_entity_title(&s, c, PW_KIND_ACTOR, 0));
  CHECK_STR(s, "Kommunales Integrationszentrum (KI)");
  CHECK_FAILS(pw_entity_id(&s, c, PW_KIND_GOAL, 27), PW_ERR_OUT_OF_RANGE, "goal index 27 is past the end (27)");
  CHECK_FAILS(pw_entity_title(&s, c, (pw_kind)17, 0), PW_ERR_INVALID_ARGUMENT, "unknown kind 17");
  CHECK_FAILS(pw_entity_id(NULL, c, PW_KIND_GOAL, 0), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_entity_title(&s, NULL, PW_KIND_GOAL, 0), PW_ERR_INVALID_ARGUMENT, "plan is NULL");

  CHECK_OK(pw_entity_export(&bytes, &n, c, PW_KIND_GOAL, 2, PW_FORMAT_TEXT));
  CHECK(n > 0 && strstr((const char *)bytes, "parent_goal_id: \"sz-1.1\"") != NULL);
  pw_bytes_free(&bytes);
  CHECK_FAILS(pw_entity_export(&bytes, &n, c, PW_KIND_GOAL, 99, PW_FORMAT_TEXT), PW_ERR_OUT_OF_RANGE, "past the end");
  CHECK_FAILS(pw_entity_export(&bytes, &n, c, PW_KIND_GOAL, 0, PW_FORMAT_AUTO), PW_ERR_INVALID_ARGUMENT, "format");
  CHECK_FAILS(pw_entity_export(NULL, &n, c, PW_KIND_GOAL, 0, PW_FORMAT_TEXT), PW_ERR_INVALID_ARGUMENT, "out_data");
  CHECK_FAILS(pw_entity_export(&bytes, NULL, c, PW_KIND_GOAL, 0, PW_FORMAT_TEXT), PW_ERR_INVALID_ARGUMENT, "out_size");
  CHECK_FAILS(pw_entity_export(&bytes, &n, NULL, PW_KIND_GOAL, 0, PW_FORMAT_TEXT), PW_ERR_INVALID_ARGUMENT, "plan");
  pw_concept_free(&c);
}

static void test_goals_measures_indicators(void) {
  pw_concept *c = load_sample();
  size_t g = 0, m = 0, i = 0, n = 0;
  pw_goal_kind_t goal_kind = PW_GOAL_KIND_UNSPECIFIED;
  pw_measure_status_t status = PW_MEASURE_STATUS_UNSPECIFIED;
  pw_link_type_t link = PW_LINK_TYPE_UNSPECIFIED;
  pw_lag_unit_t unit = PW_LAG_UNIT_UNSPECIFIED;
  pw_polarity_t polarity = PW_POLARITY_UNSPECIFIED;
  int32_t lag = 0;
  double weight = 0;
  const char *s = NULL;
  pw_date start, end;

  CHECK_OK(pw_concept_find(&g, c, PW_KIND_GOAL, "oz-1.1.1"));
  CHECK_OK(pw_goal_kind(&goal_kind, c, g));
  CHECK(goal_kind == PW_GOAL_KIND_OPERATIONAL);
  CHECK_OK(pw_goal_parent(&s, c, g));
  CHECK_STR(s, "sz-1.1");
  CHECK_OK(pw_goal_action_field(&s, c, g));
  CHECK_STR(s, ""); /* it sits under its parent */
  CHECK_OK(pw_goal_responsible(&s, c, g));
  CHECK_STR(s, "fb-buergerservice");
  CHECK_OK(pw_goal_deadline(&start, c, g));
  CHECK(start.year == 2027 && start.month == 12 && start.day == 31);
  CHECK_FAILS(pw_goal_kind(&goal_kind, c, 27), PW_ERR_OUT_OF_RANGE, "goal index 27");
  CHECK_FAILS(pw_goal_kind(NULL, c, g), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_goal_parent(&s, NULL, g), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK_FAILS(pw_goal_action_field(NULL, c, g), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_goal_responsible(&s, c, 1000), PW_ERR_OUT_OF_RANGE, "past the end");
  CHECK_FAILS(pw_goal_deadline(NULL, c, g), PW_ERR_INVALID_ARGUMENT, "out is NULL");

  CHECK_OK(pw_concept_find(&m, c, PW_KIND_MEASURE, "m-14"));
  CHECK(m == 13);
  CHECK_OK(pw_measure_status(&status, c, m));
  CHECK(status == PW_MEASURE_STATUS_PLANNED);
  CHECK_OK(pw_measure_dates(&start, &end, c, m));
  CHECK(start.year == 2026 && start.month == 8 && start.day == 3);
  CHECK(end.year == 2029 && end.month == 7 && end.day == 31);
  CHECK_OK(pw_measure_responsible(&s, c, m));
  CHECK_STR(s, "fb-schule");
  CHECK_OK(pw_measure_contribution_count(&n, c, m));
  CHECK(n == 2);
  CHECK_OK(pw_measure_contribution(&s, &weight, c, m, 0));
  CHECK_STR(s, "oz-2.2.2");
  CHECK(weight == 1.0); /* none given */
  CHECK_OK(pw_measure_contribution(&s, &weight, c, m, 1));
  CHECK_STR(s, "sz-2.2");
  CHECK(weight == 0.5);
  CHECK_OK(pw_measure_dependency_count(&n, c, m));
  CHECK(n == 1);
  CHECK_OK(pw_measure_dependency(&s, &link, &lag, &unit, c, m, 0));
  CHECK_STR(s, "m-13");
  CHECK(link == PW_LINK_TYPE_FS && lag == 20 && unit == PW_LAG_UNIT_WORKING_DAYS);
  CHECK_FAILS(pw_measure_status(&status, c, 41), PW_ERR_OUT_OF_RANGE, "measure index 41 is past the end (41)");
  CHECK_FAILS(pw_measure_status(NULL, c, m), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_measure_dates(NULL, &end, c, m), PW_ERR_INVALID_ARGUMENT, "out_start is NULL");
  CHECK_FAILS(pw_measure_dates(&start, NULL, c, m), PW_ERR_INVALID_ARGUMENT, "out_end is NULL");
  CHECK_FAILS(pw_measure_dates(&start, &end, NULL, m), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK_FAILS(pw_measure_responsible(NULL, c, m), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_measure_contribution_count(&n, NULL, m), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK_FAILS(pw_measure_contribution(&s, &weight, c, m, 2), PW_ERR_OUT_OF_RANGE, "contribution 2 is past the end (2)");
  CHECK_FAILS(pw_measure_contribution(&s, NULL, c, m, 0), PW_ERR_INVALID_ARGUMENT, "out_weight is NULL");
  CHECK_FAILS(pw_measure_dependency_count(NULL, c, m), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_measure_dependency(&s, &link, &lag, &unit, c, m, 1), PW_ERR_OUT_OF_RANGE, "dependency 1");
  CHECK_FAILS(pw_measure_dependency(&s, &link, NULL, &unit, c, m, 0), PW_ERR_INVALID_ARGUMENT, "out_lag is NULL");
  CHECK_FAILS(pw_measure_dependency(&s, &link, &lag, NULL, c, m, 0), PW_ERR_INVALID_ARGUMENT,
              "out_lag_unit is NULL");

  CHECK_OK(pw_concept_find(&i, c, PW_KIND_INDICATOR, "ind-alo-quote"));
  CHECK_OK(pw_indicator_code(&s, c, i));
  CHECK_STR(s, "A1");
  CHECK_OK(pw_indicator_unit(&s, c, i));
  CHECK_STR(s, "%");
  CHECK_OK(pw_indicator_polarity(&polarity, c, i));
  CHECK(polarity == PW_POLARITY_LOWER_IS_BETTER);
  CHECK_FAILS(pw_indicator_code(&s, c, 17), PW_ERR_OUT_OF_RANGE, "indicator index 17");
  CHECK_FAILS(pw_indicator_unit(NULL, c, i), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_indicator_polarity(&polarity, NULL, i), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  pw_concept_free(&c);
}

static void test_edits(void) {
  pw_concept *c = load_sample();
  size_t n = 0, m = 0;
  pw_measure_status_t status = PW_MEASURE_STATUS_UNSPECIFIED;
  const char *s = NULL;
  const char *good = "id: \"m-99\" title: \"Neu\" contributions { goal_id: \"sz-1.1\" }";
  const char *dangling = "id: \"m-98\" contributions { goal_id: \"sz-9.9\" }";
  pw_date start = {2026, 1, 5}, end = {2026, 3, 31}, bad = {2026, 2, 30}, none = {0, 0, 0};

  CHECK_OK(pw_concept_put(c, PW_KIND_MEASURE, good, strlen(good), PW_FORMAT_TEXT));
  CHECK_OK(pw_concept_count(&n, c, PW_KIND_MEASURE));
  CHECK(n == 42);
  CHECK_FAILS(pw_concept_put(c, PW_KIND_MEASURE, dangling, strlen(dangling), PW_FORMAT_TEXT), PW_ERR_INVALID_MODEL,
              "contributions[0].goal_id refers to unknown goal \"sz-9.9\"");
  CHECK_OK(pw_concept_count(&n, c, PW_KIND_MEASURE));
  CHECK(n == 42); /* unchanged */
  CHECK_FAILS(pw_concept_put(c, PW_KIND_MEASURE, "id: ", 4, PW_FORMAT_TEXT), PW_ERR_PARSE, "line 1");
  CHECK_FAILS(pw_concept_put(c, (pw_kind)77, good, strlen(good), PW_FORMAT_TEXT), PW_ERR_INVALID_ARGUMENT, "kind 77");
  CHECK_FAILS(pw_concept_put(NULL, PW_KIND_MEASURE, good, strlen(good), PW_FORMAT_TEXT), PW_ERR_INVALID_ARGUMENT,
              "plan is NULL");

  CHECK_FAILS(pw_concept_remove(c, PW_KIND_MEASURE, "m-13"), PW_ERR_CONFLICT, "still referred to by measure \"m-14\"");
  CHECK_OK(pw_concept_remove(c, PW_KIND_MEASURE, "m-99"));
  CHECK_OK(pw_concept_count(&n, c, PW_KIND_MEASURE));
  CHECK(n == 41);
  CHECK_FAILS(pw_concept_remove(c, PW_KIND_MEASURE, "m-99"), PW_ERR_NOT_FOUND, "no measure with id \"m-99\"");
  CHECK_FAILS(pw_concept_remove(c, PW_KIND_MEASURE, NULL), PW_ERR_INVALID_ARGUMENT, "id is NULL");
  CHECK_FAILS(pw_concept_remove(NULL, PW_KIND_MEASURE, "m-01"), PW_ERR_INVALID_ARGUMENT, "plan is NULL");

  CHECK_OK(pw_measure_set_status(c, "m-14", PW_MEASURE_STATUS_IN_PROGRESS));
  CHECK_OK(pw_concept_find(&m, c, PW_KIND_MEASURE, "m-14"));
  CHECK_OK(pw_measure_status(&status, c, m));
  CHECK(status == PW_MEASURE_STATUS_IN_PROGRESS);
  CHECK_FAILS(pw_measure_set_status(c, "m-14", (pw_measure_status_t)42), PW_ERR_INVALID_ARGUMENT,
              "unknown status 42");
  CHECK_FAILS(pw_measure_set_status(c, "nope", PW_MEASURE_STATUS_IN_PROGRESS), PW_ERR_NOT_FOUND,
              "no measure with id \"nope\"");
  CHECK_FAILS(pw_measure_set_status(c, NULL, PW_MEASURE_STATUS_IN_PROGRESS), PW_ERR_INVALID_ARGUMENT,
              "measure_id is NULL");
  CHECK_FAILS(pw_measure_set_status(NULL, "m-14", PW_MEASURE_STATUS_IN_PROGRESS), PW_ERR_INVALID_ARGUMENT,
              "plan is NULL");

  CHECK_OK(pw_measure_set_dates(c, "m-14", start, end));
  CHECK_OK(pw_measure_set_dates(c, "m-14", none, end));
  CHECK_FAILS(pw_measure_set_dates(c, "m-14", end, start), PW_ERR_INVALID_ARGUMENT, "before start");
  CHECK_FAILS(pw_measure_set_dates(c, "m-14", bad, end), PW_ERR_INVALID_ARGUMENT, "start is not a calendar day");
  CHECK_FAILS(pw_measure_set_dates(c, NULL, start, end), PW_ERR_INVALID_ARGUMENT, "measure_id is NULL");
  CHECK_FAILS(pw_measure_set_dates(NULL, "m-14", start, end), PW_ERR_INVALID_ARGUMENT, "plan is NULL");

  {
    const char *header = "id: \"oberhausen-2025\" title: \"Neuer Titel\" period_start: \"2026-01-01\"";
    const char *bad_date = "title: \"x\" adoption_date: \"2026-02-30\"";
    const char *with_goal = "title: \"x\" goals { id: \"g\" }";
    CHECK_OK(pw_concept_set_header(c, header, strlen(header), PW_FORMAT_TEXT));
    CHECK_OK(pw_concept_title(&s, c));
    CHECK_STR(s, "Neuer Titel");
    CHECK_OK(pw_concept_count(&n, c, PW_KIND_MEASURE));
    CHECK(n == 41); /* the entities stay */
    CHECK_FAILS(pw_concept_set_header(c, bad_date, strlen(bad_date), PW_FORMAT_TEXT), PW_ERR_INVALID_MODEL,
                "adoption_date is not a date");
    CHECK_FAILS(pw_concept_set_header(c, with_goal, strlen(with_goal), PW_FORMAT_TEXT), PW_ERR_INVALID_ARGUMENT,
                "a header holds no entities");
    CHECK_FAILS(pw_concept_set_header(c, "title: ", 7, PW_FORMAT_TEXT), PW_ERR_PARSE, "line 1");
    CHECK_FAILS(pw_concept_set_header(NULL, header, strlen(header), PW_FORMAT_TEXT), PW_ERR_INVALID_ARGUMENT,
                "plan is NULL");
    CHECK_OK(pw_concept_title(&s, c));
    CHECK_STR(s, "Neuer Titel"); /* unchanged by the failures */
  }
  CHECK_OK(pw_goal_set_responsible(c, "sz-1.1", "vhs"));
  CHECK_OK(pw_concept_find(&m, c, PW_KIND_GOAL, "sz-1.1"));
  CHECK_OK(pw_goal_responsible(&s, c, m));
  CHECK_STR(s, "vhs");
  CHECK_FAILS(pw_goal_set_responsible(c, "sz-1.1", "ghost"), PW_ERR_NOT_FOUND, "no actor with id \"ghost\"");
  CHECK_FAILS(pw_goal_set_responsible(c, NULL, "vhs"), PW_ERR_INVALID_ARGUMENT, "goal_id is NULL");
  CHECK_FAILS(pw_goal_set_responsible(c, "sz-1.1", NULL), PW_ERR_INVALID_ARGUMENT, "actor_id is NULL");
  CHECK_FAILS(pw_goal_set_responsible(NULL, "sz-1.1", "vhs"), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  pw_concept_free(&c);
}

static void test_diagnostics(void) {
  pw_concept *c = load_sample();
  pw_diagnostics *d = NULL;
  pw_diagnostics *stale = (pw_diagnostics *)&d;
  size_t n = 0;
  const char *code = NULL, *entity = NULL, *message = NULL, *field = NULL;
  pw_severity severity = PW_SEVERITY_INFO;
  pw_kind kind = PW_KIND_CONCEPT;
  const char *broken = "goals { id: \"g\" parent_goal_id: \"x\" } goals { id: \"g\" }";

  CHECK_OK(pw_concept_validate(&d, c));
  CHECK_OK(pw_diagnostics_count(&n, d));
  CHECK(n == 3); /* PW115 m-09, PW115 m-31, PW108 ak-flucht */
  CHECK_OK(pw_diagnostics_error_count(&n, d));
  CHECK(n == 0);
  CHECK_OK(pw_diagnostics_get(&code, &severity, &entity, &message, d, 0));
  CHECK_STR(code, "PW115");
  CHECK(severity == PW_SEVERITY_WARNING);
  CHECK_STR(entity, "m-09");
  CHECK(strstr(message, "zz-2.1-2027") != NULL);
  CHECK_OK(pw_diagnostics_location(&kind, &field, d, 0));
  CHECK(kind == PW_KIND_MEASURE);
  CHECK_STR(field, "measures[8].contributions[1]");
  CHECK_FAILS(pw_diagnostics_get(&code, &severity, &entity, &message, d, 3), PW_ERR_OUT_OF_RANGE,
              "diagnostic 3 is past the end (3)");
  CHECK_FAILS(pw_diagnostics_get(NULL, &severity, &entity, &message, d, 0), PW_ERR_INVALID_ARGUMENT, "out_code");
  CHECK_FAILS(pw_diagnostics_get(&code, NULL, &entity, &message, d, 0), PW_ERR_INVALID_ARGUMENT, "out_severity");
  CHECK_FAILS(pw_diagnostics_get(&code, &severity, NULL, &message, d, 0), PW_ERR_INVALID_ARGUMENT, "out_entity");
  CHECK_FAILS(pw_diagnostics_get(&code, &severity, &entity, NULL, d, 0), PW_ERR_INVALID_ARGUMENT, "out_message");
  CHECK_FAILS(pw_diagnostics_get(&code, &severity, &entity, &message, NULL, 0), PW_ERR_INVALID_ARGUMENT, "diagnostics");
  CHECK_FAILS(pw_diagnostics_location(NULL, &field, d, 0), PW_ERR_INVALID_ARGUMENT, "out_kind is NULL");
  CHECK_FAILS(pw_diagnostics_location(&kind, NULL, d, 0), PW_ERR_INVALID_ARGUMENT, "out_field is NULL");
  CHECK_FAILS(pw_diagnostics_location(&kind, &field, d, 9), PW_ERR_OUT_OF_RANGE, "diagnostic 9");
  CHECK_FAILS(pw_diagnostics_count(NULL, d), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_diagnostics_count(&n, NULL), PW_ERR_INVALID_ARGUMENT, "diagnostics is NULL");
  CHECK_FAILS(pw_diagnostics_error_count(&n, NULL), PW_ERR_INVALID_ARGUMENT, "diagnostics is NULL");
  pw_diagnostics_free(&d);
  CHECK(d == NULL);
  pw_diagnostics_free(&d);
  pw_diagnostics_free(NULL);
  CHECK_FAILS(pw_concept_validate(&stale, NULL), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK(stale == NULL);
  CHECK_FAILS(pw_concept_validate(NULL, c), PW_ERR_INVALID_ARGUMENT, "out is NULL");

  /* A document that does not load still gets its diagnostics. */
  CHECK_OK(pw_concept_validate_bytes(&d, broken, strlen(broken), PW_FORMAT_TEXT));
  CHECK_OK(pw_diagnostics_count(&n, d));
  CHECK(n == 2); /* duplicate "g", dangling parent "x" */
  CHECK_OK(pw_diagnostics_error_count(&n, d));
  CHECK(n == 2);
  CHECK_OK(pw_diagnostics_get(&code, &severity, &entity, &message, d, 0));
  CHECK_STR(code, "PW002");
  CHECK(severity == PW_SEVERITY_ERROR);
  pw_diagnostics_free(&d);
  CHECK_FAILS(pw_concept_validate_bytes(&d, "{", 1, PW_FORMAT_JSON), PW_ERR_PARSE, "not valid JSON");
  CHECK_FAILS(pw_concept_validate_bytes(&d, NULL, 3, PW_FORMAT_JSON), PW_ERR_INVALID_ARGUMENT, "data is NULL");
  CHECK_FAILS(pw_concept_validate_bytes(NULL, "{}", 2, PW_FORMAT_JSON), PW_ERR_INVALID_ARGUMENT, "out is NULL");

  CHECK_OK(pw_concept_validate_file(&d, sample, PW_FORMAT_AUTO));
  CHECK_OK(pw_diagnostics_count(&n, d));
  CHECK(n == 3);
  pw_diagnostics_free(&d);
  CHECK_FAILS(pw_concept_validate_file(&d, "/no/such.json", PW_FORMAT_AUTO), PW_ERR_IO, "/no/such.json");
  CHECK_FAILS(pw_concept_validate_file(&d, NULL, PW_FORMAT_AUTO), PW_ERR_INVALID_ARGUMENT, "path is NULL");
  CHECK_FAILS(pw_concept_validate_file(NULL, sample, PW_FORMAT_AUTO), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  pw_concept_free(&c);

  /* The catalogue of codes, as docs/diagnostics.md lists them (PW101 is the
   * goal-parent cycle, an error). */
  {
    pw_frame *codes = NULL;
    size_t rows = 0, columns = 0, r, found = 0;
    CHECK_OK(pw_diagnostics_codes(&codes));
    CHECK_OK(pw_frame_shape(&rows, &columns, codes));
    CHECK(rows > 30 && columns == 4);
    for (r = 0; r < rows; ++r) {
      if (strcmp(frame_text_at(codes, r, 0), "PW101") == 0) {
        ++found;
        CHECK_STR(frame_text_at(codes, r, 1), "error");
        CHECK_STR(frame_text_at(codes, r, 2), "goal-parent-cycle");
      }
    }
    CHECK(found == 1);
    pw_frame_free(&codes);
    CHECK_FAILS(pw_diagnostics_codes(NULL), PW_ERR_INVALID_ARGUMENT, "out is NULL");
    CHECK_STR(pw_format_name(PW_FORMAT_JSON), "json");
    CHECK_STR(pw_kind_name(PW_KIND_GUIDING_GOAL), "guiding_goal");
    CHECK_STR(pw_kind_name(PW_KIND_CONCEPT), "concept");
    CHECK_STR(pw_kind_name((pw_kind)17), "unknown");
    CHECK_STR(pw_kind_name((pw_kind)-1), "unknown");
    /* The schema enumerations' names come from the schema itself. */
    CHECK_STR(pw_schema_enum_name(PW_SCHEMA_MEASURE_STATUS, PW_MEASURE_STATUS_IN_PROGRESS),
              "MEASURE_STATUS_IN_PROGRESS");
    CHECK_STR(pw_schema_enum_name(PW_SCHEMA_GOAL_KIND, PW_GOAL_KIND_INTERIM), "GOAL_KIND_INTERIM");
    CHECK_STR(pw_schema_enum_name(PW_SCHEMA_LINK_TYPE, PW_LINK_TYPE_SF), "LINK_TYPE_SF");
    CHECK_STR(pw_schema_enum_name(PW_SCHEMA_LAG_UNIT, PW_LAG_UNIT_CALENDAR_DAYS), "LAG_UNIT_CALENDAR_DAYS");
    CHECK_STR(pw_schema_enum_name(PW_SCHEMA_POLARITY, PW_POLARITY_UNSPECIFIED), "POLARITY_UNSPECIFIED");
    CHECK_STR(pw_schema_enum_name(PW_SCHEMA_POLARITY, 3), "unknown");
    CHECK_STR(pw_schema_enum_name((pw_schema_enum)5, 1), "unknown");
    CHECK_STR(pw_severity_name(PW_SEVERITY_WARNING), "warning");
    CHECK_STR(pw_change_name(PW_CHANGE_CANCEL), "cancel");
    CHECK_STR(pw_change_name((pw_change)9), "unknown");
  }
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: test_capi SAMPLE_FILE SCRATCH_DIR\n");
    return 2;
  }
  sample = argv[1];
  strncpy(scratch, argv[2], sizeof scratch - 1);
  test_version_and_errors();
  test_lifecycle();
  test_header_and_lookup();
  test_goals_measures_indicators();
  test_edits();
  test_diagnostics();
  return check_report("capi");
}
