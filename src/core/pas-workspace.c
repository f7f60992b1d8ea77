/* pas-workspace.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-workspace"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "pas-core-enums.h"
#include "pas-core-resources.h"
#include "pas-fold.h"
#include "pas-record-private.h"
#include "pas-workspace-private.h"

#define HEADER_SIZE 100
#define BUSY_TIMEOUT_MS 5000

struct _PasWorkspace
{
  GObject     parent_instance;
  char       *path;
  sqlite3    *db;
  GHashTable *statements;       /* SQL text → sqlite3_stmt, owned */
  guint       batch_depth;
  guint32     pending_changes;  /* one bit per PasKind, sent at the end of a batch */
};

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PasWorkspace, pas_workspace, G_TYPE_OBJECT)
G_DEFINE_QUARK (pas-workspace-error-quark, pas_workspace_error)

static void
uuid_func (sqlite3_context *context,
           int              argc,
           sqlite3_value  **argv)
{
  sqlite3_result_text (context, g_uuid_string_random (), -1, g_free);
}

void
pas_workspace_register_functions (sqlite3 *db)
{
  sqlite3_create_function (db, "pas_uuid", 0, SQLITE_UTF8, NULL, uuid_func, NULL, NULL);
  pas_fold_register (db);
}

GBytes *
pas_workspace_load_sql (const char *name)
{
  g_autofree char *path = g_strconcat ("/io/github/passerelle/Passerelle/sql/", name, NULL);
  GBytes *bytes = g_resource_lookup_data (pas_core_get_resource (), path, 0, NULL);

  g_assert (bytes != NULL);
  return bytes;
}

/* "UNIQUE constraint failed: person.email" → what to tell the person. */
static const char *
describe_duplicate (const char *message)
{
  if (g_str_has_suffix (message, ".email"))
    return _("This email address is already used by someone else.");
  if (g_str_has_suffix (message, ".name"))
    return _("This name is already used: choose another one.");
  if (strchr (message, ',') != NULL)
    return _("This is already recorded.");
  return _("This value is already used: each must be different.");
}

/* Turns an SQLite result code of @db into a GError that says what to do. */
gboolean
pas_sqlite_set_error (sqlite3  *db,
                      int       rc,
                      GError  **error)
{
  const char *message = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  /* Only the constraints need the extended code. */
  if ((rc & 0xff) != SQLITE_CONSTRAINT)
    rc &= 0xff;
  switch (rc)
    {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                           describe_duplicate (message));
      break;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                   _("This change refers to a record that does not exist, or removes one that others still refer to."));
      break;
    case SQLITE_CONSTRAINT_NOTNULL:
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT:
      g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                           _("A required field is empty or a value is out of range: check the fields and try again."));
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_BUSY,
                   _("The workspace is busy in another program; try again in a moment."));
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_READ_ONLY,
                   _("The workspace cannot be written to: check the permissions of the file and its folder."));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_CORRUPT,
                   _("The workspace file is damaged. Open a backup copy instead."));
      break;
    case SQLITE_FULL:
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_FAILED,
                   _("The disk is full: free some space and try again."));
      break;
    default:
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_FAILED,
                   _("The workspace could not be read or written (%s)."), message);
      break;
    }
  return FALSE;
}

gboolean
pas_workspace_set_error (PasWorkspace  *self,
                         int            rc,
                         GError       **error)
{
  return pas_sqlite_set_error (self->db, rc, error);
}

sqlite3 *
pas_workspace_get_db (PasWorkspace *self)
{
  return self->db;
}

gboolean
pas_workspace_exec (PasWorkspace  *self,
                    const char    *sql,
                    GError       **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return pas_workspace_set_error (self, sqlite3_extended_errcode (self->db), error);
  return TRUE;
}

/* Returns a cached statement, reset and unbound; do not finalize it. */
sqlite3_stmt *
pas_workspace_prepare (PasWorkspace  *self,
                       const char    *sql,
                       GError       **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt == NULL)
    {
      if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
        {
          pas_workspace_set_error (self, sqlite3_extended_errcode (self->db), error);
          return NULL;
        }
      g_hash_table_insert (self->statements, g_strdup (sql), stmt);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return stmt;
}

