/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file planwerk.h
 * planwerk C API: a stable C99 interface to the planwerk core, for hosts in
 * C, Java (JNA, FFM), .NET (P/Invoke) and anything else that calls C.
 *
 * Conventions (docs/c-api.md has the full rules):
 *   - Every function that can fail returns a pw_status; PW_OK is 0. Outputs
 *     come first in the argument list, inputs after.
 *   - pw_error_last() describes the most recent pw_ call on the calling
 *     thread: "" after success, a message naming what and where after a
 *     failure.
 *   - Whoever allocates frees: an object returned through an output is owned
 *     by the caller and released with its pw_*_free function, which accepts
 *     NULL (and a pointer to NULL) and sets the caller's pointer to NULL.
 *   - Strings returned as `const char *` are borrowed: they belong to the
 *     object they came from and stay valid until that object is edited or
 *     freed. Copy them to keep them longer. All strings are UTF-8.
 *   - On failure, outputs are left unchanged, except that a handle output is
 *     set to NULL.
 *   - Numeric codes (statuses, kinds, formats, severities, and the schema
 *     enum numbers used for goal kinds, statuses and so on) are stable and
 *     never renumbered.
 *   - Handles are not synchronised: use one from one thread at a time, or
 *     only read it from several.
 *
 * Each declaration's comment says who owns what, which errors it gives and
 * since which version it exists (`@since`).
 */
#ifndef PLANWERK_PLANWERK_H
#define PLANWERK_PLANWERK_H

#include <stddef.h>
#include <stdint.h>

#include "planwerk/version.h"

/** Marks the exported functions (dllexport/dllimport on Windows, default
 * visibility elsewhere). */
#if defined(_WIN32)
#  if defined(PW_BUILDING)
#    define PW_API __declspec(dllexport)
#  else
#    define PW_API __declspec(dllimport)
#  endif
#else
#  define PW_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Codes ------------------------------------------------------------- */

/** What every function that can fail returns; pw_error_last() has the
 * message. */
typedef enum pw_status {
  PW_OK = 0,
  PW_ERR_INVALID_ARGUMENT = 1,    /**< NULL where a value is needed, unknown kind, bad date */
  PW_ERR_IO = 2,                  /**< a file could not be read or written */
  PW_ERR_PARSE = 3,               /**< bytes are not a valid document in the format */
  PW_ERR_UNSUPPORTED_VERSION = 4, /**< written by a newer schema version */
  PW_ERR_INVALID_MODEL = 5,       /**< duplicate ids, dangling references, malformed values */
  PW_ERR_NOT_FOUND = 6,           /**< no entity with that id */
  PW_ERR_CONFLICT = 7,            /**< e.g. removing an entity others still refer to */
  PW_ERR_OUT_OF_RANGE = 8,        /**< an index past the end */
  PW_ERR_NO_MEMORY = 9,
  PW_ERR_INTERNAL = 10,
  /** Not values: they make the enum span all of int, so that any number a
   * caller passes is defined behaviour (and is rejected as unknown). */
  PW_STATUS_RANGE_MIN_ = -2147483647 - 1,
  PW_STATUS_RANGE_MAX_ = 2147483647
} pw_status;

/** The formats of a concept document. */
typedef enum pw_format {
  PW_FORMAT_AUTO = 0,   /**< from the file extension, else from the content */
  PW_FORMAT_BINARY = 1, /**< protobuf wire format */
  PW_FORMAT_JSON = 2,   /**< proto3 JSON mapping */
  PW_FORMAT_TEXT = 3,   /**< protobuf text format */
  /** Not values: they make the enum span all of int, so that any number a
   * caller passes is defined behaviour (and is rejected as unknown). */
  PW_FORMAT_RANGE_MIN_ = -2147483647 - 1,
  PW_FORMAT_RANGE_MAX_ = 2147483647
} pw_format;

/** The kinds of entity; equal to planwerk.v1.EntityKind. */
typedef enum pw_kind {
  PW_KIND_CONCEPT = 0, /**< the concept itself: only where diagnostics locate a finding (since 0.2) */
  PW_KIND_GUIDING_GOAL = 1,
  PW_KIND_ACTION_FIELD = 2,
  PW_KIND_NEED = 3,
  PW_KIND_GOAL = 4,
  PW_KIND_MEASURE = 5,
  PW_KIND_MILESTONE = 6,
  PW_KIND_ACTOR = 7,
  PW_KIND_COMMITTEE = 8,
  PW_KIND_DISTRICT = 9,
  PW_KIND_TARGET_GROUP = 10,
  PW_KIND_INDICATOR = 11,
  PW_KIND_PARTICIPATION_FORMAT = 12,
  PW_KIND_PARTICIPATION_EVENT = 13,
  PW_KIND_STAKEHOLDER = 14,
  PW_KIND_BUDGET_POOL = 15,
  PW_KIND_PROPOSAL = 16, /**< a paper with its consultation sequence (since 0.2) */
  /** Not values: they make the enum span all of int, so that any number a
   * caller passes is defined behaviour (and is rejected as unknown). */
  PW_KIND_RANGE_MIN_ = -2147483647 - 1,
  PW_KIND_RANGE_MAX_ = 2147483647
} pw_kind;

/** How bad a diagnostic is. */
typedef enum pw_severity {
  PW_SEVERITY_ERROR = 0,
  PW_SEVERITY_WARNING = 1,
  PW_SEVERITY_INFO = 2,
  /** Not values: they make the enum span all of int, so that any number a
   * caller passes is defined behaviour (and is rejected as unknown). */
  PW_SEVERITY_RANGE_MIN_ = -2147483647 - 1,
  PW_SEVERITY_RANGE_MAX_ = 2147483647
} pw_severity;

/** A calendar day. year == 0 means "no date". */
typedef struct pw_date {
  int32_t year;  /**< e.g. 2026; 0: no date */
  int32_t month; /**< 1..12 */
  int32_t day;   /**< 1..31 */
} pw_date;

/* ---- Schema enumerations (since 0.2) -------------------------------------
 * The enumerations of the interchange schema (proto/planwerk/v1) that typed
 * getters hand out: named pw_<schema enum>_t, with the schema's numbers
 * (0 is always "unspecified"). The library checks at compile time that each
 * has every value of its schema enum; pw_schema_enum_name gives any value's
 * schema name. A newer schema may add values: treat an unknown number as
 * unspecified. */

/** planwerk.v1.GoalKind. */
typedef enum pw_goal_kind_t {
  PW_GOAL_KIND_UNSPECIFIED = 0,
  PW_GOAL_KIND_STRATEGIC = 1,   /**< strategisches / mittelfristiges Ziel */
  PW_GOAL_KIND_OPERATIONAL = 2, /**< Handlungsziel, Teilziel */
  PW_GOAL_KIND_ANNUAL = 3,      /**< Jahresziel */
  PW_GOAL_KIND_INTERIM = 4,     /**< Zwischenziel */
  PW_GOAL_KIND_RANGE_MIN_ = -2147483647 - 1,
  PW_GOAL_KIND_RANGE_MAX_ = 2147483647
} pw_goal_kind_t;

/** planwerk.v1.MeasureStatus. */
typedef enum pw_measure_status_t {
  PW_MEASURE_STATUS_UNSPECIFIED = 0,
  PW_MEASURE_STATUS_PROPOSED = 1,
  PW_MEASURE_STATUS_PLANNED = 2,
  PW_MEASURE_STATUS_IN_PROGRESS = 3,
  PW_MEASURE_STATUS_COMPLETED = 4,
  PW_MEASURE_STATUS_SUSPENDED = 5,
  PW_MEASURE_STATUS_CANCELLED = 6,
  PW_MEASURE_STATUS_RANGE_MIN_ = -2147483647 - 1,
  PW_MEASURE_STATUS_RANGE_MAX_ = 2147483647
} pw_measure_status_t;

/** How a dependency links its measures (getters give FS for unspecified). */
typedef enum pw_link_type_t {
  PW_LINK_TYPE_UNSPECIFIED = 0,
  PW_LINK_TYPE_FS = 1, /**< finish to start */
  PW_LINK_TYPE_SS = 2, /**< start to start */
  PW_LINK_TYPE_FF = 3, /**< finish to finish */
  PW_LINK_TYPE_SF = 4, /**< start to finish */
  PW_LINK_TYPE_RANGE_MIN_ = -2147483647 - 1,
  PW_LINK_TYPE_RANGE_MAX_ = 2147483647
} pw_link_type_t;

/** What a dependency's lag counts (getters give working days for unspecified). */
typedef enum pw_lag_unit_t {
  PW_LAG_UNIT_UNSPECIFIED = 0,
  PW_LAG_UNIT_WORKING_DAYS = 1,
  PW_LAG_UNIT_CALENDAR_DAYS = 2,
  PW_LAG_UNIT_RANGE_MIN_ = -2147483647 - 1,
  PW_LAG_UNIT_RANGE_MAX_ = 2147483647
} pw_lag_unit_t;

