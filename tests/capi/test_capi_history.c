/* SPDX-License-Identifier: Apache-2.0 */
/* Change reports through the C API.
 * Usage: test_capi_history OLD_CONCEPT NEW_CONCEPT (the sample's 2020 predecessor and the sample) */
#include "check.h"

#define cell frame_text_at

int main(int argc, char **argv) {
  pw_concept *old = NULL, *now = NULL;
  pw_frame *changes = NULL;
  const char *renames[] = {"ind-sgb2=ind-sgb2-quote"}, *unknown[] = {"q=nope"}, *bad[] = {"no-equals"};
  size_t rows = 0, columns = 0, r, renamed = 0;

  if (argc != 3) return 2;
  CHECK_OK(pw_concept_load_file(&old, NULL, argv[1], PW_FORMAT_AUTO));
  CHECK_OK(pw_concept_load_file(&now, NULL, argv[2], PW_FORMAT_AUTO));

  CHECK_OK(pw_history_diff(&changes, now, now, NULL, 0));
  CHECK_OK(pw_frame_shape(&rows, &columns, changes));
  CHECK(rows == 0 && columns == 7);
  pw_frame_free(&changes);

  CHECK_OK(pw_history_diff(&changes, old, now, renames, 1));
  CHECK_OK(pw_frame_shape(&rows, &columns, changes));
  CHECK(rows > 5);
  for (r = 0; r < rows; ++r) {
    if (strcmp(cell(changes, r, 1), "renamed") == 0) {
      ++renamed;
      CHECK_STR(cell(changes, r, 0), "indicator");
      CHECK_STR(cell(changes, r, 2), "ind-sgb2-quote");
      CHECK_STR(cell(changes, r, 3), "ind-sgb2");
    }
  }
  CHECK(renamed == 1);
  /* An added entity has no old id: the cell is missing, not "". */
  {
    const uint8_t *valid = NULL;
    size_t added = 0;
    CHECK_OK(pw_frame_validity(&valid, changes, 3));
    CHECK(valid != NULL);
    for (r = 0; valid != NULL && r < rows; ++r) {
      if (strcmp(cell(changes, r, 1), "added") == 0) {
        ++added;
        CHECK(valid[r] == 0);
      } else if (strcmp(cell(changes, r, 1), "renamed") == 0) {
        CHECK(valid[r] == 1);
      }
    }
    CHECK(added > 0);
  }
  pw_frame_free(&changes);
  CHECK(changes == NULL);

  CHECK_FAILS(pw_history_diff(&changes, old, now, unknown, 1), PW_ERR_INVALID_ARGUMENT, "rename \"q\"");
  CHECK_FAILS(pw_history_diff(&changes, old, now, bad, 1), PW_ERR_INVALID_ARGUMENT, "renames[0]");
  CHECK_FAILS(pw_history_diff(&changes, old, NULL, NULL, 0), PW_ERR_INVALID_ARGUMENT, "after is NULL");
  CHECK(changes == NULL);

  pw_concept_free(&old);
  pw_concept_free(&now);
  return check_report("test_capi_history");
}
