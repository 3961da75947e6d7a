/* SPDX-License-Identifier: Apache-2.0 */
/* Workspaces through the C API: versions in, archives out and back in every
 * format, copies that do not alias the workspace, and damaged input.
 * Usage: test_capi_workspace OLD_CONCEPT NEW_CONCEPT NEW_OBSERVATIONS TMPDIR
 * (the sample's 2020 predecessor, the sample and its observations) */
#include <stdlib.h>

#include "check.h"

/* The versions of `w` are the two the test put in: "2020" (the old concept,
 * no observations) and "2025" (the new one with `expected` rows whose
 * numerators and denominators are `numerator` and `denominator`). */
static void check_versions(const pw_workspace *w, const pw_observation_arrays *expected) {
  size_t n = 0, r, same = 0;
  const char *label = NULL, *id = NULL;
  pw_concept *plan = NULL;
  pw_observations *obs = NULL;
  pw_observation_arrays back;

  CHECK_OK(pw_workspace_version_count(&n, w));
  CHECK(n == 2);
  CHECK_OK(pw_workspace_version_label(&label, w, 0));
  CHECK_STR(label, "2020");
  CHECK_OK(pw_workspace_version_label(&label, w, 1));
  CHECK_STR(label, "Fortschreibung 2025");

  CHECK_OK(pw_workspace_version_observations(&obs, w, 0));
  memset(&back, 0, sizeof back);
  back.version = PW_OBSERVATION_ARRAYS_VERSION;
  CHECK_OK(pw_observations_arrays(&back, obs));
  CHECK(back.count == 0);
  pw_observations_free(&obs);

  CHECK_OK(pw_workspace_version_concept(&plan, w, 1));
  CHECK_OK(pw_concept_id(&id, plan));
  CHECK_STR(id, "oberhausen-2025");
  CHECK_OK(pw_workspace_version_observations(&obs, w, 1));
  memset(&back, 0, sizeof back);
  back.version = PW_OBSERVATION_ARRAYS_VERSION;
  CHECK_OK(pw_observations_arrays(&back, obs));
  CHECK(back.count == expected->count);
  for (r = 0; r < back.count && r < expected->count; ++r) {
    /* NaN (not given) compares unequal to itself: count a cell as equal when
     * both are NaN or both hold the same number. */
    int num = back.numerator[r] == expected->numerator[r] ||
              (back.numerator[r] != back.numerator[r] && expected->numerator[r] != expected->numerator[r]);
    int den = back.denominator[r] == expected->denominator[r] ||
              (back.denominator[r] != back.denominator[r] && expected->denominator[r] != expected->denominator[r]);
    if (num && den && back.indicator[r] == expected->indicator[r] && back.district[r] == expected->district[r] &&
        back.period[r] == expected->period[r])
      ++same;
  }
  CHECK(same == expected->count);
  pw_observations_free(&obs);
  pw_concept_free(&plan);
}

