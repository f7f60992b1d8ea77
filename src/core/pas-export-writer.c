/* pas-export-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pas-export-private.h"
#include "pas-reader.h"

/* The sheets and their columns, and the helpers every sheet writes with:
 * one format per kind of value, "—" for what has no value, dates as
 * dates, the header row and the print set-up of a table. */

#define MAX_SHEET_NAME 31       /* characters, Excel's limit */
#define MAX_CELL_TEXT 32767     /* characters, Excel's limit */
#define EXCEL_UNIX_EPOCH 25569.0
#define SECONDS_PER_DAY 86400.0
#define TICK_ROWS 512
#define HEADER_COLOUR 0xDDE5F0
#define PAPER_A4 9

static const PasExportColumn summary_columns[] = {
  { N_("Indicator"), PAS_EXPORT_COLUMN_TEXT, 34 },
  { N_("Value"), PAS_EXPORT_COLUMN_NUMBER, 14 },
  { N_("Previous period"), PAS_EXPORT_COLUMN_NUMBER, 16 },
  { N_("Note"), PAS_EXPORT_COLUMN_TEXT, 14 },
};

static const PasExportColumn workshop_columns[] = {
  { N_("Title"), PAS_EXPORT_COLUMN_TEXT, 36 },
  { N_("Start"), PAS_EXPORT_COLUMN_DATETIME, 17 },
  { N_("Duration (minutes)"), PAS_EXPORT_COLUMN_INTEGER, 11 },
  { N_("Status"), PAS_EXPORT_COLUMN_TEXT, 12 },
  { N_("Place"), PAS_EXPORT_COLUMN_TEXT, 20 },
  { N_("Facilitator"), PAS_EXPORT_COLUMN_TEXT, 22 },
  { N_("Objective"), PAS_EXPORT_COLUMN_TEXT, 44 },
  { N_("Invited"), PAS_EXPORT_COLUMN_INTEGER, 9 },
  { N_("Present"), PAS_EXPORT_COLUMN_INTEGER, 9 },
  { N_("Attendance"), PAS_EXPORT_COLUMN_PERCENT, 12 },
  { N_("Agenda items"), PAS_EXPORT_COLUMN_INTEGER, 10 },
  { N_("Contributions"), PAS_EXPORT_COLUMN_INTEGER, 13 },
};

static const PasExportColumn contribution_columns[] = {
  { N_("Workshop"), PAS_EXPORT_COLUMN_TEXT, 30 },
  { N_("Time"), PAS_EXPORT_COLUMN_DATETIME, 17 },
  { N_("Kind"), PAS_EXPORT_COLUMN_TEXT, 12 },
  { N_("Contribution"), PAS_EXPORT_COLUMN_TEXT, 60 },
  { N_("Theme"), PAS_EXPORT_COLUMN_TEXT, 20 },
  { N_("Votes"), PAS_EXPORT_COLUMN_INTEGER, 8 },
  { N_("Author"), PAS_EXPORT_COLUMN_TEXT, 22 },
};

static const PasExportColumn feedback_columns[] = {
  { N_("Created"), PAS_EXPORT_COLUMN_DATETIME, 17 },
  { N_("Category"), PAS_EXPORT_COLUMN_TEXT, 16 },
  { N_("Severity"), PAS_EXPORT_COLUMN_INTEGER, 9 },
  { N_("Sentiment"), PAS_EXPORT_COLUMN_INTEGER, 10 },
  { N_("Status"), PAS_EXPORT_COLUMN_TEXT, 12 },
  { N_("Feedback"), PAS_EXPORT_COLUMN_TEXT, 60 },
  { N_("Response"), PAS_EXPORT_COLUMN_TEXT, 44 },
  { N_("Author"), PAS_EXPORT_COLUMN_TEXT, 22 },
  { N_("Department"), PAS_EXPORT_COLUMN_TEXT, 22 },
  { N_("Pilot"), PAS_EXPORT_COLUMN_TEXT, 22 },
  { N_("Resolved"), PAS_EXPORT_COLUMN_DATETIME, 17 },
  { N_("Days to resolve"), PAS_EXPORT_COLUMN_DECIMAL, 12 },
};

