/* SPDX-License-Identifier: Apache-2.0 */
/* The graph analyses of the C API, each with valid and bad arguments.
 * Usage: test_capi_graph SAMPLE_FILE BUDGET_FILE */
#include <stdlib.h>

#include "check.h"

static pw_concept *load(const char *path) {
  pw_concept *c = NULL;
  CHECK_OK(pw_concept_load_file(&c, NULL, path, PW_FORMAT_AUTO));
  return c;
}

#define rows_of frame_rows
#define text_at frame_text_at
#define int_at frame_int_at

static void test_tables_and_order(pw_concept *c) {
  pw_frame *t = NULL, *stale = (pw_frame *)&t;
  size_t rows = 0, columns = 0, at = 99;
  const char *name = NULL;
  pw_column_type type = PW_COLUMN_REAL;
  const int64_t *integers = NULL;
  const uint8_t *valid = (const uint8_t *)&t;
  const double *reals = NULL;
  const char *s = NULL;

  CHECK_OK(pw_graph_order(&t, c));
  CHECK_OK(pw_frame_shape(&rows, &columns, t));
  CHECK(rows == 41 && columns == 2);
  CHECK_OK(pw_frame_column(&name, &type, t, 0));
  CHECK_STR(name, "position");
  CHECK(type == PW_COLUMN_INTEGER);
  CHECK_OK(pw_frame_column(&name, &type, t, 1));
  CHECK_STR(name, "measure");
  CHECK(type == PW_COLUMN_TEXT);
  CHECK_STR(pw_column_type_name(type), "text");
  CHECK_STR(pw_column_type_name((pw_column_type)99), "unknown");
  CHECK_OK(pw_frame_find(&at, t, "measure"));
  CHECK(at == 1);
  CHECK_FAILS(pw_frame_find(&at, t, "measures"), PW_ERR_NOT_FOUND, "no column \"measures\"");
  /* Every row holds a value: no validity array. */
  CHECK_OK(pw_frame_validity(&valid, t, 1));
  CHECK(valid == NULL);
  /* m-02 is the first measure without predecessors in document order. */
  CHECK(int_at(t, 0, 0) == 0);
  CHECK_STR(text_at(t, 0, 1), "m-02");
  CHECK_OK(pw_frame_integers(&integers, t, 0));
  CHECK(integers[40] == 40);
  CHECK_FAILS(pw_frame_text(&s, t, 0, 0), PW_ERR_INVALID_ARGUMENT, "column \"position\" holds integer values, not text");
  CHECK_FAILS(pw_frame_integers(&integers, t, 1), PW_ERR_INVALID_ARGUMENT, "column \"measure\" holds text values");
  CHECK_FAILS(pw_frame_reals(&reals, t, 1), PW_ERR_INVALID_ARGUMENT, "not reals");
  CHECK_FAILS(pw_frame_text(&s, t, 1, 41), PW_ERR_OUT_OF_RANGE, "row 41 is past the end (41)");
  CHECK_FAILS(pw_frame_integers(&integers, t, 2), PW_ERR_OUT_OF_RANGE, "column 2 is past the end (2)");
  CHECK_FAILS(pw_frame_column(&name, &type, t, 2), PW_ERR_OUT_OF_RANGE, "column 2");
  CHECK_FAILS(pw_frame_column(NULL, &type, t, 0), PW_ERR_INVALID_ARGUMENT, "out_name is NULL");
  CHECK_FAILS(pw_frame_column(&name, NULL, t, 0), PW_ERR_INVALID_ARGUMENT, "out_type is NULL");
  CHECK_FAILS(pw_frame_shape(NULL, &columns, t), PW_ERR_INVALID_ARGUMENT, "out_rows is NULL");
  CHECK_FAILS(pw_frame_shape(&rows, NULL, t), PW_ERR_INVALID_ARGUMENT, "out_columns is NULL");
  CHECK_FAILS(pw_frame_shape(&rows, &columns, NULL), PW_ERR_INVALID_ARGUMENT, "frame is NULL");
  CHECK_FAILS(pw_frame_text(NULL, t, 1, 0), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_frame_integers(NULL, t, 0), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_frame_text(&s, NULL, 1, 0), PW_ERR_INVALID_ARGUMENT, "frame is NULL");
  CHECK_FAILS(pw_frame_validity(NULL, t, 0), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_frame_label_count(&rows, t, 0), PW_ERR_INVALID_ARGUMENT, "not category codes");
  pw_frame_free(&t);
  CHECK(t == NULL);
  pw_frame_free(&t);
  pw_frame_free(NULL);
  CHECK_FAILS(pw_graph_order(&stale, NULL), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK(stale == NULL);
  CHECK_FAILS(pw_graph_order(NULL, c), PW_ERR_INVALID_ARGUMENT, "out is NULL");
}

static void test_analyses(pw_concept *c) {
  pw_frame *t = NULL;
  uint8_t *dot = NULL;
  size_t size = 0;

  CHECK_OK(pw_graph_cycles(&t, c));
  CHECK(rows_of(t) == 0);
  pw_frame_free(&t);
  CHECK_FAILS(pw_graph_cycles(NULL, c), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_graph_cycles(&t, NULL), PW_ERR_INVALID_ARGUMENT, "plan is NULL");

  /* By links: m-25 -> m-26 -> m-28 (2 links). By duration: m-23 (2017-01-02
   * to 2026-12-18: 2600 weekdays) then m-24 (2027-01-04 to 2030-12-16: 1031
   * weekdays) = 3631 working days. */
  CHECK_OK(pw_graph_critical(&t, c));
  CHECK(rows_of(t) == 5);
  {
    size_t labels = 0;
    const char *label = NULL;
    CHECK_OK(pw_frame_label_count(&labels, t, 0));
    CHECK(labels == 2);
    CHECK_OK(pw_frame_label(&label, t, 0, 1));
    CHECK_STR(label, "duration");
    CHECK_FAILS(pw_frame_label(&label, t, 0, 2), PW_ERR_OUT_OF_RANGE, "code 2 is past the labels of \"chain\"");
  }
  CHECK_STR(text_at(t, 0, 0), "links");
  CHECK_STR(text_at(t, 2, 2), "m-28");
  CHECK(int_at(t, 2, 3) == 2);
  CHECK_STR(text_at(t, 3, 0), "duration");
  CHECK_STR(text_at(t, 3, 2), "m-23");
  CHECK_STR(text_at(t, 4, 2), "m-24");
  CHECK(int_at(t, 4, 3) == 3631);
  pw_frame_free(&t);
  CHECK_FAILS(pw_graph_critical(&t, NULL), PW_ERR_INVALID_ARGUMENT, "plan is NULL");

  CHECK_OK(pw_graph_redundant(&t, c));
  CHECK(rows_of(t) == 1);
  CHECK_STR(text_at(t, 0, 0), "m-38");
  CHECK_STR(text_at(t, 0, 1), "m-35");
  CHECK(int_at(t, 0, 2) == 0);
  pw_frame_free(&t);
  CHECK_FAILS(pw_graph_redundant(NULL, c), PW_ERR_INVALID_ARGUMENT, "out is NULL");

  /* m-13 delayed 10: m-14 (FS +20 after it) and m-15 (SS +10 after m-14)
   * both move 10; goals oz-2.2.2 and sz-2.2 wait; guiding goal lz-bildung. */
  CHECK_OK(pw_graph_impact(&t, c, "m-13", PW_CHANGE_DELAY, 10));
  CHECK(rows_of(t) == 5);
  CHECK_STR(text_at(t, 0, 0), "downstream");
  CHECK_STR(text_at(t, 0, 1), "m-14");
  CHECK(int_at(t, 0, 2) == 10);
  CHECK_STR(text_at(t, 1, 1), "m-15");
  CHECK(int_at(t, 1, 2) == 10);
  CHECK_STR(text_at(t, 4, 0), "guiding_goal");
  CHECK_STR(text_at(t, 4, 1), "lz-bildung");
  pw_frame_free(&t);
  CHECK_OK(pw_graph_impact(&t, c, "m-25", PW_CHANGE_CANCEL, -99)); /* the delay is ignored for a cancellation */
  CHECK(rows_of(t) == 5);                                           /* m-26, m-28, sz-4.1, oz-4.1.1, lz-gesundheit */
  pw_frame_free(&t);
  CHECK_FAILS(pw_graph_impact(&t, c, "nope", PW_CHANGE_CANCEL, 0), PW_ERR_NOT_FOUND, "no measure with id \"nope\"");
  CHECK_FAILS(pw_graph_impact(&t, c, "m-13", PW_CHANGE_DELAY, -1), PW_ERR_INVALID_ARGUMENT, "cannot be negative");
  CHECK_FAILS(pw_graph_impact(&t, c, "m-13", (pw_change)5, 1), PW_ERR_INVALID_ARGUMENT, "unknown change 5");
  CHECK_FAILS(pw_graph_impact(&t, c, NULL, PW_CHANGE_DELAY, 1), PW_ERR_INVALID_ARGUMENT, "measure_id is NULL");
  CHECK_FAILS(pw_graph_impact(&t, NULL, "m-13", PW_CHANGE_DELAY, 1), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
  CHECK_FAILS(pw_graph_impact(NULL, c, "m-13", PW_CHANGE_DELAY, 1), PW_ERR_INVALID_ARGUMENT, "out is NULL");

  CHECK_OK(pw_graph_coverage(&t, c));
  CHECK(rows_of(t) == 7); /* seven operational or annual goals have no indicator of their own */
  CHECK_STR(text_at(t, 0, 0), "goal_without_indicators");
  CHECK_STR(text_at(t, 0, 1), "oz-2.1.1");
  pw_frame_free(&t);
  CHECK_FAILS(pw_graph_coverage(&t, NULL), PW_ERR_INVALID_ARGUMENT, "plan is NULL");

  CHECK_OK(pw_graph_conflicts(&t, c));
  CHECK(rows_of(t) == 0);
  pw_frame_free(&t);
  CHECK_FAILS(pw_graph_conflicts(NULL, c), PW_ERR_INVALID_ARGUMENT, "out is NULL");

  CHECK_OK(pw_graph_dot(&dot, &size, c, PW_VIEW_DEPENDENCIES));
  CHECK(size > 20 && memcmp(dot, "digraph \"dependencies\"", 22) == 0);
  pw_bytes_free(&dot);
  CHECK_OK(pw_graph_dot(&dot, &size, c, PW_VIEW_GOALS));
  CHECK(size > 13 && memcmp(dot, "digraph \"goals\"", 15) == 0);
  pw_bytes_free(&dot);
  CHECK_STR(pw_graph_view_name(PW_VIEW_CONTRIBUTIONS), "contributions");
  CHECK_STR(pw_graph_view_name(PW_VIEW_RELATIONS), "relations");
  CHECK_STR(pw_graph_view_name((pw_graph_view)4), "unknown");
  CHECK_FAILS(pw_graph_dot(&dot, &size, c, (pw_graph_view)4), PW_ERR_INVALID_ARGUMENT, "unknown view 4");
  CHECK_FAILS(pw_graph_dot(&dot, &size, c, (pw_graph_view)-1), PW_ERR_INVALID_ARGUMENT, "unknown view -1");
  CHECK_FAILS(pw_graph_dot(NULL, &size, c, PW_VIEW_GOALS), PW_ERR_INVALID_ARGUMENT, "out_data is NULL");
  CHECK_FAILS(pw_graph_dot(&dot, NULL, c, PW_VIEW_GOALS), PW_ERR_INVALID_ARGUMENT, "out_size is NULL");
  CHECK_FAILS(pw_graph_dot(&dot, &size, NULL, PW_VIEW_GOALS), PW_ERR_INVALID_ARGUMENT, "plan is NULL");
}

static void test_cycles_and_sets(pw_concept *c, const char *budget_path) {
  const char *ring = "measures { id: \"x\" dependencies { predecessor_id: \"y\" } }"
                     "measures { id: \"y\" dependencies { predecessor_id: \"x\" } }";
  pw_concept *cyclic = NULL, *budget = load(budget_path);
  const pw_concept *both[2];
  const pw_concept *twice[2];
  pw_frame *t = NULL;

  CHECK_OK(pw_concept_load_bytes(&cyclic, NULL, ring, strlen(ring), PW_FORMAT_TEXT));
  CHECK_OK(pw_graph_cycles(&t, cyclic));
  CHECK(rows_of(t) == 2);
  CHECK_STR(text_at(t, 0, 2), "x");
  CHECK_STR(text_at(t, 1, 2), "y");
  pw_frame_free(&t);
  CHECK_FAILS(pw_graph_order(&t, cyclic), PW_ERR_CONFLICT, "the first: \"x\" -> \"y\" -> \"x\"");
  CHECK_FAILS(pw_graph_critical(&t, cyclic), PW_ERR_CONFLICT, "cycle");
  CHECK_FAILS(pw_graph_redundant(&t, cyclic), PW_ERR_CONFLICT, "cycle");
  CHECK_FAILS(pw_graph_impact(&t, cyclic, "x", PW_CHANGE_DELAY, 1), PW_ERR_CONFLICT, "cyclic");
  pw_concept_free(&cyclic);

  /* The integration concept's sz-5.1 is pursued by m-30, m-31, m-32; the
   * budget concept's hk-konsolidierung by hm-freiwillige-leistungen. */
  both[0] = c;
  both[1] = budget;
  CHECK_OK(pw_graph_cross_conflicts(&t, both, 2));
  CHECK(rows_of(t) == 4);
  CHECK_STR(text_at(t, 0, 0), "oberhausen-2025:sz-5.1");
  CHECK_STR(text_at(t, 0, 1), "oberhausen-haushalt-2025:hk-konsolidierung");
  CHECK_STR(text_at(t, 0, 2), "first");
  CHECK_STR(text_at(t, 0, 3), "m-30");
  CHECK_STR(text_at(t, 3, 2), "second");
  CHECK_STR(text_at(t, 3, 3), "hm-freiwillige-leistungen");
  pw_frame_free(&t);
  twice[0] = c;
  twice[1] = c;
  CHECK_FAILS(pw_graph_cross_conflicts(&t, twice, 2), PW_ERR_CONFLICT, "already holds a concept \"oberhausen-2025\"");
  twice[1] = NULL;
  CHECK_FAILS(pw_graph_cross_conflicts(&t, twice, 2), PW_ERR_INVALID_ARGUMENT, "plans[1] is NULL");
  CHECK_FAILS(pw_graph_cross_conflicts(&t, NULL, 2), PW_ERR_INVALID_ARGUMENT, "plans is NULL");
  CHECK_OK(pw_graph_cross_conflicts(&t, NULL, 0));
  CHECK(rows_of(t) == 0);
  pw_frame_free(&t);
  CHECK_FAILS(pw_graph_cross_conflicts(NULL, both, 2), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  {
    /* The relations across both concepts, as DOT. */
    uint8_t *dot = NULL;
    size_t size = 0;
    const char *edge = "\"oberhausen-haushalt-2025:hk-konsolidierung\" -> \"oberhausen-2025:sz-5.1\"";
    char *text;
    CHECK_OK(pw_graph_dot_relations(&dot, &size, both, 2));
    text = (char *)malloc(size + 1);
    if (text != NULL) {
      memcpy(text, dot, size);
      text[size] = '\0';
      CHECK(strstr(text, edge) != NULL);
      free(text);
    }
    pw_bytes_free(&dot);
    CHECK_FAILS(pw_graph_dot_relations(&dot, &size, twice, 2), PW_ERR_INVALID_ARGUMENT, "plans[1] is NULL");
    CHECK_FAILS(pw_graph_dot_relations(&dot, &size, NULL, 1), PW_ERR_INVALID_ARGUMENT, "plans is NULL");
  }
  pw_concept_free(&budget);
}

int main(int argc, char **argv) {
  pw_concept *c;
  if (argc != 3) {
    fprintf(stderr, "usage: test_capi_graph SAMPLE_FILE BUDGET_FILE\n");
    return 2;
  }
  c = load(argv[1]);
  test_tables_and_order(c);
  test_analyses(c);
  test_cycles_and_sets(c, argv[2]);
  pw_concept_free(&c);
  return check_report("capi graph");
}
