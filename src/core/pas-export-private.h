/* pas-export-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>
#include <xlsxwriter.h>

#include "pas-export.h"
#include "pas-indicators.h"
#include "pas-pseudonym.h"

G_BEGIN_DECLS

/* Where the progress stands as the export goes: the indicators first,
 * then the rows, then the compression of the whole file at its close,
 * which takes about as long as writing the rows. */
#define PAS_EXPORT_PROGRESS_ROWS   0.05
#define PAS_EXPORT_PROGRESS_SAVING 0.5

/* The sheets, in the order of their tabs. */
typedef enum
{
  PAS_EXPORT_SHEET_SUMMARY,
  PAS_EXPORT_SHEET_WORKSHOPS,
  PAS_EXPORT_SHEET_CONTRIBUTIONS,
  PAS_EXPORT_SHEET_FEEDBACK,
  PAS_EXPORT_SHEET_TRAINING,
  PAS_EXPORT_SHEET_SKILLS,
  PAS_EXPORT_SHEET_READINESS,
  PAS_EXPORT_SHEET_REFERENTS,
  PAS_EXPORT_SHEET_STORIES,
  PAS_EXPORT_SHEET_DICTIONARY,
} PasExportSheet;

#define PAS_EXPORT_N_SHEETS (PAS_EXPORT_SHEET_DICTIONARY + 1)

/* What a column holds. Every kind but text may also hold "—", for a value
 * that cannot be computed or is hidden to protect a small group. */
typedef enum
{
  PAS_EXPORT_COLUMN_TEXT,
  PAS_EXPORT_COLUMN_INTEGER,
  PAS_EXPORT_COLUMN_DECIMAL,
  PAS_EXPORT_COLUMN_PERCENT,
  PAS_EXPORT_COLUMN_NUMBER,     /* a number whose format depends on the row */
  PAS_EXPORT_COLUMN_DATE,
  PAS_EXPORT_COLUMN_DATETIME,
} PasExportColumnType;

typedef struct
{
  const char          *header;  /* untranslated, see pas_export_column_get_header() */
  PasExportColumnType  type;
  double               width;   /* in characters */
} PasExportColumn;

typedef enum
{
  PAS_EXPORT_FORMAT_HEADER,
  PAS_EXPORT_FORMAT_TITLE,
  PAS_EXPORT_FORMAT_SECTION,
  PAS_EXPORT_FORMAT_LABEL,
  PAS_EXPORT_FORMAT_TEXT,
  PAS_EXPORT_FORMAT_WRAP,
  PAS_EXPORT_FORMAT_INTEGER,
  PAS_EXPORT_FORMAT_DECIMAL,
  PAS_EXPORT_FORMAT_PERCENT,
  PAS_EXPORT_FORMAT_DATE,
  PAS_EXPORT_FORMAT_DATETIME,
  PAS_EXPORT_FORMAT_MONTH,
  PAS_EXPORT_FORMAT_NO_VALUE,   /* "—", right-aligned like the numbers around it */
  PAS_EXPORT_N_FORMATS
} PasExportFormat;

typedef struct
{
  char   *shown;          /* the name, or the pseudonym */
  gint64  department_id;  /* 0 when none */
} PasExportPerson;

/* Everything one export works with; owned by the thread that runs it. */
typedef struct
{
  sqlite3                *db;
  gint64                  project_id;
  PasExportFlags          flags;
  PasIndicators          *indicators;
  char                   *organisation;
  char                   *period_text;
  gint64                  generated_at;

  /* The period as SQL parameters: :bounded, :since, :until (days) and
   * :since_time, :until_time (unix times of local midnights, the end
   * excluded), with the rules of pas-indicators.h. */
  gboolean                bounded;
  char                   *since_day;
  char                   *until_day;
  gint64                  since_time;
  gint64                  until_time;
  GTimeZone              *time_zone;

  GHashTable             *people;        /* id → PasExportPerson */
  GHashTable             *departments;   /* id → name */

  lxw_workbook           *workbook;
  lxw_worksheet          *sheets[PAS_EXPORT_N_SHEETS];
  lxw_format             *formats[PAS_EXPORT_N_FORMATS];
  lxw_error               first_error;

  GCancellable           *cancellable;
  PasExportProgressFunc   progress;
  gpointer                progress_data;
  guint64                 rows_total;
  guint64                 rows_done;
  double                  reported;
  const char             *step;
} PasExportContext;

