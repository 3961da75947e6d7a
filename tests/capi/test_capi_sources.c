/* SPDX-License-Identifier: Apache-2.0 */
/* The OParl import through the C API: from a folder and from memory, with
 * valid and bad arguments.
 * Usage: test_capi_sources KARLSRUHE_FOLDER */
#include <stdlib.h>

#include "check.h"

int main(int argc, char **argv) {
  pw_concept *c = NULL, *again = NULL, *base = NULL;
  pw_frame *warnings = NULL;
  pw_oparl_options options = PW_OPARL_OPTIONS_INIT;
  size_t n = 0;
  const char *page =
      "{\"data\": [{\"id\": \"https://x/org/1\", \"type\": \"https://schema.oparl.org/1.1/Organization\","
      " \"name\": \"Rat\"}, {\"id\": \"https://x/m/1\", \"type\": \"https://schema.oparl.org/1.1/Meeting\","
      " \"start\": \"N/A\", \"organization\": [\"https://x/org/1\"]}], \"links\": {}}";
  const char *broken = "{\"id\": ";
  const char *documents[2];
  size_t sizes[2];

  if (argc != 2) return 2;
  /* Karlsruhe: 18 committees, 115 proposals; 262 consultations of papers not
   * in the mirror are warnings (tests/sources/test_oparl.cpp). */
  CHECK_OK(pw_oparl_import_folder(&c, &warnings, NULL, argv[1], NULL));
  CHECK_OK(pw_concept_count(&n, c, PW_KIND_COMMITTEE));
  CHECK(n == 18);
  CHECK_OK(pw_concept_count(&n, c, PW_KIND_PROPOSAL));
  CHECK(n == 115);
  CHECK(frame_rows(warnings) == 262);
  CHECK(strstr(frame_text_at(warnings, 0, 2), "is not in the data") != NULL);
  pw_frame_free(&warnings);
  /* Again into the result: updated, not duplicated. */
  CHECK_OK(pw_oparl_import_folder(&again, &warnings, c, argv[1], &options));
  CHECK_OK(pw_concept_count(&n, again, PW_KIND_COMMITTEE));
  CHECK(n == 18);
  pw_frame_free(&warnings);
  pw_concept_free(&again);

  /* From memory: a placeholder start and a document that is not JSON are warnings. */
  documents[0] = page;
  sizes[0] = strlen(page);
  documents[1] = broken;
  sizes[1] = strlen(broken);
  CHECK_OK(pw_oparl_import_documents(&again, &warnings, NULL, documents, sizes, 2, NULL));
  CHECK_OK(pw_concept_count(&n, again, PW_KIND_COMMITTEE));
  CHECK(n == 1);
  CHECK(frame_rows(warnings) == 3);
  CHECK_STR(frame_text_at(warnings, 0, 0), "https://x/m/1");
  CHECK(strstr(frame_text_at(warnings, 0, 2), "placeholder \"N/A\"") != NULL);
  CHECK_STR(frame_text_at(warnings, 2, 1), "document 1");
  CHECK(strstr(frame_text_at(warnings, 2, 2), "not JSON") != NULL);
  pw_frame_free(&warnings);
  pw_concept_free(&again);

  /* Bad arguments: outputs stay NULL, messages name what is wrong. */
  CHECK_FAILS(pw_oparl_import_folder(NULL, &warnings, NULL, argv[1], NULL), PW_ERR_INVALID_ARGUMENT, "out is NULL");
  CHECK_FAILS(pw_oparl_import_folder(&again, &warnings, NULL, NULL, NULL), PW_ERR_INVALID_ARGUMENT, "folder is NULL");
  CHECK(again == NULL && warnings == NULL);
  CHECK_FAILS(pw_oparl_import_folder(&again, &warnings, NULL, "/no/such/folder", NULL), PW_ERR_IO, "/no/such/folder");
  CHECK(again == NULL && warnings == NULL);
  options.mapping_json = "{\"committees\": []}";
  CHECK_FAILS(pw_oparl_import_folder(&again, &warnings, NULL, argv[1], &options), PW_ERR_PARSE, "options->mapping_json");
  options.mapping_json = "{\"committees\": {\"https://x/org/1\": \"rat\"}}";
  CHECK_FAILS(pw_oparl_import_documents(&again, &warnings, NULL, documents, sizes, 1, &options), PW_ERR_NOT_FOUND,
              "committee \"rat\"");
  CHECK(again == NULL && warnings == NULL);
  documents[1] = NULL;
  CHECK_FAILS(pw_oparl_import_documents(&again, &warnings, NULL, documents, sizes, 2, NULL), PW_ERR_INVALID_ARGUMENT,
              "documents[1] is NULL");
  options.version = 7;
  CHECK_FAILS(pw_oparl_import_documents(&again, &warnings, NULL, documents, sizes, 1, &options),
              PW_ERR_INVALID_ARGUMENT, "options->version is 7");
  /* A live server: only http(s); nothing listens on loopback port 1, so the
   * connection fails (no retries asked for); a zero time-out is refused. */
  options.version = PW_OPARL_OPTIONS_VERSION;
  options.mapping_json = NULL;
  CHECK_FAILS(pw_oparl_import_url(&again, &warnings, NULL, "file:///etc/passwd", &options), PW_ERR_INVALID_ARGUMENT,
              "only http and https");
  options.retries = 0;
  CHECK_FAILS(pw_oparl_import_url(&again, &warnings, NULL, "http://127.0.0.1:1/oparl", &options), PW_ERR_IO,
              "http://127.0.0.1:1/oparl");
  options.timeout_ms = 0;
  CHECK_FAILS(pw_oparl_import_url(&again, &warnings, NULL, "http://127.0.0.1:1/oparl", &options),
              PW_ERR_INVALID_ARGUMENT, "options->timeout_ms");
  CHECK_FAILS(pw_oparl_import_url(&again, &warnings, NULL, NULL, NULL), PW_ERR_INVALID_ARGUMENT, "url is NULL");
  CHECK(again == NULL && warnings == NULL);
  options.timeout_ms = 30000;
  options.mapping_json = "{\"committees\": {\"https://x/org/1\": \"rat\"}}";

  /* Into a concept that has no committee "rat": the original stays as it was. */
  CHECK_OK(pw_concept_new(&base, "c"));
  options.version = PW_OPARL_OPTIONS_VERSION;
  CHECK_FAILS(pw_oparl_import_documents(&again, &warnings, base, documents, sizes, 1, &options), PW_ERR_NOT_FOUND,
              "no committee with that id");
  CHECK_OK(pw_concept_count(&n, base, PW_KIND_COMMITTEE));
  CHECK(n == 0);
  pw_concept_free(&base);

  pw_concept_free(&c);
  pw_concept_free(&c);  /* NULL-safe, and the handle is NULL */
  CHECK(c == NULL);
  return check_report("capi sources");
}
