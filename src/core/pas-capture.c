/* pas-capture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-capture"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pas-capture.h"
#include "pas-record-private.h"
#include "pas-workspace-private.h"

/* What a facilitator types during a workshop. Each entry is its own
 * committed transaction, on disk (WAL, synchronous=FULL) before
 * pas_capture_add() returns, so that nothing typed is ever lost. */

static const struct
{
  const char *name;
  const char *label;
} kinds[PAS_CONTRIBUTION_N_KINDS] = {
  [PAS_CONTRIBUTION_IDEA] = { "idea", N_("Idea") },
  [PAS_CONTRIBUTION_NEED] = { "need", N_("Need") },
  [PAS_CONTRIBUTION_PAIN_POINT] = { "pain_point", N_("Pain point") },
  [PAS_CONTRIBUTION_QUESTION] = { "question", N_("Question") },
  [PAS_CONTRIBUTION_DECISION] = { "decision", N_("Decision") },
};

/* The stored name of a kind: "pain_point". */
const char *
pas_contribution_kind_to_string (PasContributionKind kind)
{
  g_return_val_if_fail (kind < PAS_CONTRIBUTION_N_KINDS, NULL);
  return kinds[kind].name;
}

gboolean
pas_contribution_kind_from_string (const char          *text,
                                   PasContributionKind *kind)
{
  for (guint k = 0; k < PAS_CONTRIBUTION_N_KINDS; k++)
    if (g_strcmp0 (text, kinds[k].name) == 0)
      {
        if (kind)
          *kind = k;
        return TRUE;
      }
  return FALSE;
}

/* The translated name of a kind: "Pain point". */
const char *
pas_contribution_kind_get_label (PasContributionKind kind)
{
  g_return_val_if_fail (kind < PAS_CONTRIBUTION_N_KINDS, NULL);
  return _(kinds[kind].label);
}

static gboolean
fail (PasWorkspace  *workspace,
      GError       **error)
{
  return pas_workspace_set_error (workspace, sqlite3_extended_errcode (pas_workspace_get_db (workspace)), error);
}

static gboolean
check_kind (PasContributionKind   kind,
            GError              **error)
{
  if ((guint) kind < PAS_CONTRIBUTION_N_KINDS)
    return TRUE;
  g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                       _("Choose what the contribution is: an idea, a need, a pain point, a question or a decision."));
  return FALSE;
}

/* "SELECT id, uuid, workshop_id… FROM contribution " @rest: the columns
 * pas_record_new_from_row() expects. */
static char *
build_select (const char *rest)
{
  GString *sql = g_string_new ("SELECT id");
  guint n = pas_kind_get_n_fields (PAS_KIND_CONTRIBUTION);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, ", %s", pas_kind_get_field (PAS_KIND_CONTRIBUTION, i)->name);
  g_string_append_printf (sql, " FROM contribution %s", rest);
  return g_string_free (sql, FALSE);
}