static const PasExportColumn training_columns[] = {
  { N_("Person"), PAS_EXPORT_COLUMN_TEXT, 22 },
  { N_("Department"), PAS_EXPORT_COLUMN_TEXT, 22 },
  { N_("Module"), PAS_EXPORT_COLUMN_TEXT, 36 },
  { N_("Format"), PAS_EXPORT_COLUMN_TEXT, 16 },
  { N_("Skill"), PAS_EXPORT_COLUMN_TEXT, 30 },
  { N_("Minutes"), PAS_EXPORT_COLUMN_INTEGER, 9 },
  { N_("Coach"), PAS_EXPORT_COLUMN_TEXT, 22 },
  { N_("Due date"), PAS_EXPORT_COLUMN_DATE, 12 },
  { N_("Status"), PAS_EXPORT_COLUMN_TEXT, 13 },
  { N_("Completed on"), PAS_EXPORT_COLUMN_DATE, 13 },
  { N_("Overdue"), PAS_EXPORT_COLUMN_TEXT, 9 },
};

/* The other columns of the heatmap are the project's skills. */
static const PasExportColumn skill_columns[] = {
  { N_("Department"), PAS_EXPORT_COLUMN_TEXT, 24 },
};

static const PasExportColumn readiness_columns[] = {
  { N_("Date"), PAS_EXPORT_COLUMN_DATE, 12 },
  { N_("Person"), PAS_EXPORT_COLUMN_TEXT, 22 },
  { N_("Department"), PAS_EXPORT_COLUMN_TEXT, 22 },
  { N_("Awareness"), PAS_EXPORT_COLUMN_INTEGER, 11 },
  { N_("Desire"), PAS_EXPORT_COLUMN_INTEGER, 9 },
  { N_("Knowledge"), PAS_EXPORT_COLUMN_INTEGER, 11 },
  { N_("Ability"), PAS_EXPORT_COLUMN_INTEGER, 9 },
  { N_("Reinforcement"), PAS_EXPORT_COLUMN_INTEGER, 14 },
  { N_("Barrier point"), PAS_EXPORT_COLUMN_TEXT, 16 },
  { N_("Suggested action"), PAS_EXPORT_COLUMN_TEXT, 50 },
};

static const PasExportColumn referent_columns[] = {
  { N_("Date"), PAS_EXPORT_COLUMN_DATE, 12 },
  { N_("Referent"), PAS_EXPORT_COLUMN_TEXT, 22 },
  { N_("Department"), PAS_EXPORT_COLUMN_TEXT, 22 },
  { N_("Activity"), PAS_EXPORT_COLUMN_TEXT, 14 },
  { N_("People helped"), PAS_EXPORT_COLUMN_INTEGER, 13 },
  { N_("Note"), PAS_EXPORT_COLUMN_TEXT, 50 },
};

static const PasExportColumn story_columns[] = {
  { N_("Date"), PAS_EXPORT_COLUMN_DATE, 12 },
  { N_("Title"), PAS_EXPORT_COLUMN_TEXT, 36 },
  { N_("Department"), PAS_EXPORT_COLUMN_TEXT, 22 },
  { N_("Status"), PAS_EXPORT_COLUMN_TEXT, 12 },
  { N_("Story"), PAS_EXPORT_COLUMN_TEXT, 60 },
  { N_("Metric"), PAS_EXPORT_COLUMN_TEXT, 24 },
  { N_("Before"), PAS_EXPORT_COLUMN_DECIMAL, 10 },
  { N_("After"), PAS_EXPORT_COLUMN_DECIMAL, 10 },
  { N_("Change"), PAS_EXPORT_COLUMN_PERCENT, 10 },
  { N_("People recognised"), PAS_EXPORT_COLUMN_TEXT, 36 },
  { N_("Not named (no consent)"), PAS_EXPORT_COLUMN_INTEGER, 14 },
};