/** planwerk.v1.Polarity: whether higher or lower is better. */
typedef enum pw_polarity_t {
  PW_POLARITY_UNSPECIFIED = 0,
  PW_POLARITY_HIGHER_IS_BETTER = 1,
  PW_POLARITY_LOWER_IS_BETTER = 2,
  PW_POLARITY_RANGE_MIN_ = -2147483647 - 1,
  PW_POLARITY_RANGE_MAX_ = 2147483647
} pw_polarity_t;

/** Which schema enumeration pw_schema_enum_name names a value of. */
typedef enum pw_schema_enum {
  PW_SCHEMA_GOAL_KIND = 0,
  PW_SCHEMA_MEASURE_STATUS = 1,
  PW_SCHEMA_LINK_TYPE = 2,
  PW_SCHEMA_LAG_UNIT = 3,
  PW_SCHEMA_POLARITY = 4,
  PW_SCHEMA_ENUM_RANGE_MIN_ = -2147483647 - 1,
  PW_SCHEMA_ENUM_RANGE_MAX_ = 2147483647
} pw_schema_enum;

/* ---- Handles ------------------------------------------------------------ */

/** A loaded concept. Created by pw_concept_new / pw_concept_load_*, freed
 * with pw_concept_free. */
typedef struct pw_concept pw_concept;

/** A list of findings. Created by pw_concept_validate / pw_validate_*, freed
 * with pw_diagnostics_free. */
typedef struct pw_diagnostics pw_diagnostics;

/** A result: a column-oriented table (docs/c-api.md, "Frames"). Every
 * analysis, schedule, change report and evaluation returns one. Always owned
 * by the caller and freed with pw_frame_free (since 0.2). */
typedef struct pw_frame pw_frame;

/** The type of a frame's column, and how its values are read. */
typedef enum pw_column_type {
  PW_COLUMN_REAL = 0,     /**< double (pw_frame_reals); NaN = none */
  PW_COLUMN_INTEGER = 1,  /**< int64_t (pw_frame_integers) */
  PW_COLUMN_CATEGORY = 2, /**< int32_t codes (pw_frame_codes) into the labels (pw_frame_label); -1 = none */
  PW_COLUMN_TEXT = 3,     /**< UTF-8 strings, one per cell (pw_frame_text); since 0.2 */
  PW_COLUMN_DATE = 4,     /**< pw_date (pw_frame_dates); {0,0,0} = none; since 0.2 */
  PW_COLUMN_BOOLEAN = 5,  /**< uint8_t 0 or 1 (pw_frame_booleans); since 0.2 */
  PW_COLUMN_TYPE_RANGE_MIN_ = -2147483647 - 1,
  PW_COLUMN_TYPE_RANGE_MAX_ = 2147483647
} pw_column_type;

/** What happens to a measure in pw_graph_impact. */
typedef enum pw_change {
  PW_CHANGE_DELAY = 0,
  PW_CHANGE_CANCEL = 1,
  PW_CHANGE_RANGE_MIN_ = -2147483647 - 1,
  PW_CHANGE_RANGE_MAX_ = 2147483647
} pw_change;

/* ---- Version and errors ------------------------------------------------ */

/** The version of the linked library ("0.1.0"); static storage, never freed.
 * Compare with PW_VERSION_STRING to detect header/library mismatch.
 * @since 0.1 */
PW_API const char *pw_version_string(void);
/** PW_VERSION_NUMBER of the linked library.
 * @since 0.1 */
PW_API int pw_version_number(void);
/** The newest interchange schema version the library reads and writes.
 * @since 0.1 */
PW_API int pw_schema_version(void);

/** The message of the most recent pw_ call on this thread: "" if it
 * succeeded. Thread-local storage owned by the library; valid until the next
 * pw_ call on this thread. Never NULL.
 * @since 0.1 */
PW_API const char *pw_error_last(void);

/** A constant name for a status ("PW_ERR_NOT_FOUND"); "PW_UNKNOWN" for
 * numbers outside the enum. Static storage, never freed.
 * @since 0.1 */
PW_API const char *pw_status_name(pw_status status);
/** The names of the enums' values, for hosts that show or log them:
 * "automatic", "binary", "json", "text"; the kind's schema name in lower case ("goal",
 * "guiding_goal", ...); "error", "warning", "info"; "delay", "cancel".
 * "unknown" outside the enum. Static storage, never freed.
 * @since 0.2 */
PW_API const char *pw_format_name(pw_format format);
/** @since 0.2 */
PW_API const char *pw_kind_name(pw_kind kind);
/** @since 0.2 */
PW_API const char *pw_severity_name(pw_severity severity);
/** @since 0.2 */
PW_API const char *pw_change_name(pw_change change);
/** The schema's name of a value of a schema enumeration, as in the schema's
 * files ("MEASURE_STATUS_IN_PROGRESS", "LINK_TYPE_FS"); "unknown" for a
 * number the schema does not have or an enumeration outside
 * pw_schema_enum. Static storage.
 * @since 0.2 */
PW_API const char *pw_schema_enum_name(pw_schema_enum which, int32_t value);
/** The name of a column type ("real", "integer", "category", "text", "date",
 * "boolean"); "unknown" outside the enum. Static storage.
 * @since 0.2 */
PW_API const char *pw_column_type_name(pw_column_type type);

/* ---- Creating, loading, saving ----------------------------------------- */

/** An empty concept with the given id. *out is owned by the caller.
 * @since 0.1 */
PW_API pw_status pw_concept_new(pw_concept **out, const char *id);

/** Loads a concept from a file. Fails with PW_ERR_IO, PW_ERR_PARSE,
 * PW_ERR_UNSUPPORTED_VERSION or PW_ERR_INVALID_MODEL. *out is owned by the
 * caller. out_problems may be NULL; if not, it is set to NULL, and on
 * PW_ERR_INVALID_MODEL to the document's structural problems (duplicate ids,
 * dangling references, malformed values), one diagnostic each with its
 * field path, owned by the caller (pw_diagnostics_free).
 * @since 0.1; 0.2: out_problems */
PW_API pw_status pw_concept_load_file(pw_concept **out, pw_diagnostics **out_problems, const char *path,
                                      pw_format format);

/** Loads a concept from bytes in memory, e.g. protobuf bytes produced by the
 * schema's generated classes in Java or .NET. The bytes are only read during
 * the call. *out and *out_problems as for pw_concept_load_file. data may not
 * be NULL, even with size 0 (PW_ERR_INVALID_ARGUMENT).
 * @since 0.1; 0.2: out_problems */
PW_API pw_status pw_concept_load_bytes(pw_concept **out, pw_diagnostics **out_problems, const void *data,
                                       size_t size, pw_format format);

/** Saves atomically (a failed save leaves the old file). PW_FORMAT_AUTO takes
 * the format from the extension (.pb, .json, .txtpb).
 * @since 0.1 */
PW_API pw_status pw_concept_save_file(const pw_concept *plan, const char *path, pw_format format);

/** Encodes the whole concept (PW_FORMAT_AUTO is not allowed). *out_data is a
 * new buffer of *out_size bytes owned by the caller, freed with
 * pw_bytes_free; JSON and text are not NUL-terminated.
 * @since 0.1 */
PW_API pw_status pw_concept_export(uint8_t **out_data, size_t *out_size, const pw_concept *plan,
                                   pw_format format);

/** Frees a buffer from pw_concept_export or pw_entity_export; accepts NULL
 * and sets *data to NULL.
 * @since 0.1 */
PW_API void pw_bytes_free(uint8_t **data);

/** Frees a concept; accepts NULL and sets *plan to NULL.
 * @since 0.1 */
PW_API void pw_concept_free(pw_concept **plan);

/* ---- The concept's header ---------------------------------------------- */

/** Borrowed strings: valid until the concept is edited or freed.
 * @since 0.1 */
PW_API pw_status pw_concept_id(const char **out, const pw_concept *plan);
/** @since 0.1 */
PW_API pw_status pw_concept_title(const char **out, const pw_concept *plan);
/** @since 0.1 */
PW_API pw_status pw_concept_municipality(const char **out, const pw_concept *plan);

/* ---- Entities by kind --------------------------------------------------- */

/** Number of entities of a kind.
 * @since 0.1 */
PW_API pw_status pw_concept_count(size_t *out, const pw_concept *plan, pw_kind kind);

/** Index of the entity of `kind` with `id`; PW_ERR_NOT_FOUND if none. Indices
 * are stable until the concept is edited.
 * @since 0.1 */
PW_API pw_status pw_concept_find(size_t *out_index, const pw_concept *plan, pw_kind kind, const char *id);

/** The id and the title (or name) of entity `index` of `kind`. Borrowed.
 * @since 0.1 */
PW_API pw_status pw_entity_id(const char **out, const pw_concept *plan, pw_kind kind, size_t index);
/** @since 0.1 */
PW_API pw_status pw_entity_title(const char **out, const pw_concept *plan, pw_kind kind, size_t index);

