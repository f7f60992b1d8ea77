/* pas-export-details.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pas-capture.h"
#include "pas-choice.h"
#include "pas-export-private.h"

/* The detail sheets: one row per record of the project in the period,
 * read by one query each, in the order people read them. The period is
 * applied as pas-indicators.h defines it; columns that cannot be NULL
 * take the open ends of the period as plain bounds, so that an index
 * serves the range. */

#define SECONDS_PER_DAY 86400.0

typedef gboolean (*WriteRowFunc) (PasExportTable  *table,
                                  sqlite3_stmt    *stmt,
                                  GError         **error);

typedef struct
{
  PasExportSheet  sheet;
  const char     *select;
  const char     *from;     /* FROM and WHERE, shared with the count */
  const char     *order;
  WriteRowFunc    write_row;
} Detail;

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static double
column_number (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, column);
}

static void
write_person (PasExportTable *table,
              guint           column,
              sqlite3_stmt   *stmt,
              int             stmt_column,
              gint64         *department_id)
{
  const char *shown = pas_export_context_person (table->ctx, sqlite3_column_int64 (stmt, stmt_column), department_id);

  pas_export_table_text (table, column, shown);
}

/* An author who chose not to be named, or whose record was erased. */
static void
write_author (PasExportTable *table,
              guint           column,
              sqlite3_stmt   *stmt,
              int             stmt_column)
{
  const char *shown = pas_export_context_person (table->ctx, sqlite3_column_int64 (stmt, stmt_column), NULL);

  pas_export_table_text (table, column, shown ? shown : _("Anonymous"));
}

/* Workshops */

static gboolean
write_workshop (PasExportTable  *table,
                sqlite3_stmt    *stmt,
                GError         **error)
{
  guint invited = sqlite3_column_int (stmt, 7);
  guint present = sqlite3_column_int (stmt, 8);
  guint invited_present = sqlite3_column_int (stmt, 9);
  const char *status = column_text (stmt, 3);
  gboolean held = g_strcmp0 (status, "running") == 0 || g_strcmp0 (status, "done") == 0;
  gboolean small = pas_export_context_is_small (table->ctx, invited);

  pas_export_table_text (table, 0, column_text (stmt, 0));
  if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    pas_export_table_time (table, 1, sqlite3_column_int64 (stmt, 1));
  pas_export_table_value (table, 2, sqlite3_column_int (stmt, 2));
  pas_export_table_text (table, 3, PAS_CHOICE_LABEL (pas_workshop_statuses, status));
  pas_export_table_text (table, 4, column_text (stmt, 4));
  write_person (table, 5, stmt, 5, NULL);
  pas_export_table_text (table, 6, column_text (stmt, 6));
  pas_export_table_value (table, 7, invited);
  /* Who came, among a handful of colleagues, is theirs to tell. */
  if (held)
    {
      pas_export_table_value (table, 8, small ? NAN : present);
      pas_export_table_value (table, 9, small || invited == 0 ? NAN : (double) invited_present / invited);
    }
  pas_export_table_value (table, 10, sqlite3_column_int (stmt, 10));
  pas_export_table_value (table, 11, sqlite3_column_int (stmt, 11));
  return TRUE;
}

/* Contributions */

static gboolean
write_contribution (PasExportTable  *table,
                    sqlite3_stmt    *stmt,
                    GError         **error)
{
  PasContributionKind kind;

  pas_export_table_text (table, 0, column_text (stmt, 0));
  pas_export_table_time (table, 1, sqlite3_column_int64 (stmt, 1));
  if (pas_contribution_kind_from_string (column_text (stmt, 2), &kind))
    pas_export_table_text (table, 2, pas_contribution_kind_get_label (kind));
  else
    pas_export_table_text (table, 2, column_text (stmt, 2));
  pas_export_table_text (table, 3, column_text (stmt, 3));
  pas_export_table_text (table, 4, column_text (stmt, 4));
  pas_export_table_value (table, 5, sqlite3_column_int (stmt, 5));
  write_author (table, 6, stmt, 6);
  return TRUE;
}

/* Feedback */