static const PasExportColumn dictionary_columns[] = {
  { N_("Indicator"), PAS_EXPORT_COLUMN_TEXT, 30 },
  { N_("Definition"), PAS_EXPORT_COLUMN_TEXT, 100 },
  { N_("Unit"), PAS_EXPORT_COLUMN_TEXT, 16 },
};

typedef struct
{
  const char            *name;
  const PasExportColumn *columns;
  guint                  n_columns;
} SheetInfo;

#define COLUMNS(array) array, G_N_ELEMENTS (array)

static const SheetInfo sheet_info[PAS_EXPORT_N_SHEETS] = {
  /* Translators: the names of the workbook's sheets: at most 31 characters */
  [PAS_EXPORT_SHEET_SUMMARY] = { N_("Summary"), COLUMNS (summary_columns) },
  [PAS_EXPORT_SHEET_WORKSHOPS] = { N_("Workshops"), COLUMNS (workshop_columns) },
  [PAS_EXPORT_SHEET_CONTRIBUTIONS] = { N_("Contributions"), COLUMNS (contribution_columns) },
  [PAS_EXPORT_SHEET_FEEDBACK] = { N_("Feedback"), COLUMNS (feedback_columns) },
  [PAS_EXPORT_SHEET_TRAINING] = { N_("Training"), COLUMNS (training_columns) },
  [PAS_EXPORT_SHEET_SKILLS] = { N_("Skills"), COLUMNS (skill_columns) },
  [PAS_EXPORT_SHEET_READINESS] = { N_("Readiness"), COLUMNS (readiness_columns) },
  [PAS_EXPORT_SHEET_REFERENTS] = { N_("Referents"), COLUMNS (referent_columns) },
  [PAS_EXPORT_SHEET_STORIES] = { N_("Success stories"), COLUMNS (story_columns) },
  [PAS_EXPORT_SHEET_DICTIONARY] = { N_("Data dictionary"), COLUMNS (dictionary_columns) },
};

/* Sheets */

/* The translated name, made acceptable to Excel whatever the translation:
 * no []:*?/\, no apostrophe at either end, 31 characters at most. */
const char *
pas_export_sheet_get_name (PasExportSheet sheet)
{
  g_autoptr(GString) name = NULL;
  const char *end;

  g_return_val_if_fail (sheet < PAS_EXPORT_N_SHEETS, NULL);

  name = g_string_new (_(sheet_info[sheet].name));
  for (gsize i = 0; i < name->len; i++)
    if (strchr ("[]:*?/\\", name->str[i]) != NULL)
      name->str[i] = '-';
  while (name->len > 0 && name->str[0] == '\'')
    g_string_erase (name, 0, 1);
  if (g_utf8_strlen (name->str, -1) > MAX_SHEET_NAME)
    {
      end = g_utf8_offset_to_pointer (name->str, MAX_SHEET_NAME);
      g_string_truncate (name, end - name->str);
    }
  while (name->len > 0 && name->str[name->len - 1] == '\'')
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    g_string_printf (name, "%d", sheet + 1);
  return g_intern_string (name->str);
}

const PasExportColumn *
pas_export_sheet_get_columns (PasExportSheet  sheet,
                              guint          *n_columns)
{
  g_return_val_if_fail (sheet < PAS_EXPORT_N_SHEETS, NULL);

  if (n_columns)
    *n_columns = sheet_info[sheet].n_columns;
  return sheet_info[sheet].columns;
}

const char *
pas_export_column_get_header (const PasExportColumn *column)
{
  g_return_val_if_fail (column != NULL, NULL);
  return _(column->header);
}

/* How many people a headline figure is about, or G_MAXUINT when it is
 * not a statistic about people (departments, feedback items, stories). */