/* Batches nest; the outermost one is the transaction. */
gboolean
pas_workspace_begin (PasWorkspace  *self,
                     GError       **error)
{
  if (self->batch_depth == 0 && !pas_workspace_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  self->batch_depth++;
  return TRUE;
}

gboolean
pas_workspace_commit (PasWorkspace  *self,
                      GError       **error)
{
  guint32 changes;

  g_assert (self->batch_depth > 0);
  if (self->batch_depth > 1)
    {
      self->batch_depth--;
      return TRUE;
    }
  if (!pas_workspace_exec (self, "COMMIT", error))
    {
      pas_workspace_rollback (self);
      return FALSE;
    }
  self->batch_depth = 0;
  changes = self->pending_changes;
  self->pending_changes = 0;
  for (guint k = 0; k < PAS_N_KINDS; k++)
    if (changes & (1u << k))
      g_signal_emit (self, signals[CHANGED], 0, (PasKind) k, (gint64) 0);
  return TRUE;
}

void
pas_workspace_rollback (PasWorkspace *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->batch_depth = 0;
  self->pending_changes = 0;
}

void
pas_workspace_emit_changed (PasWorkspace *self,
                            PasKind       kind,
                            gint64        id)
{
  if (self->batch_depth > 0)
    self->pending_changes |= 1u << kind;
  else
    g_signal_emit (self, signals[CHANGED], 0, kind, id);
}

static void
pas_workspace_finalize (GObject *object)
{
  PasWorkspace *self = (PasWorkspace *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (pas_workspace_parent_class)->finalize (object);
}

static void
pas_workspace_class_init (PasWorkspaceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pas_workspace_finalize;

  /**
   * PasWorkspace::changed:
   * @kind: the kind of record that changed
   * @id: the record's id, or 0 when several may have changed
   *
   * Emitted once a change is committed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, PAS_TYPE_KIND, G_TYPE_INT64);
}

static void
pas_workspace_init (PasWorkspace *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
}

char *
pas_workspace_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "passerelle", "workspace.passerelle", NULL);
}

static guint32
read_be32 (const guint8 *bytes)
{
  return ((guint32) bytes[0] << 24) | ((guint32) bytes[1] << 16) | ((guint32) bytes[2] << 8) | bytes[3];
}

/* Looks at the file before SQLite touches it, so that what is refused
 * is left exactly as it was. Sets @is_new for a file with no content. */
static gboolean
check_file (const char             *path,
            PasWorkspaceOpenFlags   flags,
            gboolean               *is_new,
            GError                **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *folder = g_path_get_dirname (path);
  guint8 header[HEADER_SIZE];
  GStatBuf st;
  int fd;
  gssize n;

  *is_new = FALSE;
  if (g_stat (path, &st) != 0)
    {
      if (!(flags & PAS_WORKSPACE_OPEN_CREATE) || !g_file_test (folder, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_MISSING,
                       _("There is no workspace at “%s”: check the name and the folder."), display);
          return FALSE;
        }
      if (access (folder, W_OK) != 0)
        {
          g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_READ_ONLY,
                       _("A workspace cannot be created at “%s”: the folder is read-only."), display);
          return FALSE;
        }
      fd = g_open (path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
      if (fd < 0)
        {
          int saved_errno = errno;
          g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_FAILED,
                       _("A workspace cannot be created at “%s”: %s."), display, g_strerror (saved_errno));
          return FALSE;
        }
      close (fd);
      *is_new = TRUE;
      return TRUE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_SQLITE,
                   _("“%s” is not a file: choose a Passerelle workspace file."), display);
      return FALSE;
    }
  if (access (path, R_OK | W_OK) != 0 || access (folder, W_OK) != 0)
    {
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_READ_ONLY,
                   _("“%s” is read-only: Passerelle needs to write to the file and its folder. Copy it somewhere writable, or change its permissions."),
                   display);
      return FALSE;
    }
  if (st.st_size == 0 && (flags & PAS_WORKSPACE_OPEN_CREATE))
    {
      *is_new = TRUE;
      return TRUE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  n = fd < 0 ? -1 : read (fd, header, sizeof header);
  if (fd >= 0)
    close (fd);
  if (n != HEADER_SIZE || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_SQLITE,
                   _("“%s” is not a Passerelle workspace: it is not a database file at all."), display);
      return FALSE;
    }
  if (read_be32 (header + 68) != PAS_WORKSPACE_APPLICATION_ID)
    {
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_WORKSPACE,
                   _("“%s” is a database of another program, not a Passerelle workspace."), display);
      return FALSE;
    }
  if (read_be32 (header + 60) > PAS_WORKSPACE_VERSION)
    {
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Passerelle (format %u; this version reads up to %d). Update Passerelle to open it."),
                   display, read_be32 (header + 60), PAS_WORKSPACE_VERSION);
      return FALSE;
    }
  return TRUE;
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

