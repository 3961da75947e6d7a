/* SPDX-License-Identifier: Apache-2.0 */
/* The scheduling functions of the C API, with valid and bad arguments.
 * Usage: test_capi_schedule SAMPLE_FILE */
#include <stdlib.h>

#include "check.h"

static size_t find_row(const pw_frame *t, const char *measure) {
  size_t rows = frame_rows(t), r;
  for (r = 0; r < rows; ++r)
    if (strcmp(frame_text_at(t, r, 0), measure) == 0) return r;
  return rows;
}

static size_t count_events(const uint8_t *text, size_t size) {
  size_t n = 0, i;
  for (i = 0; i + 12 <= size; ++i)
    if (memcmp(text + i, "BEGIN:VEVENT", 12) == 0) ++n;
  return n;
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
  CHECK_OK(pw_schedule_consultation(&t, c, ready, ids, 3, NULL, 0));
  CHECK_OK(pw_frame_shape(&rows, &columns, t));
  CHECK(rows == 3 && columns == 3);
  CHECK_STR(frame_text_at(t, 0, 0), "verwaltungsvorstand");
  CHECK(is_day(frame_date_at(t, 1, 2), 2025, 9, 2));
  CHECK(is_day(frame_date_at(t, 2, 1), 2025, 9, 15));
  CHECK(is_day(frame_date_at(t, 2, 2), 2025, 9, 29));
  pw_frame_free(&t);
  CHECK_FAILS(pw_schedule_consultation(&t, c, ready, unknown, 1, NULL, 0), PW_ERR_NOT_FOUND, "no committee with id \"nope\"");
  CHECK_FAILS(pw_schedule_consultation(&t, c, ready, with_null, 2, NULL, 0), PW_ERR_INVALID_ARGUMENT, "committee_ids[1] is NULL");
  CHECK_FAILS(pw_schedule_consultation(&t, c, ready, NULL, 2, NULL, 0), PW_ERR_INVALID_ARGUMENT, "committee_ids is NULL");
  CHECK_FAILS(pw_schedule_consultation(&t, c, ready, ids, 0, NULL, 0), PW_ERR_INVALID_ARGUMENT, "at least one committee");
  CHECK_FAILS(pw_schedule_consultation(&t, c, none, ids, 3, NULL, 0), PW_ERR_INVALID_ARGUMENT, "ready is not set");
  CHECK_FAILS(pw_schedule_consultation(&t, NULL, ready, ids, 3, NULL, 0), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK_FAILS(pw_schedule_consultation(NULL, c, ready, ids, 3, NULL, 0), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  {
    pw_date late = {2026, 1, 5};
    CHECK_FAILS(pw_schedule_consultation(&t, c, late, ids + 2, 1, NULL, 0), PW_ERR_CONFLICT, "has no meeting between");
  }

  {
    pw_icalendar_options options = PW_ICALENDAR_OPTIONS_INIT;
    options.stamp = "20251124T080000Z";
    CHECK_OK(pw_schedule_icalendar(&ics, &n, c, &options));
  }
  CHECK(n > 100 && memcmp(ics, "BEGIN:VCALENDAR\r\n", 17) == 0);
  pw_bytes_free(&ics);
  CHECK_OK(pw_schedule_icalendar(&ics, &n, c, NULL)); /* the defaults */
  CHECK(count_events(ics, n) == 137); /* 47 meetings, 9 events, 6 milestones, 27 deadlines, 41 measures, 7 recurring */
  pw_bytes_free(&ics);
  {
    /* Without the schedule: the 41 measures' spans are left out. */
    pw_icalendar_options options = PW_ICALENDAR_OPTIONS_INIT;
    options.scheduled = 0;
    options.stamp = "20251124T080000Z";
    CHECK_OK(pw_schedule_icalendar(&ics, &n, c, &options));
    CHECK(count_events(ics, n) == 137 - 41);
    pw_bytes_free(&ics);
    options.version = 0;
    CHECK_FAILS(pw_schedule_icalendar(&ics, &n, c, &options), PW_ERR_INVALID_ARGUMENT, "options->version is 0");
    options.version = PW_ICALENDAR_OPTIONS_VERSION;
    options.scheduled = 1;
    options.start.year = 1985;
    options.start.month = 1;
    options.start.day = 1;
    CHECK_FAILS(pw_schedule_icalendar(&ics, &n, c, &options), PW_ERR_OUT_OF_RANGE, "outside the calendar");
  }
  {
    /* Parts: the 137 events are 47 meetings, 16 of participation (9 events,
     * 7 recurring format dates), 6 milestones, 27 deadlines, 41 measures. */
    pw_icalendar_options options = PW_ICALENDAR_OPTIONS_INIT;
    options.stamp = "20251124T080000Z";
    options.parts = PW_ICS_MEETINGS;
    CHECK_OK(pw_schedule_icalendar(&ics, &n, c, &options));
    CHECK(count_events(ics, n) == 47);
    pw_bytes_free(&ics);
    options.parts = PW_ICS_PARTICIPATION | PW_ICS_MILESTONES;
    CHECK_OK(pw_schedule_icalendar(&ics, &n, c, &options));
    CHECK(count_events(ics, n) == 16 + 6);
    pw_bytes_free(&ics);
    options.parts = PW_ICS_ALL & ~PW_ICS_MEASURES;
    CHECK_OK(pw_schedule_icalendar(&ics, &n, c, &options));
    CHECK(count_events(ics, n) == 137 - 41);
    pw_bytes_free(&ics);
    options.parts = 0;
    CHECK_FAILS(pw_schedule_icalendar(&ics, &n, c, &options), PW_ERR_INVALID_ARGUMENT, "iCalendar parts: 0");
    options.parts = 64;
    CHECK_FAILS(pw_schedule_icalendar(&ics, &n, c, &options), PW_ERR_INVALID_ARGUMENT, "iCalendar parts: 64");
    CHECK(ics == NULL);
  }
  {
    /* A caller compiled against the header of version 1 of the struct: its
     * declaration as that header had it (without `parts`), in a buffer of
     * exactly its size, so that reading one byte past it is an error under
     * AddressSanitizer. The library reads version 1's fields and takes
     * PW_ICS_ALL for `parts`: the same bytes as a version-2 call with every
     * part. */
    typedef struct icalendar_options_v1 {
      uint32_t version;
      int32_t scheduled;
      pw_date start;
      pw_date as_of;
      const char *stamp;
    } icalendar_options_v1;
    icalendar_options_v1 old;
    pw_icalendar_options now = PW_ICALENDAR_OPTIONS_INIT;
    void *exact = malloc(sizeof old);
    uint8_t *by_old = NULL;
    size_t old_size = 0;
    memset(&old, 0, sizeof old);
    old.version = 1;
    old.scheduled = 1;
    old.stamp = "20251124T080000Z";
    now.stamp = old.stamp;
    CHECK(exact != NULL && sizeof old < sizeof now);
    if (exact != NULL) {
      memcpy(exact, &old, sizeof old);
      CHECK_OK(pw_schedule_icalendar(&by_old, &old_size, c, (const pw_icalendar_options *)exact));
      CHECK_OK(pw_schedule_icalendar(&ics, &n, c, &now));
      CHECK(by_old != NULL && ics != NULL && old_size == n && memcmp(by_old, ics, n) == 0);
      CHECK(count_events(by_old, old_size) == 137);
      pw_bytes_free(&by_old);
      pw_bytes_free(&ics);
      free(exact);
    }
  }

  /* What-if: the integration council meets on 30 September instead of 2
   * September; the council's 29 September meeting is then too early, and
   * the proposal waits for its next one, 15 December. */
  {
    pw_meeting_move move;
    move.committee_id = "integrationsrat";
    move.from.year = 2025, move.from.month = 9, move.from.day = 2;
    move.to.year = 2025, move.to.month = 9, move.to.day = 30;
    CHECK_OK(pw_schedule_consultation(&t, c, ready, ids, 3, &move, 1));
    CHECK(is_day(frame_date_at(t, 1, 2), 2025, 9, 30));
    CHECK(is_day(frame_date_at(t, 2, 2), 2025, 12, 15));
    pw_frame_free(&t);
    move.from.day = 3; /* no meeting on 3 September */
    CHECK_FAILS(pw_schedule_consultation(&t, c, ready, ids, 3, &move, 1), PW_ERR_NOT_FOUND, "");
    move.to.year = 0, move.to.month = 0, move.to.day = 0;
    CHECK_FAILS(pw_schedule_consultation(&t, c, ready, ids, 3, &move, 1), PW_ERR_INVALID_ARGUMENT,
                "moves[0]: from and to are both needed");
    move.committee_id = NULL;
    CHECK_FAILS(pw_schedule_consultation(&t, c, ready, ids, 3, &move, 1), PW_ERR_INVALID_ARGUMENT,
                "moves[0].committee_id is NULL");
    CHECK_FAILS(pw_schedule_consultation(&t, c, ready, ids, 3, NULL, 1), PW_ERR_INVALID_ARGUMENT, "moves is NULL");
  }

  /* NRW's holidays in 2025: Easter Sunday is 20 April, so Good Friday 18
   * April, Easter Monday 21 April, Ascension 29 May (+39), Whit Monday 9
   * June (+50), Corpus Christi 19 June (+60); with New Year, 1 May, 3
   * October, All Saints and the two Christmas days: 11. */
  CHECK_OK(pw_schedule_holidays(&t, "NW", 2025, 0));
  CHECK(frame_rows(t) == 11);
  CHECK(is_day(frame_date_at(t, 1, 0), 2025, 4, 18));
  CHECK_STR(frame_text_at(t, 1, 1), "Karfreitag");
  CHECK(is_day(frame_date_at(t, 6, 0), 2025, 6, 19));
  pw_frame_free(&t);
  CHECK_FAILS(pw_schedule_holidays(&t, "XX", 2025, 0), PW_ERR_INVALID_ARGUMENT, "unknown German state \"XX\"");
  CHECK_FAILS(pw_schedule_holidays(&t, "NW", 2101, 0), PW_ERR_OUT_OF_RANGE, "");
  CHECK_FAILS(pw_schedule_holidays(&t, NULL, 2025, 0), PW_ERR_INVALID_ARGUMENT, "state is NULL");

  /* The Sundays of September 2025 (7, 14, 21, 28) and its last Wednesday (24). */
  {
    pw_date from = {2025, 9, 1}, to = {2025, 9, 30};
    CHECK_OK(pw_schedule_expand(&t, "FREQ=YEARLY;BYMONTH=9;BYDAY=-1WE,SU", from, to));
    CHECK(frame_rows(t) == 5);
    CHECK(is_day(frame_date_at(t, 3, 0), 2025, 9, 24));
    pw_frame_free(&t);
    CHECK_FAILS(pw_schedule_expand(&t, "FREQ=YEARLY;BYDAY=3XX", from, to), PW_ERR_PARSE, "");
    CHECK_FAILS(pw_schedule_expand(&t, "FREQ=DAILY", none, to), PW_ERR_INVALID_ARGUMENT, "start and end");
    CHECK_FAILS(pw_schedule_expand(&t, NULL, from, to), PW_ERR_INVALID_ARGUMENT, "rule is NULL");
  }
  CHECK_FAILS(pw_schedule_icalendar(NULL, &n, c, NULL), PW_ERR_INVALID_ARGUMENT, "out_data is NULL");
  CHECK_FAILS(pw_schedule_icalendar(&ics, NULL, c, NULL), PW_ERR_INVALID_ARGUMENT, "out_size is NULL");
  CHECK_FAILS(pw_schedule_icalendar(&ics, &n, NULL, NULL), PW_ERR_INVALID_ARGUMENT, "plan is NULL");

  pw_concept_free(&c);
  return check_report("capi schedule");
}