static guint
count_people_behind (const PasIndicators *indicators,
                     PasIndicator         indicator)
{
  const PasIndicatorValue *value = pas_indicators_get (indicators, indicator);

  switch (indicator)
    {
    case PAS_INDICATOR_ATTENDANCE:           /* invitations */
    case PAS_INDICATOR_TRAINING_COMPLETION:  /* enrollments */
    case PAS_INDICATOR_SKILL_LEVEL:          /* people assessed */
    case PAS_INDICATOR_READINESS_BARRIER:
    case PAS_INDICATOR_DIVIDE_INDEX:
    case PAS_INDICATOR_AT_RISK:              /* people */
    case PAS_INDICATOR_CHANGE_LOAD:
    case PAS_INDICATOR_REFERENT_COVERAGE:
      return (guint) CLAMP (value->total, 0, G_MAXUINT - 1);
    case PAS_INDICATOR_REPRESENTATION:
    case PAS_INDICATOR_LOOP_CLOSURE:
    case PAS_INDICATOR_DAYS_TO_RESOLVE:
    case PAS_INDICATOR_OVERDUE_ENROLLMENTS:
    case PAS_INDICATOR_ROUTING:
    case PAS_INDICATOR_BLOCKING_ZONES:
    case PAS_INDICATOR_STORIES_PUBLISHED:
    case PAS_INDICATOR_LEVEL_TREND:
    default:
      return G_MAXUINT;
    }
}

/* Whether the workbook shows "—" for a headline figure, to protect a
 * group smaller than the privacy threshold. */
gboolean
pas_export_indicator_is_hidden (const PasIndicators *indicators,
                                PasIndicator         indicator)
{
  guint n_people;

  g_return_val_if_fail (indicators != NULL, TRUE);

  n_people = count_people_behind (indicators, indicator);
  return n_people != G_MAXUINT && pas_indicators_is_small_group (indicators, n_people);
}

/* The context */

void
pas_export_context_add_formats (PasExportContext *ctx)
{
  lxw_format **f = ctx->formats;

  for (guint i = 0; i < PAS_EXPORT_N_FORMATS; i++)
    f[i] = workbook_add_format (ctx->workbook);

  format_set_bold (f[PAS_EXPORT_FORMAT_HEADER]);
  format_set_bg_color (f[PAS_EXPORT_FORMAT_HEADER], HEADER_COLOUR);
  format_set_bottom (f[PAS_EXPORT_FORMAT_HEADER], LXW_BORDER_THIN);
  format_set_text_wrap (f[PAS_EXPORT_FORMAT_HEADER]);
  format_set_align (f[PAS_EXPORT_FORMAT_HEADER], LXW_ALIGN_VERTICAL_TOP);
  format_set_bold (f[PAS_EXPORT_FORMAT_TITLE]);
  format_set_font_size (f[PAS_EXPORT_FORMAT_TITLE], 16);
  format_set_bold (f[PAS_EXPORT_FORMAT_SECTION]);
  format_set_font_size (f[PAS_EXPORT_FORMAT_SECTION], 12);
  format_set_bold (f[PAS_EXPORT_FORMAT_LABEL]);
  format_set_text_wrap (f[PAS_EXPORT_FORMAT_WRAP]);
  format_set_align (f[PAS_EXPORT_FORMAT_WRAP], LXW_ALIGN_VERTICAL_TOP);
  format_set_num_format (f[PAS_EXPORT_FORMAT_INTEGER], "0");
  format_set_num_format (f[PAS_EXPORT_FORMAT_DECIMAL], "0.0");
  format_set_num_format (f[PAS_EXPORT_FORMAT_PERCENT], "0%");
  /* The built-in short date formats: shown in the reader's own locale. */
  format_set_num_format_index (f[PAS_EXPORT_FORMAT_DATE], 14);
  format_set_num_format_index (f[PAS_EXPORT_FORMAT_DATETIME], 22);
  format_set_num_format (f[PAS_EXPORT_FORMAT_MONTH], "mmm yyyy");
  format_set_align (f[PAS_EXPORT_FORMAT_NO_VALUE], LXW_ALIGN_RIGHT);
}

/* Counts rows written; every so often, reports progress and stops when
 * the export was cancelled. */
