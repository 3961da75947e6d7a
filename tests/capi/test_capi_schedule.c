/* The scheduling functions of the C API, with valid and bad arguments.
 * Usage: test_capi_schedule SAMPLE_FILE */
#include "check.h"

static const char *cell(const pw_table *t, size_t row, size_t column) {
  const char *s = NULL;
  CHECK_OK(pw_table_text(&s, t, row, column));
  return s;
}

static size_t find_row(const pw_table *t, const char *measure) {
  size_t rows = 0, columns = 0, r;
  CHECK_OK(pw_table_shape(&rows, &columns, t));
  for (r = 0; r < rows; ++r)
    if (strcmp(cell(t, r, 0), measure) == 0) return r;
  return rows;
}

int main(int argc, char **argv) {
  pw_concept *c = NULL;
  pw_table *t = NULL, *stale = (pw_table *)&c;
  pw_diagnostics *findings = NULL;
  pw_date none = {0, 0, 0}, bad = {2025, 2, 30}, ready = {2025, 7, 1};
  const char *ids[] = {"verwaltungsvorstand", "integrationsrat", "rat"};
  const char *with_null[] = {"rat", NULL};
  const char *unknown[] = {"nope"};
  const char *code = NULL, *entity = NULL, *message = NULL;
  pw_severity severity;
  size_t rows = 0, columns = 0, n = 0;
  uint8_t *ics = NULL;

  if (argc != 2) return 2;
  CHECK_OK(pw_concept_load_file(&c, argv[1], PW_FORMAT_AUTO));

  /* m-14 starts no earlier than its planned 3 August 2026, later than 20
   * working days after m-13's finish on 30 June (29 July). */
  CHECK_OK(pw_schedule(&t, &findings, c, none, none));
  CHECK_OK(pw_table_shape(&rows, &columns, t));
  CHECK(rows == 41 && columns == 9);
  CHECK_STR(cell(t, find_row(t, "m-14"), 2), "2026-08-03");
  CHECK_OK(pw_diagnostics_count(&n, findings));
  CHECK(n >= 1);
  CHECK_OK(pw_diagnostics_get(&code, &severity, &entity, &message, findings, 0));
  CHECK_STR(code, "PW201");
  CHECK_STR(entity, "m-09");
  pw_table_free(&t);
  pw_diagnostics_free(&findings);
  CHECK_OK(pw_schedule(&t, NULL, c, none, none)); /* findings not wanted */
  pw_table_free(&t);
  CHECK_FAILS(pw_schedule(&stale, NULL, NULL, none, none), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK(stale == NULL);
  CHECK_FAILS(pw_schedule(NULL, NULL, c, none, none), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_schedule(&t, NULL, c, bad, none), PW_ERR_INVALID_ARGUMENT, "start is not a calendar day");
  {
    pw_date old = {1985, 1, 1};
    CHECK_FAILS(pw_schedule(&t, NULL, c, old, none), PW_ERR_OUT_OF_RANGE, "outside the calendar");
  }

  /* Seed 001: board 8 July, integration council 2 September, council 29 September. */
  CHECK_OK(pw_consultation(&t, c, ready, ids, 3));
  CHECK_OK(pw_table_shape(&rows, &columns, t));
  CHECK(rows == 3 && columns == 3);
  CHECK_STR(cell(t, 1, 2), "2025-09-02");
  CHECK_STR(cell(t, 2, 1), "2025-09-15");
  CHECK_STR(cell(t, 2, 2), "2025-09-29");
  pw_table_free(&t);
  CHECK_FAILS(pw_consultation(&t, c, ready, unknown, 1), PW_ERR_NOT_FOUND, "no committee with id \"nope\"");
  CHECK_FAILS(pw_consultation(&t, c, ready, with_null, 2), PW_ERR_INVALID_ARGUMENT, "committee_ids[1] is NULL");
  CHECK_FAILS(pw_consultation(&t, c, ready, NULL, 2), PW_ERR_INVALID_ARGUMENT, "committee_ids is NULL");
  CHECK_FAILS(pw_consultation(&t, c, ready, ids, 0), PW_ERR_INVALID_ARGUMENT, "at least one committee");
  CHECK_FAILS(pw_consultation(&t, c, none, ids, 3), PW_ERR_INVALID_ARGUMENT, "ready is not set");
  CHECK_FAILS(pw_consultation(&t, NULL, ready, ids, 3), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK_FAILS(pw_consultation(NULL, c, ready, ids, 3), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  {
    pw_date late = {2026, 1, 5};
    CHECK_FAILS(pw_consultation(&t, c, late, ids + 2, 1), PW_ERR_CONFLICT, "has no meeting between");
  }

  CHECK_OK(pw_icalendar(&ics, &n, c, "20251124T080000Z"));
  CHECK(n > 100 && memcmp(ics, "BEGIN:VCALENDAR\r\n", 17) == 0);
  pw_bytes_free(&ics);
  CHECK_OK(pw_icalendar(&ics, &n, c, NULL));
  pw_bytes_free(&ics);
  CHECK_FAILS(pw_icalendar(NULL, &n, c, NULL), PW_ERR_INVALID_ARGUMENT, "out_data is NULL");
  CHECK_FAILS(pw_icalendar(&ics, NULL, c, NULL), PW_ERR_INVALID_ARGUMENT, "out_size is NULL");
  CHECK_FAILS(pw_icalendar(&ics, &n, NULL, NULL), PW_ERR_INVALID_ARGUMENT, "plan is NULL");

  pw_concept_free(&c);
  return check_report("capi schedule");
}