static gboolean
write_feedback (PasExportTable  *table,
                sqlite3_stmt    *stmt,
                GError         **error)
{
  gint64 created = sqlite3_column_int64 (stmt, 0);
  gint64 department_id = sqlite3_column_int64 (stmt, 8);
  gint64 author_department_id = 0;
  const char *author = pas_export_context_person (table->ctx, sqlite3_column_int64 (stmt, 7), &author_department_id);

  pas_export_table_time (table, 0, created);
  pas_export_table_text (table, 1, PAS_CHOICE_LABEL (pas_feedback_categories, column_text (stmt, 1)));
  pas_export_table_value (table, 2, sqlite3_column_int (stmt, 2));
  pas_export_table_value (table, 3, sqlite3_column_int (stmt, 3));
  pas_export_table_text (table, 4, PAS_CHOICE_LABEL (pas_feedback_statuses, column_text (stmt, 4)));
  pas_export_table_text (table, 5, column_text (stmt, 5));
  pas_export_table_text (table, 6, column_text (stmt, 6));
  pas_export_table_text (table, 7, author ? author : _("Anonymous"));
  pas_export_table_text (table, 8, pas_export_context_department (table->ctx, department_id ? department_id
                                                                                           : author_department_id));
  pas_export_table_text (table, 9, column_text (stmt, 9));
  if (sqlite3_column_type (stmt, 10) != SQLITE_NULL)
    {
      gint64 resolved = sqlite3_column_int64 (stmt, 10);

      pas_export_table_time (table, 10, resolved);
      pas_export_table_value (table, 11, (resolved - created) / SECONDS_PER_DAY);
    }
  return TRUE;
}

/* Training */

static gboolean
write_enrollment (PasExportTable  *table,
                  sqlite3_stmt    *stmt,
                  GError         **error)
{
  const char *status = column_text (stmt, 7);
  const char *due = column_text (stmt, 6);
  gboolean open = status && (strcmp (status, "planned") == 0 || strcmp (status, "in_progress") == 0);
  gint64 department_id = 0;

  write_person (table, 0, stmt, 0, &department_id);
  pas_export_table_text (table, 1, pas_export_context_department (table->ctx, department_id));
  pas_export_table_text (table, 2, column_text (stmt, 1));
  pas_export_table_text (table, 3, PAS_CHOICE_LABEL (pas_module_formats, column_text (stmt, 2)));
  pas_export_table_text (table, 4, column_text (stmt, 3));
  pas_export_table_value (table, 5, sqlite3_column_int (stmt, 4));
  write_person (table, 6, stmt, 5, NULL);
  pas_export_table_day (table, 7, due);
  pas_export_table_text (table, 8, PAS_CHOICE_LABEL (pas_enrollment_statuses, status));
  pas_export_table_day (table, 9, column_text (stmt, 8));
  if (open && due && strcmp (due, table->ctx->indicators->reference_day) < 0)
    pas_export_table_text (table, 10, _("Yes"));
  return TRUE;
}

/* Readiness */

static gboolean
write_readiness (PasExportTable  *table,
                 sqlite3_stmt    *stmt,
                 GError         **error)
{
  int scores[5];
  gint64 department_id = sqlite3_column_int64 (stmt, 2);
  PasBarrier barrier;

  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    scores[i] = sqlite3_column_int (stmt, 3 + i);
  barrier = pas_barrier_from_scores (scores[0], scores[1], scores[2], scores[3], scores[4]);

  pas_export_table_day (table, 0, column_text (stmt, 0));
  if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    write_person (table, 1, stmt, 1, &department_id);
  pas_export_table_text (table, 2, pas_export_context_department (table->ctx, department_id));
  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    pas_export_table_value (table, 3 + i, scores[i]);
  pas_export_table_text (table, 8, pas_barrier_get_label (barrier));
  pas_export_table_text (table, 9, pas_action_get_text (pas_barrier_get_action (barrier)));
  return TRUE;
}

/* Referents */

