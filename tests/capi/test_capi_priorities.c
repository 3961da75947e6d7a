/* SPDX-License-Identifier: Apache-2.0 */
/* The annual programme through the C API on the sample: the frames agree
 * with each other (the value is the sum of the starts' values, every pool
 * account balances), more money never lowers the value, the report gets its
 * page, and bad options are refused with the field named.
 * Usage: test_capi_priorities CONCEPT OBSERVATIONS TMPDIR */
#include <math.h>
#include <stdlib.h>

#include "check.h"

static double real_at(const pw_frame *f, const char *column, size_t row) {
  const double *values = NULL;
  CHECK_OK(pw_frame_reals(&values, f, frame_column(f, column)));
  return values == NULL ? NAN : values[row];
}

int main(int argc, char **argv) {
  pw_concept *plan = NULL;
  pw_observations *obs = NULL;
  pw_programme *programme = NULL, *richer = NULL;
  pw_frame *summary = NULL, *starts = NULL, *pools = NULL, *left = NULL, *frame = NULL, *files = NULL;
  pw_priorities_options options = PW_PRIORITIES_OPTIONS_INIT;
  pw_report_options report = PW_REPORT_OPTIONS_INIT;
  const char *plenty[] = {"bp-integration=1000000"};
  const char *unknown_pool[] = {"bp-nowhere=5"};
  const char *malformed[] = {"bp-integration"};
  char folder[4096];
  size_t r, n;
  double sum = 0, value;
  if (argc != 4) return 2;
  CHECK_OK(pw_concept_load_file(&plan, NULL, argv[1], PW_FORMAT_AUTO));
  CHECK_OK(pw_observations_read(&obs, plan, argv[2]));

  options.first_year = 2026;
  options.last_year = 2028;
  options.marginals = 0;
  CHECK_OK(pw_prioritize(&programme, plan, obs, &options));
  CHECK_OK(pw_programme_frame(&summary, programme, PW_PROGRAMME_SUMMARY));
  CHECK(frame_rows(summary) == 1);
  CHECK_STR(frame_text_at(summary, 0, frame_column(summary, "status")), "optimal");
  CHECK_STR(frame_text_at(summary, 0, frame_column(summary, "solver")), "cbc");
  CHECK(frame_int_at(summary, 0, frame_column(summary, "first_year")) == 2026);
  value = real_at(summary, "value", 0);

  /* The value is the sum of what the starts add. */
  CHECK_OK(pw_programme_frame(&starts, programme, PW_PROGRAMME_STARTS));
  n = frame_rows(starts);
  CHECK(n > 0);
  for (r = 0; r < n; ++r) sum += real_at(starts, "value", r);
  CHECK(fabs(sum - value) < 1e-6 * (1 + value));

  /* Three pools in three years; each account balances:
   * amount = committed + programme + left. */
  CHECK_OK(pw_programme_frame(&pools, programme, PW_PROGRAMME_POOLS));
  CHECK(frame_rows(pools) == 9);
  for (r = 0; r < frame_rows(pools); ++r) {
    const double amount = real_at(pools, "amount", r);
    const double parts = real_at(pools, "committed", r) + real_at(pools, "programme", r) + real_at(pools, "left", r);
    CHECK(fabs(amount - parts) < 1e-6 * (1 + amount));
    CHECK(real_at(pools, "left", r) > -1e-6);
  }
  /* Without marginals asked for, none is measured (NaN). */
  CHECK(isnan(real_at(pools, "marginal", 0)));

  /* The sample leaves measures out for lack of money in bp-integration. */
  CHECK_OK(pw_programme_frame(&left, programme, PW_PROGRAMME_LEFT_OUT));
  CHECK(frame_rows(left) > 0);
  {
    int pool_blocker = 0;
    for (r = 0; r < frame_rows(left); ++r)
      if (strcmp(frame_text_at(left, r, frame_column(left, "kind")), "pool") == 0) pool_blocker = 1;
    CHECK(pool_blocker);
  }

  /* With plenty in the integration budget no pool keeps anything out and
   * the value does not fall. */
  options.pools = plenty;
  options.pool_count = 1;
  CHECK_OK(pw_prioritize(&richer, plan, obs, &options));
  CHECK_OK(pw_programme_frame(&frame, richer, PW_PROGRAMME_SUMMARY));
  CHECK(real_at(frame, "value", 0) >= value - 1e-9);
  pw_frame_free(&frame);
  CHECK_OK(pw_programme_frame(&frame, richer, PW_PROGRAMME_LEFT_OUT));
  for (r = 0; r < frame_rows(frame); ++r)
    CHECK(strcmp(frame_text_at(frame, r, frame_column(frame, "kind")), "pool") != 0);
  pw_frame_free(&frame);
  pw_programme_free(&richer);
  CHECK(richer == NULL);
  options.pools = NULL;
  options.pool_count = 0;

  /* Every part has a name and a frame; the weights cover every goal. */
  CHECK_STR(pw_programme_part_name(PW_PROGRAMME_ANNUAL_GOALS), "annual_goals");
  CHECK_STR(pw_programme_part_name((pw_programme_part)99), "unknown");
  CHECK_STR(pw_solver_name(PW_SOLVER_GLPK), "glpk");
  CHECK_OK(pw_programme_frame(&frame, programme, PW_PROGRAMME_WEIGHTS));
  CHECK(frame_rows(frame) > 0);
  pw_frame_free(&frame);
  CHECK_FAILS(pw_programme_frame(&frame, programme, (pw_programme_part)8), PW_ERR_INVALID_ARGUMENT, "no pw_programme_part");
  CHECK(frame == NULL);

  /* The report gets its page "Jahresprogramm". */
  snprintf(folder, sizeof folder, "%s/capi-programme-report", argv[3]);
  report.programme = programme;
  CHECK_OK(pw_report_write(&files, plan, obs, folder, &report));
  {
    int found = 0;
    for (r = 0; r < frame_rows(files); ++r)
      if (strcmp(frame_text_at(files, r, 0), "programme.html") == 0) found = 1;
    CHECK(found);
  }
  pw_frame_free(&files);

  /* Refusals name what is wrong. */
  CHECK_FAILS(pw_prioritize(&richer, plan, obs, NULL), PW_ERR_INVALID_ARGUMENT, "options");
  CHECK(richer == NULL);
  options.last_year = 2025;
  CHECK_FAILS(pw_prioritize(&richer, plan, obs, &options), PW_ERR_INVALID_ARGUMENT, "ends before it starts");
  options.last_year = 2028;
  options.pools = unknown_pool;
  options.pool_count = 1;
  CHECK_FAILS(pw_prioritize(&richer, plan, obs, &options), PW_ERR_NOT_FOUND, "bp-nowhere");
  options.pools = malformed;
  CHECK_FAILS(pw_prioritize(&richer, plan, obs, &options), PW_ERR_INVALID_ARGUMENT, "options->pools[0]");
  options.pools = NULL;
  options.pool_count = 0;
  options.solver = (pw_solver)7;
  CHECK_FAILS(pw_prioritize(&richer, plan, obs, &options), PW_ERR_INVALID_ARGUMENT, "options->solver");
  options.solver = PW_SOLVER_CBC;
  /* The measures under way no longer fit: with a limit of one measure per
   * actor, the first actor by id with two running in 2026 is fb-gesundheit
   * (m-25 until March, m-27 until 2027): a conflict naming actor and year. */
  options.capacity = 1;
  CHECK_FAILS(pw_prioritize(&richer, plan, obs, &options), PW_ERR_CONFLICT, "capacity of fb-gesundheit in 2026: 2 measures under way, limit 1");
  CHECK(richer == NULL);

  pw_programme_free(NULL);
  pw_frame_free(&summary);
  pw_frame_free(&starts);
  pw_frame_free(&pools);
  pw_frame_free(&left);
  pw_programme_free(&programme);
  pw_observations_free(&obs);
  pw_concept_free(&plan);
  return check_report("capi.priorities");
}
