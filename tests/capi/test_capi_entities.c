/* SPDX-License-Identifier: Apache-2.0 */
/* Every field of every entity, and the concept's header, as frames.
 * Usage: test_capi_entities SAMPLE_FILE */
#include "check.h"

int main(int argc, char **argv) {
  pw_concept *c = NULL;
  pw_frame *f = NULL, *stale = (pw_frame *)&c;
  size_t rows = 0, columns = 0, m14 = 0;
  const char *name = NULL, *text = NULL;
  pw_column_type type;
  const uint8_t *valid = NULL;
  const int32_t *codes = NULL;
  pw_date d;

  if (argc != 2) return 2;
  CHECK_OK(pw_concept_load_file(&c, NULL, argv[1], PW_FORMAT_AUTO));

  /* The sample's 41 measures, one column per field of planwerk.v1.Measure
   * (20 fields: id = 1 .. remaining_days = 20). */
  CHECK_OK(pw_concept_entities(&f, c, PW_KIND_MEASURE));
  CHECK_OK(pw_frame_shape(&rows, &columns, f));
  CHECK(rows == 41 && columns == 20);
  CHECK_OK(pw_frame_column(&name, &type, f, 0));
  CHECK_STR(name, "id");
  CHECK(type == PW_COLUMN_TEXT);
  CHECK_OK(pw_concept_find(&m14, c, PW_KIND_MEASURE, "m-14"));
  CHECK_STR(frame_text_at(f, m14, 0), "m-14");
  /* m-14: start "2026-08-03", end "2029-07-31", status planned (2). */
  CHECK_OK(pw_frame_column(&name, &type, f, frame_column(f, "start")));
  CHECK(type == PW_COLUMN_DATE);
  d = frame_date_at(f, m14, frame_column(f, "start"));
  CHECK(d.year == 2026 && d.month == 8 && d.day == 3);
  d = frame_date_at(f, m14, frame_column(f, "end"));
  CHECK(d.year == 2029 && d.month == 7 && d.day == 31);
  CHECK_OK(pw_frame_codes(&codes, f, frame_column(f, "status")));
  CHECK(codes[m14] == 2);
  CHECK_STR(frame_text_at(f, m14, frame_column(f, "status")), "planned");
  /* Lists and messages as JSON; a field without a value is missing. */
  CHECK(strstr(frame_text_at(f, m14, frame_column(f, "dependencies")), "\"predecessor_id\":\"m-13\"") != NULL);
  CHECK_OK(pw_frame_validity(&valid, f, frame_column(f, "actual_start")));
  CHECK(valid != NULL && valid[m14] == 0); /* m-14 has not started */
  CHECK_OK(pw_frame_validity(&valid, f, frame_column(f, "district_ids")));
  CHECK(valid != NULL && valid[m14] == 0);
  CHECK_OK(pw_frame_text(&text, f, frame_column(f, "budget"), m14));
  CHECK(strstr(text, "\"amount_cents\":\"18000000\"") != NULL); /* int64 in proto3 JSON is a string */
  pw_frame_free(&f);

  /* The header: one row. */
  CHECK_OK(pw_concept_header(&f, c));
  CHECK_OK(pw_frame_shape(&rows, &columns, f));
  CHECK(rows == 1);
  CHECK_STR(frame_text_at(f, 0, frame_column(f, "id")), "oberhausen-2025");
  CHECK_STR(frame_text_at(f, 0, frame_column(f, "status")), "adopted");
  d = frame_date_at(f, 0, frame_column(f, "period_start"));
  CHECK(d.year == 2025 && d.month == 10 && d.day == 1);
  d = frame_date_at(f, 0, frame_column(f, "adoption_date"));
  CHECK(d.year == 2025 && d.month == 9 && d.day == 29);
  CHECK_FAILS(pw_frame_find(&rows, f, "measures"), PW_ERR_NOT_FOUND, "no column \"measures\"");
  pw_frame_free(&f);

  CHECK_FAILS(pw_concept_entities(&stale, c, (pw_kind)99), PW_ERR_INVALID_ARGUMENT, "99");
  CHECK(stale == NULL);
  CHECK_FAILS(pw_concept_entities(&f, NULL, PW_KIND_GOAL), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK_FAILS(pw_concept_entities(NULL, c, PW_KIND_GOAL), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_concept_header(&f, NULL), PW_ERR_INVALID_ARGUMENT, "plan is NULL");

  pw_concept_free(&c);
  return check_report("capi entities");
}