/** One entity encoded as its schema message (planwerk.v1.Goal for a goal, and
 * so on), references as ids. *out_data is owned by the caller, freed with
 * pw_bytes_free. PW_FORMAT_AUTO is not allowed.
 * @since 0.1 */
PW_API pw_status pw_entity_export(uint8_t **out_data, size_t *out_size, const pw_concept *plan, pw_kind kind,
                                  size_t index, pw_format format);

/** Every field of every entity of `kind` as a frame owned by the caller: one
 * row per entity in document order (rows are the indices of
 * pw_concept_find), one column per field of the kind's schema message
 * (planwerk.v1.Measure for PW_KIND_MEASURE, ...) in field-number order,
 * named as the field: strings as text (references as ids), date fields
 * (start, end, due, deadline, ..._date) as dates, numbers as integer or
 * real, booleans as boolean, enums as categories whose codes are the
 * schema's numbers (labels such as "in_progress"), messages and lists as
 * JSON text. A field without a value is missing (pw_frame_validity).
 * docs/c-api.md, "Reading every field".
 * @since 0.2 */
PW_API pw_status pw_concept_entities(pw_frame **out, const pw_concept *plan, pw_kind kind);
/** The concept's own fields (id, title, version label, status, adoption
 * date, vision, plan period, calendar, predecessors, ...) as a one-row frame,
 * the same way; the entity lists are left out.
 * @since 0.2 */
PW_API pw_status pw_concept_header(pw_frame **out, const pw_concept *plan);

/* ---- Goals (index from pw_concept_find with PW_KIND_GOAL) --------------- */

/** The goal's kind.
 * @since 0.1; 0.2: pw_goal_kind_t (int before) */
PW_API pw_status pw_goal_kind(pw_goal_kind_t *out, const pw_concept *plan, size_t index);
/** Borrowed ids; "" where unset.
 * @since 0.1 */
PW_API pw_status pw_goal_parent(const char **out_id, const pw_concept *plan, size_t index);
/** @since 0.1 */
PW_API pw_status pw_goal_action_field(const char **out_id, const pw_concept *plan, size_t index);
/** @since 0.1 */
PW_API pw_status pw_goal_responsible(const char **out_id, const pw_concept *plan, size_t index);
/** @since 0.1 */
PW_API pw_status pw_goal_deadline(pw_date *out, const pw_concept *plan, size_t index);

/* ---- Measures (index from pw_concept_find with PW_KIND_MEASURE) --------- */

/** The measure's status.
 * @since 0.1; 0.2: pw_measure_status_t (int before) */
PW_API pw_status pw_measure_status(pw_measure_status_t *out, const pw_concept *plan, size_t index);
/** @since 0.1 */
PW_API pw_status pw_measure_dates(pw_date *out_start, pw_date *out_end, const pw_concept *plan, size_t index);
/** @since 0.1 */
PW_API pw_status pw_measure_responsible(const char **out_id, const pw_concept *plan, size_t index);
/** The goals a measure contributes to: count, then each goal id (borrowed)
 * with its weight (1.0 where the document gives none).
 * @since 0.1 */
PW_API pw_status pw_measure_contribution_count(size_t *out, const pw_concept *plan, size_t index);
/** @since 0.1 */
PW_API pw_status pw_measure_contribution(const char **out_goal_id, double *out_weight, const pw_concept *plan,
                                         size_t index, size_t which);
/** The measures it depends on: count, then each predecessor id (borrowed),
 * link type, lag and the lag's unit (working or calendar days). Unspecified
 * link types and units come back as the defaults they are read as (FS,
 * working days).
 * @since 0.1 */
PW_API pw_status pw_measure_dependency_count(size_t *out, const pw_concept *plan, size_t index);
/** @since 0.1; 0.2: typed enums, out_lag_unit */
PW_API pw_status pw_measure_dependency(const char **out_predecessor_id, pw_link_type_t *out_link_type,
                                       int32_t *out_lag, pw_lag_unit_t *out_lag_unit, const pw_concept *plan,
                                       size_t index, size_t which);

/* ---- Indicators (index from pw_concept_find with PW_KIND_INDICATOR) ----- */

/** Borrowed.
 * @since 0.1 */
PW_API pw_status pw_indicator_code(const char **out, const pw_concept *plan, size_t index);
/** @since 0.1 */
PW_API pw_status pw_indicator_unit(const char **out, const pw_concept *plan, size_t index);
/** Whether higher or lower values are better (unspecified when unset).
 * @since 0.1; 0.2: pw_polarity_t (int before) */
PW_API pw_status pw_indicator_polarity(pw_polarity_t *out, const pw_concept *plan, size_t index);

/* ---- Edits --------------------------------------------------------------
 * Each applies whole or not at all: on failure the concept is unchanged.
 * Borrowed strings and indices obtained earlier are invalid after a
 * successful edit. */

/** Adds an entity, or replaces the one of the same kind and id (keeping its
 * index). `data` is the entity's schema message (planwerk.v1.Measure for
 * PW_KIND_MEASURE, ...) in `format`; its references are ids that must exist
 * in the concept (or be the entity itself).
 * @since 0.1 */
PW_API pw_status pw_concept_put(pw_concept *plan, pw_kind kind, const void *data, size_t size, pw_format format);

/** Replaces the concept's header (id, municipality, title, version label,
 * status, dates, vision, plan period, calendar) with the fields of a
 * planwerk.v1.Concept message without entities, in `format`.
 * @since 0.1 */
PW_API pw_status pw_concept_set_header(pw_concept *plan, const void *data, size_t size, pw_format format);

/** Removes an entity. PW_ERR_CONFLICT, naming the referrers, while others
 * still refer to it.
 * @since 0.1 */
PW_API pw_status pw_concept_remove(pw_concept *plan, pw_kind kind, const char *id);

/** PW_ERR_INVALID_ARGUMENT for a number the schema does not have.
 * @since 0.1; 0.2: pw_measure_status_t (int before) */
PW_API pw_status pw_measure_set_status(pw_concept *plan, const char *measure_id, pw_measure_status_t status);
/** Either date may be {0,0,0} (unset); an end before the start is refused.
 * @since 0.1 */
PW_API pw_status pw_measure_set_dates(pw_concept *plan, const char *measure_id, pw_date start, pw_date end);
/** `actor_id` "" clears the responsibility.
 * @since 0.1 */
PW_API pw_status pw_goal_set_responsible(pw_concept *plan, const char *goal_id, const char *actor_id);

/* ---- Validation ---------------------------------------------------------- */

/** Every rule planwerk checks on a loaded concept: the model's and those of
 * its working-day calendar (recurring meetings). *out is owned by the
 * caller (pw_diagnostics_free).
 * @since 0.1 */
PW_API pw_status pw_concept_validate(pw_diagnostics **out, const pw_concept *plan);

/** A document that may not load: its structural problems (duplicate ids,
 * dangling references, malformed values) as diagnostics if it has any, else
 * every rule, as pw_concept_validate. Fails only if the file cannot be read
 * or parsed, or is of a newer schema. *out is owned by the caller.
 * @since 0.2 (as pw_validate_file since 0.1) */
PW_API pw_status pw_concept_validate_file(pw_diagnostics **out, const char *path, pw_format format);
/** The same for `size` bytes in memory (data may be NULL only with size 0).
 * @since 0.2 (as pw_validate_bytes since 0.1) */
PW_API pw_status pw_concept_validate_bytes(pw_diagnostics **out, const void *data, size_t size, pw_format format);

/** @since 0.1 */
PW_API pw_status pw_diagnostics_count(size_t *out, const pw_diagnostics *diagnostics);
/** How many have severity error.
 * @since 0.1 */
PW_API pw_status pw_diagnostics_error_count(size_t *out, const pw_diagnostics *diagnostics);
/** Finding `index`: its code ("PW102"), severity, entity id ("" for the
 * concept itself) and message. Strings are borrowed from `diagnostics`.
 * @since 0.1 */
PW_API pw_status pw_diagnostics_get(const char **out_code, pw_severity *out_severity, const char **out_entity,
                                    const char **out_message, const pw_diagnostics *diagnostics, size_t index);
/** Where: the entity's kind (PW_KIND_CONCEPT for the concept itself) and
 * the field path ("measures[3].dependencies[0].predecessor_id"), borrowed.
 * @since 0.1; 0.2: pw_kind (int before) */
PW_API pw_status pw_diagnostics_location(pw_kind *out_kind, const char **out_field,
                                         const pw_diagnostics *diagnostics, size_t index);
/** Every code planwerk can report, ordered by code: code, severity
 * (category: error, warning, info), name ("duplicate-id"), summary. A frame
 * owned by the caller.
 * @since 0.2 */
PW_API pw_status pw_diagnostics_codes(pw_frame **out);
/** Frees diagnostics; accepts NULL and sets *diagnostics to NULL.
 * @since 0.1 */
PW_API void pw_diagnostics_free(pw_diagnostics **diagnostics);

