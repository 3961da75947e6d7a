/* The scheduling functions of the C API, with valid and bad arguments.
 * Usage: test_capi_schedule SAMPLE_FILE */
#include "check.h"

static size_t find_row(const pw_frame *t, const char *measure) {
  size_t rows = frame_rows(t), r;
  for (r = 0; r < rows; ++r)
    if (strcmp(frame_text_at(t, r, 0), measure) == 0) return r;
  return rows;
}

static int is_day(pw_date d, int32_t year, int32_t month, int32_t day) {
  return d.year == year && d.month == month && d.day == day;
}

int main(int argc, char **argv) {
  pw_concept *c = NULL;
  pw_frame *t = NULL, *stale = (pw_frame *)&c;
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
  CHECK_OK(pw_concept_load_file(&c, NULL, argv[1], PW_FORMAT_AUTO));

  /* m-14 starts no earlier than its planned 3 August 2026, later than 20
   * working days after m-13's finish on 30 June (29 July). */
  CHECK_OK(pw_schedule_run(&t, &findings, c, none, none));
  CHECK_OK(pw_frame_shape(&rows, &columns, t));
  CHECK(rows == 41 && columns == 9);
  CHECK(is_day(frame_date_at(t, find_row(t, "m-14"), 2), 2026, 8, 3));
  {
    const char *name = NULL;
    pw_column_type type = PW_COLUMN_REAL;
    const uint8_t *critical = NULL;
    const char *text = NULL;
    size_t r, critical_count = 0;
    CHECK_OK(pw_frame_column(&name, &type, t, 2));
    CHECK_STR(name, "early_start");
    CHECK(type == PW_COLUMN_DATE);
    CHECK_OK(pw_frame_column(&name, &type, t, 8));
    CHECK_STR(name, "critical");
    CHECK(type == PW_COLUMN_BOOLEAN);
    CHECK_OK(pw_frame_booleans(&critical, t, 8));
    for (r = 0; r < rows; ++r) {
      CHECK(critical[r] == 0 || critical[r] == 1);
      critical_count += critical[r];
    }
    /* The critical path runs through at least one measure, not through all:
     * m-14 has float (it waits for its planned start). */
    CHECK(critical_count > 0 && critical_count < rows);
    CHECK(critical[find_row(t, "m-14")] == 0);
    CHECK_FAILS(pw_frame_text(&text, t, 2, 0), PW_ERR_INVALID_ARGUMENT, "column \"early_start\" holds date values");
  }
  CHECK_OK(pw_diagnostics_count(&n, findings));
  CHECK(n >= 1);
  CHECK_OK(pw_diagnostics_get(&code, &severity, &entity, &message, findings, 0));
  CHECK_STR(code, "PW201");
  CHECK_STR(entity, "m-09");
  pw_frame_free(&t);
  pw_diagnostics_free(&findings);
  CHECK_OK(pw_schedule_run(&t, NULL, c, none, none)); /* findings not wanted */
  pw_frame_free(&t);
  CHECK_FAILS(pw_schedule_run(&stale, NULL, NULL, none, none), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK(stale == NULL);
  CHECK_FAILS(pw_schedule_run(NULL, NULL, c, none, none), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_schedule_run(&t, NULL, c, bad, none), PW_ERR_INVALID_ARGUMENT, "start is not a calendar day");
  {
    pw_date old = {1985, 1, 1};
    CHECK_FAILS(pw_schedule_run(&t, NULL, c, old, none), PW_ERR_OUT_OF_RANGE, "outside the calendar");
  }

  /* Seed 001: board 8 July, integration council 2 September, council 29 September. */
  CHECK_OK(pw_schedule_consultation(&t, c, ready, ids, 3));
  CHECK_OK(pw_frame_shape(&rows, &columns, t));
  CHECK(rows == 3 && columns == 3);
  CHECK_STR(frame_text_at(t, 0, 0), "verwaltungsvorstand");
  CHECK(is_day(frame_date_at(t, 1, 2), 2025, 9, 2));
  CHECK(is_day(frame_date_at(t, 2, 1), 2025, 9, 15));
  CHECK(is_day(frame_date_at(t, 2, 2), 2025, 9, 29));
  pw_frame_free(&t);
  CHECK_FAILS(pw_schedule_consultation(&t, c, ready, unknown, 1), PW_ERR_NOT_FOUND, "no committee with id \"nope\"");
  CHECK_FAILS(pw_schedule_consultation(&t, c, ready, with_null, 2), PW_ERR_INVALID_ARGUMENT, "committee_ids[1] is NULL");
  CHECK_FAILS(pw_schedule_consultation(&t, c, ready, NULL, 2), PW_ERR_INVALID_ARGUMENT, "committee_ids is NULL");
  CHECK_FAILS(pw_schedule_consultation(&t, c, ready, ids, 0), PW_ERR_INVALID_ARGUMENT, "at least one committee");
  CHECK_FAILS(pw_schedule_consultation(&t, c, none, ids, 3), PW_ERR_INVALID_ARGUMENT, "ready is not set");
  CHECK_FAILS(pw_schedule_consultation(&t, NULL, ready, ids, 3), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK_FAILS(pw_schedule_consultation(NULL, c, ready, ids, 3), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  {
    pw_date late = {2026, 1, 5};
    CHECK_FAILS(pw_schedule_consultation(&t, c, late, ids + 2, 1), PW_ERR_CONFLICT, "has no meeting between");
  }

  CHECK_OK(pw_schedule_icalendar(&ics, &n, c, "20251124T080000Z"));
  CHECK(n > 100 && memcmp(ics, "BEGIN:VCALENDAR\r\n", 17) == 0);
  pw_bytes_free(&ics);
  CHECK_OK(pw_schedule_icalendar(&ics, &n, c, NULL));
  pw_bytes_free(&ics);
  CHECK_FAILS(pw_schedule_icalendar(NULL, &n, c, NULL), PW_ERR_INVALID_ARGUMENT, "out_data is NULL");
  CHECK_FAILS(pw_schedule_icalendar(&ics, NULL, c, NULL), PW_ERR_INVALID_ARGUMENT, "out_size is NULL");
  CHECK_FAILS(pw_schedule_icalendar(&ics, &n, NULL, NULL), PW_ERR_INVALID_ARGUMENT, "plan is NULL");

  pw_concept_free(&c);
  return check_report("capi schedule");
}
