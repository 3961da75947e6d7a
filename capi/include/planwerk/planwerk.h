/*
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
 */
#ifndef PLANWERK_PLANWERK_H
#define PLANWERK_PLANWERK_H

#include <stddef.h>
#include <stdint.h>

#include "planwerk/version.h"

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

typedef enum pw_status {
  PW_OK = 0,
  PW_ERR_INVALID_ARGUMENT = 1,    /* NULL where a value is needed, unknown kind, bad date */
  PW_ERR_IO = 2,                  /* a file could not be read or written */
  PW_ERR_PARSE = 3,               /* bytes are not a valid document in the format */
  PW_ERR_UNSUPPORTED_VERSION = 4, /* written by a newer schema version */
  PW_ERR_INVALID_MODEL = 5,       /* duplicate ids, dangling references, malformed values */
  PW_ERR_NOT_FOUND = 6,           /* no entity with that id */
  PW_ERR_CONFLICT = 7,            /* e.g. removing an entity others still refer to */
  PW_ERR_OUT_OF_RANGE = 8,        /* an index past the end */
  PW_ERR_NO_MEMORY = 9,
  PW_ERR_INTERNAL = 10,
  /* Not values: they make the enum span all of int, so that any number a
   * caller passes is defined behaviour (and is rejected as unknown). */
  PW_STATUS_RANGE_MIN_ = -2147483647 - 1,
  PW_STATUS_RANGE_MAX_ = 2147483647
} pw_status;

typedef enum pw_format {
  PW_FORMAT_AUTO = 0,   /* from the file extension, else from the content */
  PW_FORMAT_BINARY = 1, /* protobuf wire format */
  PW_FORMAT_JSON = 2,   /* proto3 JSON mapping */
  PW_FORMAT_TEXT = 3,   /* protobuf text format */
  /* Not values: they make the enum span all of int, so that any number a
   * caller passes is defined behaviour (and is rejected as unknown). */
  PW_FORMAT_RANGE_MIN_ = -2147483647 - 1,
  PW_FORMAT_RANGE_MAX_ = 2147483647
} pw_format;

/* The kinds of entity; equal to planwerk.v1.EntityKind. */
typedef enum pw_kind {
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
  /* Not values: they make the enum span all of int, so that any number a
   * caller passes is defined behaviour (and is rejected as unknown). */
  PW_KIND_RANGE_MIN_ = -2147483647 - 1,
  PW_KIND_RANGE_MAX_ = 2147483647
} pw_kind;

typedef enum pw_severity {
  PW_SEVERITY_ERROR = 0,
  PW_SEVERITY_WARNING = 1,
  PW_SEVERITY_INFO = 2,
  /* Not values: they make the enum span all of int, so that any number a
   * caller passes is defined behaviour (and is rejected as unknown). */
  PW_SEVERITY_RANGE_MIN_ = -2147483647 - 1,
  PW_SEVERITY_RANGE_MAX_ = 2147483647
} pw_severity;

/* A calendar day. year == 0 means "no date". */
typedef struct pw_date {
  int32_t year;
  int32_t month; /* 1..12 */
  int32_t day;   /* 1..31 */
} pw_date;

/* ---- Handles ------------------------------------------------------------ */

/* A loaded concept. Created by pw_concept_new / pw_concept_load_*, freed
 * with pw_concept_free. */
typedef struct pw_concept pw_concept;

/* A list of findings. Created by pw_concept_validate / pw_validate_*, freed
 * with pw_diagnostics_free. */
typedef struct pw_diagnostics pw_diagnostics;

/* A result table of a graph analysis: rows of cells under named columns,
 * each column either text (ids) or integer. Created by pw_graph_*, freed
 * with pw_table_free. */
typedef struct pw_table pw_table;

/* What happens to a measure in pw_graph_impact. */
typedef enum pw_change {
  PW_CHANGE_DELAY = 0,
  PW_CHANGE_CANCEL = 1,
  PW_CHANGE_RANGE_MIN_ = -2147483647 - 1,
  PW_CHANGE_RANGE_MAX_ = 2147483647
} pw_change;

/* ---- Version and errors ------------------------------------------------ */

/* The version of the linked library ("0.1.0"); static storage, never freed.
 * Compare with PW_VERSION_STRING to detect header/library mismatch. */