/* ---- Graph analyses (docs/graph.md) --------------------------------------
 * Each returns a frame owned by the caller (*out, freed with pw_frame_free;
 * since 0.2, a pw_table before); the columns are listed with each function.
 * Analyses that need an order fail with PW_ERR_CONFLICT, naming a cycle,
 * when the dependencies have one. */

/** cycle (integer), position (integer), measure (text): each cycle's
 * witness, in edge order, starting at its member that comes first in the
 * document.
 * @since 0.1; 0.2: returns a pw_frame */
PW_API pw_status pw_graph_cycles(pw_frame **out, const pw_concept *plan);
/** position (integer), measure (text): the measures in dependency order.
 * @since 0.1; 0.2: returns a pw_frame */
PW_API pw_status pw_graph_order(pw_frame **out, const pw_concept *plan);
/** chain (category: "links", "duration"), position (integer), measure
 * (text), length (integer: links, or working days).
 * @since 0.1; 0.2: returns a pw_frame */
PW_API pw_status pw_graph_critical(pw_frame **out, const pw_concept *plan);
/** measure (text), predecessor (text), position (integer, in the measure's
 * dependencies): links another path already implies.
 * @since 0.1; 0.2: returns a pw_frame */
PW_API pw_status pw_graph_redundant(pw_frame **out, const pw_concept *plan);
/** role (category: "downstream", "goal", "guiding_goal",
 * "goal_without_active_measure"), id (text), shift (integer: working days a
 * downstream measure moves for a delay, else 0). `delay_days` is read only
 * for PW_CHANGE_DELAY and must not be negative. PW_ERR_NOT_FOUND for an
 * unknown measure id.
 * @since 0.1; 0.2: returns a pw_frame */
PW_API pw_status pw_graph_impact(pw_frame **out, const pw_concept *plan, const char *measure_id, pw_change change,
                                 int64_t delay_days);
/** gap (category: "goal_without_measures", "goal_without_indicators",
 * "measure_without_goals", "indicator_without_goals",
 * "actor_without_assignment"), id (text).
 * @since 0.1; 0.2: returns a pw_frame */
PW_API pw_status pw_graph_coverage(pw_frame **out, const pw_concept *plan);
/** first (text), second (text), measure (text): measures serving two goals
 * marked as conflicting.
 * @since 0.1; 0.2: returns a pw_frame */
PW_API pw_status pw_graph_conflicts(pw_frame **out, const pw_concept *plan);
/** Conflicts across concepts read together (`plans` holds `count` handles,
 * borrowed for the call; their ids must differ): first, second (text,
 * qualified "concept:goal"), side (category: "first", "second"), measure
 * (text): the active measures pursuing each side.
 * @since 0.1; 0.2: returns a pw_frame */
PW_API pw_status pw_graph_cross_conflicts(pw_frame **out, const pw_concept *const *plans, size_t count);

/** The views of pw_graph_dot. */
typedef enum pw_graph_view {
  PW_VIEW_DEPENDENCIES = 0,  /**< measures and their links */
  PW_VIEW_GOALS = 1,         /**< the goal tree */
  PW_VIEW_CONTRIBUTIONS = 2, /**< measures to goals */
  PW_VIEW_RELATIONS = 3,     /**< supports / conflicts between goals */
  PW_VIEW_RANGE_MIN_ = -2147483647 - 1,
  PW_VIEW_RANGE_MAX_ = 2147483647
} pw_graph_view;

/** "dependencies", "goals", "contributions", "relations"; "unknown" outside
 * the enum. Static storage.
 * @since 0.2 */
PW_API const char *pw_graph_view_name(pw_graph_view view);

/** Graphviz DOT of the relations (supports, conflicts) between the goals of
 * several concepts read together (`plans`: `count` handles, borrowed for the
 * call, with different ids). *out_data as for pw_graph_dot.
 * @since 0.2 */
PW_API pw_status pw_graph_dot_relations(uint8_t **out_data, size_t *out_size, const pw_concept *const *plans,
                                        size_t count);

/** Graphviz DOT of a view. *out_data is owned by the caller, freed with
 * pw_bytes_free; not NUL-terminated. The view is an enum since 0.2 (a
 * string before); PW_ERR_INVALID_ARGUMENT for a number outside it.
 * @since 0.1; 0.2: takes a pw_graph_view */
PW_API pw_status pw_graph_dot(uint8_t **out_data, size_t *out_size, const pw_concept *plan, pw_graph_view view);

/* ---- Scheduling (docs/schedule.md) ---------------------------------------
 * Dates are pw_date values; {0,0,0} for "default". */

/** The critical path schedule on the concept's calendar, a frame owned by the
 * caller: measure (text), duration (integer), early_start, early_finish,
 * late_start, late_finish (date), total_float, free_float (integer),
 * critical (boolean); dates and booleans since 0.2. `start` defaults to
 * the plan period's start, `as_of` (the status date) to the start. Deadlines
 * that cannot be met do not fail the call: pw_concept_validate does not see
 * them, *out_findings (owned by the caller, may be NULL if not wanted) holds
 * them as PW201.
 * @since 0.2 (as pw_schedule since 0.1) */
PW_API pw_status pw_schedule_run(pw_frame **out, pw_diagnostics **out_findings, const pw_concept *plan, pw_date start,
                             pw_date as_of);
/** A what-if for pw_schedule_consultation: the meeting of `committee_id` on
 * `from` is held on `to` instead. */
typedef struct pw_meeting_move {
  const char *committee_id; /**< the committee's id; borrowed for the call */
  pw_date from;             /**< the meeting as planned */
  pw_date to;               /**< the day it is held instead */
} pw_meeting_move;

/** The meetings a proposal ready on `ready` passes, committee by committee in
 * the order of `committee_ids` (`count` ids), a frame owned by the caller:
 * committee (text), papers_due, meeting (date; since 0.2); the last meeting
 * adopts. `moves` (`move_count` of them, NULL when 0; borrowed for the call)
 * move meetings first, as `planwerk consult --move` does.
 * PW_ERR_CONFLICT when a committee has no meeting in time, PW_ERR_NOT_FOUND
 * for a move of a meeting that does not exist.
 * @since 0.2 (as pw_consultation since 0.1, without moves) */
PW_API pw_status pw_schedule_consultation(pw_frame **out, const pw_concept *plan, pw_date ready,
                                          const char *const *committee_ids, size_t count,
                                          const pw_meeting_move *moves, size_t move_count);

/* The parts of a calendar (pw_icalendar_options.parts), as bits. */
#define PW_ICS_MEETINGS 1u      /**< committee meetings, listed and recurring */
#define PW_ICS_PARTICIPATION 2u /**< participation formats' dates and events */
#define PW_ICS_MILESTONES 4u /**< milestones' due dates */
#define PW_ICS_DEADLINES 8u /**< goals' deadlines */
#define PW_ICS_MEASURES 16u /**< each measure's scheduled span (with `scheduled`) */
#define PW_ICS_ALL 31u /**< every part */

/** The newest version of pw_icalendar_options. */
#define PW_ICALENDAR_OPTIONS_VERSION 2
/** What pw_schedule_icalendar puts in. Version 1: up to `stamp`; version 2
 * (still 0.2) adds `parts`, which a version-1 caller gets as PW_ICS_ALL. */
typedef struct pw_icalendar_options {
  uint32_t version;  /**< PW_ICALENDAR_OPTIONS_VERSION */
  int32_t scheduled; /**< 1: each measure's scheduled span as an event; 0: without the schedule */
  pw_date start;     /**< the schedule's start; {0,0,0}: the plan period's start */
  pw_date as_of;     /**< the schedule's status date; {0,0,0}: the start */
  const char *stamp; /**< DTSTAMP of every event, "YYYYMMDDTHHMMSSZ"; NULL or "": now. Borrowed for the call. */
  uint32_t parts;    /**< PW_ICS_* bits; 0 or other bits: PW_ERR_INVALID_ARGUMENT (version 2) */
} pw_icalendar_options;

/** Scheduled, from the plan period's start, stamped now, every part. */
#define PW_ICALENDAR_OPTIONS_INIT {PW_ICALENDAR_OPTIONS_VERSION, 1, {0, 0, 0}, {0, 0, 0}, NULL, PW_ICS_ALL}

/** iCalendar text (RFC 5545): meetings, participation events, milestones,
 * deadlines and (with options->scheduled) the measures' scheduled spans, as
 * all-day events with stable UIDs. `options` may be NULL for the defaults.
 * *out_data is owned by the caller, freed with pw_bytes_free; not
 * NUL-terminated.
 * @since 0.2 (as pw_icalendar since 0.1, with a stamp argument) */
PW_API pw_status pw_schedule_icalendar(uint8_t **out_data, size_t *out_size, const pw_concept *plan,
                                       const pw_icalendar_options *options);

/** The public holidays of a German state ("NW", ...: ISO 3166-2:DE without
 * "DE-") in a year from 1990 to 2100, by date: date, name (German, as in the
 * state laws). catholic_municipality 1 adds the holidays of predominantly
 * Catholic municipalities (Bavaria, Saxony, Thuringia). A frame owned by the
 * caller.
 * @since 0.2 */