/* Steps @stmt to the end, adding a record per row to @records. */
static gboolean
collect_records (PasWorkspace  *workspace,
                 sqlite3_stmt  *stmt,
                 GPtrArray     *records,
                 GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, pas_record_new_from_row (PAS_KIND_CONTRIBUTION, stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return fail (workspace, error);
  return TRUE;
}

/**
 * pas_capture_add:
 * @kind: what it is (Ctrl+1…5 in the live view)
 * @text: what was typed; surrounding spaces are dropped
 * @author_id: a participant of the workshop, or 0 for an anonymous entry
 * @id: (out) (optional): the new contribution's id
 *
 * Saves a contribution, timed now. It is committed to disk when this
 * returns TRUE: show it as saved only then. Must not be called inside
 * a batch (pas_workspace_begin()), which would delay the commit.
 */
gboolean
pas_capture_add (PasWorkspace         *workspace,
                 gint64                workshop_id,
                 PasContributionKind   kind,
                 const char           *text,
                 gint64                author_id,
                 gint64               *id,
                 GError              **error)
{
  g_autofree char *stripped = NULL;
  char uuid[37];
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  db = pas_workspace_get_db (workspace);
  g_return_val_if_fail (sqlite3_get_autocommit (db), FALSE);

  if (!check_kind (kind, error))
    return FALSE;
  stripped = g_strstrip (g_strdup (text ? text : ""));
  if (*stripped == '\0' || !g_utf8_validate (stripped, -1, NULL))
    {
      g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                           _("Type the contribution before saving it."));
      return FALSE;
    }

  {
    g_autofree char *random = g_uuid_string_random ();
    g_strlcpy (uuid, random, sizeof uuid);
  }

  /* The author check and the insert are one statement, hence atomic. */
  stmt = pas_workspace_prepare (workspace,
                                "INSERT INTO contribution (uuid, workshop_id, kind, text, author_id, created_at) "
                                "SELECT ?1, ?2, ?3, ?4, ?5, ?6 "
                                "WHERE ?5 IS NULL OR EXISTS (SELECT 1 FROM workshop_participant "
                                "                            WHERE workshop_id = ?2 AND person_id = ?5)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, workshop_id);
  sqlite3_bind_text (stmt, 3, kinds[kind].name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, stripped, -1, SQLITE_STATIC);
  if (author_id > 0)
    sqlite3_bind_int64 (stmt, 5, author_id);
  sqlite3_bind_int64 (stmt, 6, g_get_real_time () / G_USEC_PER_SEC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      if (sqlite3_extended_errcode (db) == SQLITE_CONSTRAINT_FOREIGNKEY)
        {
          g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND,
                       _("This %s no longer exists: it may have been deleted."),
                       pas_kind_get_label (PAS_KIND_WORKSHOP));
          return FALSE;
        }
      return fail (workspace, error);
    }
  if (sqlite3_changes (db) == 0)
    {
      g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                           _("The author must be a participant of the workshop: add them to the participants, or leave the contribution anonymous."));
      return FALSE;
    }

  if (id)
    *id = sqlite3_last_insert_rowid (db);
  pas_workspace_emit_changed (workspace, PAS_KIND_CONTRIBUTION, sqlite3_last_insert_rowid (db));
  return TRUE;
}

static gboolean
remove_in_batch (PasWorkspace  *workspace,
                 gint64         id,
                 PasRecord    **removed,
                 GError       **error)
{
  g_autoptr(PasRecord) record = NULL;

  if (!(record = pas_workspace_load (workspace, PAS_KIND_CONTRIBUTION, id, error)) ||
      !pas_workspace_delete (workspace, PAS_KIND_CONTRIBUTION, id, error))
    return FALSE;
  if (removed)
    *removed = g_steal_pointer (&record);
  return TRUE;
}

/**
 * pas_capture_remove:
 * @removed: (out) (optional) (transfer full): the contribution as it was,
 *   for pas_capture_restore()
 *
 * Deletes one contribution.
 */
gboolean
pas_capture_remove (PasWorkspace  *workspace,
                    gint64         id,
                    PasRecord    **removed,
                    GError       **error)
{
  g_autoptr(PasRecord) record = NULL;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);

  if (!pas_workspace_begin (workspace, error))
    return FALSE;
  if (!remove_in_batch (workspace, id, &record, error))
    {
      pas_workspace_rollback (workspace);
      return FALSE;
    }
  if (!pas_workspace_commit (workspace, error))
    return FALSE;
  if (removed)
    *removed = g_steal_pointer (&record);
  return TRUE;
}

/**
 * pas_capture_undo_last:
 * @removed: (out) (optional) (transfer full): the contribution as it was,
 *   for pas_capture_restore() ("Redo" in the toast)
 *
 * Deletes the contribution captured last in the workshop (Ctrl+Z).
 * Fails with %PAS_WORKSPACE_ERROR_NOT_FOUND when there is none.
 */
gboolean
pas_capture_undo_last (PasWorkspace  *workspace,
                       gint64         workshop_id,
                       PasRecord    **removed,
                       GError       **error)
{
  g_autoptr(PasRecord) record = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);

  if (!pas_workspace_begin (workspace, error))
    return FALSE;
  stmt = pas_workspace_prepare (workspace,
                                "SELECT id FROM contribution WHERE workshop_id = ? "
                                "ORDER BY created_at DESC, id DESC LIMIT 1",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND,
                           _("There is no contribution to undo."));
      goto failed;
    }
  if (rc != SQLITE_ROW)
    {
      fail (workspace, error);
      goto failed;
    }
  if (!remove_in_batch (workspace, id, &record, error))
    goto failed;
  if (!pas_workspace_commit (workspace, error))
    return FALSE;
  if (removed)
    *removed = g_steal_pointer (&record);
  return TRUE;