gboolean
pas_export_context_tick (PasExportContext  *ctx,
                         guint              rows,
                         GError           **error)
{
  guint64 before = ctx->rows_done;

  ctx->rows_done += rows;
  if (before / TICK_ROWS == ctx->rows_done / TICK_ROWS && rows < TICK_ROWS)
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
    return FALSE;
  pas_export_context_report (ctx, ctx->step,
                             PAS_EXPORT_PROGRESS_ROWS + (PAS_EXPORT_PROGRESS_SAVING - PAS_EXPORT_PROGRESS_ROWS) *
                             (ctx->rows_total > 0 ? (double) ctx->rows_done / ctx->rows_total : 0));
  return TRUE;
}

/* At most a couple of hundred reports per export, and never backwards:
 * the total of rows is only an estimate. */
void
pas_export_context_report (PasExportContext *ctx,
                           const char       *step,
                           double            fraction)
{
  gboolean new_step = step != ctx->step;

  fraction = CLAMP (fraction, ctx->reported, 1.0);
  ctx->step = step;
  if (ctx->progress == NULL || (!new_step && fraction < ctx->reported + 0.005 && fraction < 1.0))
    return;
  ctx->reported = fraction;
  ctx->progress (fraction, step, ctx->progress_data);
}

/* The name or the pseudonym of a person; %NULL for nobody. */
const char *
pas_export_context_person (PasExportContext *ctx,
                           gint64            person_id,
                           gint64           *department_id)
{
  const PasExportPerson *person = person_id > 0 ? g_hash_table_lookup (ctx->people, &person_id) : NULL;

  if (department_id)
    *department_id = person ? person->department_id : 0;
  return person ? person->shown : NULL;
}

const char *
pas_export_context_department (PasExportContext *ctx,
                               gint64            department_id)
{
  return department_id > 0 ? g_hash_table_lookup (ctx->departments, &department_id) : NULL;
}

gboolean
pas_export_context_is_small (PasExportContext *ctx,
                             guint             n_people)
{
  return pas_indicators_is_small_group (ctx->indicators, n_people);
}