PW_API pw_status pw_schedule_holidays(pw_frame **out, const char *state, int32_t year,
                                      int32_t catholic_municipality);

/** The dates of an RFC 5545 recurrence rule (the subset in docs/schedule.md:
 * "FREQ=..." or lines "DTSTART:...", "RRULE:...", "EXDATE:...") from `start`
 * to `end`, both included: one date column. PW_ERR_PARSE names the part of
 * the rule that is wrong.
 * @since 0.2 */
PW_API pw_status pw_schedule_expand(pw_frame **out, const char *rule, pw_date start, pw_date end);

/* ---- History --------------------------------------------------------------- */

/** What changed between two versions of a concept, a frame owned by the
 * caller: kind (category: "goal", "measure", "indicator"), change
 * (category: added, removed, renamed, retitled, moved, target_changed,
 * deadline_changed, responsibility_changed, codes in that order), id (new),
 * old_id, field, before, after (text, missing where there is none; since
 * 0.2). `renames` holds `count` strings "OLD_ID=NEW_ID" (NULL when count is
 * 0).
 * @since 0.2 (as pw_diff since 0.1) */
PW_API pw_status pw_history_diff(pw_frame **out, const pw_concept *before, const pw_concept *after,
                         const char *const *renames, size_t count);

/* ---- Monitoring (docs/monitor.md) ----------------------------------------
 * Observations go in as parallel arrays (no copy is made; they must stay
 * valid during the call); results come out as frames: column-oriented
 * tables whose columns are arrays of doubles, int64 or category codes with
 * their labels, handed out as borrowed pointers for bulk reading. */

typedef struct pw_observations pw_observations; /**< observations read from a file */
typedef struct pw_evaluation pw_evaluation;     /**< the frames of one evaluation */

/* Flag bits of the flags column; the qualifiers of official statistics
 * since 0.2. */
#define PW_FLAG_SERIES_BREAK 1     /**< the method changed: no trend across it */
#define PW_FLAG_PROVISIONAL 2      /**< a provisional figure ("p") */
#define PW_FLAG_REVISED 4          /**< revised by the office ("r"); since 0.2 */
#define PW_FLAG_ESTIMATED 8        /**< estimated by the office ("s"); since 0.2 */
#define PW_FLAG_LOW_RELIABILITY 16 /**< limited reliability ("()"); since 0.2 */
#define PW_FLAG_ROUNDED 32         /**< a count the office rounded (to multiples of 5: "-" is then 0, 1 or 2); since 0.2 */

/* Versioned structs (since 0.2). A struct that may grow starts with a
 * `version`: the caller sets it to the version of the header it was compiled
 * against (the *_INIT macro and the *_init function do). A library reads only
 * the fields of that version and takes the defaults for fields added later,
 * so a caller compiled against an older header keeps working; a version the
 * library does not know fails with PW_ERR_INVALID_ARGUMENT. Fields are only
 * ever appended. */

/** The newest version of pw_observation_arrays. */
#define PW_OBSERVATION_ARRAYS_VERSION 1
/** One observation per index 0 .. count-1. indicator and district index the
 * concept's lists (district -1: the whole municipality); group indexes
 * `groups` (-1: everybody; labels "dimension:value" form breakdowns);
 * period is yyyy0000 for a year or yyyymmdd for a day. value, numerator,
 * denominator, cases (NaN: not given), flags and status (the schema's
 * ValueStatus) may be NULL when the column is absent; value may be NULL
 * when numerator and denominator are given. */
typedef struct pw_observation_arrays {
  uint32_t version; /**< PW_OBSERVATION_ARRAYS_VERSION; since 0.2 */
  size_t count;               /**< the rows; every non-NULL array has this many */
  const int32_t *indicator;   /**< indicator codes (the concept's indicators in order) */
  const int32_t *district;    /**< district codes; -1: the whole municipality */
  const int32_t *group;       /**< codes into `groups`; -1: everybody */
  const int32_t *period;      /**< yyyy0000 for a year, yyyymmdd for a day */
  const double *value;        /**< NULL when numerator and denominator are given */
  const double *numerator;    /**< NULL: absent */
  const double *denominator;  /**< NULL: absent */
  const double *cases;        /**< NaN: not given; NULL: absent */
  const uint8_t *flags;       /**< PW_FLAG_* bits; NULL: absent */
  const uint8_t *status;      /**< the schema's ValueStatus; NULL: absent */
  const char *const *groups;  /**< the group labels the codes point into */
  size_t group_count;         /**< entries in `groups` */
} pw_observation_arrays;

/** No rows, every column absent. */
#define PW_OBSERVATION_ARRAYS_INIT \
  {PW_OBSERVATION_ARRAYS_VERSION, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0}

/** How goals, action fields and the concept are rolled up. */
typedef enum pw_rollup_rule {
  PW_ROLLUP_WEIGHTED_MEAN = 0, /**< the weighted mean of the scores */
  PW_ROLLUP_TWO_WORST = 1,     /**< SDSN: the mean of the two worst */
  PW_ROLLUP_RULE_RANGE_MIN_ = -2147483647 - 1,
  PW_ROLLUP_RULE_RANGE_MAX_ = 2147483647
} pw_rollup_rule;

/** "weighted_mean", "two_worst"; "unknown" outside the enum.
 * @since 0.2 */
PW_API const char *pw_rollup_rule_name(pw_rollup_rule rule);

/** The newest version of pw_monitor_options. */
#define PW_MONITOR_OPTIONS_VERSION 1
/** What pw_monitor_evaluate computes (pw_monitor_options_default gives the
 * defaults). */
typedef struct pw_monitor_options {
  uint32_t version;    /**< PW_MONITOR_OPTIONS_VERSION; since 0.2 */
  int32_t as_of;       /**< ignore later periods (a period code); 0: everything */
  double min_cases;    /**< suppress cells resting on fewer cases; 0: no suppression */
  size_t min_points;   /**< data points a trend needs */
  pw_rollup_rule rule; /**< an enum since 0.2 (int32_t before) */
  double min_share;    /**< share of indicators with data a roll-up needs */
  int32_t cells;       /**< 1: also the "cells" frame of every published cell */
  int32_t trends;      /**< 1: the Open SDG and SDSN trend columns; 0: without them */
  size_t threads;      /**< worker threads; 0: one per core */
  /** The series columns to compute and return besides the keys:
   * column_count names ("slope", "attainment", ...); NULL and 0: all.
   * Borrowed: read during pw_monitor_evaluate only. An array since 0.2 (a
   * comma-separated string before). */
  const char *const *columns;
  size_t column_count; /**< entries in `columns` */
} pw_monitor_options;

/** The defaults: as_of 0, min_cases 3, min_points 2, weighted mean,
 * min_share 0.5, cells 0, trends 1, threads 0, every column. */
#define PW_MONITOR_OPTIONS_INIT \
  {PW_MONITOR_OPTIONS_VERSION, 0, 3.0, 2, PW_ROLLUP_WEIGHTED_MEAN, 0.5, 0, 1, 0, NULL, 0}

/** Sets *options to the defaults of `version` (PW_MONITOR_OPTIONS_VERSION).
 * PW_ERR_INVALID_ARGUMENT for NULL or a version this library does not know.
 * Returns a status since 0.2 (void before).
 * @since 0.1; 0.2: takes a version, returns a status */
PW_API pw_status pw_monitor_options_init(pw_monitor_options *options, uint32_t version);

/** Reads observations: .csv (plain or as statistical offices publish it) or
 * a protobuf ObservationSet (binary, JSON, text). Errors name the line and
 * column. *out is owned by the caller, freed with pw_observations_free.
 * @since 0.1 */
PW_API pw_status pw_observations_read(pw_observations **out, const pw_concept *plan, const char *path);
/** How observation CSV is written: plain (comma or semicolon, decimal point)
 * or as statistical offices publish it (semicolon, decimal comma, table
 * symbols); automatic tells them apart from the header. */
typedef enum pw_csv_dialect {
  PW_CSV_AUTOMATIC = 0,
  PW_CSV_PLAIN = 1,
  PW_CSV_OFFICIAL = 2,
  PW_CSV_DIALECT_RANGE_MIN_ = -2147483647 - 1,
  PW_CSV_DIALECT_RANGE_MAX_ = 2147483647
} pw_csv_dialect;

/** "automatic", "plain", "official"; "unknown" outside the enum.
 * @since 0.2 */
PW_API const char *pw_csv_dialect_name(pw_csv_dialect dialect);

/** Reads observation CSV from memory (`size` bytes of UTF-8, read during the
 * call only); errors name `source` (NULL: "<memory>"), the line and the
 * column. *out is owned by the caller, freed with pw_observations_free.
 * @since 0.2 */
PW_API pw_status pw_observations_read_csv(pw_observations **out, const pw_concept *plan, const char *text,
                                          size_t size, const char *source, pw_csv_dialect dialect);