failed:
  pas_workspace_rollback (workspace);
  return FALSE;
}

/**
 * pas_capture_restore:
 * @removed: a contribution from pas_capture_remove() or pas_capture_undo_last()
 * @id: (out) (optional): its id, the same as before unless taken since
 *
 * Puts a removed contribution back as it was: same uuid, text, kind,
 * theme, votes, time and author (unless the author was deleted since).
 */
gboolean
pas_capture_restore (PasWorkspace  *workspace,
                     PasRecord     *removed,
                     gint64        *id,
                     GError       **error)
{
  sqlite3_stmt *stmt;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (PAS_IS_RECORD (removed), FALSE);
  g_return_val_if_fail (pas_record_get_kind (removed) == PAS_KIND_CONTRIBUTION, FALSE);

  db = pas_workspace_get_db (workspace);
  stmt = pas_workspace_prepare (workspace,
                                "INSERT INTO contribution "
                                "  (id, uuid, workshop_id, kind, text, theme, votes, author_id, created_at) "
                                "VALUES (CASE WHEN EXISTS (SELECT 1 FROM contribution WHERE id = ?1) THEN NULL ELSE ?1 END, "
                                "        ?2, ?3, ?4, ?5, ?6, ?7, (SELECT id FROM person WHERE id = ?8), ?9)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pas_record_get_id (removed));
  sqlite3_bind_text (stmt, 2, pas_record_get_uuid (removed), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, pas_record_get_int (removed, "workshop_id"));
  sqlite3_bind_text (stmt, 4, pas_record_get_string (removed, "kind"), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, pas_record_get_string (removed, "text"), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, pas_record_get_string (removed, "theme"), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, pas_record_get_int (removed, "votes"));
  if (!pas_record_is_null (removed, "author_id"))
    sqlite3_bind_int64 (stmt, 8, pas_record_get_int (removed, "author_id"));
  sqlite3_bind_int64 (stmt, 9, pas_record_get_int (removed, "created_at"));
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      if (sqlite3_extended_errcode (db) == SQLITE_CONSTRAINT_FOREIGNKEY)
        {
          g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND,
                       _("This %s no longer exists: it may have been deleted."),
                       pas_kind_get_label (PAS_KIND_WORKSHOP));
          return FALSE;
        }
      return fail (workspace, error);
    }
  if (id)
    *id = sqlite3_last_insert_rowid (db);
  pas_workspace_emit_changed (workspace, PAS_KIND_CONTRIBUTION, sqlite3_last_insert_rowid (db));
  return TRUE;
}

/* Runs @sql, whose ?1 is @value (may be NULL) and ?2 an id, for each
 * id, in one transaction. */
static gboolean
update_each (PasWorkspace  *workspace,
             const char    *sql,
             const gint64  *ids,
             guint          n_ids,
             const GValue  *value,
             GError       **error)
{
  sqlite3_stmt *stmt;

  if (n_ids == 0)
    return TRUE;
  if (!pas_workspace_begin (workspace, error))
    return FALSE;
  if (!(stmt = pas_workspace_prepare (workspace, sql, error)))
    goto failed;
  for (guint i = 0; i < n_ids; i++)
    {
      int rc;

      if (G_VALUE_HOLDS_STRING (value))
        sqlite3_bind_text (stmt, 1, g_value_get_string (value), -1, SQLITE_STATIC);
      else
        sqlite3_bind_int64 (stmt, 1, g_value_get_int64 (value));
      sqlite3_bind_int64 (stmt, 2, ids[i]);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          fail (workspace, error);
          goto failed;
        }
    }
  pas_workspace_emit_changed (workspace, PAS_KIND_CONTRIBUTION, 0);
  return pas_workspace_commit (workspace, error);

failed:
  pas_workspace_rollback (workspace);
  return FALSE;
}

/**
 * pas_capture_vote:
 * @ids: (array length=n_ids): the selected contributions
 * @delta: dots to add (+1) or take away (−1); votes never go below 0
 *
 * Dot voting, in one transaction.
 */