PW_API const char *pw_version_string(void);
/* PW_VERSION_NUMBER of the linked library. */
PW_API int pw_version_number(void);
/* The newest interchange schema version the library reads and writes. */
PW_API int pw_schema_version(void);

/* The message of the most recent pw_ call on this thread: "" if it
 * succeeded. Thread-local storage owned by the library; valid until the next
 * pw_ call on this thread. Never NULL. */
PW_API const char *pw_error_last(void);

/* A constant name for a status ("PW_ERR_NOT_FOUND"); "PW_UNKNOWN" for
 * numbers outside the enum. Static storage, never freed. */
PW_API const char *pw_status_name(pw_status status);

/* ---- Creating, loading, saving ----------------------------------------- */

/* An empty concept with the given id. *out is owned by the caller. */
PW_API pw_status pw_concept_new(pw_concept **out, const char *id);

/* Loads a concept from a file. Fails with PW_ERR_IO, PW_ERR_PARSE,
 * PW_ERR_UNSUPPORTED_VERSION or PW_ERR_INVALID_MODEL (the message lists the
 * problems; pw_validate_file returns them one by one). *out is owned by the
 * caller. */
PW_API pw_status pw_concept_load_file(pw_concept **out, const char *path, pw_format format);

/* Loads a concept from bytes in memory, e.g. protobuf bytes produced by the
 * schema's generated classes in Java or .NET. The bytes are only read during
 * the call. *out is owned by the caller. data may not be NULL, even with
 * size 0 (PW_ERR_INVALID_ARGUMENT; since 0.1). */
PW_API pw_status pw_concept_load_bytes(pw_concept **out, const void *data, size_t size, pw_format format);

/* Saves atomically (a failed save leaves the old file). PW_FORMAT_AUTO takes
 * the format from the extension (.pb, .json, .txtpb). */
PW_API pw_status pw_concept_save_file(const pw_concept *plan, const char *path, pw_format format);

/* Encodes the whole concept (PW_FORMAT_AUTO is not allowed). *out_data is a
 * new buffer of *out_size bytes owned by the caller, freed with
 * pw_bytes_free; JSON and text are not NUL-terminated. */
PW_API pw_status pw_concept_export(uint8_t **out_data, size_t *out_size, const pw_concept *plan,
                                   pw_format format);

/* Frees a buffer from pw_concept_export or pw_entity_export; accepts NULL
 * and sets *data to NULL. */
PW_API void pw_bytes_free(uint8_t **data);

/* Frees a concept; accepts NULL and sets *plan to NULL. */
PW_API void pw_concept_free(pw_concept **plan);

/* ---- The concept's header ---------------------------------------------- */

/* Borrowed strings: valid until the concept is edited or freed. */
PW_API pw_status pw_concept_id(const char **out, const pw_concept *plan);
PW_API pw_status pw_concept_title(const char **out, const pw_concept *plan);
PW_API pw_status pw_concept_municipality(const char **out, const pw_concept *plan);

/* ---- Entities by kind --------------------------------------------------- */

/* Number of entities of a kind. */
PW_API pw_status pw_concept_count(size_t *out, const pw_concept *plan, pw_kind kind);

/* Index of the entity of `kind` with `id`; PW_ERR_NOT_FOUND if none. Indices
 * are stable until the concept is edited. */
PW_API pw_status pw_concept_find(size_t *out_index, const pw_concept *plan, pw_kind kind, const char *id);

/* The id and the title (or name) of entity `index` of `kind`. Borrowed. */
PW_API pw_status pw_entity_id(const char **out, const pw_concept *plan, pw_kind kind, size_t index);
PW_API pw_status pw_entity_title(const char **out, const pw_concept *plan, pw_kind kind, size_t index);

/* One entity encoded as its schema message (planwerk.v1.Goal for a goal, and
 * so on), references as ids. *out_data is owned by the caller, freed with
 * pw_bytes_free. PW_FORMAT_AUTO is not allowed. */
PW_API pw_status pw_entity_export(uint8_t **out_data, size_t *out_size, const pw_concept *plan, pw_kind kind,
                                  size_t index, pw_format format);

/* ---- Goals (index from pw_concept_find with PW_KIND_GOAL) --------------- */