/** Reads a planwerk.v1.ObservationSet from memory in `format`
 * (PW_FORMAT_AUTO: detected from the bytes).
 * @since 0.2 */
PW_API pw_status pw_observations_read_bytes(pw_observations **out, const pw_concept *plan, const void *data,
                                            size_t size, pw_format format);

/** The arrays of read observations, borrowed from them (valid while they
 * live). out->version must be set (PW_OBSERVATION_ARRAYS_INIT); the fields
 * of that version are filled.
 * @since 0.1; 0.2: versioned struct */
PW_API pw_status pw_observations_arrays(pw_observation_arrays *out, const pw_observations *observations);
/** @since 0.1 */
PW_API void pw_observations_free(pw_observations **observations);

/** Completes totals, suppresses small cells, evaluates every series and rolls
 * up (planwerk/monitor/evaluate.hpp documents the frames "series",
 * "totals", "rollup" and "cells"). `options` may be NULL for the defaults.
 * *out is owned by the caller, freed with pw_evaluation_free.
 * @since 0.1; 0.2: versioned structs */
PW_API pw_status pw_monitor_evaluate(pw_evaluation **out, const pw_concept *plan, const pw_observation_arrays *rows,
                                     const pw_monitor_options *options);
/** The frames of an evaluation (planwerk/monitor/evaluate.hpp documents
 * their columns). */
typedef enum pw_evaluation_part {
  PW_EVALUATION_SERIES = 0, /**< one row per indicator, district and group */
  PW_EVALUATION_TOTALS = 1, /**< totals completed from their parts */
  PW_EVALUATION_ROLLUP = 2, /**< goals, action fields and the concept */
  PW_EVALUATION_CELLS = 3,  /**< every published cell (with options.cells) */
  PW_EVALUATION_PART_RANGE_MIN_ = -2147483647 - 1,
  PW_EVALUATION_PART_RANGE_MAX_ = 2147483647
} pw_evaluation_part;

/** "series", "totals", "rollup", "cells"; "unknown" outside the enum. Static
 * storage.
 * @since 0.2 */
PW_API const char *pw_evaluation_part_name(pw_evaluation_part part);

/** A frame of an evaluation. *out is a new handle owned by the caller
 * (pw_frame_free); it shares the evaluation's data without copying and
 * stays valid after pw_evaluation_free. Since 0.2 (a borrowed frame, chosen
 * by name, before). PW_ERR_INVALID_ARGUMENT for a part outside the enum.
 * @since 0.1; 0.2: an owned frame by pw_evaluation_part */
PW_API pw_status pw_evaluation_frame(pw_frame **out, const pw_evaluation *evaluation, pw_evaluation_part part);
/** @since 0.1 */
PW_API void pw_evaluation_free(pw_evaluation **evaluation);

/** The gap between two groups per period, from an evaluation made with
 * options.cells: a frame owned by the caller (period, value_a, value_b,
 * difference, ratio, parity), the least-squares slope of the absolute gap
 * per year (*out_slope, NaN with fewer than 2 points) and *out_closing (1
 * closing, -1 widening, 0 neither or unknown). `district` NULL or "": the
 * whole municipality. PW_ERR_INVALID_ARGUMENT without cells,
 * PW_ERR_NOT_FOUND for an unknown indicator, group or district.
 * @since 0.2 */
PW_API pw_status pw_evaluation_group_gap(pw_frame **out, double *out_slope, int32_t *out_closing,
                                         const pw_evaluation *evaluation, const char *indicator, const char *group_a,
                                         const char *group_b, const char *district);
/** Each district against the whole municipality in the latest period with a
 * published municipal value (district, value, city, difference, ratio,
 * rank, period), from an evaluation made with options.cells. `group` NULL
 * or "": everybody.
 * @since 0.2 */
PW_API pw_status pw_evaluation_district_comparison(pw_frame **out, const pw_evaluation *evaluation,
                                                   const pw_concept *plan, const char *indicator, const char *group);

/** The views of process monitoring. */
typedef enum pw_process_view {
  PW_PROCESS_STATUS = 0,        /**< measures and milestones per goal, action field, concept */
  PW_PROCESS_PARTICIPATION = 1, /**< events, participants and feedback per format */
  PW_PROCESS_VIEW_RANGE_MIN_ = -2147483647 - 1,
  PW_PROCESS_VIEW_RANGE_MAX_ = 2147483647
} pw_process_view;

/** "status", "participation"; "unknown" outside the enum.
 * @since 0.2 */
PW_API const char *pw_process_view_name(pw_process_view view);

/** Process monitoring up to `as_of`. *out is owned by the caller, freed with
 * pw_frame_free. The view is an enum since 0.2 (a string before).
 * @since 0.1; 0.2: takes a pw_process_view */
PW_API pw_status pw_monitor_process(pw_frame **out, const pw_concept *plan, pw_date as_of, pw_process_view view);

/* ---- Workspaces (docs/history.md) ----------------------------------------
 * A workspace is the sequence of a concept's versions (Fortschreibungen),
 * oldest first, each with a label and its observations, kept as one file: a
 * checked envelope (signature, length, CRC-32) around a Boost.Serialization
 * archive. Loading re-checks every concept as a document and every
 * observation against its concept, so a damaged or crafted file fails
 * whole: no workspace is handed out half-read. Since 0.2 for every function
 * in this section. */

/** Versions of a concept with their observations, in one archive. Owned by
 * the caller; freed with pw_workspace_free. */
typedef struct pw_workspace pw_workspace;

/** The archive inside a workspace file. Binary is the smallest and fastest
 * but tied to the platform's byte order and type sizes; text and XML move
 * between platforms. */
typedef enum pw_archive_format {
  PW_ARCHIVE_BINARY = 0,
  PW_ARCHIVE_TEXT = 1,
  PW_ARCHIVE_XML = 2,
  PW_ARCHIVE_FORMAT_RANGE_MIN_ = -2147483647 - 1,
  PW_ARCHIVE_FORMAT_RANGE_MAX_ = 2147483647
} pw_archive_format;

/** "binary", "text", "xml"; "unknown" outside the enum. Static storage.
 * @since 0.2 */
PW_API const char *pw_archive_format_name(pw_archive_format format);

/** A new, empty workspace owned by the caller (pw_workspace_free).
 * @since 0.2 */
PW_API pw_status pw_workspace_new(pw_workspace **out);

/** Reads a workspace file. *out is owned by the caller (pw_workspace_free)
 * and NULL on failure: PW_ERR_IO when the file cannot be read,
 * PW_ERR_PARSE naming the file for anything but an intact envelope and
 * archive (truncated, corrupted, not a workspace), PW_ERR_UNSUPPORTED_VERSION
 * for a newer one, PW_ERR_INVALID_MODEL when a concept in it breaks the
 * model's structure.
 * @since 0.2 */
PW_API pw_status pw_workspace_load_file(pw_workspace **out, const char *path);

/** Reads a workspace from `size` bytes in memory (only read during the
 * call); errors as for pw_workspace_load_file. data may not be NULL.
 * @since 0.2 */
PW_API pw_status pw_workspace_load_bytes(pw_workspace **out, const void *data, size_t size);

/** Writes the workspace atomically (a failed save leaves the old file).
 * PW_ERR_INVALID_ARGUMENT for a format outside the enum.
 * @since 0.2 */
PW_API pw_status pw_workspace_save_file(const pw_workspace *workspace, const char *path, pw_archive_format format);

/** The workspace file's bytes: a new buffer of *out_size bytes owned by the
 * caller, freed with pw_bytes_free.
 * @since 0.2 */
PW_API pw_status pw_workspace_export(uint8_t **out_data, size_t *out_size, const pw_workspace *workspace,
                                     pw_archive_format format);

/** The number of versions.
 * @since 0.2 */
PW_API pw_status pw_workspace_version_count(size_t *out, const pw_workspace *workspace);

/** The label of version `index` (0 is the oldest), borrowed: valid until the
 * workspace is changed or freed. PW_ERR_OUT_OF_RANGE past the end.
 * @since 0.2 */
PW_API pw_status pw_workspace_version_label(const char **out, const pw_workspace *workspace, size_t index);

/** A copy of the concept of version `index`, owned by the caller
 * (pw_concept_free); changing it leaves the workspace as it was.
 * @since 0.2 */
PW_API pw_status pw_workspace_version_concept(pw_concept **out, const pw_workspace *workspace, size_t index);

/** A copy of the observations of version `index`, owned by the caller
 * (pw_observations_free); they index that version's concept.
 * @since 0.2 */
PW_API pw_status pw_workspace_version_observations(pw_observations **out, const pw_workspace *workspace,
                                                   size_t index);

/** Appends a version (the newest): copies of `plan` and `observations`
 * (NULL: none), which stay the caller's. Observations must have been read
 * against this concept (pw_observations_read*): a row naming an indicator
 * or district the concept does not have fails with PW_ERR_INVALID_ARGUMENT
 * and leaves the workspace as it was. label may not be NULL.
 * @since 0.2 */
