/* pas-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-reader"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pas-fold.h"
#include "pas-reader.h"
#include "pas-workspace-private.h"

#define BUSY_TIMEOUT_MS 5000
/* Large scans read the file through the page cache of the system rather
 * than copying every page: three times faster on the large workspace.
 * The mapping goes when the reader is closed. */
#define MMAP_SIZE "268435456"

gboolean
pas_reader_set_error (sqlite3  *db,
                      int       rc,
                      GError  **error)
{
  if ((rc & 0xff) == SQLITE_INTERRUPT)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled."));
      return FALSE;
    }
  return pas_sqlite_set_error (db, rc, error);
}

static int
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/**
 * pas_reader_open:
 * @path: a workspace file, already opened (and so migrated) by
 *   pas_workspace_open()
 *
 * Returns: (transfer full): a connection that refuses writes, or %NULL.
 *   Close it with pas_reader_close() in the thread that used it.
 */
sqlite3 *
pas_reader_open (const char  *path,
                 GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  /* Read-write, but query-only: a read-only connection cannot always
   * open the shared memory of a WAL file. No mutex: a reader is used by
   * one thread at a time, and locking on every column read costs. */
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      pas_reader_set_error (db, rc, error);
      sqlite3_close_v2 (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, TRUE);
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  pas_fold_register (db);
  rc = sqlite3_exec (db,
                     "PRAGMA query_only = ON;"
                     "PRAGMA mmap_size = " MMAP_SIZE ";",
                     NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      pas_reader_set_error (db, sqlite3_extended_errcode (db), error);
      sqlite3_close_v2 (db);
      return NULL;
    }
  if (query_int (db, "PRAGMA application_id") != PAS_WORKSPACE_APPLICATION_ID ||
      query_int (db, "PRAGMA user_version") != PAS_WORKSPACE_VERSION)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_WORKSPACE,
                   _("“%s” is not a Passerelle workspace of this version: open it in Passerelle first."),
                   display);
      sqlite3_close_v2 (db);
      return NULL;
    }
  return db;
}

void
pas_reader_close (sqlite3 *db)
{
  sqlite3_close_v2 (db);
}