/* planwerk.v1.GoalKind: 1 strategic, 2 operational, 3 annual, 4 interim. */
PW_API pw_status pw_goal_kind(int *out, const pw_concept *plan, size_t index);
/* Borrowed ids; "" where unset. */
PW_API pw_status pw_goal_parent(const char **out_id, const pw_concept *plan, size_t index);
PW_API pw_status pw_goal_action_field(const char **out_id, const pw_concept *plan, size_t index);
PW_API pw_status pw_goal_responsible(const char **out_id, const pw_concept *plan, size_t index);
PW_API pw_status pw_goal_deadline(pw_date *out, const pw_concept *plan, size_t index);

/* ---- Measures (index from pw_concept_find with PW_KIND_MEASURE) --------- */

/* planwerk.v1.MeasureStatus: 1 proposed, 2 planned, 3 in progress,
 * 4 completed, 5 suspended, 6 cancelled (0 unspecified). */
PW_API pw_status pw_measure_status(int *out, const pw_concept *plan, size_t index);
PW_API pw_status pw_measure_dates(pw_date *out_start, pw_date *out_end, const pw_concept *plan, size_t index);
PW_API pw_status pw_measure_responsible(const char **out_id, const pw_concept *plan, size_t index);
/* The goals a measure contributes to: count, then each goal id (borrowed)
 * with its weight (1.0 where the document gives none). */
PW_API pw_status pw_measure_contribution_count(size_t *out, const pw_concept *plan, size_t index);
PW_API pw_status pw_measure_contribution(const char **out_goal_id, double *out_weight, const pw_concept *plan,
                                         size_t index, size_t which);
/* The measures it depends on: count, then each predecessor id (borrowed),
 * link type (planwerk.v1.LinkType: 1 FS, 2 SS, 3 FF, 4 SF) and lag. */
PW_API pw_status pw_measure_dependency_count(size_t *out, const pw_concept *plan, size_t index);
PW_API pw_status pw_measure_dependency(const char **out_predecessor_id, int *out_link_type, int32_t *out_lag,
                                       const pw_concept *plan, size_t index, size_t which);

/* ---- Indicators (index from pw_concept_find with PW_KIND_INDICATOR) ----- */

/* Borrowed. */
PW_API pw_status pw_indicator_code(const char **out, const pw_concept *plan, size_t index);
PW_API pw_status pw_indicator_unit(const char **out, const pw_concept *plan, size_t index);
/* planwerk.v1.Polarity: 1 higher is better, 2 lower is better (0 unset). */
PW_API pw_status pw_indicator_polarity(int *out, const pw_concept *plan, size_t index);

/* ---- Edits --------------------------------------------------------------
 * Each applies whole or not at all: on failure the concept is unchanged.
 * Borrowed strings and indices obtained earlier are invalid after a
 * successful edit. */

/* Adds an entity, or replaces the one of the same kind and id (keeping its
 * index). `data` is the entity's schema message (planwerk.v1.Measure for
 * PW_KIND_MEASURE, ...) in `format`; its references are ids that must exist
 * in the concept (or be the entity itself). */
PW_API pw_status pw_concept_put(pw_concept *plan, pw_kind kind, const void *data, size_t size, pw_format format);

/* Replaces the concept's header (id, municipality, title, version label,
 * status, dates, vision, plan period, calendar) with the fields of a
 * planwerk.v1.Concept message without entities, in `format`. */
PW_API pw_status pw_concept_set_header(pw_concept *plan, const void *data, size_t size, pw_format format);

/* Removes an entity. PW_ERR_CONFLICT, naming the referrers, while others
 * still refer to it. */
PW_API pw_status pw_concept_remove(pw_concept *plan, pw_kind kind, const char *id);

/* `status` is a planwerk.v1.MeasureStatus number. */
PW_API pw_status pw_measure_set_status(pw_concept *plan, const char *measure_id, int status);
/* Either date may be {0,0,0} (unset); an end before the start is refused. */
PW_API pw_status pw_measure_set_dates(pw_concept *plan, const char *measure_id, pw_date start, pw_date end);
/* `actor_id` "" clears the responsibility. */
PW_API pw_status pw_goal_set_responsible(pw_concept *plan, const char *goal_id, const char *actor_id);

/* ---- Validation ---------------------------------------------------------- */

/* The planning rules on a loaded concept. *out is owned by the caller. */
PW_API pw_status pw_concept_validate(pw_diagnostics **out, const pw_concept *plan);