PW_API pw_status pw_workspace_add_version(pw_workspace *workspace, const char *label, const pw_concept *plan,
                                          const pw_observations *observations);

/** Frees a workspace; accepts NULL and sets *workspace to NULL.
 * @since 0.2 */
PW_API void pw_workspace_free(pw_workspace **workspace);

/* ---- Priorities: the annual programme (docs/priorities.md; since 0.2) -------
 * Which proposed and planned measures start in which year of a horizon,
 * within the budget pools, the dependencies, the council's decisions and
 * the deadlines, for the most value; solved as a mixed-integer programme
 * (COIN-OR CBC or GLPK). */

/** A computed programme with what went into it; created by pw_prioritize,
 * freed with pw_programme_free.
 * @since 0.2 */
typedef struct pw_programme pw_programme;

/** The solver behind pw_prioritize. */
typedef enum pw_solver {
  PW_SOLVER_CBC = 0,  /**< COIN-OR CBC (the default: faster on the benchmark, docs/benchmarks.md) */
  PW_SOLVER_GLPK = 1, /**< GLPK */
  PW_SOLVER_RANGE_MIN_ = -2147483647 - 1,
  PW_SOLVER_RANGE_MAX_ = 2147483647
} pw_solver;

/** "cbc", "glpk"; "unknown" outside the enum. Static storage.
 * @since 0.2 */
PW_API const char *pw_solver_name(pw_solver solver);

/** The newest version of pw_priorities_options. */
#define PW_PRIORITIES_OPTIONS_VERSION 1
/** How pw_prioritize decides. Version 1 (0.2). */
typedef struct pw_priorities_options {
  uint32_t version;   /**< PW_PRIORITIES_OPTIONS_VERSION */
  int32_t first_year; /**< the horizon's first year (required) */
  int32_t last_year;  /**< its last year (at most 30 years) */
  /** `pool_count` strings "POOL_ID=EUROS": euros per year for a pool,
   * replacing the concept's amounts (NULL when 0). Borrowed for the call. */
  const char *const *pools;
  size_t pool_count; /**< entries in `pools` */
  /** `weight_count` strings "GOAL_ID=W": a goal's weight, replacing priority
   * and urgency (NULL when 0). Borrowed for the call. */
  const char *const *weights;
  size_t weight_count;  /**< entries in `weights` */
  int32_t capacity;     /**< at most this many measures under way per responsible actor; 0: no limit */
  double discount;      /**< an earlier start is worth (1 + discount) per year more; default 0.05 */
  pw_solver solver;     /**< which solver */
  double time_limit;    /**< seconds per solve; default 60 */
  double relative_gap;  /**< stop within this relative gap of the bound; default 0 (proven optimal) */
  int32_t explain;      /**< 1: say why each measure left out is out */
  int32_t marginals;    /**< 1: measure what more money in each pool and year is worth (a solve each) */
  int32_t frontier;     /**< 1: every pool at 60 % to 140 %, nine solves */
} pw_priorities_options;

/** No horizon (set first_year and last_year), the concept's pools and the
 * formula's weights, no capacity limit, discount 0.05, CBC, 60 s, gap 0,
 * explanations and marginal values, no frontier. */
#define PW_PRIORITIES_OPTIONS_INIT \
  {PW_PRIORITIES_OPTIONS_VERSION, 0, 0, NULL, 0, NULL, 0, 0, 0.05, PW_SOLVER_CBC, 60.0, 0.0, 1, 1, 0}

/** The programme of `plan` over the horizon in `options` (required).
 * `observations` may be NULL (every goal counts as half reached). *out is
 * owned by the caller, freed with pw_programme_free. PW_ERR_CONFLICT when
 * the measures under way no longer fit (the message names the year and the
 * pools), PW_ERR_NOT_FOUND for an unknown pool or goal id,
 * PW_ERR_INVALID_ARGUMENT for a missing or reversed horizon, a solver
 * outside the enum or a malformed "ID=NUMBER". A programme the time limit
 * stopped is a result (its summary says time_limit and the gap).
 * @since 0.2 */
PW_API pw_status pw_prioritize(pw_programme **out, const pw_concept *plan, const pw_observations *observations,
                               const pw_priorities_options *options);

/** The frames of a programme (planwerk/priorities/frames.hpp documents
 * their columns). */
typedef enum pw_programme_part {
  PW_PROGRAMME_SUMMARY = 0,      /**< one row: status, solver, value, bound, gap, seconds, first_year, last_year */
  PW_PROGRAMME_STARTS = 1,       /**< measure, year, value, first_cost, total_cost */
  PW_PROGRAMME_POOLS = 2,        /**< pool, year, amount, committed, programme, left, marginal */
  PW_PROGRAMME_LEFT_OUT = 3,     /**< one row per blocker: measure, year, kind, what, blocking_year, shortfall, text */
  PW_PROGRAMME_ANNUAL_GOALS = 4, /**< year, goal, measures */
  PW_PROGRAMME_FRONTIER = 5,     /**< scale, budget, value, status */
  PW_PROGRAMME_WEIGHTS = 6,      /**< goal, priority_factor, gap, off_track, urgency, weight, given */
  PW_PROGRAMME_NOTES = 7,        /**< note */
  PW_PROGRAMME_PART_RANGE_MIN_ = -2147483647 - 1,
  PW_PROGRAMME_PART_RANGE_MAX_ = 2147483647
} pw_programme_part;

/** "summary", "starts", "pools", "left_out", "annual_goals", "frontier",
 * "weights", "notes"; "unknown" outside the enum. Static storage.
 * @since 0.2 */
PW_API const char *pw_programme_part_name(pw_programme_part part);

/** A frame of a programme, owned by the caller (pw_frame_free).
 * PW_ERR_INVALID_ARGUMENT for a part outside the enum.
 * @since 0.2 */
PW_API pw_status pw_programme_frame(pw_frame **out, const pw_programme *programme, pw_programme_part part);

/** Frees a programme; accepts NULL and sets *programme to NULL.
 * @since 0.2 */
PW_API void pw_programme_free(pw_programme **programme);

/* ---- The published report (docs/report.md) --------------------------------
 * A self-contained static site of a concept written into a folder: HTML
 * pages, inline SVG charts, one stylesheet; no request outside the folder,
 * byte-identical for the same input. */

/** The language of the site's own words. */
typedef enum pw_report_language {
  PW_REPORT_DE = 0,
  PW_REPORT_EN = 1,
  PW_REPORT_LANGUAGE_RANGE_MIN_ = -2147483647 - 1,
  PW_REPORT_LANGUAGE_RANGE_MAX_ = 2147483647
} pw_report_language;

/** "de", "en"; "unknown" outside the enum. Static storage.
 * @since 0.2 */
PW_API const char *pw_report_language_name(pw_report_language language);

/** The newest version of pw_report_options. */
#define PW_REPORT_OPTIONS_VERSION 3
/** What pw_report_write writes. Version 2 (0.2: version 1 ends at `contact`;
 * a caller built against it passes version 1 and gets no changes page);
 * version 3 (0.2) adds `programme`. */
typedef struct pw_report_options {
  uint32_t version;            /**< PW_REPORT_OPTIONS_VERSION */
  pw_date as_of;               /**< the status date; {0,0,0}: the adoption date, else the period's start */
  pw_report_language language; /**< the site's own words */
  double min_cases;            /**< cells resting on fewer cases are suppressed (0: off) */
  const char *title;           /**< NULL or "": the concept's title. Borrowed for the call. */
  const char *contact;         /**< the contact text; NULL or "": none. Borrowed for the call. */
  /** Version 2: the previous version of the concept for the changes page
   * (NULL: none), and `rename_count` strings "OLD_ID=NEW_ID" as for
   * pw_history_diff (NULL when 0). Borrowed for the call. */
  const pw_concept *previous;
  const char *const *renames; /**< "OLD_ID=NEW_ID" strings (version 2) */
  size_t rename_count;        /**< entries in `renames` (version 2) */
  /** Version 3: the annual programme of this concept (pw_prioritize) for
   * the page "Jahresprogramm"; NULL: no such page. Borrowed for the call. */
  const pw_programme *programme;
} pw_report_options;

/** German, status date from the concept, suppression below 3 cases, no
 * previous version. */
#define PW_REPORT_OPTIONS_INIT {PW_REPORT_OPTIONS_VERSION, {0, 0, 0}, PW_REPORT_DE, 3.0, NULL, NULL, NULL, NULL, 0, NULL}

/** Writes the report of `plan` into `folder` (created if missing; files of
 * the same names are replaced). `observations` may be NULL (goals without
 * status); `options` may be NULL for the defaults. *out_files is a frame
 * owned by the caller (pw_frame_free): file (text, relative to the folder),
 * bytes (integer), in file name order. PW_ERR_IO when a file cannot be
 * written, PW_ERR_CONFLICT for a concept whose measures form a cycle,
 * PW_ERR_INVALID_ARGUMENT for a language outside the enum.
 * @since 0.2 */