/* Excel's day count (1900 system) of a unix time, in local time. */
double
pas_export_time_to_serial (PasExportContext *ctx,
                           gint64            unix_time)
{
  int interval = g_time_zone_find_interval (ctx->time_zone, G_TIME_TYPE_UNIVERSAL, unix_time);
  gint32 offset = interval >= 0 ? g_time_zone_get_offset (ctx->time_zone, interval) : 0;

  return (unix_time + offset) / SECONDS_PER_DAY + EXCEL_UNIX_EPOCH;
}

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static gint64
days_from_civil (gint64 y,
                 guint  m,
                 guint  d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* Excel's day count of a YYYY-MM-DD date; NaN for anything else. */
double
pas_export_day_to_serial (const char *day)
{
  static const char pattern[] = "dddd-dd-dd";
  guint y, m, d;

  if (day == NULL || strlen (day) != sizeof pattern - 1)
    return NAN;
  for (guint i = 0; pattern[i]; i++)
    if (pattern[i] == 'd' ? !g_ascii_isdigit (day[i]) : day[i] != pattern[i])
      return NAN;
  y = (day[0] - '0') * 1000 + (day[1] - '0') * 100 + (day[2] - '0') * 10 + (day[3] - '0');
  m = (day[5] - '0') * 10 + (day[6] - '0');
  d = (day[8] - '0') * 10 + (day[9] - '0');
  /* Excel cannot show dates before 1900-03-01 in its 1900 system. */
  if (y < 1901 || !g_date_valid_dmy (d, m, y))
    return NAN;
  return days_from_civil (y, m, d) + EXCEL_UNIX_EPOCH;
}

/* Prepares @sql and binds the project and the period to the parameters
 * it names. */
sqlite3_stmt *
pas_export_prepare (PasExportContext  *ctx,
                    const char        *sql,
                    GError           **error)
{
  sqlite3_stmt *stmt = NULL;
  int index;

  if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
    return NULL;
  if (sqlite3_prepare_v2 (ctx->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      pas_reader_set_error (ctx->db, sqlite3_extended_errcode (ctx->db), error);
      return NULL;
    }
  if ((index = sqlite3_bind_parameter_index (stmt, ":project")) > 0)
    sqlite3_bind_int64 (stmt, index, ctx->project_id);
  if ((index = sqlite3_bind_parameter_index (stmt, ":bounded")) > 0)
    sqlite3_bind_int (stmt, index, ctx->bounded);
  if ((index = sqlite3_bind_parameter_index (stmt, ":since")) > 0)
    sqlite3_bind_text (stmt, index, ctx->since_day, -1, SQLITE_STATIC);
  if ((index = sqlite3_bind_parameter_index (stmt, ":until")) > 0)
    sqlite3_bind_text (stmt, index, ctx->until_day, -1, SQLITE_STATIC);
  if ((index = sqlite3_bind_parameter_index (stmt, ":since_time")) > 0)
    sqlite3_bind_int64 (stmt, index, ctx->since_time);
  if ((index = sqlite3_bind_parameter_index (stmt, ":until_time")) > 0)
    sqlite3_bind_int64 (stmt, index, ctx->until_time);
  return stmt;
}

/* Finalizes @stmt; an error unless the last step ended it (@rc). */
gboolean
pas_export_finish_statement (PasExportContext  *ctx,
                             sqlite3_stmt      *stmt,
                             int                rc,
                             GError           **error)
{
  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if ((rc & 0xff) == SQLITE_INTERRUPT && g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
    return FALSE;
  return pas_reader_set_error (ctx->db, rc == SQLITE_ROW ? SQLITE_ERROR : rc, error);
}

/* Tables */

static void
keep_error (PasExportTable *table,
            lxw_error       rc)
{
  if (rc != LXW_NO_ERROR && table->ctx->first_error == LXW_NO_ERROR)
    table->ctx->first_error = rc;
}

/* A table at the top of its sheet also sets the widths of the columns. */
void
pas_export_table_begin (PasExportTable   *table,
                        PasExportContext *ctx,
                        PasExportSheet    sheet,
                        lxw_row_t         first_row)
{
  *table = (PasExportTable) { ctx, sheet, ctx->sheets[sheet], NULL, 0, 0, first_row, first_row };
  table->columns = pas_export_sheet_get_columns (sheet, &table->n_columns);
  table->last_column = table->n_columns - 1;
  pas_export_context_report (ctx, pas_export_sheet_get_name (sheet), ctx->reported);

  if (first_row == 0)
    for (guint c = 0; c < table->n_columns; c++)
      worksheet_set_column (table->worksheet, c, c, table->columns[c].width, NULL);
}

/* Writes the header row and moves to the first row of data. */
void
pas_export_table_write_header (PasExportTable *table)
{
  lxw_format *format = table->ctx->formats[PAS_EXPORT_FORMAT_HEADER];

  for (guint c = 0; c < table->n_columns; c++)
    keep_error (table, worksheet_write_string (table->worksheet, table->row, c,
                                               pas_export_column_get_header (&table->columns[c]), format));
  table->row++;
}

void
pas_export_table_text (PasExportTable *table,
                       guint           column,
                       const char     *text)
{
  pas_export_table_styled_text (table, column, text, PAS_EXPORT_FORMAT_TEXT);
}

void
pas_export_table_styled_text (PasExportTable  *table,
                              guint            column,
                              const char      *text,
                              PasExportFormat  format)
{
  g_autofree char *valid = NULL;

  if (text == NULL || *text == '\0')
    return;
  /* Invalid UTF-8 would make the whole file unreadable. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  if (strlen (text) > MAX_CELL_TEXT && g_utf8_strlen (text, -1) > MAX_CELL_TEXT)
    {
      const char *end = g_utf8_offset_to_pointer (text, MAX_CELL_TEXT - 1);
      char *cut = g_strdup_printf ("%.*s…", (int) (end - text), text);

      g_free (valid);
      text = valid = cut;
    }
  keep_error (table, worksheet_write_string (table->worksheet, table->row, column, text,
                                             format == PAS_EXPORT_FORMAT_TEXT ? NULL : table->ctx->formats[format]));
}

void
pas_export_table_no_value (PasExportTable *table,
                           guint           column)
{
  keep_error (table, worksheet_write_string (table->worksheet, table->row, column, PAS_INDICATORS_NO_VALUE,
                                             table->ctx->formats[PAS_EXPORT_FORMAT_NO_VALUE]));
}

void
pas_export_table_number (PasExportTable  *table,
                         guint            column,
                         double           value,
                         PasExportFormat  format)
{
  if (!isfinite (value))
    pas_export_table_no_value (table, column);
  else
    keep_error (table, worksheet_write_number (table->worksheet, table->row, column, value,
                                               table->ctx->formats[format]));
}

/* A number in the format of its column. */
void
pas_export_table_value (PasExportTable *table,
                        guint           column,
                        double          value)
{
  PasExportFormat format;

  g_assert (column < table->n_columns);

  switch (table->columns[column].type)
    {
    case PAS_EXPORT_COLUMN_INTEGER:
      format = PAS_EXPORT_FORMAT_INTEGER;
      break;
    case PAS_EXPORT_COLUMN_PERCENT:
      format = PAS_EXPORT_FORMAT_PERCENT;
      break;
    case PAS_EXPORT_COLUMN_DATE:
      format = PAS_EXPORT_FORMAT_DATE;
      break;
    case PAS_EXPORT_COLUMN_DATETIME:
      format = PAS_EXPORT_FORMAT_DATETIME;
      break;
    case PAS_EXPORT_COLUMN_DECIMAL:
    case PAS_EXPORT_COLUMN_NUMBER:
    case PAS_EXPORT_COLUMN_TEXT:
    default:
      format = PAS_EXPORT_FORMAT_DECIMAL;
      break;
    }
  pas_export_table_number (table, column, value, format);
}

/* A YYYY-MM-DD date as a date; nothing when there is none. */
void
pas_export_table_day (PasExportTable *table,
                      guint           column,
                      const char     *day)
{
  double serial;

  if (day == NULL || *day == '\0')
    return;
  serial = pas_export_day_to_serial (day);
  if (isfinite (serial))
    keep_error (table, worksheet_write_number (table->worksheet, table->row, column, serial,
                                               table->ctx->formats[PAS_EXPORT_FORMAT_DATE]));
  else
    pas_export_table_text (table, column, day);
}

void
pas_export_table_time (PasExportTable *table,
                       guint           column,
                       gint64          unix_time)
{
  keep_error (table, worksheet_write_number (table->worksheet, table->row, column,
                                             pas_export_time_to_serial (table->ctx, unix_time),
                                             table->ctx->formats[PAS_EXPORT_FORMAT_DATETIME]));
}

gboolean
pas_export_table_next_row (PasExportTable  *table,
                           GError         **error)
{
  table->row++;
  return pas_export_context_tick (table->ctx, 1, error);
}

/* Freezes the header row, filters from it, and prints the sheet
 * landscape, as wide as the page, repeating the header on each page. */
void
pas_export_table_end (PasExportTable *table,
                      gboolean        filter)
{
  lxw_worksheet *worksheet = table->worksheet;

  if (filter)
    {
      lxw_row_t last = MAX (table->row, table->header_row + 1) - 1;

      worksheet_freeze_panes (worksheet, table->header_row + 1, 0);
      keep_error (table, worksheet_autofilter (worksheet, table->header_row, 0, last, table->last_column));
      keep_error (table, worksheet_repeat_rows (worksheet, table->header_row, table->header_row));
    }
  worksheet_set_landscape (worksheet);
  worksheet_set_paper (worksheet, PAPER_A4);
  worksheet_fit_to_pages (worksheet, 1, 0);
}