/* Writes a table of one sheet, a row at a time (the workbook is written
 * in constant memory: a row once left cannot be written again). */
typedef struct
{
  PasExportContext       *ctx;
  PasExportSheet          sheet;
  lxw_worksheet          *worksheet;
  const PasExportColumn  *columns;
  guint                   n_columns;
  lxw_col_t               last_column;    /* of the filter: the heatmap has more columns */
  lxw_row_t               header_row;
  lxw_row_t               row;
} PasExportTable;

/* pas-export-writer.c */
const char            *pas_export_sheet_get_name        (PasExportSheet          sheet);
const PasExportColumn *pas_export_sheet_get_columns     (PasExportSheet          sheet,
                                                         guint                  *n_columns);
const char            *pas_export_column_get_header     (const PasExportColumn  *column);
gboolean               pas_export_indicator_is_hidden   (const PasIndicators    *indicators,
                                                         PasIndicator            indicator);

void                   pas_export_context_add_formats   (PasExportContext       *ctx);
gboolean               pas_export_context_tick          (PasExportContext       *ctx,
                                                         guint                   rows,
                                                         GError                **error);
void                   pas_export_context_report        (PasExportContext       *ctx,
                                                         const char             *step,
                                                         double                  fraction);
const char            *pas_export_context_person        (PasExportContext       *ctx,
                                                         gint64                  person_id,
                                                         gint64                 *department_id);
const char            *pas_export_context_department    (PasExportContext       *ctx,
                                                         gint64                  department_id);
gboolean               pas_export_context_is_small      (PasExportContext       *ctx,
                                                         guint                   n_people);
double                 pas_export_time_to_serial        (PasExportContext       *ctx,
                                                         gint64                  unix_time);
double                 pas_export_day_to_serial         (const char             *day);
sqlite3_stmt          *pas_export_prepare               (PasExportContext       *ctx,
                                                         const char             *sql,
                                                         GError                **error);
gboolean               pas_export_finish_statement      (PasExportContext       *ctx,
                                                         sqlite3_stmt           *stmt,
                                                         int                     rc,
                                                         GError                **error);

void                   pas_export_table_begin           (PasExportTable         *table,
                                                         PasExportContext       *ctx,
                                                         PasExportSheet          sheet,
                                                         lxw_row_t               first_row);
void                   pas_export_table_write_header    (PasExportTable         *table);
void                   pas_export_table_text            (PasExportTable         *table,
                                                         guint                   column,
                                                         const char             *text);
void                   pas_export_table_styled_text     (PasExportTable         *table,
                                                         guint                   column,
                                                         const char             *text,
                                                         PasExportFormat         format);
void                   pas_export_table_number          (PasExportTable         *table,
                                                         guint                   column,
                                                         double                  value,
                                                         PasExportFormat         format);
void                   pas_export_table_value           (PasExportTable         *table,
                                                         guint                   column,
                                                         double                  value);
void                   pas_export_table_day             (PasExportTable         *table,
                                                         guint                   column,
                                                         const char             *day);
void                   pas_export_table_time            (PasExportTable         *table,
                                                         guint                   column,
                                                         gint64                  unix_time);
void                   pas_export_table_no_value        (PasExportTable         *table,
                                                         guint                   column);
gboolean               pas_export_table_next_row        (PasExportTable         *table,
                                                         GError                **error);
void                   pas_export_table_end             (PasExportTable         *table,
                                                         gboolean                filter);

/* pas-export-details.c */
gboolean               pas_export_count_details         (PasExportContext       *ctx,
                                                         GError                **error);
gboolean               pas_export_write_details         (PasExportContext       *ctx,
                                                         PasExportSheet          sheet,
                                                         GError                **error);

/* pas-export-summary.c */
gboolean               pas_export_write_summary         (PasExportContext       *ctx,
                                                         GError                **error);
gboolean               pas_export_write_skills          (PasExportContext       *ctx,
                                                         GError                **error);
gboolean               pas_export_write_dictionary      (PasExportContext       *ctx,
                                                         GError                **error);

G_END_DECLS