/* A document that may not load: its structural problems (duplicate ids,
 * dangling references, malformed values) as diagnostics if it has any, else
 * the planning rules. Fails only if the file cannot be read or parsed, or is
 * of a newer schema. *out is owned by the caller. */
PW_API pw_status pw_validate_file(pw_diagnostics **out, const char *path, pw_format format);
PW_API pw_status pw_validate_bytes(pw_diagnostics **out, const void *data, size_t size, pw_format format);

PW_API pw_status pw_diagnostics_count(size_t *out, const pw_diagnostics *diagnostics);
/* How many have severity error. */
PW_API pw_status pw_diagnostics_error_count(size_t *out, const pw_diagnostics *diagnostics);
/* Finding `index`: its code ("PW102"), severity, entity id ("" for the
 * concept itself) and message. Strings are borrowed from `diagnostics`. */
PW_API pw_status pw_diagnostics_get(const char **out_code, pw_severity *out_severity, const char **out_entity,
                                    const char **out_message, const pw_diagnostics *diagnostics, size_t index);
/* Where: the entity's kind (0 for the concept itself) and the field path
 * ("measures[3].dependencies[0].predecessor_id"), borrowed. */
PW_API pw_status pw_diagnostics_location(int *out_kind, const char **out_field, const pw_diagnostics *diagnostics,
                                         size_t index);
/* Frees diagnostics; accepts NULL and sets *diagnostics to NULL. */
PW_API void pw_diagnostics_free(pw_diagnostics **diagnostics);

/* ---- Graph analyses (docs/graph.md) --------------------------------------
 * Each returns a table owned by the caller (*out, freed with pw_table_free);
 * the columns are listed with each function. Analyses that need an order
 * fail with PW_ERR_CONFLICT, naming a cycle, when the dependencies have one. */

/* cycle (int), position (int), measure (text): each cycle's witness, in
 * edge order, starting at its member that comes first in the document. */
PW_API pw_status pw_graph_cycles(pw_table **out, const pw_concept *plan);
/* position (int), measure (text): the measures in dependency order. */
PW_API pw_status pw_graph_order(pw_table **out, const pw_concept *plan);
/* chain (text: "links" or "duration"), position (int), measure (text),
 * length (int: links, or working days). */
PW_API pw_status pw_graph_critical(pw_table **out, const pw_concept *plan);
/* measure (text), predecessor (text), position (int, in the measure's
 * dependencies): links another path already implies. */
PW_API pw_status pw_graph_redundant(pw_table **out, const pw_concept *plan);
/* role (text: "downstream", "goal", "guiding_goal",
 * "goal_without_active_measure"), id (text), shift (int: working days a
 * downstream measure moves for a delay, else 0). `delay_days` is read only
 * for PW_CHANGE_DELAY and must not be negative. PW_ERR_NOT_FOUND for an
 * unknown measure id. */
PW_API pw_status pw_graph_impact(pw_table **out, const pw_concept *plan, const char *measure_id, pw_change change,
                                 int64_t delay_days);
/* gap (text: "goal_without_measures", "goal_without_indicators",
 * "measure_without_goals", "indicator_without_goals",
 * "actor_without_assignment"), id (text). */
PW_API pw_status pw_graph_coverage(pw_table **out, const pw_concept *plan);
/* first (text), second (text), measure (text): measures serving two goals
 * marked as conflicting. */
PW_API pw_status pw_graph_conflicts(pw_table **out, const pw_concept *plan);
/* Conflicts across concepts read together (`plans` holds `count` handles,
 * borrowed for the call; their ids must differ): first, second (text,
 * qualified "concept:goal"), side (text: "first" or "second"), measure
 * (text): the active measures pursuing each side. */
PW_API pw_status pw_graph_cross_conflicts(pw_table **out, const pw_concept *const *plans, size_t count);
/* Graphviz DOT of a view ("dependencies", "goals", "contributions",
 * "relations"). *out_data is owned by the caller, freed with pw_bytes_free;
 * not NUL-terminated. */
PW_API pw_status pw_graph_dot(uint8_t **out_data, size_t *out_size, const pw_concept *plan, const char *view);

/* ---- Scheduling (docs/schedule.md) ---------------------------------------
 * Dates are pw_date values; {0,0,0} for "default". */