int main(int argc, char **argv) {
  pw_concept *old = NULL, *now = NULL, *empty = NULL, *copy = NULL;
  pw_observations *obs = NULL, *obs2 = NULL;
  pw_workspace *w = NULL, *back = NULL, *unset = (pw_workspace *)&old;
  pw_observation_arrays rows;
  uint8_t *bytes = NULL;
  size_t size = 0, n = 0, measures = 0;
  const char *label = NULL, *id = NULL;
  char path[4096];
  int format;
  static const char garbage[] = "not a workspace at all, nor long enough";
  /* The signature, then envelope version 32 (the space). */
  static const char newer[] = "PWWS not really a workspace";

  if (argc != 5) return 2;
  CHECK_OK(pw_concept_load_file(&old, NULL, argv[1], PW_FORMAT_AUTO));
  CHECK_OK(pw_concept_load_file(&now, NULL, argv[2], PW_FORMAT_AUTO));
  CHECK_OK(pw_observations_read(&obs, now, argv[3]));
  memset(&rows, 0, sizeof rows);
  rows.version = PW_OBSERVATION_ARRAYS_VERSION;
  CHECK_OK(pw_observations_arrays(&rows, obs));
  /* examples/oberhausen/observations.csv: 754 lines, a comment and a header. */
  CHECK(rows.count == 752);

  CHECK_OK(pw_workspace_new(&w));
  CHECK_OK(pw_workspace_version_count(&n, w));
  CHECK(n == 0);
  CHECK_OK(pw_workspace_add_version(w, "2020", old, NULL));
  CHECK_OK(pw_workspace_add_version(w, "Fortschreibung 2025", now, obs));
  check_versions(w, &rows);

  /* Every archive format goes out and comes back with the same versions. */
  for (format = PW_ARCHIVE_BINARY; format <= PW_ARCHIVE_XML; ++format) {
    CHECK_OK(pw_workspace_export(&bytes, &size, w, (pw_archive_format)format));
    CHECK(size > 16);
    CHECK_OK(pw_workspace_load_bytes(&back, bytes, size));
    check_versions(back, &rows);
    pw_workspace_free(&back);
    /* Cut anywhere, the archive fails whole: here after half of it. */
    CHECK_FAILS(pw_workspace_load_bytes(&back, bytes, size / 2), PW_ERR_PARSE, "truncated");
    CHECK(back == NULL);
    /* One byte changed in the middle of the archive: the checksum says so. */
    bytes[size / 2] ^= 0x20;
    CHECK_FAILS(pw_workspace_load_bytes(&back, bytes, size), PW_ERR_PARSE, "checksum");
    pw_bytes_free(&bytes);

    snprintf(path, sizeof path, "%s/capi-workspace-%s.pww", argv[4], pw_archive_format_name((pw_archive_format)format));
    CHECK_OK(pw_workspace_save_file(w, path, (pw_archive_format)format));
    CHECK_OK(pw_workspace_load_file(&back, path));
    check_versions(back, &rows);
    pw_workspace_free(&back);
    CHECK(back == NULL);
  }

  /* A concept handed out is a copy: changing it leaves the workspace alone. */
  CHECK_OK(pw_workspace_version_concept(&copy, w, 1));
  CHECK_OK(pw_concept_count(&measures, copy, PW_KIND_MEASURE));
  CHECK(measures > 0);
  CHECK_OK(pw_entity_id(&id, copy, PW_KIND_MEASURE, 0));
  {
    int before = 0, after = 0;
    const int suspended = 5; /* MEASURE_STATUS_SUSPENDED */
    char first[256];
    strncpy(first, id, sizeof first - 1);
    first[sizeof first - 1] = '\0';
    CHECK_OK(pw_measure_status(&before, copy, 0));
    CHECK(before != suspended);
    CHECK_OK(pw_measure_set_status(copy, first, suspended));
    CHECK_OK(pw_measure_status(&after, copy, 0));
    CHECK(after == suspended);
    pw_concept_free(&copy);
    CHECK_OK(pw_workspace_version_concept(&copy, w, 1));
    CHECK_OK(pw_measure_status(&after, copy, 0));
    CHECK(after == before);
  }
  pw_concept_free(&copy);

  /* Observations that do not fit the concept: refused, nothing added. */
  CHECK_OK(pw_concept_new(&empty, "empty"));
  CHECK_FAILS(pw_workspace_add_version(w, "x", empty, obs), PW_ERR_INVALID_ARGUMENT, "do not fit the concept");
  CHECK_OK(pw_workspace_version_count(&n, w));
  CHECK(n == 2);

  /* Arguments and damaged input. */
  CHECK_FAILS(pw_workspace_version_label(&label, w, 2), PW_ERR_OUT_OF_RANGE, "past the workspace's 2 versions");
  CHECK(label == NULL);
  CHECK_FAILS(pw_workspace_version_concept(&copy, w, 2), PW_ERR_OUT_OF_RANGE, "index 2 is past");
  CHECK(copy == NULL);
  CHECK_FAILS(pw_workspace_version_observations(&obs2, w, 5), PW_ERR_OUT_OF_RANGE, "index 5 is past");
  CHECK(obs2 == NULL);
  CHECK_FAILS(pw_workspace_save_file(w, "/no/such/dir/w.pww", PW_ARCHIVE_BINARY), PW_ERR_IO, "/no/such/dir/w.pww");
  snprintf(path, sizeof path, "%s/capi-workspace-bad-format.pww", argv[4]);
  CHECK_FAILS(pw_workspace_save_file(w, path, (pw_archive_format)-1), PW_ERR_INVALID_ARGUMENT,
              "-1 is not a pw_archive_format");
  CHECK_FAILS(pw_workspace_version_count(NULL, w), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_workspace_add_version(NULL, "x", now, NULL), PW_ERR_INVALID_ARGUMENT, "workspace is NULL");
  CHECK_FAILS(pw_workspace_add_version(w, NULL, now, NULL), PW_ERR_INVALID_ARGUMENT, "label is NULL");
  CHECK_FAILS(pw_workspace_export(&bytes, &size, w, (pw_archive_format)7), PW_ERR_INVALID_ARGUMENT,
              "7 is not a pw_archive_format");
  CHECK(bytes == NULL && size == 0);
  CHECK_FAILS(pw_workspace_load_bytes(&back, garbage, sizeof garbage - 1), PW_ERR_PARSE, "<memory>");
  CHECK_FAILS(pw_workspace_load_bytes(&back, newer, sizeof newer - 1), PW_ERR_UNSUPPORTED_VERSION,
              "envelope version 32");
  CHECK_FAILS(pw_workspace_load_bytes(&back, NULL, 0), PW_ERR_INVALID_ARGUMENT, "data is NULL");
  /* A concept file is not a workspace. */
  CHECK_FAILS(pw_workspace_load_file(&back, argv[1]), PW_ERR_PARSE, argv[1]);
  snprintf(path, sizeof path, "%s/capi-workspace-missing.pww", argv[4]);
  remove(path);
  CHECK_FAILS(pw_workspace_load_file(&unset, path), PW_ERR_IO, "capi-workspace-missing.pww");
  CHECK(unset == NULL);
  CHECK_STR(pw_archive_format_name(PW_ARCHIVE_XML), "xml");
  CHECK_STR(pw_archive_format_name((pw_archive_format)3), "unknown");

  pw_workspace_free(&w);
  CHECK(w == NULL);
  pw_workspace_free(&w);
  pw_workspace_free(NULL);
  pw_concept_free(&empty);
  pw_observations_free(&obs);
  pw_concept_free(&old);
  pw_concept_free(&now);
  return check_report("test_capi_workspace");
}
