/* SPDX-License-Identifier: Apache-2.0 */
/* Loads a concept through the C API, prints its size and its diagnostics.
 * Usage: validate_c FILE     Exit: 0 no errors, 1 errors, 2 unreadable. */
#include <stdio.h>

#include <planwerk/planwerk.h>

int main(int argc, char **argv) {
  pw_concept *concept = NULL;
  pw_diagnostics *diagnostics = NULL;
  size_t goals = 0, measures = 0, count = 0, errors = 0, i;

  if (argc != 2) {
    fprintf(stderr, "usage: %s FILE\n", argv[0]);
    return 2;
  }
  if (pw_concept_load_file(&concept, NULL, argv[1], PW_FORMAT_AUTO) != PW_OK) {
    fprintf(stderr, "%s\n", pw_error_last());
    return 2;
  }
  pw_concept_count(&goals, concept, PW_KIND_GOAL);
  pw_concept_count(&measures, concept, PW_KIND_MEASURE);
  printf("%lu goals, %lu measures\n", (unsigned long)goals, (unsigned long)measures);

  if (pw_concept_validate(&diagnostics, concept) != PW_OK) {
    fprintf(stderr, "%s\n", pw_error_last());
    pw_concept_free(&concept);
    return 2;
  }
  pw_diagnostics_count(&count, diagnostics);
  pw_diagnostics_error_count(&errors, diagnostics);
  for (i = 0; i < count; ++i) {
    const char *code, *entity, *message;
    pw_severity severity;
    pw_diagnostics_get(&code, &severity, &entity, &message, diagnostics, i);
    printf("%s %s %s: %s\n", code, severity == PW_SEVERITY_ERROR ? "error" : "warning/info", entity, message);
  }
  pw_diagnostics_free(&diagnostics); /* whoever allocates frees */
  pw_concept_free(&concept);
  return errors > 0 ? 1 : 0;
}
