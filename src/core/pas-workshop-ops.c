/* pas-workshop-ops.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-workshop-ops"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pas-workshop-ops.h"
#include "pas-workspace-private.h"

/* Built-in methods are stored by key, so that an agenda written in one
 * language reads in another; anything else is the facilitator's own text. */
static const struct
{
  const char *key;
  const char *label;
} methods[] = {
  { "ice_breaker", N_("Ice-breaker") },
  { "presentation", N_("Presentation") },
  { "brainstorming", N_("Brainstorming") },
  { "small_groups", N_("Small-group work") },
  { "world_cafe", N_("World café") },
  { "empathy_map", N_("Empathy map") },
  { "journey_mapping", N_("Journey mapping") },
  { "role_play", N_("Role play") },
  { "pilot_demo", N_("Pilot demo") },
  { "questions", N_("Questions and answers") },
  { "prioritisation", N_("Prioritisation matrix") },
  { "dot_voting", N_("Dot voting") },
  { "break", N_("Break") },
  { "wrap_up", N_("Wrap-up") },
};

static const char * const method_keys[] = {
  "ice_breaker", "presentation", "brainstorming", "small_groups", "world_cafe",
  "empathy_map", "journey_mapping", "role_play", "pilot_demo", "questions",
  "prioritisation", "dot_voting", "break", "wrap_up", NULL,
};

G_STATIC_ASSERT (G_N_ELEMENTS (method_keys) == G_N_ELEMENTS (methods) + 1);

/* Where a person is: their own site, else their department's. */
#define PERSON_SITE_SQL "coalesce (nullif (trim (p.site), ''), nullif (trim (d.site), ''), '')"

#define PARTICIPANT_COLUMNS_SQL \
  "p.id, p.name, p.email, p.department_id, d.name, " PERSON_SITE_SQL ", p.archived"

