/* SPDX-License-Identifier: Apache-2.0 */
/* Monitoring through the C API: bulk arrays in, frames out, bad arguments.
 * Usage: test_capi_monitor SAMPLE_CONCEPT SAMPLE_OBSERVATIONS */
#include <math.h>
#include <stdlib.h>

#include "check.h"

static const char *concept_text =
    "id: \"c\" districts { id: \"a\" name: \"A\" } districts { id: \"b\" name: \"B\" }\n"
    "indicators { id: \"q\" title: \"Q\" measure_type: MEASURE_TYPE_PERCENTAGE polarity: POLARITY_HIGHER_IS_BETTER\n"
    "  numerator: \"n\" denominator: \"d\"\n"
    "  baselines { value: 20 date: \"2020-01-01\" } targets { value: 40 date: \"2030-01-01\" } }\n";

int main(int argc, char **argv) {
  pw_concept *c = NULL, *sample = NULL;
  pw_evaluation *e = NULL;
  pw_observations *obs = NULL, *unread = NULL;
  pw_frame *series = NULL, *totals = NULL, *missing = (pw_frame *)&c;
  pw_frame *process = NULL;
  pw_monitor_options options;
  const char *chosen[] = {"status", "attainment"}, *misspelt[] = {"slope", "colour"}, *with_null[] = {"slope", NULL};
  pw_observation_arrays rows, read;
  const double *value = NULL, *attainment = NULL;
  const int32_t *codes = NULL;
  const int64_t *periods = NULL;
  const char *label = NULL, *name = NULL;
  pw_column_type type;
  size_t n = 0, columns = 0, r;
  pw_date day = {2025, 12, 31};
  /* Two districts, two years: 2020 at 20 %, 2022 at 30 % in both. */
  int32_t indicator[] = {0, 0, 0, 0}, district[] = {0, 1, 0, 1}, group[] = {-1, -1, -1, -1};
  int32_t period[] = {20200000, 20200000, 20220000, 20220000}, bad_indicator[] = {0, 0, 0, 5};
  double numerator[] = {20, 40, 30, 60}, denominator[] = {100, 200, 100, 200};

  if (argc != 3) return 2;
  CHECK_OK(pw_concept_load_bytes(&c, NULL, concept_text, strlen(concept_text), PW_FORMAT_TEXT));
  memset(&rows, 0, sizeof rows);
  rows.version = PW_OBSERVATION_ARRAYS_VERSION;
  rows.count = 4;
  rows.indicator = indicator;
  rows.district = district;
  rows.group = group;
  rows.period = period;
  rows.numerator = numerator;
  rows.denominator = denominator;

  CHECK_OK(pw_monitor_options_init(&options, PW_MONITOR_OPTIONS_VERSION));
  CHECK(options.version == PW_MONITOR_OPTIONS_VERSION && options.min_cases == 3 && options.min_points == 2 &&
        options.rule == PW_ROLLUP_WEIGHTED_MEAN && options.cells == 0 && options.trends == 1 && options.threads == 0 &&
        options.columns == NULL && options.column_count == 0);
  {
    /* The macro and the function give the same defaults. */
    pw_monitor_options by_macro = PW_MONITOR_OPTIONS_INIT;
    CHECK(by_macro.version == options.version && by_macro.min_cases == options.min_cases &&
          by_macro.min_points == options.min_points && by_macro.rule == options.rule &&
          by_macro.min_share == options.min_share && by_macro.cells == options.cells &&
          by_macro.trends == options.trends && by_macro.threads == options.threads &&
          by_macro.columns == options.columns && by_macro.column_count == options.column_count);
    CHECK_FAILS(pw_monitor_options_init(&by_macro, 0), PW_ERR_INVALID_ARGUMENT, "version 0 is unknown");
    CHECK_FAILS(pw_monitor_options_init(&by_macro, PW_MONITOR_OPTIONS_VERSION + 1), PW_ERR_INVALID_ARGUMENT,
                "is unknown to this library");
    CHECK_FAILS(pw_monitor_options_init(NULL, PW_MONITOR_OPTIONS_VERSION), PW_ERR_INVALID_ARGUMENT, "options is NULL");
    CHECK_STR(pw_rollup_rule_name(PW_ROLLUP_TWO_WORST), "two_worst");
    CHECK_STR(pw_rollup_rule_name((pw_rollup_rule)2), "unknown");
  }
  CHECK_OK(pw_monitor_evaluate(&e, c, &rows, &options));
  CHECK_OK(pw_evaluation_frame(&totals, e, PW_EVALUATION_TOTALS));
  CHECK_OK(pw_frame_shape(&n, &columns, totals));
  CHECK(n == 2); /* the municipality in 2020 and 2022 */
  CHECK_OK(pw_frame_reals(&value, totals, frame_column(totals, "value")));
  CHECK_OK(pw_frame_integers(&periods, totals, frame_column(totals, "period")));
  /* 2022: (30 + 60) / (100 + 200) = 30 % */
  CHECK(periods[1] == 20220000 && fabs(value[1] - 30) < 1e-12);

  CHECK_OK(pw_evaluation_frame(&series, e, PW_EVALUATION_SERIES));
  CHECK_OK(pw_frame_shape(&n, &columns, series));
  CHECK(n == 3); /* the municipality and two districts */
  CHECK_OK(pw_frame_column(&name, &type, series, 0));
  CHECK_STR(name, "indicator");
  CHECK(type == PW_COLUMN_CATEGORY);
  CHECK_OK(pw_frame_reals(&attainment, series, frame_column(series, "attainment")));
  CHECK_OK(pw_frame_codes(&codes, series, frame_column(series, "status")));
  /* (30 - 20) / (40 - 20) = 0.5, at the midpoint: yellow (3) */
  CHECK(fabs(attainment[0] - 0.5) < 1e-12);
  CHECK(codes[0] == 3);
  CHECK_OK(pw_frame_label(&label, series, frame_column(series, "status"), codes[0]));
  CHECK_STR(label, "yellow");
  CHECK_FAILS(pw_frame_reals(&value, series, 0), PW_ERR_INVALID_ARGUMENT, "holds category values, not reals");
  CHECK_FAILS(pw_frame_label(&label, series, 0, 99), PW_ERR_OUT_OF_RANGE, "code 99");
  CHECK_FAILS(pw_frame_find(&r, series, "colour"), PW_ERR_NOT_FOUND, "no column \"colour\"");
  CHECK_FAILS(pw_frame_column(&name, &type, series, 99), PW_ERR_OUT_OF_RANGE, "column 99 is past the end");
  CHECK_FAILS(pw_frame_codes(&codes, series, frame_column(series, "attainment")), PW_ERR_INVALID_ARGUMENT,
              "holds real values, not category codes");
  CHECK_FAILS(pw_frame_integers(&periods, series, frame_column(series, "attainment")), PW_ERR_INVALID_ARGUMENT,
              "holds real values, not integers");
  CHECK_FAILS(pw_frame_shape(&n, &columns, NULL), PW_ERR_INVALID_ARGUMENT, "frame is NULL");
  CHECK_FAILS(pw_evaluation_frame(&missing, e, (pw_evaluation_part)4), PW_ERR_INVALID_ARGUMENT,
              "unknown evaluation part 4");
  CHECK(missing == NULL);
  CHECK_FAILS(pw_evaluation_frame(&missing, NULL, PW_EVALUATION_SERIES), PW_ERR_INVALID_ARGUMENT,
              "evaluation is NULL");
  CHECK_FAILS(pw_evaluation_frame(NULL, e, PW_EVALUATION_SERIES), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_STR(pw_evaluation_part_name(PW_EVALUATION_ROLLUP), "rollup");
  CHECK_STR(pw_evaluation_part_name((pw_evaluation_part)-1), "unknown");
  pw_evaluation_free(&e);
  CHECK(e == NULL);
  pw_evaluation_free(&e);
  pw_evaluation_free(NULL);
  /* The frames outlive their evaluation: they share its data. */
  CHECK_OK(pw_frame_reals(&attainment, series, frame_column(series, "attainment")));
  CHECK(fabs(attainment[0] - 0.5) < 1e-12);
  CHECK_OK(pw_frame_reals(&value, totals, frame_column(totals, "value")));
  CHECK(fabs(value[1] - 30) < 1e-12);
  pw_frame_free(&series);
  pw_frame_free(&totals);
  CHECK(series == NULL && totals == NULL);

  /* Bad rows: named by position; nothing is returned. */
  rows.indicator = bad_indicator;
  CHECK_FAILS(pw_monitor_evaluate(&e, c, &rows, NULL), PW_ERR_INVALID_ARGUMENT, "row 3, column indicator");
  CHECK(e == NULL);
  rows.indicator = indicator;
  denominator[2] = 0;
  CHECK_FAILS(pw_monitor_evaluate(&e, c, &rows, NULL), PW_ERR_INVALID_ARGUMENT, "row 2, column denominator");
  denominator[2] = 100;
  period[3] = 20200000; /* a second observation of district b in 2020 */
  CHECK_FAILS(pw_monitor_evaluate(&e, c, &rows, NULL), PW_ERR_INVALID_ARGUMENT, "a second observation");
  period[3] = 20220000;
  CHECK_FAILS(pw_monitor_evaluate(NULL, c, &rows, NULL), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  options.rule = (pw_rollup_rule)7;
  CHECK_FAILS(pw_monitor_evaluate(&e, c, &rows, &options), PW_ERR_INVALID_ARGUMENT, "options->rule is 7");
  /* A struct without a version (a caller that did not initialise it), or
   * of a version newer than this library: refused, naming the struct. */
  CHECK_OK(pw_monitor_options_init(&options, PW_MONITOR_OPTIONS_VERSION));
  options.version = 0;
  CHECK_FAILS(pw_monitor_evaluate(&e, c, &rows, &options), PW_ERR_INVALID_ARGUMENT, "options->version is 0");
  options.version = PW_MONITOR_OPTIONS_VERSION + 1;
  CHECK_FAILS(pw_monitor_evaluate(&e, c, &rows, &options), PW_ERR_INVALID_ARGUMENT, "this library knows versions 1 to");
  rows.version = 0;
  CHECK_FAILS(pw_monitor_evaluate(&e, c, &rows, NULL), PW_ERR_INVALID_ARGUMENT, "rows->version is 0");
  rows.version = PW_OBSERVATION_ARRAYS_VERSION;
  CHECK(e == NULL);

  /* A struct of exactly its version's size (on the heap, where ASan sees
   * any read past it): read whole, and nothing after it. */
  {
    pw_monitor_options *exact = (pw_monitor_options *)malloc(sizeof *exact);
    CHECK(exact != NULL);
    if (exact != NULL) {
      CHECK_OK(pw_monitor_options_init(exact, PW_MONITOR_OPTIONS_VERSION));
      CHECK_OK(pw_monitor_evaluate(&e, c, &rows, exact));
      pw_evaluation_free(&e);
      free(exact);
    }
  }

  /* Chosen columns: the keys, then the chosen ones in the frame's order. */
  CHECK_OK(pw_monitor_options_init(&options, PW_MONITOR_OPTIONS_VERSION));
  options.columns = chosen;
  options.column_count = 2;
  CHECK_OK(pw_monitor_evaluate(&e, c, &rows, &options));
  CHECK_OK(pw_evaluation_frame(&series, e, PW_EVALUATION_SERIES));
  CHECK_OK(pw_frame_shape(&n, &columns, series));
  CHECK(n == 3 && columns == 5);
  CHECK_OK(pw_frame_column(&name, &type, series, 3));
  CHECK_STR(name, "attainment");
  CHECK_OK(pw_frame_reals(&attainment, series, 3));
  CHECK(fabs(attainment[0] - 0.5) < 1e-12);
  CHECK_FAILS(pw_frame_find(&r, series, "slope"), PW_ERR_NOT_FOUND, "no column \"slope\"");
  pw_frame_free(&series);
  pw_evaluation_free(&e);
  options.columns = misspelt;
  options.column_count = 2;
  CHECK_FAILS(pw_monitor_evaluate(&e, c, &rows, &options), PW_ERR_INVALID_ARGUMENT, "\"colour\" is no series column");
  CHECK(e == NULL);
  options.columns = with_null;
  CHECK_FAILS(pw_monitor_evaluate(&e, c, &rows, &options), PW_ERR_INVALID_ARGUMENT, "options->columns[1] is NULL");
  options.columns = NULL;
  CHECK_FAILS(pw_monitor_evaluate(&e, c, &rows, &options), PW_ERR_INVALID_ARGUMENT, "options->columns is NULL");
  CHECK(e == NULL);

  /* The sample: read the CSV, evaluate its arrays. */
  CHECK_OK(pw_concept_load_file(&sample, NULL, argv[1], PW_FORMAT_AUTO));
  CHECK_OK(pw_observations_read(&obs, sample, argv[2]));
  memset(&read, 0, sizeof read);
  CHECK_FAILS(pw_observations_arrays(&read, obs), PW_ERR_INVALID_ARGUMENT, "out->version is 0");
  read.version = PW_OBSERVATION_ARRAYS_VERSION;
  CHECK_OK(pw_observations_arrays(&read, obs));
  CHECK(read.version == PW_OBSERVATION_ARRAYS_VERSION);
  CHECK(read.count == 752 && read.group_count > 0 && read.groups != NULL);
  CHECK_OK(pw_monitor_options_init(&options, PW_MONITOR_OPTIONS_VERSION));
  options.as_of = 20251231;
  CHECK_OK(pw_monitor_evaluate(&e, sample, &read, &options));
  CHECK_OK(pw_evaluation_frame(&series, e, PW_EVALUATION_ROLLUP));
  CHECK_OK(pw_frame_shape(&n, &columns, series));
  CHECK(n > 0 && columns == 6);
  pw_frame_free(&series);
  {
    /* Comparisons need the cells. */
    double slope = 0;
    int32_t closing = 7;
    CHECK_FAILS(pw_evaluation_group_gap(&series, &slope, &closing, e, "ind-betreuung-u3", "migration:yes",
                                        "migration:no", NULL),
                PW_ERR_INVALID_ARGUMENT, "needs an evaluation made with options->cells = 1");
    CHECK(series == NULL && closing == 7);
  }
  pw_evaluation_free(&e);
  options.cells = 1;
  CHECK_OK(pw_monitor_evaluate(&e, sample, &read, &options));
  {
    /* The day-care gap between children with and without a migration
     * background, 2015 to 2025: 11 periods; difference = a - b in each, and
     * the slope of |difference| agrees in sign with "closing". */
    double slope = 0;
    int32_t closing = 7;
    const double *a = NULL, *b = NULL, *difference = NULL;
    CHECK_OK(pw_evaluation_group_gap(&series, &slope, &closing, e, "ind-betreuung-u3", "migration:yes",
                                     "migration:no", ""));
    CHECK_OK(pw_frame_shape(&n, &columns, series));
    CHECK(n == 11);
    CHECK_OK(pw_frame_reals(&a, series, frame_column(series, "value_a")));
    CHECK_OK(pw_frame_reals(&b, series, frame_column(series, "value_b")));
    CHECK_OK(pw_frame_reals(&difference, series, frame_column(series, "difference")));
    for (r = 0; r < n; ++r) CHECK(fabs(difference[r] - (a[r] - b[r])) < 1e-9);
    CHECK(!isnan(slope) && closing == (slope < 0 ? 1 : -1));
    pw_frame_free(&series);
    CHECK_FAILS(pw_evaluation_group_gap(&series, &slope, &closing, e, "nope", "migration:yes", "migration:no", NULL),
                PW_ERR_NOT_FOUND, "nope");
    CHECK_FAILS(pw_evaluation_group_gap(&series, NULL, &closing, e, "ind-betreuung-u3", "a", "b", NULL),
                PW_ERR_INVALID_ARGUMENT, "out_slope is NULL");
    /* Districts against the city: ranks 1, 2, ... among the districts with a value. */
    CHECK_OK(pw_evaluation_district_comparison(&series, e, sample, "ind-betreuung-u3", NULL));
    CHECK_OK(pw_frame_shape(&n, &columns, series));
    CHECK(n > 1);
    {
      const int64_t *rank = NULL;
      CHECK_OK(pw_frame_integers(&rank, series, frame_column(series, "rank")));
      for (r = 0; r < n; ++r) CHECK(rank[r] >= 0 && rank[r] <= (int64_t)n);
    }
    pw_frame_free(&series);
    CHECK_FAILS(pw_evaluation_district_comparison(&series, e, NULL, "ind-betreuung-u3", NULL), PW_ERR_INVALID_ARGUMENT,
                "plan is NULL");
  }
  pw_evaluation_free(&e);

  /* Observations from memory: CSV text and ObservationSet bytes. */
  {
    const char *csv = "indicator,period,value\nind-betreuung-u3,2024,28.5\nind-betreuung-u3,2025,29.1\n";
    const char *bad = "indicator,period,value\nind-betreuung-u3,2024,28,5\n";
    const char *set = "observations { indicator_id: \"ind-betreuung-u3\" period: \"2024\" value: 28.5 }";
    pw_observations *from_memory = NULL;
    pw_observation_arrays got = PW_OBSERVATION_ARRAYS_INIT;
    CHECK_OK(pw_observations_read_csv(&from_memory, sample, csv, strlen(csv), "inline.csv", PW_CSV_PLAIN));
    CHECK_OK(pw_observations_arrays(&got, from_memory));
    CHECK(got.count == 2 && got.period[1] == 20250000 && fabs(got.value[1] - 29.1) < 1e-12);
    pw_observations_free(&from_memory);
    CHECK_FAILS(pw_observations_read_csv(&from_memory, sample, bad, strlen(bad), "inline.csv", PW_CSV_PLAIN),
                PW_ERR_PARSE, "inline.csv line 2");
    CHECK(from_memory == NULL);
    CHECK_FAILS(pw_observations_read_csv(&from_memory, sample, csv, strlen(csv), NULL, (pw_csv_dialect)3),
                PW_ERR_INVALID_ARGUMENT, "unknown CSV dialect 3");
    CHECK_STR(pw_csv_dialect_name(PW_CSV_OFFICIAL), "official");
    CHECK_OK(pw_observations_read_bytes(&from_memory, sample, set, strlen(set), PW_FORMAT_TEXT));
    CHECK_OK(pw_observations_arrays(&got, from_memory));
    CHECK(got.count == 1 && got.period[0] == 20240000);
    pw_observations_free(&from_memory);
    CHECK_FAILS(pw_observations_read_bytes(&from_memory, sample, NULL, 0, PW_FORMAT_AUTO), PW_ERR_INVALID_ARGUMENT,
                "data is NULL");
  }
  CHECK_FAILS(pw_observations_read(&unread, sample, "/nonexistent/obs.csv"), PW_ERR_IO, "/nonexistent/obs.csv");
  CHECK(unread == NULL);

  CHECK_OK(pw_monitor_process(&process, sample, day, PW_PROCESS_PARTICIPATION));
  CHECK_OK(pw_frame_shape(&n, &columns, process));
  CHECK(n == 7);
  pw_frame_free(&process);
  CHECK(process == NULL);
  CHECK_OK(pw_monitor_process(&process, sample, day, PW_PROCESS_STATUS));
  CHECK_OK(pw_frame_column(&name, &type, process, 0));
  CHECK_STR(name, "level");
  pw_frame_free(&process);
  CHECK_STR(pw_process_view_name(PW_PROCESS_PARTICIPATION), "participation");
  CHECK_STR(pw_process_view_name((pw_process_view)2), "unknown");
  CHECK_FAILS(pw_monitor_process(&process, sample, day, (pw_process_view)2), PW_ERR_INVALID_ARGUMENT,
              "unknown process view 2");
  {
    pw_date unset = {0, 0, 0};
    CHECK_FAILS(pw_monitor_process(&process, sample, unset, PW_PROCESS_STATUS), PW_ERR_INVALID_ARGUMENT,
                "as_of is not set");
    CHECK(process == NULL);
  }
  CHECK_FAILS(pw_observations_arrays(&read, NULL), PW_ERR_INVALID_ARGUMENT, "observations is NULL");

  pw_observations_free(&obs);
  pw_concept_free(&sample);
  pw_concept_free(&c);
  return check_report("test_capi_monitor");
}
