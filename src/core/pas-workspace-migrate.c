/* pas-workspace-migrate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-workspace"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pas-workspace-private.h"

/* Each step brings a file from version - 1 to version; its scripts run in order. */
typedef struct
{
  int         version;
  const char *scripts[3];
} Step;

static const Step steps[] = {
  { 1, { "schema-1.sql", "migrate-0-to-1.sql", NULL } },
};

static gboolean
fail (sqlite3     *db,
      const char  *what,
      GError     **error)
{
  g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_FAILED,
               /* Translators: %s says what failed, then SQLite's own words */
               _("The workspace could not be upgraded (%s: %s). It was left as it was."),
               what, sqlite3_errmsg (db));
  return FALSE;
}

static int
count_row_cb (void  *data,
              int    n_columns,
              char **values,
              char **names)
{
  (*(int *) data)++;
  return 0;
}

static gboolean
run_script (sqlite3     *db,
            const char  *name,
            GError     **error)
{
  g_autoptr(GBytes) script = pas_workspace_load_sql (name);

  if (sqlite3_exec (db, g_bytes_get_data (script, NULL), NULL, NULL, NULL) != SQLITE_OK)
    return fail (db, name, error);
  return TRUE;
}

static gboolean
set_version (sqlite3     *db,
             int          version,
             GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                                          PAS_WORKSPACE_APPLICATION_ID, version);

  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return fail (db, "user_version", error);
  return TRUE;
}

gboolean
pas_workspace_create_schema (sqlite3  *db,
                             GError  **error)
{
  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    return fail (db, "BEGIN", error);
  if (!run_script (db, "schema-1.sql", error) ||
      !set_version (db, PAS_WORKSPACE_VERSION, error) ||
      sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      if (error && *error == NULL)
        fail (db, "COMMIT", error);
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

/* A copy of the file as it was, beside it, before anything changes. */
static gboolean
backup (sqlite3     *db,
        const char  *path,
        int          version,
        GError     **error)
{
  g_autofree char *copy = g_strdup_printf ("%s.v%d.bak", path, version);
  sqlite3 *target = NULL;
  sqlite3_backup *job;
  int rc;

  g_unlink (copy);
  if (sqlite3_open_v2 (copy, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_autofree char *display = g_filename_display_name (copy);
      sqlite3_close (target);
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_READ_ONLY,
                   _("The workspace needs an upgrade, but its backup copy “%s” cannot be written."),
                   display);
      return FALSE;
    }
  g_chmod (copy, 0600);
  job = sqlite3_backup_init (target, "main", db, "main");
  rc = job ? sqlite3_backup_step (job, -1) : sqlite3_errcode (target);
  if (job)
    sqlite3_backup_finish (job);
  sqlite3_close (target);
  if (rc != SQLITE_DONE)
    {
      g_unlink (copy);
      return fail (db, "backup", error);
    }
  return TRUE;
}

gboolean
pas_workspace_migrate (sqlite3     *db,
                       const char  *path,
                       int          from_version,
                       GError     **error)
{
  if (!backup (db, path, from_version, error))
    return FALSE;

  /* Foreign keys cannot be switched inside a transaction; steps may rebuild tables. */
  sqlite3_exec (db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      const Step *step = &steps[i];
      gboolean ok = TRUE;
      int broken = 0;

      if (step->version <= from_version)
        continue;
      if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        ok = fail (db, "BEGIN", error);
      for (guint s = 0; ok && step->scripts[s]; s++)
        ok = run_script (db, step->scripts[s], error);
      ok = ok && set_version (db, step->version, error);
      if (ok && (sqlite3_exec (db, "PRAGMA foreign_key_check", count_row_cb, &broken, NULL) != SQLITE_OK || broken > 0))
        ok = fail (db, "foreign_key_check", error);
      if (ok && sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        ok = fail (db, "COMMIT", error);
      if (!ok)
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
          return FALSE;
        }
    }
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  return TRUE;
}