static gboolean
configure (PasWorkspace  *self,
           GError       **error)
{
  int rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL);

  if (rc != SQLITE_OK)
    return pas_workspace_set_error (self, rc, error);
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  pas_workspace_register_functions (self->db);
  return pas_workspace_exec (self,
                             "PRAGMA journal_mode = WAL;"
                             "PRAGMA synchronous = FULL;"
                             "PRAGMA foreign_keys = ON;"
                             "PRAGMA secure_delete = ON;",
                             error);
}

/* In WAL mode the file's header (application_id, user_version) reaches
 * the main file only at a checkpoint; other processes read it there
 * before opening, so a new or upgraded workspace is checkpointed at once. */
static void
write_header (PasWorkspace *self)
{
  sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
}

/**
 * pas_workspace_open:
 * @path: the workspace file
 * @flags: %PAS_WORKSPACE_OPEN_CREATE to create a missing (or empty) file
 *
 * Opens a workspace, creating or migrating its schema as needed.
 * A file that is not a workspace, or one from a newer version, is
 * refused and left untouched.
 */
PasWorkspace *
pas_workspace_open (const char             *path,
                    PasWorkspaceOpenFlags   flags,
                    GError                **error)
{
  g_autoptr(PasWorkspace) self = NULL;
  gboolean is_new;
  int version;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_file (path, flags, &is_new, error))
    return NULL;

  self = g_object_new (PAS_TYPE_WORKSPACE, NULL);
  self->path = g_strdup (path);

  if (!configure (self, error))
    goto failed;

  if (is_new)
    {
      if (!pas_workspace_create_schema (self->db, error))
        goto failed;
      write_header (self);
      return g_steal_pointer (&self);
    }

  version = query_int (self->db, "PRAGMA user_version");
  if (version > PAS_WORKSPACE_VERSION || version < 0)
    {
      g_autofree char *display = g_filename_display_name (path);
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Passerelle (format %u; this version reads up to %d). Update Passerelle to open it."),
                   display, (guint) version, PAS_WORKSPACE_VERSION);
      return NULL;
    }
  if (version < PAS_WORKSPACE_VERSION)
    {
      if (!pas_workspace_migrate (self->db, path, version, error))
        return NULL;
      write_header (self);
    }

  return g_steal_pointer (&self);

failed:
  if (is_new)
    {
      g_clear_pointer (&self->db, sqlite3_close_v2);
      g_unlink (path);
    }
  return NULL;
}

const char *
pas_workspace_get_path (PasWorkspace *self)
{
  g_return_val_if_fail (PAS_IS_WORKSPACE (self), NULL);
  return self->path;
}

int
pas_workspace_get_schema_version (PasWorkspace *self)
{
  g_return_val_if_fail (PAS_IS_WORKSPACE (self), -1);
  return query_int (self->db, "PRAGMA user_version");
}

static char *
build_select (PasKind kind)
{
  GString *sql = g_string_new ("SELECT id");
  guint n = pas_kind_get_n_fields (kind);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, ", %s", pas_kind_get_field (kind, i)->name);
  g_string_append_printf (sql, " FROM %s", pas_kind_get_table (kind));
  return g_string_free (sql, FALSE);
}

static PasRecord *
load_where (PasWorkspace  *self,
            PasKind        kind,
            const char    *where,
            gint64         id,
            const char    *uuid,
            GError       **error)
{
  g_autofree char *select = build_select (kind);
  g_autofree char *sql = g_strconcat (select, where, NULL);
  sqlite3_stmt *stmt;
  PasRecord *record = NULL;
  int rc;

  if (!(stmt = pas_workspace_prepare (self, sql, error)))
    return NULL;
  if (uuid != NULL)
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  else
    sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = pas_record_new_from_row (kind, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND,
                 /* Translators: %s is a kind of record, e.g. "Workshop" */
                 _("This %s no longer exists: it may have been deleted."), pas_kind_get_label (kind));
  else
    pas_workspace_set_error (self, sqlite3_extended_errcode (self->db), error);
  sqlite3_reset (stmt);
  return record;
}