static gboolean
write_activity (PasExportTable  *table,
                sqlite3_stmt    *stmt,
                GError         **error)
{
  gint64 department_id = 0;

  pas_export_table_day (table, 0, column_text (stmt, 0));
  write_person (table, 1, stmt, 1, &department_id);
  pas_export_table_text (table, 2, pas_export_context_department (table->ctx, department_id));
  pas_export_table_text (table, 3, PAS_CHOICE_LABEL (pas_activity_kinds, column_text (stmt, 2)));
  pas_export_table_value (table, 4, sqlite3_column_int (stmt, 3));
  pas_export_table_text (table, 5, column_text (stmt, 4));
  return TRUE;
}

/* Success stories */

/* Only the colleagues who agreed to be named are, by their name or
 * their pseudonym; the others are counted. */
static gboolean
write_recognised (PasExportTable  *table,
                  gint64           story_id,
                  GError         **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  sqlite3_stmt *stmt;
  guint unnamed = 0;
  int rc;

  if (!(stmt = pas_export_prepare (table->ctx, "SELECT person_id, consent FROM story_person "
                                               "WHERE story_id = :story ORDER BY id", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, story_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *shown = pas_export_context_person (table->ctx, sqlite3_column_int64 (stmt, 0), NULL);

      if (!sqlite3_column_int (stmt, 1) || shown == NULL)
        {
          unnamed++;
          continue;
        }
      if (names->len > 0)
        /* Translators: separates the people recognised in a success story */
        g_string_append (names, _(", "));
      g_string_append (names, shown);
    }
  if (!pas_export_finish_statement (table->ctx, stmt, rc, error))
    return FALSE;
  pas_export_table_text (table, 9, names->str);
  pas_export_table_value (table, 10, unnamed);
  return TRUE;
}

static gboolean
write_story (PasExportTable  *table,
             sqlite3_stmt    *stmt,
             GError         **error)
{
  double before = column_number (stmt, 7);
  double after = column_number (stmt, 8);

  pas_export_table_day (table, 0, column_text (stmt, 1));
  pas_export_table_text (table, 1, column_text (stmt, 2));
  pas_export_table_text (table, 2, pas_export_context_department (table->ctx, sqlite3_column_int64 (stmt, 3)));
  pas_export_table_text (table, 3, PAS_CHOICE_LABEL (pas_story_statuses, column_text (stmt, 4)));
  pas_export_table_text (table, 4, column_text (stmt, 5));
  pas_export_table_text (table, 5, column_text (stmt, 6));
  if (isfinite (before))
    pas_export_table_value (table, 6, before);
  if (isfinite (after))
    pas_export_table_value (table, 7, after);
  if (isfinite (before) && isfinite (after) && before != 0)
    pas_export_table_value (table, 8, (after - before) / fabs (before));
  return write_recognised (table, sqlite3_column_int64 (stmt, 0), error);
}

static const Detail details[] = {
  { PAS_EXPORT_SHEET_WORKSHOPS,
    "SELECT w.title, w.starts_at, w.duration_min, w.status, w.place, w.facilitator_id, w.objective,"
    " (SELECT count(*) FROM workshop_participant p WHERE p.workshop_id = w.id AND p.invited),"
    " (SELECT count(*) FROM workshop_participant p WHERE p.workshop_id = w.id AND p.attended),"
    " (SELECT count(*) FROM workshop_participant p WHERE p.workshop_id = w.id AND p.invited AND p.attended),"
    " (SELECT count(*) FROM agenda_item a WHERE a.workshop_id = w.id),"
    " (SELECT count(*) FROM contribution c WHERE c.workshop_id = w.id)",
    " FROM workshop w WHERE w.project_id = :project"
    " AND (NOT :bounded OR (w.starts_at >= :since_time AND w.starts_at < :until_time))",
    " ORDER BY w.starts_at IS NULL, w.starts_at, w.title, w.id",
    write_workshop },
  { PAS_EXPORT_SHEET_CONTRIBUTIONS,
    "SELECT w.title, c.created_at, c.kind, c.text, c.theme, c.votes, c.author_id",
    " FROM contribution c JOIN workshop w ON w.id = c.workshop_id WHERE w.project_id = :project"
    " AND c.created_at >= :since_time AND c.created_at < :until_time",
    " ORDER BY w.starts_at IS NULL, w.starts_at, w.id, c.created_at, c.id",
    write_contribution },
  { PAS_EXPORT_SHEET_FEEDBACK,
    "SELECT f.created_at, f.category, f.severity, f.sentiment, f.status, f.text, f.response,"
    " f.author_id, f.department_id, (SELECT p.name FROM pilot p WHERE p.id = f.pilot_id), f.resolved_at",
    " FROM feedback f WHERE f.project_id = :project"
    " AND f.created_at >= :since_time AND f.created_at < :until_time",
    " ORDER BY f.created_at, f.id",
    write_feedback },
  { PAS_EXPORT_SHEET_TRAINING,
    "SELECT e.person_id, m.title, m.format, s.name, m.minutes, e.coach_id, e.due_date, e.status, e.completed_date",
    " FROM enrollment e JOIN training_module m ON m.id = e.module_id LEFT JOIN skill s ON s.id = m.skill_id"
    " WHERE m.project_id = :project AND (NOT :bounded OR"
    " CASE WHEN e.status = 'completed' THEN e.completed_date ELSE e.due_date END BETWEEN :since AND :until)",
    " ORDER BY m.title, m.id, e.due_date, e.id",
    write_enrollment },
  { PAS_EXPORT_SHEET_READINESS,
    "SELECT r.assessed_on, r.person_id, r.department_id,"
    " r.awareness, r.desire, r.knowledge, r.ability, r.reinforcement",
    " FROM readiness_assessment r WHERE r.project_id = :project"
    " AND r.assessed_on BETWEEN :since AND :until",
    " ORDER BY r.assessed_on, r.id",
    write_readiness },
  /* Referents help whoever asks, whatever the project. */
  { PAS_EXPORT_SHEET_REFERENTS,
    "SELECT a.activity_date, a.referent_id, a.kind, a.people_helped, a.note",
    " FROM referent_activity a WHERE a.activity_date BETWEEN :since AND :until",
    " ORDER BY a.activity_date, a.id",
    write_activity },
  { PAS_EXPORT_SHEET_STORIES,
    "SELECT s.id, s.story_date, s.title, s.department_id, s.status, s.story, s.metric,"
    " s.metric_before, s.metric_after",
    " FROM success_story s WHERE s.project_id = :project"
    " AND (NOT :bounded OR s.story_date BETWEEN :since AND :until)",
    " ORDER BY s.story_date IS NULL, s.story_date, s.id",
    write_story },
};

static const Detail *
find_detail (PasExportSheet sheet)
{
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    if (details[i].sheet == sheet)
      return &details[i];
  return NULL;
}

/* The rows to come, for the progress. */
gboolean
pas_export_count_details (PasExportContext  *ctx,
                          GError           **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    {
      g_autofree char *sql = g_strconcat ("SELECT count(*)", details[i].from, NULL);
      sqlite3_stmt *stmt;
      int rc;

      if (!(stmt = pas_export_prepare (ctx, sql, error)))
        return FALSE;
      if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          ctx->rows_total += sqlite3_column_int64 (stmt, 0);
          rc = sqlite3_step (stmt);
        }
      if (!pas_export_finish_statement (ctx, stmt, rc, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
pas_export_write_details (PasExportContext  *ctx,
                          PasExportSheet     sheet,
                          GError           **error)
{
  const Detail *detail = find_detail (sheet);
  g_autofree char *sql = NULL;
  PasExportTable table;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (detail != NULL, FALSE);

  pas_export_table_begin (&table, ctx, sheet, 0);
  pas_export_table_write_header (&table);

  sql = g_strconcat (detail->select, detail->from, detail->order, NULL);
  if (!(stmt = pas_export_prepare (ctx, sql, error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!detail->write_row (&table, stmt, error) || !pas_export_table_next_row (&table, error))
      {
        sqlite3_finalize (stmt);
        return FALSE;
      }
  if (!pas_export_finish_statement (ctx, stmt, rc, error))
    return FALSE;

  pas_export_table_end (&table, TRUE);
  return TRUE;
}