/* The critical path schedule on the concept's calendar: measure (text),
 * duration, early_start, early_finish, late_start, late_finish (text,
 * YYYY-MM-DD), total_float, free_float, critical (int). `start` defaults to
 * the plan period's start, `as_of` (the status date) to the start. Deadlines
 * that cannot be met do not fail the call: pw_concept_validate does not see
 * them, *out_findings (owned by the caller, may be NULL if not wanted) holds
 * them as PW201. */
PW_API pw_status pw_schedule(pw_table **out, pw_diagnostics **out_findings, const pw_concept *plan, pw_date start,
                             pw_date as_of);
/* The meetings a proposal ready on `ready` passes, committee by committee in
 * the order of `committee_ids` (`count` ids): committee (text), papers_due,
 * meeting (text, YYYY-MM-DD); the last meeting adopts. PW_ERR_CONFLICT when
 * a committee has no meeting in time. */
PW_API pw_status pw_consultation(pw_table **out, const pw_concept *plan, pw_date ready,
                                 const char *const *committee_ids, size_t count);
/* iCalendar text (RFC 5545) with the scheduled measures; `stamp` fixes
 * DTSTAMP ("YYYYMMDDTHHMMSSZ"), NULL or "" for now. *out_data is owned by
 * the caller, freed with pw_bytes_free. */
PW_API pw_status pw_icalendar(uint8_t **out_data, size_t *out_size, const pw_concept *plan, const char *stamp);

/* Rows and columns of a table. */
PW_API pw_status pw_table_shape(size_t *out_rows, size_t *out_columns, const pw_table *table);
/* The name of a column (borrowed from the table) and whether it holds text
 * (1) or integers (0). */
PW_API pw_status pw_table_column(const char **out_name, int *out_is_text, const pw_table *table, size_t column);
/* A text cell, borrowed from the table. PW_ERR_INVALID_ARGUMENT for an
 * integer column. */
PW_API pw_status pw_table_text(const char **out, const pw_table *table, size_t row, size_t column);
/* An integer cell. PW_ERR_INVALID_ARGUMENT for a text column. */
PW_API pw_status pw_table_int(int64_t *out, const pw_table *table, size_t row, size_t column);
/* Frees a table; accepts NULL and sets *table to NULL. */
PW_API void pw_table_free(pw_table **table);

/* ---- History ----------------------------------------------------------------
 * What changed between two versions of a concept: kind, change (added,
 * removed, renamed, retitled, moved, target_changed, deadline_changed,
 * responsibility_changed), id (new), old_id, field, before, after; all text.
 * `renames` holds `count` strings "OLD_ID=NEW_ID" (NULL when count is 0).
 * *out is owned by the caller, freed with pw_table_free. */
PW_API pw_status pw_diff(pw_table **out, const pw_concept *before, const pw_concept *after,
                         const char *const *renames, size_t count);

/* ---- Monitoring (docs/monitor.md) ----------------------------------------
 * Observations go in as parallel arrays (no copy is made; they must stay
 * valid during the call); results come out as frames: column-oriented
 * tables whose columns are arrays of doubles, int64 or category codes with
 * their labels, handed out as borrowed pointers for bulk reading. */

typedef struct pw_observations pw_observations; /* observations read from a file */
typedef struct pw_evaluation pw_evaluation;     /* the frames of one evaluation */
typedef struct pw_frame pw_frame;               /* a column-oriented table */

typedef enum pw_column_type {
  PW_COLUMN_REAL = 0,     /* double; NaN = none */
  PW_COLUMN_INTEGER = 1,  /* int64_t */
  PW_COLUMN_CATEGORY = 2, /* int32_t codes into the column's labels */
  PW_COLUMN_TYPE_RANGE_MIN_ = -2147483647 - 1,
  PW_COLUMN_TYPE_RANGE_MAX_ = 2147483647
} pw_column_type;

/* Flag bits of the flags column. */
#define PW_FLAG_SERIES_BREAK 1
#define PW_FLAG_PROVISIONAL 2

/* One observation per index 0 .. count-1. indicator and district index the
 * concept's lists (district -1: the whole municipality); group indexes
 * `groups` (-1: everybody; labels "dimension:value" form breakdowns);
 * period is yyyy0000 for a year or yyyymmdd for a day. value, numerator,
 * denominator, cases (NaN: not given), flags and status (the schema's
 * ValueStatus) may be NULL when the column is absent; value may be NULL
 * when numerator and denominator are given. */
