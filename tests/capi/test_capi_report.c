/* SPDX-License-Identifier: Apache-2.0 */
/* The published report through the C API: the files it writes, the
 * options (language, title), byte-identical rebuilds, and refusals.
 * Usage: test_capi_report CONCEPT OBSERVATIONS TMPDIR PREVIOUS */
#include <stdlib.h>

#include "check.h"

/* The bytes of a file, NUL-terminated, owned by the caller (free). */
static char *read_all(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  char *bytes;
  long n;
  if (f == NULL) return NULL;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  bytes = (char *)malloc((size_t)n + 1);
  if (bytes != NULL && fread(bytes, 1, (size_t)n, f) != (size_t)n) n = 0;
  if (bytes != NULL) bytes[n] = '\0';
  fclose(f);
  *size = (size_t)n;
  return bytes;
}

static char *path_in(const char *folder, const char *file) {
  char *p = (char *)malloc(strlen(folder) + strlen(file) + 2);
  sprintf(p, "%s/%s", folder, file);
  return p;
}

int main(int argc, char **argv) {
  pw_concept *plan = NULL, *previous = NULL;
  pw_observations *obs = NULL;
  const char *renames[] = {"ind-sgb2=ind-sgb2-quote"};
  const char *bad_renames[] = {"ind-sgb2"};
  pw_frame *files = NULL, *again = NULL;
  pw_report_options options = PW_REPORT_OPTIONS_INIT;
  size_t rows, r, column = 0, size = 0, size2 = 0;
  char *de_folder, *en_folder, *index_path, *plan_path, *changes_path, *bytes, *bytes2;
  if (argc != 5) return 2;
  de_folder = path_in(argv[3], "capi-report-de");
  en_folder = path_in(argv[3], "capi-report-en");

  CHECK_OK(pw_concept_load_file(&plan, NULL, argv[1], PW_FORMAT_AUTO));
  CHECK_OK(pw_observations_read(&obs, plan, argv[2]));

  /* The defaults: German, written file by file in name order. */
  CHECK_OK(pw_report_write(&files, plan, obs, de_folder, NULL));
  rows = frame_rows(files);
  /* The sample: 16 indicators with data, each a page, a CSV and a JSON file
   * (48), and ind-mindestsicherung, whose data comes from official statistics
   * (examples/oberhausen/statistics), a page only (1);
   * the pages index, plan and its four zoom levels, indicators, grid,
   * calendar, participation, stakeholders, budget, accessibility (13);
   * style.css, enhance.js; calendar/all.ics and one .ics for each of the 7
   * committees; a page for each of the 41 measures:
   * 48 + 1 + 13 + 2 + 1 + 7 + 41 = 113. */
  CHECK(rows == 113);
  CHECK_STR(frame_text_at(files, 0, 0), "accessibility.html");
  CHECK_STR(frame_text_at(files, rows - 1, 0), "style.css");
  for (r = 0; r < rows; ++r)
    if (frame_text_at(files, r, 0) != NULL && strcmp(frame_text_at(files, r, 0), "index.html") == 0) break;
  CHECK(r < rows);
  CHECK_OK(pw_frame_find(&column, files, "bytes"));
  index_path = path_in(de_folder, "index.html");
  bytes = read_all(index_path, &size);
  CHECK(bytes != NULL && (int64_t)size == frame_int_at(files, r, column));
  CHECK(bytes != NULL && strstr(bytes, "<html lang=\"de\">") != NULL);

  /* Written again: the same bytes. */
  CHECK_OK(pw_report_write(&again, plan, obs, de_folder, NULL));
  bytes2 = read_all(index_path, &size2);
  CHECK(bytes != NULL && bytes2 != NULL && size == size2 && memcmp(bytes, bytes2, size) == 0);
  free(bytes2);
  pw_frame_free(&again);
  free(bytes);

  /* English, a title of its own, without observations. */
  options.language = PW_REPORT_EN;
  options.title = "Integration <Plan>";
  CHECK_OK(pw_report_write(&again, plan, NULL, en_folder, &options));
  plan_path = path_in(en_folder, "plan.html");
  bytes = read_all(plan_path, &size);
  CHECK(bytes != NULL && strstr(bytes, "<html lang=\"en\">") != NULL);
  CHECK(bytes != NULL && strstr(bytes, "Integration &lt;Plan&gt;") != NULL);
  CHECK(bytes != NULL && strstr(bytes, "Action plan") != NULL);
  free(bytes);
  pw_frame_free(&again);
  CHECK(again == NULL);

  /* Version 2: the previous version gives a changes page, with the renames
   * of pw_history_diff (the indicator renamed, not removed and added). */
  CHECK_OK(pw_concept_load_file(&previous, NULL, argv[4], PW_FORMAT_AUTO));
  options.language = PW_REPORT_DE;
  options.previous = previous;
  options.renames = renames;
  options.rename_count = 1;
  CHECK_OK(pw_report_write(&again, plan, NULL, en_folder, &options));
  pw_frame_free(&again);
  changes_path = path_in(en_folder, "changes.html");
  bytes = read_all(changes_path, &size);
  CHECK(bytes != NULL && strstr(bytes, "umbenannt") != NULL);
  CHECK(bytes != NULL && strstr(bytes, "<a href=\"indicator-ind-sgb2-quote.html\">ind-sgb2-quote</a>") != NULL);
  free(bytes);
  /* A caller built against version 1 passes version 1: the fields after
   * `contact` are not read, so no changes page (and no refusal of them). */
  remove(changes_path);
  options.version = 1;
  options.renames = bad_renames;
  CHECK_OK(pw_report_write(&again, plan, NULL, en_folder, &options));
  pw_frame_free(&again);
  CHECK(read_all(changes_path, &size) == NULL);
  options.version = PW_REPORT_OPTIONS_VERSION;
  CHECK_FAILS(pw_report_write(&again, plan, NULL, en_folder, &options), PW_ERR_INVALID_ARGUMENT,
              "options->renames[0] is not OLD_ID=NEW_ID");
  options.previous = NULL;
  options.renames = renames;
  CHECK_FAILS(pw_report_write(&again, plan, NULL, en_folder, &options), PW_ERR_INVALID_ARGUMENT,
              "options->renames needs options->previous");
  options.renames = NULL;
  options.rename_count = 0;
  pw_concept_free(&previous);
  free(changes_path);

  /* Names of the languages. */
  CHECK_STR(pw_report_language_name(PW_REPORT_DE), "de");
  CHECK_STR(pw_report_language_name(PW_REPORT_EN), "en");
  CHECK_STR(pw_report_language_name((pw_report_language)9), "unknown");

  /* Refusals: a language outside the enum, a struct version from the
   * future, NULL where a value is needed, a folder that cannot be made. */
  options.language = (pw_report_language)9;
  CHECK_FAILS(pw_report_write(&again, plan, NULL, en_folder, &options), PW_ERR_INVALID_ARGUMENT, "language");
  CHECK(again == NULL);
  options.language = PW_REPORT_DE;
  options.version = 99;
  CHECK_FAILS(pw_report_write(&again, plan, NULL, en_folder, &options), PW_ERR_INVALID_ARGUMENT, "options");
  CHECK_FAILS(pw_report_write(&again, NULL, NULL, en_folder, NULL), PW_ERR_INVALID_ARGUMENT, "plan");
  CHECK_FAILS(pw_report_write(&again, plan, NULL, NULL, NULL), PW_ERR_INVALID_ARGUMENT, "folder");
  CHECK_FAILS(pw_report_write(&again, plan, NULL, "/proc/planwerk-report", NULL), PW_ERR_IO, "planwerk-report");

  for (r = 0; r < rows; ++r) (void)r;
  pw_frame_free(&files);
  pw_observations_free(&obs);
  pw_concept_free(&plan);
  free(index_path);
  free(plan_path);
  free(de_folder);
  free(en_folder);
  return check_report("test_capi_report");
}