gboolean
pas_capture_vote (PasWorkspace  *workspace,
                  const gint64  *ids,
                  guint          n_ids,
                  int            delta,
                  GError       **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, delta);
  return update_each (workspace, "UPDATE contribution SET votes = max (votes + ?1, 0) WHERE id = ?2",
                      ids, n_ids, &value, error);
}

/* The spelling already used in the workshop for @theme, if any, so
 * that "training" and "Training" make one group. */
static char *
find_theme_spelling (PasWorkspace *workspace,
                     gint64        contribution_id,
                     const char   *theme)
{
  sqlite3_stmt *stmt;
  char *spelling = NULL;

  stmt = pas_workspace_prepare (workspace,
                                "SELECT theme FROM contribution "
                                "WHERE workshop_id = (SELECT workshop_id FROM contribution WHERE id = ?1) "
                                "  AND theme = ?2 COLLATE NOCASE "
                                "ORDER BY created_at, id LIMIT 1",
                                NULL);
  if (stmt == NULL)
    return g_strdup (theme);
  sqlite3_bind_int64 (stmt, 1, contribution_id);
  sqlite3_bind_text (stmt, 2, theme, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    spelling = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return spelling ? spelling : g_strdup (theme);
}

/**
 * pas_capture_set_theme:
 * @ids: (array length=n_ids): the selected contributions
 * @theme: (nullable): the theme; %NULL or blank takes the theme away
 *
 * Groups contributions under a theme, in one transaction.
 */
gboolean
pas_capture_set_theme (PasWorkspace  *workspace,
                       const gint64  *ids,
                       guint          n_ids,
                       const char    *theme,
                       GError       **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  stripped = g_strstrip (g_strdup (theme ? theme : ""));
  if (!g_utf8_validate (stripped, -1, NULL))
    {
      g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                           _("The theme holds characters that cannot be read: type it again."));
      return FALSE;
    }
  g_value_init (&value, G_TYPE_STRING);
  if (*stripped != '\0' && n_ids > 0)
    g_value_take_string (&value, find_theme_spelling (workspace, ids[0], stripped));
  else
    g_value_set_string (&value, stripped);
  return update_each (workspace, "UPDATE contribution SET theme = ?1 WHERE id = ?2",
                      ids, n_ids, &value, error);
}

/**
 * pas_capture_set_kind:
 * @ids: (array length=n_ids): the selected contributions
 *
 * Changes what the contributions are, e.g. marks them as decisions,
 * in one transaction.
 */
gboolean
pas_capture_set_kind (PasWorkspace         *workspace,
                      const gint64         *ids,
                      guint                 n_ids,
                      PasContributionKind   kind,
                      GError              **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  if (!check_kind (kind, error))
    return FALSE;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_static_string (&value, kinds[kind].name);
  return update_each (workspace, "UPDATE contribution SET kind = ?1 WHERE id = ?2",
                      ids, n_ids, &value, error);
}

/**
 * pas_capture_list:
 *
 * A snapshot of the workshop's contributions, for the views after the
 * capture (the live list itself is a #PasRecordList).
 *
 * Returns: (transfer full): a #GListModel of #PasRecord, or %NULL with
 *   @error set.
 */
