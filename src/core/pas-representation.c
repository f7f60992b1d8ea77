/* pas-representation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-representation"

#include "config.h"

#include "pas-reader.h"
#include "pas-representation.h"
#include "pas-workspace-private.h"

/* Which departments and sites a workshop (or a project's workshops)
 * reached. The groups are those of the people who are not archived;
 * a person's site is their own, else their department's. Archived
 * people still count as invited or present in a group that exists. */

#define GROUPS_SQL(PARTICIPATION) \
  "WITH part AS (" PARTICIPATION "), " \
  "people AS (" \
  "  SELECT p.archived, p.department_id, d.name AS department, " \
  "         coalesce (nullif (trim (p.site), ''), nullif (trim (d.site), '')) AS site, " \
  "         coalesce (part.invited, 0) AS invited, coalesce (part.attended, 0) AS attended " \
  "  FROM person AS p " \
  "  LEFT JOIN department AS d ON d.id = p.department_id " \
  "  LEFT JOIN part ON part.person_id = p.id) " \
  "SELECT 0 AS axis, department_id, min (department) AS name, " \
  "       sum (archived = 0), sum (invited), sum (attended) " \
  "FROM people WHERE department_id IS NOT NULL " \
  "GROUP BY department_id HAVING sum (archived = 0) > 0 " \
  "UNION ALL " \
  "SELECT 1, 0, min (site), sum (archived = 0), sum (invited), sum (attended) " \
  "FROM people WHERE site IS NOT NULL " \
  "GROUP BY site COLLATE NOCASE HAVING sum (archived = 0) > 0 " \
  "ORDER BY 1, 3 COLLATE NOCASE, 2"

/* One row per person: invited to, and present at, this workshop. */
#define WORKSHOP_SQL GROUPS_SQL ( \
  "SELECT person_id, invited, attended FROM workshop_participant WHERE workshop_id = ?1")

/* One row per person: invited to, and present at, any workshop of the
 * project that was not cancelled. */
#define PROJECT_SQL GROUPS_SQL ( \
  "SELECT wp.person_id, max (wp.invited) AS invited, max (wp.attended) AS attended " \
  "FROM workshop_participant AS wp JOIN workshop AS w ON w.id = wp.workshop_id " \
  "WHERE w.project_id = ?1 AND w.status <> 'cancelled' GROUP BY wp.person_id")

static void
group_free (PasRepresentationGroup *group)
{
  g_free (group->name);
  g_free (group);
}

PasRepresentationState
pas_representation_group_get_state (const PasRepresentationGroup *group)
{
  g_return_val_if_fail (group != NULL, PAS_REPRESENTATION_MISSING);

  if (group->n_attended > 0)
    return PAS_REPRESENTATION_ATTENDED;
  if (group->n_invited > 0)
    return PAS_REPRESENTATION_INVITED;
  return PAS_REPRESENTATION_MISSING;
}

/* How many of @groups are in @state, e.g. the departments missing. */
guint
pas_representation_count (GPtrArray              *groups,
                          PasRepresentationState  state)
{
  guint count = 0;

  g_return_val_if_fail (groups != NULL, 0);

  for (guint i = 0; i < groups->len; i++)
    if (pas_representation_group_get_state (g_ptr_array_index (groups, i)) == state)
      count++;
  return count;
}

void
pas_representation_free (PasRepresentation *representation)
{
  if (representation == NULL)
    return;
  g_ptr_array_unref (representation->departments);
  g_ptr_array_unref (representation->sites);
  g_free (representation);
}

/* Steps @stmt, bound to @id; returns the last result code of SQLite. */
static int
collect (sqlite3_stmt       *stmt,
         gint64              id,
         PasRepresentation **out)
{
  g_autoptr(PasRepresentation) representation = g_new0 (PasRepresentation, 1);
  int rc;

  representation->departments = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  representation->sites = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);

  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PasRepresentationGroup *group = g_new0 (PasRepresentationGroup, 1);

      group->department_id = sqlite3_column_int64 (stmt, 1);
      group->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      group->n_people = sqlite3_column_int (stmt, 3);
      group->n_invited = sqlite3_column_int (stmt, 4);
      group->n_attended = sqlite3_column_int (stmt, 5);
      g_ptr_array_add (sqlite3_column_int (stmt, 0) == 0 ? representation->departments : representation->sites,
                       group);
    }
  if (rc == SQLITE_DONE)
    *out = g_steal_pointer (&representation);
  return rc;
}

static PasRepresentation *
query (PasWorkspace  *workspace,
       const char    *sql,
       gint64         id,
       GError       **error)
{
  PasRepresentation *representation = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = pas_workspace_prepare (workspace, sql, error)))
    return NULL;
  rc = collect (stmt, id, &representation);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pas_workspace_set_error (workspace, sqlite3_extended_errcode (pas_workspace_get_db (workspace)), error);
      return NULL;
    }
  return representation;
}

/**
 * pas_representation_for_workshop:
 *
 * Returns: (transfer full): every department and site, with how many
 *   of its people are invited to and present at the workshop; %NULL
 *   with @error set.
 */
PasRepresentation *
pas_representation_for_workshop (PasWorkspace  *workspace,
                                 gint64         workshop_id,
                                 GError       **error)
{
  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  return query (workspace, WORKSHOP_SQL, workshop_id, error);
}

/**
 * pas_representation_for_project:
 *
 * Returns: (transfer full): every department and site, with how many
 *   of its people were invited to and present at one workshop of the
 *   project at least (cancelled workshops left out); %NULL with @error set.
 */
PasRepresentation *
pas_representation_for_project (PasWorkspace  *workspace,
                                gint64         project_id,
                                GError       **error)
{
  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  return query (workspace, PROJECT_SQL, project_id, error);
}

typedef struct
{
  char   *path;
  gint64  workshop_id;
} Request;

static void
request_free (Request *request)
{
  g_free (request->path);
  g_free (request);
}

static void
for_workshop_thread (GTask        *task,
                     gpointer      source,
                     gpointer      data,
                     GCancellable *cancellable)
{
  Request *request = data;
  PasRepresentation *representation = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  int rc;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (!(db = pas_reader_open (request->path, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  rc = sqlite3_prepare_v2 (db, WORKSHOP_SQL, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = collect (stmt, request->workshop_id, &representation);
  if (rc != SQLITE_DONE)
    pas_reader_set_error (db, sqlite3_extended_errcode (db), &error);
  sqlite3_finalize (stmt);
  pas_reader_close (db);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, representation, (GDestroyNotify) pas_representation_free);
  else
    pas_representation_free (representation);
}

/**
 * pas_representation_for_workshop_async:
 * @path: the workspace file, already opened by pas_workspace_open()
 *
 * Computes pas_representation_for_workshop() in a thread, with its own
 * connection to @path. Cancelling @cancellable makes the result a
 * %G_IO_ERROR_CANCELLED error.
 */
void
pas_representation_for_workshop_async (const char          *path,
                                       gint64               workshop_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Request *request;

  g_return_if_fail (path != NULL);

  request = g_new0 (Request, 1);
  request->path = g_strdup (path);
  request->workshop_id = workshop_id;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pas_representation_for_workshop_async);
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  g_task_run_in_thread (task, for_workshop_thread);
}

/* Returns: (transfer full): as pas_representation_for_workshop(). */
PasRepresentation *
pas_representation_for_workshop_finish (GAsyncResult  *result,
                                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pas_representation_for_workshop_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