typedef struct pw_observation_arrays {
  size_t count;
  const int32_t *indicator;
  const int32_t *district;
  const int32_t *group;
  const int32_t *period;
  const double *value;
  const double *numerator;
  const double *denominator;
  const double *cases;
  const uint8_t *flags;
  const uint8_t *status;
  const char *const *groups;
  size_t group_count;
} pw_observation_arrays;

typedef struct pw_monitor_options {
  int32_t as_of;     /* ignore later periods (a period code); 0: everything */
  double min_cases;  /* suppress cells resting on fewer cases; 0: no suppression */
  size_t min_points; /* data points a trend needs */
  int32_t rule;      /* roll-up: 0 weighted mean, 1 the two worst (SDSN) */
  double min_share;  /* share of indicators with data a roll-up needs */
  int32_t cells;     /* 1: also the "cells" frame of every published cell */
  int32_t trends;    /* 1: the Open SDG and SDSN trend columns; 0: without them */
  size_t threads;    /* worker threads; 0: one per core */
  /* The series columns to compute and return besides the keys, comma-
   * separated ("slope,attainment,status"); NULL or "": all. Borrowed: read
   * during pw_monitor_evaluate only. */
  const char *columns;
} pw_monitor_options;

/* The defaults: as_of 0, min_cases 3, min_points 2, rule 0, min_share 0.5,
 * cells 0, trends 1, threads 0, columns NULL. */
PW_API void pw_monitor_options_init(pw_monitor_options *options);

/* Reads observations: .csv (plain or as statistical offices publish it) or
 * a protobuf ObservationSet (binary, JSON, text). Errors name the line and
 * column. *out is owned by the caller, freed with pw_observations_free. */
PW_API pw_status pw_observations_read(pw_observations **out, const pw_concept *plan, const char *path);
/* The arrays of read observations, borrowed from them (valid while they live). */
PW_API pw_status pw_observations_arrays(pw_observation_arrays *out, const pw_observations *observations);
PW_API void pw_observations_free(pw_observations **observations);

/* Completes totals, suppresses small cells, evaluates every series and rolls
 * up (planwerk/monitor/evaluate.hpp documents the frames "series",
 * "totals", "rollup" and "cells"). `options` may be NULL for the defaults.
 * *out is owned by the caller, freed with pw_evaluation_free. */
PW_API pw_status pw_monitor_evaluate(pw_evaluation **out, const pw_concept *plan, const pw_observation_arrays *rows,
                                     const pw_monitor_options *options);
/* A frame of an evaluation by name, borrowed from it. */
PW_API pw_status pw_evaluation_frame(const pw_frame **out, const pw_evaluation *evaluation, const char *name);
PW_API void pw_evaluation_free(pw_evaluation **evaluation);

/* Process monitoring up to `as_of`: "status" (measures and milestones per
 * goal, action field, concept) or "participation" (per format). *out is
 * owned by the caller, freed with pw_frame_free. */
PW_API pw_status pw_monitor_process(pw_frame **out, const pw_concept *plan, pw_date as_of, const char *what);

PW_API pw_status pw_frame_shape(size_t *out_rows, size_t *out_columns, const pw_frame *frame);
/* A column's name (borrowed) and type. */
PW_API pw_status pw_frame_column(const char **out_name, pw_column_type *out_type, const pw_frame *frame,
                                 size_t column);
/* The index of the column with this name; PW_ERR_NOT_FOUND if none. */
PW_API pw_status pw_frame_find(size_t *out_column, const pw_frame *frame, const char *name);
/* A column's values, rows long, borrowed from the frame. PW_ERR_INVALID_ARGUMENT
 * when the column has another type. */
PW_API pw_status pw_frame_reals(const double **out, const pw_frame *frame, size_t column);
PW_API pw_status pw_frame_integers(const int64_t **out, const pw_frame *frame, size_t column);
PW_API pw_status pw_frame_codes(const int32_t **out, const pw_frame *frame, size_t column);
/* The label of a category code (borrowed). */
PW_API pw_status pw_frame_label(const char **out, const pw_frame *frame, size_t column, int32_t code);
/* Frees a frame from pw_monitor_process; accepts NULL, sets *frame to NULL. */
PW_API void pw_frame_free(pw_frame **frame);

#ifdef __cplusplus
}
#endif

#endif /* PLANWERK_PLANWERK_H */
