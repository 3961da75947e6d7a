/* SPDX-License-Identifier: Apache-2.0 */
/* Official statistics through the C API: the sample's mapping on the
 * Landesdatenbank NRW file from a path and from memory, then monitoring
 * on the result; and bad arguments.
 * Usage: test_capi_statistics SAMPLE_CONCEPT STATISTICS_FOLDER */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static char *read_all(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  char *text = NULL;
  long n = 0;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
    text = (char *)malloc((size_t)n + 1);
    if (text != NULL && fread(text, 1, (size_t)n, f) != (size_t)n) {
      free(text);
      text = NULL;
    }
  }
  fclose(f);
  if (text != NULL) {
    text[n] = '\0';
    *size = (size_t)n;
  }
  return text;
}

int main(int argc, char **argv) {
  pw_concept *plan = NULL;
  pw_observations *obs = NULL, *again = NULL;
  pw_frame *warnings = NULL, *sources = NULL;
  pw_observation_arrays arrays = PW_OBSERVATION_ARRAYS_INIT;
  char path[4096], mapping_path[4096];
  const char *paths[1];
  const void *data[1];
  const char *names[1];
  size_t sizes[1], mapping_size = 0;
  char *mapping = NULL, *bytes = NULL;
  pw_evaluation *evaluation = NULL;

  if (argc != 3) return 2;
  snprintf(path, sizeof path, "%s/nrw-ldb_22811-01i_mindestsicherungsquote_gemeinden_2023.csv", argv[2]);
  snprintf(mapping_path, sizeof mapping_path, "%s/mapping.json", argv[2]);
  mapping = read_all(mapping_path, &mapping_size);
  CHECK(mapping != NULL);
  CHECK_OK(pw_concept_load_file(&plan, NULL, argv[1], PW_FORMAT_AUTO));
  paths[0] = path;

  /* Oberhausen (05119) in 22811-01i: "14,9" for 2023 (line 16). */
  CHECK_OK(pw_statistics_import_files(&obs, &warnings, &sources, plan, mapping, paths, 1));
  CHECK_OK(pw_observations_arrays(&arrays, obs));
  CHECK(arrays.count == 1);
  CHECK(arrays.value != NULL && fabs(arrays.value[0] - 14.9) < 1e-12);
  CHECK(arrays.period[0] == 20230000);
  CHECK(arrays.district[0] == -1);
  CHECK(frame_rows(warnings) == 0);
  /* The export's counts: 434 cells, 1 used, 433 of other areas. */
  CHECK(frame_rows(sources) == 1);
  CHECK_STR(frame_text_at(sources, 0, 1), "table");
  CHECK_STR(frame_text_at(sources, 0, 2), "22811-01i");
  CHECK_STR(frame_text_at(sources, 0, 3), "Windows-1252");
  CHECK(frame_int_at(sources, 0, 4) == 434);
  CHECK(frame_int_at(sources, 0, 5) == 1);
  CHECK(frame_int_at(sources, 0, 6) == 433);
  /* Straight into monitoring. */
  CHECK_OK(pw_monitor_evaluate(&evaluation, plan, &arrays, NULL));
  pw_evaluation_free(&evaluation);
  pw_frame_free(&warnings);
  pw_frame_free(&sources);

  /* From memory, without the counts: the same observation. */
  bytes = read_all(path, &sizes[0]);
  CHECK(bytes != NULL);
  data[0] = bytes;
  names[0] = "22811-01i.csv";
  CHECK_OK(pw_statistics_import_memory(&again, &warnings, NULL, plan, mapping, data, sizes, names, 1));
  CHECK_OK(pw_observations_arrays(&arrays, again));
  CHECK(arrays.count == 1 && fabs(arrays.value[0] - 14.9) < 1e-12);
  pw_observations_free(&again);
  pw_frame_free(&warnings);

  /* Refusals: all outputs NULL, the message names what and where. */
  CHECK_FAILS(pw_statistics_import_files(NULL, &warnings, NULL, plan, mapping, paths, 1), PW_ERR_INVALID_ARGUMENT,
              "out is NULL");
  CHECK_FAILS(pw_statistics_import_files(&again, &warnings, NULL, NULL, mapping, paths, 1), PW_ERR_INVALID_ARGUMENT,
              "plan is NULL");
  CHECK_FAILS(pw_statistics_import_files(&again, &warnings, NULL, plan, NULL, paths, 1), PW_ERR_INVALID_ARGUMENT,
              "mapping_json is NULL");
  CHECK_FAILS(pw_statistics_import_files(&again, &warnings, &sources, plan, "{\"indicators\": 1}", paths, 1),
              PW_ERR_PARSE, "mapping_json: indicators: must be a non-empty list");
  CHECK(again == NULL && warnings == NULL && sources == NULL);
  CHECK_FAILS(pw_statistics_import_files(&again, &warnings, NULL, plan,
                                         "{\"indicators\": [{\"indicator\": \"nope\", \"value\": {}}]}", paths, 1),
              PW_ERR_INVALID_ARGUMENT, "no indicator \"nope\" in the concept");
  paths[0] = "/no/such/export.csv";
  CHECK_FAILS(pw_statistics_import_files(&again, &warnings, NULL, plan, mapping, paths, 1), PW_ERR_IO,
              "/no/such/export.csv: cannot be read");
  data[0] = "Tabelle: 22811-01i\n;;2023\n05119;Oberhausen;14,9,1\n";
  sizes[0] = strlen((const char *)data[0]);
  CHECK_FAILS(pw_statistics_import_memory(&again, &warnings, NULL, plan, mapping, data, sizes, NULL, 1), PW_ERR_PARSE,
              "export 0 line 3, column 3: \"14,9,1\" is not a number or a table symbol");
  CHECK_FAILS(pw_statistics_import_memory(&again, &warnings, NULL, plan, mapping, NULL, sizes, NULL, 1),
              PW_ERR_INVALID_ARGUMENT, "data is NULL");
  CHECK(again == NULL && warnings == NULL);

  pw_observations_free(&obs);
  pw_observations_free(&obs); /* NULL-safe */
  CHECK(obs == NULL);
  pw_concept_free(&plan);
  free(bytes);
  free(mapping);
  return check_report("capi statistics");
}