GListModel *
pas_capture_list (PasWorkspace     *workspace,
                  gint64            workshop_id,
                  PasCaptureOrder   order,
                  GError          **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) store = NULL;
  g_autofree char *where = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  const char *order_by;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  switch (order)
    {
    case PAS_CAPTURE_ORDER_THEME:
      order_by = "theme = '', theme COLLATE NOCASE, votes DESC, created_at, id";
      break;
    case PAS_CAPTURE_ORDER_VOTES:
      order_by = "votes DESC, created_at, id";
      break;
    case PAS_CAPTURE_ORDER_TIME:
    default:
      order_by = "created_at, id";
      break;
    }
  where = g_strdup_printf ("WHERE workshop_id = ? ORDER BY %s", order_by);
  sql = build_select (where);
  if (!(stmt = pas_workspace_prepare (workspace, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  if (!collect_records (workspace, stmt, records, error))
    return NULL;

  store = g_list_store_new (PAS_TYPE_RECORD);
  g_list_store_splice (store, 0, 0, records->pdata, records->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * pas_capture_list_themes:
 *
 * Returns: (transfer full): the themes used in the workshop, for
 *   completion, or %NULL with @error set.
 */
GStrv
pas_capture_list_themes (PasWorkspace  *workspace,
                         gint64         workshop_id,
                         GError       **error)
{
  g_autoptr(GStrvBuilder) themes = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  stmt = pas_workspace_prepare (workspace,
                                "SELECT DISTINCT theme FROM contribution "
                                "WHERE workshop_id = ? AND theme <> '' ORDER BY theme COLLATE NOCASE",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (themes, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      fail (workspace, error);
      return NULL;
    }
  return g_strv_builder_end (themes);
}

static void
theme_free (PasCaptureTheme *theme)
{
  g_free (theme->theme);
  g_free (theme);
}

void
pas_capture_summary_free (PasCaptureSummary *summary)
{
  if (summary == NULL)
    return;
  g_clear_pointer (&summary->themes, g_ptr_array_unref);
  g_clear_pointer (&summary->top_voted, g_ptr_array_unref);
  g_clear_pointer (&summary->decisions, g_ptr_array_unref);
  g_free (summary);
}

static gboolean
summarize_themes (PasWorkspace       *workspace,
                  gint64              workshop_id,
                  PasCaptureSummary  *summary,
                  GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = pas_workspace_prepare (workspace,
                                "SELECT theme, count (*), sum (votes), sum (kind = 'idea'), sum (kind = 'need'), "
                                "       sum (kind = 'pain_point'), sum (kind = 'question'), sum (kind = 'decision') "
                                "FROM contribution WHERE workshop_id = ? "
                                "GROUP BY theme "
                                "ORDER BY theme = '', sum (votes) DESC, count (*) DESC, theme COLLATE NOCASE",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PasCaptureTheme *theme = g_new0 (PasCaptureTheme, 1);

      theme->theme = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      theme->n_contributions = sqlite3_column_int (stmt, 1);
      theme->votes = sqlite3_column_int (stmt, 2);
      for (guint k = 0; k < PAS_CONTRIBUTION_N_KINDS; k++)
        {
          theme->n_by_kind[k] = sqlite3_column_int (stmt, 3 + k);
          summary->n_by_kind[k] += theme->n_by_kind[k];
        }
      summary->n_contributions += theme->n_contributions;
      summary->votes += theme->votes;
      g_ptr_array_add (summary->themes, theme);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return fail (workspace, error);
  return TRUE;
}

/**
 * pas_capture_summarize:
 * @n_top: how many of the most voted contributions to keep
 *
 * What came out of a workshop: contributions by kind and by theme, the
 * most voted ones, the decisions.
 *
 * Returns: (transfer full): the summary, or %NULL with @error set.
 */
PasCaptureSummary *
pas_capture_summarize (PasWorkspace  *workspace,
                       gint64         workshop_id,
                       guint          n_top,
                       GError       **error)
{
  g_autoptr(PasCaptureSummary) summary = g_new0 (PasCaptureSummary, 1);
  g_autofree char *top_sql = build_select ("WHERE workshop_id = ? AND votes > 0 "
                                           "ORDER BY votes DESC, created_at, id LIMIT ?");
  g_autofree char *decisions_sql = build_select ("WHERE workshop_id = ? AND kind = 'decision' "
                                                 "ORDER BY created_at, id");
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  summary->themes = g_ptr_array_new_with_free_func ((GDestroyNotify) theme_free);
  summary->top_voted = g_ptr_array_new_with_free_func (g_object_unref);
  summary->decisions = g_ptr_array_new_with_free_func (g_object_unref);

  if (!summarize_themes (workspace, workshop_id, summary, error))
    return NULL;

  if (!(stmt = pas_workspace_prepare (workspace, top_sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  sqlite3_bind_int64 (stmt, 2, n_top);
  if (!collect_records (workspace, stmt, summary->top_voted, error))
    return NULL;

  if (!(stmt = pas_workspace_prepare (workspace, decisions_sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  if (!collect_records (workspace, stmt, summary->decisions, error))
    return NULL;

  return g_steal_pointer (&summary);
}