static gboolean
fail (PasWorkspace  *workspace,
      GError       **error)
{
  return pas_workspace_set_error (workspace, sqlite3_extended_errcode (pas_workspace_get_db (workspace)), error);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

void
pas_workshop_row_free (PasWorkshopRow *row)
{
  if (row == NULL)
    return;
  g_free (row->uuid);
  g_free (row->title);
  g_free (row->place);
  g_free (row->status);
  g_free (row);
}

void
pas_participant_free (PasParticipant *participant)
{
  if (participant == NULL)
    return;
  g_free (participant->name);
  g_free (participant->email);
  g_free (participant->department);
  g_free (participant->site);
  g_free (participant);
}

/**
 * pas_workshop_method_keys:
 *
 * Returns: (transfer none): the keys of the built-in methods, in the
 *   order a menu shows them, %NULL-terminated.
 */
const char * const *
pas_workshop_method_keys (void)
{
  return method_keys;
}

static gboolean
equal_ignoring_case (const char *a,
                     const char *b)
{
  g_autofree char *folded_a = g_utf8_casefold (a, -1);
  g_autofree char *folded_b = g_utf8_casefold (b, -1);

  return g_str_equal (folded_a, folded_b);
}

/**
 * pas_workshop_method_get_label:
 * @method: an agenda item's method, as stored
 *
 * Returns: the translated name of a built-in method (stored by its key,
 *   or by its English name), or @method itself when it is the
 *   facilitator's own text.
 */
const char *
pas_workshop_method_get_label (const char *method)
{
  if (method == NULL)
    return "";
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    if (g_str_equal (method, methods[i].key) || g_str_equal (method, methods[i].label))
      return _(methods[i].label);
  if (g_utf8_validate (method, -1, NULL))
    for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
      if (equal_ignoring_case (method, methods[i].label))
        return _(methods[i].label);
  return method;
}

/**
 * pas_workshop_method_normalize:
 * @text: what the facilitator typed or picked
 *
 * Returns: (transfer full): the key of the built-in method @text names
 *   (by its key, its English name or its translated name, in any case),
 *   else @text without surrounding spaces.
 */
char *
pas_workshop_method_normalize (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  if (!g_utf8_validate (stripped, -1, NULL))
    return g_strdup ("");
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    if (equal_ignoring_case (stripped, methods[i].key) ||
        equal_ignoring_case (stripped, methods[i].label) ||
        equal_ignoring_case (stripped, _(methods[i].label)))
      return g_strdup (methods[i].key);
  return g_steal_pointer (&stripped);
}

/**
 * pas_workshop_list_method_labels:
 *
 * Returns: (transfer full): the translated names of the built-in
 *   methods, in the order of pas_workshop_method_keys().
 */
GStrv
pas_workshop_list_method_labels (void)
{
  GStrv labels = g_new0 (char *, G_N_ELEMENTS (methods) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    labels[i] = g_strdup (_(methods[i].label));
  return labels;
}

/**
 * pas_workshop_status_get_label:
 * @status: a workshop's status as stored ("planned"…)
 *
 * Returns: its translated name.
 */
const char *
pas_workshop_status_get_label (const char *status)
{
  if (g_strcmp0 (status, "planned") == 0)
    return _("Planned");
  if (g_strcmp0 (status, "running") == 0)
    return _("In progress");
  if (g_strcmp0 (status, "done") == 0)
    return _("Done");
  if (g_strcmp0 (status, "cancelled") == 0)
    return _("Cancelled");
  return status ? status : "";
}

/**
 * pas_workshop_list:
 * @project_id: the project whose workshops to list
 * @now: UTC unix seconds that separate upcoming from past workshops
 *
 * Lists the workshops of a project with their invited and attended
 * counts, in one query: upcoming ones first (soonest first, then those
 * without a date), then past ones (most recent first). A workshop is
 * upcoming until its planned end, and as long as it is running.
 *
 * Returns: (transfer full) (element-type PasWorkshopRow): the rows, or
 *   %NULL with @error set.
 */
GPtrArray *
pas_workshop_list (PasWorkspace  *workspace,
                   gint64         project_id,
                   gint64         now,
                   GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) pas_workshop_row_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  stmt = pas_workspace_prepare (workspace,
                                "SELECT w.id, w.uuid, w.title, w.starts_at, w.duration_min, w.place, w.status, "
                                "       coalesce (sum (wp.invited), 0), coalesce (sum (wp.attended), 0), "
                                "       (w.starts_at IS NULL OR w.status = 'running' "
                                "        OR w.starts_at + w.duration_min * 60 > ?2) AS upcoming "
                                "FROM workshop AS w "
                                "LEFT JOIN workshop_participant AS wp ON wp.workshop_id = w.id "
                                "WHERE w.project_id = ?1 "
                                "GROUP BY w.id "
                                "ORDER BY upcoming DESC, "
                                "         w.starts_at IS NULL, "
                                "         CASE WHEN upcoming THEN w.starts_at ELSE -w.starts_at END, "
                                "         w.id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, project_id);
  sqlite3_bind_int64 (stmt, 2, now);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PasWorkshopRow *row = g_new0 (PasWorkshopRow, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->uuid = dup_column (stmt, 1);
      row->title = dup_column (stmt, 2);
      row->has_start = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
      row->starts_at = sqlite3_column_int64 (stmt, 3);
      row->duration_min = sqlite3_column_int (stmt, 4);
      row->place = dup_column (stmt, 5);
      row->status = dup_column (stmt, 6);
      row->n_invited = sqlite3_column_int (stmt, 7);
      row->n_attended = sqlite3_column_int (stmt, 8);
      row->upcoming = sqlite3_column_int (stmt, 9) != 0;
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      fail (workspace, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

gboolean
pas_workshop_count_participants (PasWorkspace  *workspace,
                                 gint64         workshop_id,
                                 guint         *n_invited,
                                 guint         *n_attended,
                                 GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);

  stmt = pas_workspace_prepare (workspace,
                                "SELECT coalesce (sum (invited), 0), coalesce (sum (attended), 0) "
                                "FROM workshop_participant WHERE workshop_id = ?",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (n_invited)
        *n_invited = sqlite3_column_int (stmt, 0);
      if (n_attended)
        *n_attended = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return fail (workspace, error);
  return TRUE;
}

static PasParticipant *
participant_from_row (sqlite3_stmt *stmt)
{
  PasParticipant *participant = g_new0 (PasParticipant, 1);

  participant->person_id = sqlite3_column_int64 (stmt, 0);
  participant->name = dup_column (stmt, 1);
  participant->email = dup_column (stmt, 2);
  participant->department_id = sqlite3_column_int64 (stmt, 3);
  participant->department = dup_column (stmt, 4);
  participant->site = dup_column (stmt, 5);
  participant->archived = sqlite3_column_int (stmt, 6) != 0;
  participant->invited = sqlite3_column_int (stmt, 7) != 0;
  participant->attended = sqlite3_column_int (stmt, 8) != 0;
  return participant;
}

static GPtrArray *
collect_participants (PasWorkspace  *workspace,
                      sqlite3_stmt  *stmt,
                      GError       **error)
{
  g_autoptr(GPtrArray) participants = g_ptr_array_new_with_free_func ((GDestroyNotify) pas_participant_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (participants, participant_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      fail (workspace, error);
      return NULL;
    }
  return g_steal_pointer (&participants);
}

/**
 * pas_workshop_list_participants:
 *
 * Everyone invited to the workshop or checked in at it, by name.
 *
 * Returns: (transfer full) (element-type PasParticipant): the
 *   participants, or %NULL with @error set.
 */
GPtrArray *
pas_workshop_list_participants (PasWorkspace  *workspace,
                                gint64         workshop_id,
                                GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  stmt = pas_workspace_prepare (workspace,
                                "SELECT " PARTICIPANT_COLUMNS_SQL ", wp.invited, wp.attended "
                                "FROM workshop_participant AS wp "
                                "JOIN person AS p ON p.id = wp.person_id "
                                "LEFT JOIN department AS d ON d.id = p.department_id "
                                "WHERE wp.workshop_id = ? "
                                "ORDER BY p.name COLLATE NOCASE, p.id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  return collect_participants (workspace, stmt, error);
}

static char *
escape_like (const char *text)
{
  GString *like = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (like, '\\');
      g_string_append_c (like, *p);
    }
  return g_string_free (like, FALSE);
}

/**
 * pas_workshop_search_people:
 * @text: what was typed so far (part of a name, an email or a department)
 * @limit: how many people at most
 *
 * People to propose when inviting someone: not archived, not invited
 * yet; those whose name starts with @text first.
 *
 * Returns: (transfer full) (element-type PasParticipant): matching
 *   people (invited and attended are %FALSE), or %NULL with @error set.
 */
GPtrArray *
pas_workshop_search_people (PasWorkspace  *workspace,
                            gint64         workshop_id,
                            const char    *text,
                            guint          limit,
                            GError       **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *escaped = escape_like (stripped);
  g_autofree char *anywhere = g_strconcat ("%", escaped, "%", NULL);
  g_autofree char *prefix = g_strconcat (escaped, "%", NULL);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  stmt = pas_workspace_prepare (workspace,
                                "SELECT " PARTICIPANT_COLUMNS_SQL ", 0, 0 "
                                "FROM person AS p "
                                "LEFT JOIN department AS d ON d.id = p.department_id "
                                "WHERE p.archived = 0 "
                                "  AND NOT EXISTS (SELECT 1 FROM workshop_participant AS wp "
                                "                  WHERE wp.workshop_id = ?1 AND wp.person_id = p.id "
                                "                    AND wp.invited = 1) "
                                "  AND (p.name LIKE ?2 ESCAPE '\\' OR coalesce (p.email, '') LIKE ?2 ESCAPE '\\' "
                                "       OR coalesce (d.name, '') LIKE ?2 ESCAPE '\\') "
                                "ORDER BY p.name LIKE ?3 ESCAPE '\\' DESC, p.name COLLATE NOCASE, p.id "
                                "LIMIT ?4",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  sqlite3_bind_text (stmt, 2, anywhere, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, prefix, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, limit);
  return collect_participants (workspace, stmt, error);
}

/* Runs one statement that takes a workshop id and another id. */
static gboolean
run_with_ids (PasWorkspace  *workspace,
              const char    *sql,
              gint64         workshop_id,
              gint64         other_id,
              GError       **error)
{
  sqlite3_stmt *stmt = pas_workspace_prepare (workspace, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  sqlite3_bind_int64 (stmt, 2, other_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return fail (workspace, error);
  return TRUE;
}

/* Why nobody was added: the person is unknown or archived. */
static gboolean
check_person_can_be_invited (PasWorkspace  *workspace,
                             gint64         person_id,
                             GError       **error)
{
  g_autoptr(PasRecord) person = pas_workspace_load (workspace, PAS_KIND_PERSON, person_id, error);

  if (person == NULL)
    return FALSE;
  if (pas_record_get_int (person, "archived"))
    {
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                   _("%s is archived and cannot be invited. Restore them in People first."),
                   pas_record_get_string (person, "name"));
      return FALSE;
    }
  return TRUE;
}

/**
 * pas_workshop_invite_person:
 * @added: (out) (optional): %FALSE when the person was already invited
 *
 * Invites one person (not archived). Someone who came without an
 * invitation becomes invited too.
 */
gboolean
pas_workshop_invite_person (PasWorkspace  *workspace,
                            gint64         workshop_id,
                            gint64         person_id,
                            gboolean      *added,
                            GError       **error)
{
  gboolean inserted;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);

  if (added)
    *added = FALSE;
  if (!run_with_ids (workspace,
                     "INSERT INTO workshop_participant (uuid, workshop_id, person_id, invited) "
                     "SELECT pas_uuid (), ?1, id, 1 FROM person WHERE id = ?2 AND archived = 0 "
                     "ON CONFLICT (workshop_id, person_id) DO UPDATE SET invited = 1 WHERE invited = 0",
                     workshop_id, person_id, error))
    return FALSE;
  inserted = sqlite3_changes (pas_workspace_get_db (workspace)) > 0;
  /* Nothing changed: already invited, or the person cannot be. */
  if (!inserted)
    return check_person_can_be_invited (workspace, person_id, error);
  if (added)
    *added = TRUE;
  pas_workspace_emit_changed (workspace, PAS_KIND_WORKSHOP_PARTICIPANT, 0);
  return TRUE;
}

/**
 * pas_workshop_invite_department:
 * @n_added: (out) (optional): how many people were newly invited
 *
 * Invites, in one transaction, everyone of a department who is not
 * archived, skipping those already invited.
 */
gboolean
pas_workshop_invite_department (PasWorkspace  *workspace,
                                gint64         workshop_id,
                                gint64         department_id,
                                guint         *n_added,
                                GError       **error)
{
  g_autoptr(PasRecord) department = NULL;
  guint changes;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);

  if (n_added)
    *n_added = 0;
  if (!pas_workspace_begin (workspace, error))
    return FALSE;
  if (!(department = pas_workspace_load (workspace, PAS_KIND_DEPARTMENT, department_id, error)))
    goto failed;

  if (!run_with_ids (workspace,
                     "INSERT INTO workshop_participant (uuid, workshop_id, person_id, invited) "
                     "SELECT pas_uuid (), ?1, id, 1 FROM person "
                     "WHERE department_id = ?2 AND archived = 0 "
                     "ON CONFLICT (workshop_id, person_id) DO UPDATE SET invited = 1 WHERE invited = 0",
                     workshop_id, department_id, error))
    goto failed;
  changes = sqlite3_changes (pas_workspace_get_db (workspace));
  if (changes > 0)
    pas_workspace_emit_changed (workspace, PAS_KIND_WORKSHOP_PARTICIPANT, 0);
  if (!pas_workspace_commit (workspace, error))
    return FALSE;
  if (n_added)
    *n_added = changes;
  return TRUE;

failed:
  pas_workspace_rollback (workspace);
  return FALSE;
}

/* Takes the person off the workshop, invited or checked in. */
gboolean
pas_workshop_remove_participant (PasWorkspace  *workspace,
                                 gint64         workshop_id,
                                 gint64         person_id,
                                 GError       **error)
{
  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);

  if (!run_with_ids (workspace,
                     "DELETE FROM workshop_participant WHERE workshop_id = ?1 AND person_id = ?2",
                     workshop_id, person_id, error))
    return FALSE;
  if (sqlite3_changes (pas_workspace_get_db (workspace)) > 0)
    pas_workspace_emit_changed (workspace, PAS_KIND_WORKSHOP_PARTICIPANT, 0);
  return TRUE;
}

/**
 * pas_workshop_set_attended:
 *
 * Checks a person in (or out). Someone checked in without an invitation
 * is recorded as an uninvited participant, and forgotten again when
 * checked out.
 */
gboolean
pas_workshop_set_attended (PasWorkspace  *workspace,
                           gint64         workshop_id,
                           gint64         person_id,
                           gboolean       attended,
                           GError       **error)
{
  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);

  if (attended)
    {
      if (!run_with_ids (workspace,
                         "INSERT INTO workshop_participant (uuid, workshop_id, person_id, invited, attended) "
                         "VALUES (pas_uuid (), ?1, ?2, 0, 1) "
                         "ON CONFLICT (workshop_id, person_id) DO UPDATE SET attended = 1",
                         workshop_id, person_id, error))
        return FALSE;
    }
  else
    {
      if (!pas_workspace_begin (workspace, error))
        return FALSE;
      if (!run_with_ids (workspace,
                         "UPDATE workshop_participant SET attended = 0 "
                         "WHERE workshop_id = ?1 AND person_id = ?2",
                         workshop_id, person_id, error) ||
          !run_with_ids (workspace,
                         "DELETE FROM workshop_participant "
                         "WHERE workshop_id = ?1 AND person_id = ?2 AND invited = 0",
                         workshop_id, person_id, error))
        {
          pas_workspace_rollback (workspace);
          return FALSE;
        }
    }
  pas_workspace_emit_changed (workspace, PAS_KIND_WORKSHOP_PARTICIPANT, 0);
  return attended || pas_workspace_commit (workspace, error);
}