PasRecord *
pas_workspace_load (PasWorkspace  *self,
                    PasKind        kind,
                    gint64         id,
                    GError       **error)
{
  g_return_val_if_fail (PAS_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (kind < PAS_N_KINDS, NULL);

  return load_where (self, kind, " WHERE id = ?", id, NULL, error);
}

PasRecord *
pas_workspace_load_by_uuid (PasWorkspace  *self,
                            PasKind        kind,
                            const char    *uuid,
                            GError       **error)
{
  g_return_val_if_fail (PAS_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  return load_where (self, kind, " WHERE uuid = ?", 0, uuid, error);
}

/* An insert names only the fields that are set, so that the schema's
 * defaults apply to the others, and returns the row as stored; an update
 * writes every field. */
static char *
build_write (PasRecord *record)
{
  PasKind kind = pas_record_get_kind (record);
  guint n = pas_kind_get_n_fields (kind);
  GString *sql = g_string_new (NULL);

  if (pas_record_get_id (record) == 0)
    {
      GString *values = g_string_new (NULL);

      g_string_append_printf (sql, "INSERT INTO %s (", pas_kind_get_table (kind));
      for (guint i = 0; i < n; i++)
        if (G_IS_VALUE (pas_record_get_value (record, i)))
          {
            g_string_append_printf (sql, "%s%s", values->len ? ", " : "", pas_kind_get_field (kind, i)->name);
            g_string_append_printf (values, "%s?%u", values->len ? ", " : "", i + 1);
          }
      g_string_append_printf (sql, ") VALUES (%s) RETURNING id", values->str);
      for (guint i = 0; i < n; i++)
        g_string_append_printf (sql, ", %s", pas_kind_get_field (kind, i)->name);
      g_string_free (values, TRUE);
    }
  else
    {
      g_string_append_printf (sql, "UPDATE %s SET ", pas_kind_get_table (kind));
      for (guint i = 0; i < n; i++)
        g_string_append_printf (sql, "%s%s = ?%u", i ? ", " : "", pas_kind_get_field (kind, i)->name, i + 1);
      g_string_append_printf (sql, " WHERE id = ?%u", n + 1);
    }
  return g_string_free (sql, FALSE);
}

/* After an insert the record takes the row as stored, defaults included:
 * saving it again then updates every field with real values, not NULLs. */
static void
take_stored_row (PasRecord    *record,
                 sqlite3_stmt *stmt)
{
  PasKind kind = pas_record_get_kind (record);
  g_autoptr(PasRecord) stored = pas_record_new_from_row (kind, stmt);
  guint n = pas_kind_get_n_fields (kind);

  pas_record_set_id (record, pas_record_get_id (stored));
  for (guint i = 0; i < n; i++)
    {
      const GValue *value = pas_record_get_value (stored, i);
      const char *name = pas_kind_get_field (kind, i)->name;

      if (G_VALUE_HOLDS_INT64 (value))
        pas_record_set_int (record, name, g_value_get_int64 (value));
      else if (G_VALUE_HOLDS_DOUBLE (value))
        pas_record_set_double (record, name, g_value_get_double (value));
      else if (G_VALUE_HOLDS_STRING (value))
        pas_record_set_string (record, name, g_value_get_string (value));
      else
        pas_record_set_null (record, name);
    }
}

/**
 * pas_workspace_save:
 *
 * Inserts @record when its id is 0 (giving it an id and a uuid),
 * updates it otherwise. The change is committed when this returns,
 * unless a batch is open.
 */
gboolean
pas_workspace_save (PasWorkspace  *self,
                    PasRecord     *record,
                    GError       **error)
{
  g_autofree char *sql = NULL;
  PasKind kind;
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (PAS_IS_RECORD (record), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kind = pas_record_get_kind (record);
  id = pas_record_get_id (record);
  if (pas_record_get_uuid (record) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      pas_record_set_string (record, "uuid", uuid);
    }

  sql = build_write (record);
  if (!(stmt = pas_workspace_prepare (self, sql, error)))
    return FALSE;
  pas_record_bind_fields (record, stmt);
  if (id != 0)
    sqlite3_bind_int64 (stmt, pas_kind_get_n_fields (kind) + 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && id == 0)
    {
      take_stored_row (record, stmt);
      rc = sqlite3_step (stmt);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return pas_workspace_set_error (self, sqlite3_extended_errcode (self->db), error);

  if (id != 0 && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND,
                   _("This %s no longer exists: it may have been deleted."), pas_kind_get_label (kind));
      return FALSE;
    }

  pas_workspace_emit_changed (self, kind, pas_record_get_id (record));
  return TRUE;
}

/* For each kind, the kinds whose rows its deletion may remove or change
 * through ON DELETE CASCADE or SET NULL, followed from table to table. */
static guint32 dependents[PAS_N_KINDS];

static gpointer
load_dependents (gpointer data)
{
  sqlite3 *db = data;
  sqlite3_stmt *stmt = NULL;
  gboolean grew = TRUE;

  if (sqlite3_prepare_v2 (db,
                          "SELECT m.name, f.\"table\" FROM sqlite_schema AS m, pragma_foreign_key_list (m.name) AS f "
                          "WHERE m.type = 'table'",
                          -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        PasKind child, parent;

        if (pas_kind_from_table ((const char *) sqlite3_column_text (stmt, 0), &child) &&
            pas_kind_from_table ((const char *) sqlite3_column_text (stmt, 1), &parent))
          dependents[parent] |= 1u << child;
      }
  sqlite3_finalize (stmt);

  while (grew)
    {
      grew = FALSE;
      for (guint k = 0; k < PAS_N_KINDS; k++)
        {
          guint32 all = dependents[k];

          for (guint j = 0; j < PAS_N_KINDS; j++)
            if (dependents[k] & (1u << j))
              all |= dependents[j];
          all &= ~(1u << k);
          grew |= all != dependents[k];
          dependents[k] = all;
        }
    }
  return NULL;
}

static guint32
get_dependents (PasWorkspace *self,
                PasKind       kind)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, load_dependents, self->db);
  return dependents[kind];
}

gboolean
pas_workspace_delete (PasWorkspace  *self,
                      PasKind        kind,
                      gint64         id,
                      GError       **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  guint32 others;
  int total, rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (kind < PAS_N_KINDS, FALSE);

  others = get_dependents (self, kind);
  total = sqlite3_total_changes (self->db);
  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", pas_kind_get_table (kind));
  if (!(stmt = pas_workspace_prepare (self, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return pas_workspace_set_error (self, sqlite3_extended_errcode (self->db), error);
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND,
                   _("This %s no longer exists: it may have been deleted."), pas_kind_get_label (kind));
      return FALSE;
    }
  pas_workspace_emit_changed (self, kind, id);
  /* More than one row changed: cascades reached rows of other kinds, and
   * the lists showing them must be told. */
  if (sqlite3_total_changes (self->db) - total > 1)
    for (guint k = 0; k < PAS_N_KINDS; k++)
      if (others & (1u << k))
        pas_workspace_emit_changed (self, k, 0);
  return TRUE;
}

gint64
pas_workspace_count (PasWorkspace *self,
                     PasKind       kind)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 count = -1;

  g_return_val_if_fail (PAS_IS_WORKSPACE (self), -1);
  g_return_val_if_fail (kind < PAS_N_KINDS, -1);

  sql = g_strdup_printf ("SELECT count(*) FROM %s", pas_kind_get_table (kind));
  if ((stmt = pas_workspace_prepare (self, sql, NULL)) && sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  if (stmt)
    sqlite3_reset (stmt);
  return count;
}

/* Empty: no project and nobody recorded yet. */
gboolean
pas_workspace_is_empty (PasWorkspace *self)
{
  return pas_workspace_count (self, PAS_KIND_PROJECT) == 0 &&
         pas_workspace_count (self, PAS_KIND_PERSON) == 0;
}

char *
pas_workspace_get_setting (PasWorkspace *self,
                           const char   *key,
                           const char   *fallback)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (PAS_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if ((stmt = pas_workspace_prepare (self, "SELECT value FROM setting WHERE key = ?", NULL)))
    {
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  return value ? value : g_strdup (fallback);
}

gint64
pas_workspace_get_setting_int (PasWorkspace *self,
                               const char   *key,
                               gint64        fallback)
{
  g_autofree char *value = pas_workspace_get_setting (self, key, NULL);
  gint64 number;

  if (value == NULL || !g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
    return fallback;
  return number;
}

gboolean
pas_workspace_set_setting (PasWorkspace  *self,
                           const char    *key,
                           const char    *value,
                           GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (key != NULL && value != NULL, FALSE);

  stmt = pas_workspace_prepare (self,
                                "INSERT INTO setting (uuid, key, value) VALUES (pas_uuid (), ?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return pas_workspace_set_error (self, sqlite3_extended_errcode (self->db), error);
  pas_workspace_emit_changed (self, PAS_KIND_SETTING, 0);
  return TRUE;
}

/**
 * pas_workspace_check_integrity:
 * @report: (out): "ok", or what SQLite found wrong
 *
 * Returns: %TRUE when the file passes `PRAGMA integrity_check`.
 */
gboolean
pas_workspace_check_integrity (PasWorkspace  *self,
                               char         **report,
                               GError       **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (self), FALSE);

  if (sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK)
    return pas_workspace_set_error (self, sqlite3_extended_errcode (self->db), error);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (text, "%s%s", text->len ? "\n" : "", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return pas_workspace_set_error (self, sqlite3_extended_errcode (self->db), error);

  if (report)
    *report = g_strdup (text->str);
  return g_str_equal (text->str, "ok");
}