PW_API pw_status pw_report_write(pw_frame **out_files, const pw_concept *plan, const pw_observations *observations,
                                 const char *folder, const pw_report_options *options);

/* ---- Imports: OParl (since 0.2) ---------------------------------------------
 * Committees, meetings and consultation sequences from a council information
 * system's OParl 1.0/1.1 JSON (docs/sources.md). What the data gets wrong is
 * a warning (a row of *out_warnings), never a failed import of the rest; an
 * ambiguous merge is refused. `into` is never changed: the result is a new
 * concept. */

/** The newest version of pw_oparl_options. */
#define PW_OPARL_OPTIONS_VERSION 1
/** How pw_oparl_import_folder and pw_oparl_import_url read and merge.
 * Version 1 (0.2). */
typedef struct pw_oparl_options {
  uint32_t version;         /**< PW_OPARL_OPTIONS_VERSION */
  const char *mapping_json; /**< NULL or "": none; else {"council": ID, "committees": {ID: COMMITTEE_ID}}.
                               Borrowed for the call. */
  /** For pw_oparl_import_url only: */
  uint32_t timeout_ms;      /**< per request (connecting and transferring); 0 is refused */
  uint32_t retries;         /**< after time-outs, failed connections, 429 and 5xx */
  uint32_t backoff_ms;      /**< before the first retry, doubled for each further one */
  uint64_t request_budget;  /**< requests in all, retries included */
  const char *cache_folder; /**< NULL or "": no cache; else what was read is kept there and the next
                               import of the same URL asks only for what changed. Borrowed. */
} pw_oparl_options;

/** No mapping; 30 s per request, 3 retries from 500 ms, 100,000 requests, no cache. */
#define PW_OPARL_OPTIONS_INIT {PW_OPARL_OPTIONS_VERSION, NULL, 30000, 3, 500, 100000, NULL}

/** Reads every file below `folder` (hidden ones skipped) as OParl JSON and
 * merges it into a copy of `into` (NULL: a new concept with the id
 * "oparl-import"). On success *out is a new concept and *out_warnings a
 * frame (object_id, origin, message: text), both owned by the caller
 * (pw_concept_free, pw_frame_free); on failure both are NULL. PW_ERR_IO if
 * the folder cannot be listed, PW_ERR_PARSE for a malformed mapping,
 * PW_ERR_NOT_FOUND if it names a committee `into` lacks, PW_ERR_CONFLICT
 * for an ambiguous merge (the message says which). `options` may be NULL.
 * @since 0.2 */
PW_API pw_status pw_oparl_import_folder(pw_concept **out, pw_frame **out_warnings, const pw_concept *into,
                                        const char *folder, const pw_oparl_options *options);

/** The same from `count` documents in memory: documents[i] holds sizes[i]
 * bytes of JSON (an object, an array of objects or a list page), named
 * "document <i>" in the warnings. Borrowed for the call.
 * @since 0.2 */
PW_API pw_status pw_oparl_import_documents(pw_concept **out, pw_frame **out_warnings, const pw_concept *into,
                                           const char *const *documents, const size_t *sizes, size_t count,
                                           const pw_oparl_options *options);

/** The same from a live server (http or https): `url` is its System, a Body
 * or a list; every list is read through links.next, then the meetings and
 * organisations it names but lacked, if on the same server (a 404 is a
 * warning). PW_ERR_IO when a list cannot be read after the retries,
 * PW_ERR_OUT_OF_RANGE when the request budget is spent, PW_ERR_PARSE when
 * `url` gives no OParl System, Body or list, PW_ERR_INVALID_ARGUMENT for a
 * URL that is not http or https; the cache is written only on success.
 * @since 0.2 */
PW_API pw_status pw_oparl_import_url(pw_concept **out, pw_frame **out_warnings, const pw_concept *into,
                                     const char *url, const pw_oparl_options *options);

/* ---- Imports: official statistics (since 0.2) --------------------------------
 * Indicator data from the exports of GENESIS-Online, regionalstatistik.de,
 * the Landesdatenbanken and the Zensus database: the classic table CSV, the
 * old and the new flat file (also the web service's ZIP), the cube file;
 * Windows-1252 or UTF-8. A mapping (JSON, docs/sources.md) says which cells
 * are which indicator's value, numerator or denominator, for which area,
 * group and period. A cell that does not parse, or a second cell for one
 * observation, fails the whole import naming the file, line and column;
 * what is only odd is a warning. */

/** Reads `count` export files (paths borrowed for the call) through the
 * mapping `mapping_json` (UTF-8 JSON, borrowed). On success *out holds the
 * observations, checked against `plan` (pw_observations_free), and
 * *out_warnings a frame (object_id, origin, message: text); if
 * `out_sources` is not NULL, *out_sources a frame with a row per export
 * (source, format, statistic, encoding: text; cells, used, other_regions,
 * unmatched: int64). All are owned by the caller (pw_frame_free); on
 * failure all are NULL. PW_ERR_IO for a file that cannot be read,
 * PW_ERR_PARSE for a malformed mapping or export, PW_ERR_INVALID_ARGUMENT
 * for a mapping naming an indicator or district `plan` lacks,
 * PW_ERR_OUT_OF_RANGE for an export over 2 GiB.
 * @since 0.2 */
PW_API pw_status pw_statistics_import_files(pw_observations **out, pw_frame **out_warnings, pw_frame **out_sources,
                                            const pw_concept *plan, const char *mapping_json,
                                            const char *const *paths, size_t count);

/** The same from memory: data[i] holds sizes[i] bytes of an export (CSV or
 * ZIP), named names[i] in messages (names may be NULL: "export <i>").
 * Borrowed for the call.
 * @since 0.2 */
PW_API pw_status pw_statistics_import_memory(pw_observations **out, pw_frame **out_warnings, pw_frame **out_sources,
                                             const pw_concept *plan, const char *mapping_json,
                                             const void *const *data, const size_t *sizes,
                                             const char *const *names, size_t count);

/* ---- Frames ----------------------------------------------------------------
 * A frame is a table of named, typed columns of equal length. Pointers and
 * strings read from a frame are borrowed: they belong to the frame and stay
 * valid until pw_frame_free. Bulk accessors return `rows` values; each fails
 * with PW_ERR_INVALID_ARGUMENT (naming the column and its type) for a column
 * of another type and PW_ERR_OUT_OF_RANGE for a column past the end. Since
 * 0.2 for every function in this section but those marked otherwise. */

/** Rows and columns (since 0.1).
 * @since 0.1 */
PW_API pw_status pw_frame_shape(size_t *out_rows, size_t *out_columns, const pw_frame *frame);
/** A column's name (borrowed) and type (since 0.1).
 * @since 0.1 */
PW_API pw_status pw_frame_column(const char **out_name, pw_column_type *out_type, const pw_frame *frame,
                                 size_t column);
/** The index of the column with this name; PW_ERR_NOT_FOUND if none (since 0.1).
 * @since 0.1 */
PW_API pw_status pw_frame_find(size_t *out_column, const pw_frame *frame, const char *name);
/** A column's values (since 0.1 for reals, integers and codes).
 * @since 0.1 */
PW_API pw_status pw_frame_reals(const double **out, const pw_frame *frame, size_t column);
/** @since 0.1 */
PW_API pw_status pw_frame_integers(const int64_t **out, const pw_frame *frame, size_t column);
/** @since 0.1 */
PW_API pw_status pw_frame_codes(const int32_t **out, const pw_frame *frame, size_t column);
/** @since 0.2 */
PW_API pw_status pw_frame_dates(const pw_date **out, const pw_frame *frame, size_t column);
/** @since 0.2 */
PW_API pw_status pw_frame_booleans(const uint8_t **out, const pw_frame *frame, size_t column);
/** One cell of a text column (borrowed). PW_ERR_OUT_OF_RANGE for a row past
 * the end.
 * @since 0.2 */
PW_API pw_status pw_frame_text(const char **out, const pw_frame *frame, size_t column, size_t row);
/** The number of labels of a category column, and the label of a code
 * (borrowed; pw_frame_label since 0.1).
 * @since 0.2 */
PW_API pw_status pw_frame_label_count(size_t *out, const pw_frame *frame, size_t column);
/** @since 0.1 */
PW_API pw_status pw_frame_label(const char **out, const pw_frame *frame, size_t column, int32_t code);
/** Which rows of a column hold a value: NULL when every row does (the
 * common case), else `rows` bytes, 0 for a missing value. Any column type.
 * @since 0.2 */
PW_API pw_status pw_frame_validity(const uint8_t **out, const pw_frame *frame, size_t column);
/** Frees a frame; accepts NULL and sets *frame to NULL (since 0.1).
 * @since 0.1 */
PW_API void pw_frame_free(pw_frame **frame);

#ifdef __cplusplus
}
#endif

#endif /**< PLANWERK_PLANWERK_H */
