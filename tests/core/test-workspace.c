/* test-workspace.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pas-workspace-private.h"

#define UNPRIVILEGED_ID 65534 /* nobody */

typedef struct
{
  char         *dir;
  char         *path;
  PasWorkspace *workspace;
  gint64        parents[PAS_N_KINDS];  /* the record made for a kind, when another needs one */
} Fixture;

/* The smallest valid record of a kind: "field=value;…", where "@table"
 * stands for the id of a record of that table, made on demand. */
typedef struct
{
  PasKind     kind;
  const char *fields;
  const char *update;
} Minimal;

static const Minimal minimal[] = {
  { PAS_KIND_SETTING, "key=organisation;value=ACME", "value=Acme & Co" },
  { PAS_KIND_PROJECT, "name=New CRM", "phase=pilot" },
  { PAS_KIND_DEPARTMENT, "name=Sales", "headcount=42" },
  { PAS_KIND_PERSON, "name=Amélie Durand", "email=amelie@example.com" },
  { PAS_KIND_WORKSHOP, "project_id=@project;title=Kick-off", "starts_at=1717228800" },
  { PAS_KIND_AGENDA_ITEM, "workshop_id=@workshop;position=0;title=Welcome;minutes=10", "minutes=15" },
  { PAS_KIND_WORKSHOP_PARTICIPANT, "workshop_id=@workshop;person_id=@person", "attended=1" },
  { PAS_KIND_CONTRIBUTION, "workshop_id=@workshop;text=Fewer clicks;created_at=1717229000", "votes=3" },
  { PAS_KIND_PILOT, "project_id=@project;name=Sales pilot", "end_date=2024-07-01" },
  { PAS_KIND_PILOT_TESTER, "pilot_id=@pilot;person_id=@person", "person_id=@person" },
  { PAS_KIND_PILOT_CRITERION, "pilot_id=@pilot;label=Daily users;target=80", "observed=72.5" },
  { PAS_KIND_FEEDBACK, "project_id=@project;text=Search is slow;created_at=1717229000", "status=triaged" },
  { PAS_KIND_SKILL, "name=Use the CRM on a phone", "description=Mobile app" },
  { PAS_KIND_PROJECT_SKILL, "project_id=@project;skill_id=@skill", "skill_id=@skill" },
  { PAS_KIND_TRAINING_MODULE, "project_id=@project;title=Five-minute tour", "format=coaching" },
  { PAS_KIND_ENROLLMENT, "module_id=@training_module;person_id=@person", "due_date=2024-09-30" },
  { PAS_KIND_SKILL_ASSESSMENT, "person_id=@person;skill_id=@skill;level=1;assessed_on=2024-03-01", "level=3" },
  { PAS_KIND_READINESS_ASSESSMENT,
    "project_id=@project;person_id=@person;assessed_on=2024-03-01;"
    "awareness=4;desire=3;knowledge=2;ability=2;reinforcement=1", "knowledge=5" },
  { PAS_KIND_REFERENT_ACTIVITY, "referent_id=@person;activity_date=2024-03-04", "note=Helped with the agenda" },
  { PAS_KIND_SUCCESS_STORY, "project_id=@project;title=Quotes in one day", "status=published" },
  { PAS_KIND_STORY_PERSON, "story_id=@success_story;person_id=@person", "consent=1" },
  { PAS_KIND_COMMUNICATION, "project_id=@project;title=Why a new CRM", "sent=1" },
};

/* Records the schema must refuse. */
static const Minimal invalid[] = {
  { PAS_KIND_PROJECT, "name=", NULL },
  { PAS_KIND_PERSON, "name=   ", NULL },
  { PAS_KIND_PERSON, "email=nameless@example.com", NULL },
  { PAS_KIND_PERSON, "name=Zoé;comfort=5", NULL },
  { PAS_KIND_PERSON, "name=Zoé;comfort=-1", NULL },
  { PAS_KIND_PERSON, "name=Zoé;email=not an address", NULL },
  { PAS_KIND_PROJECT, "name=Leap;start_date=2024-02-30", NULL },
  { PAS_KIND_PROJECT, "name=Leap;start_date=2024-3-1", NULL },
  { PAS_KIND_PROJECT, "name=Leap;start_date=2024-03-01;golive_date=2024-02-01", NULL },
  { PAS_KIND_PROJECT, "name=Leap;phase=someday", NULL },
  { PAS_KIND_ENROLLMENT, "module_id=@training_module;person_id=@person;status=completed", NULL },
  { PAS_KIND_ENROLLMENT, "module_id=@training_module;person_id=@person;completed_date=2024-03-01", NULL },
  { PAS_KIND_READINESS_ASSESSMENT,
    "project_id=@project;person_id=@person;department_id=@department;assessed_on=2024-03-01;"
    "awareness=4;desire=3;knowledge=2;ability=2;reinforcement=1", NULL },
  { PAS_KIND_READINESS_ASSESSMENT,
    "project_id=@project;assessed_on=2024-03-01;awareness=4;desire=3;knowledge=2;ability=2;reinforcement=1", NULL },
  { PAS_KIND_READINESS_ASSESSMENT,
    "project_id=@project;person_id=@person;assessed_on=2024-03-01;"
    "awareness=6;desire=3;knowledge=2;ability=2;reinforcement=1", NULL },
  { PAS_KIND_PERSON, "name=Amélie bis;email=AMELIE.DURAND@example.com", NULL },
  { PAS_KIND_DEPARTMENT, "name=VENTES", NULL },
  { PAS_KIND_PERSON, "name=Ghost;department_id=9999", NULL },
  { PAS_KIND_WORKSHOP, "project_id=9999;title=Nowhere", NULL },
  { PAS_KIND_FEEDBACK, "project_id=@project;text=Slow;created_at=100;resolved_at=50", NULL },
  { PAS_KIND_FEEDBACK, "project_id=@project;text=Slow;created_at=100;severity=5", NULL },
  { PAS_KIND_CONTRIBUTION, "workshop_id=@workshop;kind=rant;text=Why?;created_at=100", NULL },
};

/* Helpers */

static void
remove_tree (const char *path)
{
  GDir *dir;

  g_chmod (path, 0700);
  if ((dir = g_dir_open (path, 0, NULL)) != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_dir_close (dir);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passerelle-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.passerelle", NULL);
}

static void
fixture_set_up_open (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture_set_up (fixture, data);
  fixture->workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->workspace);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->workspace != NULL)
    g_assert_finalize_object (fixture->workspace);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
write_text (const char *path,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GBytes) bytes = read_bytes (from);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (to, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

static gboolean
companion_exists (const char *path,
                  const char *suffix)
{
  g_autofree char *companion = g_strconcat (path, suffix, NULL);

  return g_file_test (companion, G_FILE_TEST_EXISTS);
}

/* What a refused file must look like afterwards: the same bytes, and
 * nothing that SQLite or a migration would have left beside it. */
static void
assert_untouched (const char *path,
                  GBytes     *before)
{
  g_autoptr(GBytes) after = read_bytes (path);
  static const char * const suffixes[] = { "-wal", "-shm", "-journal", ".v0.bak", ".v1.bak", ".v99.bak" };

  g_assert_cmpmem (g_bytes_get_data (before, NULL), g_bytes_get_size (before),
                   g_bytes_get_data (after, NULL), g_bytes_get_size (after));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (companion_exists (path, suffixes[i]))
      g_error ("%s%s was left beside a refused file", path, suffixes[i]);
}

static void
exec_raw (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static gint64
query_file_int (const char *path,
                const char *sql)
{
  sqlite3 *db = NULL;
  gint64 value;

  /* Read-write: a read-only connection would leave -wal and -shm files. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  value = query_int (db, sql);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return value;
}

/* A workspace made by this version, then closed. */
static void
make_workspace (const char *path)
{
  g_autoptr(GError) error = NULL;
  PasWorkspace *workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_finalize_object (workspace);
  g_assert_false (companion_exists (path, "-wal"));
}

static const Minimal *
find_minimal (PasKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (minimal); i++)
    if (minimal[i].kind == kind)
      return &minimal[i];
  g_error ("No minimal record for %s", pas_kind_get_table (kind));
}

static gint64 get_parent (Fixture *fixture,
                          PasKind  kind);

static void
set_from_text (Fixture    *fixture,
               PasRecord  *record,
               const char *field,
               const char *text)
{
  PasKind kind = pas_record_get_kind (record);
  int index = pas_kind_find_field (kind, field);
  PasKind parent;

  g_assert_cmpint (index, >=, 0);
  if (text[0] == '@')
    {
      g_assert_true (pas_kind_from_table (text + 1, &parent));
      pas_record_set_int (record, field, get_parent (fixture, parent));
      return;
    }
  switch (pas_kind_get_field (kind, index)->type)
    {
    case PAS_FIELD_INTEGER:
      pas_record_set_int (record, field, g_ascii_strtoll (text, NULL, 10));
      break;
    case PAS_FIELD_REAL:
      pas_record_set_double (record, field, g_ascii_strtod (text, NULL));
      break;
    case PAS_FIELD_TEXT:
      pas_record_set_string (record, field, text);
      break;
    default:
      g_assert_not_reached ();
    }
}

static PasRecord *
build_record (Fixture    *fixture,
              PasKind     kind,
              const char *fields)
{
  PasRecord *record = pas_record_new (kind);
  g_auto(GStrv) pairs = g_strsplit (fields, ";", -1);

  for (guint i = 0; pairs[i]; i++)
    {
      g_auto(GStrv) pair = g_strsplit (pairs[i], "=", 2);

      g_assert_nonnull (pair[1]);
      set_from_text (fixture, record, pair[0], pair[1]);
    }
  return record;
}

static gint64
get_parent (Fixture *fixture,
            PasKind  kind)
{
  if (fixture->parents[kind] == 0)
    {
      g_autoptr(PasRecord) record = build_record (fixture, kind, find_minimal (kind)->fields);
      g_autoptr(GError) error = NULL;

      pas_workspace_save (fixture->workspace, record, &error);
      g_assert_no_error (error);
      fixture->parents[kind] = pas_record_get_id (record);
    }
  return fixture->parents[kind];
}

/* Points the kind's parent at a second record, named apart from the first. */
static void
make_another_parent (Fixture *fixture,
                     PasKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) other = build_record (fixture, kind, find_minimal (kind)->fields);

  if (pas_kind_find_field (kind, "name") >= 0)
    {
      g_autofree char *name = g_strconcat ("Another ", pas_record_get_string (other, "name"), NULL);
      pas_record_set_string (other, "name", name);
    }
  pas_workspace_save (fixture->workspace, other, &error);
  g_assert_no_error (error);
  fixture->parents[kind] = pas_record_get_id (other);
}

/* Every "field=value" of @fields, as @record holds it. */
static void
assert_record_has (Fixture    *fixture,
                   PasRecord  *record,
                   const char *fields)
{
  g_auto(GStrv) pairs = g_strsplit (fields, ";", -1);
  PasKind kind = pas_record_get_kind (record);

  for (guint i = 0; pairs[i]; i++)
    {
      g_auto(GStrv) pair = g_strsplit (pairs[i], "=", 2);
      const PasField *field = pas_kind_get_field (kind, pas_kind_find_field (kind, pair[0]));
      PasKind parent;

      g_assert_false (pas_record_is_null (record, pair[0]));
      if (pair[1][0] == '@')
        {
          g_assert_true (pas_kind_from_table (pair[1] + 1, &parent));
          g_assert_cmpint (pas_record_get_int (record, pair[0]), ==, fixture->parents[parent]);
        }
      else if (field->type == PAS_FIELD_INTEGER)
        g_assert_cmpint (pas_record_get_int (record, pair[0]), ==, g_ascii_strtoll (pair[1], NULL, 10));
      else if (field->type == PAS_FIELD_REAL)
        g_assert_cmpfloat (pas_record_get_double (record, pair[0]), ==, g_ascii_strtod (pair[1], NULL));
      else
        g_assert_cmpstr (pas_record_get_string (record, pair[0]), ==, pair[1]);
    }
}

typedef struct
{
  PasKind kind;
  gint64  id;
} Change;

static void
on_changed_cb (PasWorkspace *workspace,
               PasKind       kind,
               gint64        id,
               GArray       *changes)
{
  Change change = { kind, id };

  g_array_append_val (changes, change);
}

static GArray *
watch_changes (PasWorkspace *workspace)
{
  GArray *changes = g_array_new (FALSE, FALSE, sizeof (Change));

  g_signal_connect (workspace, "changed", G_CALLBACK (on_changed_cb), changes);
  return changes;
}

static void
unwatch_changes (PasWorkspace *workspace,
                 GArray       *changes)
{
  g_assert_cmpuint (g_signal_handlers_disconnect_by_data (workspace, changes), ==, 1);
  g_array_unref (changes);
}

static void
assert_change (GArray  *changes,
               guint    index,
               PasKind  kind,
               gint64   id)
{
  g_assert_cmpuint (index, <, changes->len);
  g_assert_cmpint (g_array_index (changes, Change, index).kind, ==, kind);
  g_assert_cmpint (g_array_index (changes, Change, index).id, ==, id);
}

/* access(2) ignores permission bits for root, and the suite may run as
 * root (containers, CI). Opening is then tried in a child process that
 * has become an unprivileged user, as the people who use Passerelle are. */
static void
assert_refused_unprivileged (const char            *path,
                             PasWorkspaceOpenFlags  flags,
                             PasWorkspaceError      code)
{
  int status = 0;
  pid_t pid;

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;
      PasWorkspace *workspace;

      /* No g_assert here: the child must not write to the TAP stream. */
      if (geteuid () == 0 &&
          (setgroups (0, NULL) != 0 || setgid (UNPRIVILEGED_ID) != 0 || setuid (UNPRIVILEGED_ID) != 0))
        _exit (2);
      workspace = pas_workspace_open (path, flags, &error);
      if (workspace != NULL || !g_error_matches (error, PAS_WORKSPACE_ERROR, code))
        {
          g_printerr ("# expected error %d, got %s\n", code, error ? error->message : "a workspace");
          _exit (1);
        }
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

/* Creating, reopening */

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *journal_mode = NULL;
  g_autofree char *report = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);
  PasWorkspace *workspace;
  GStatBuf st;
  sqlite3 *db;

  workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (PAS_IS_WORKSPACE (workspace));
  g_assert_cmpstr (pas_workspace_get_path (workspace), ==, fixture->path);
  g_assert_cmpint (pas_workspace_get_schema_version (workspace), ==, PAS_WORKSPACE_VERSION);

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  /* The write-ahead log holds the same data: it must be as private. */
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  db = pas_workspace_get_db (workspace);
  journal_mode = query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, PAS_WORKSPACE_APPLICATION_ID);
  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, 1346458451);
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (db, "PRAGMA synchronous"), ==, 2); /* FULL */
  g_assert_cmpint (query_int (db, "PRAGMA busy_timeout"), >, 0);

  g_assert_true (pas_workspace_is_empty (workspace));
  for (guint k = 0; k < PAS_N_KINDS; k++)
    g_assert_cmpint (pas_workspace_count (workspace, k), ==, 0);
  g_assert_true (pas_workspace_check_integrity (workspace, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "ok");

  pas_record_set_string (project, "name", "Intranet");
  pas_workspace_save (workspace, project, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (workspace);

  /* Reopened, with or without CREATE, it is the same workspace. */
  workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_workspace_get_schema_version (workspace), ==, PAS_WORKSPACE_VERSION);
  g_assert_cmpint (pas_workspace_count (workspace, PAS_KIND_PROJECT), ==, 1);
  g_assert_false (pas_workspace_is_empty (workspace));
  g_assert_cmpint (query_int (pas_workspace_get_db (workspace), "PRAGMA foreign_keys"), ==, 1);
  g_assert_finalize_object (workspace);

  workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_workspace_count (workspace, PAS_KIND_PROJECT), ==, 1);
  g_assert_finalize_object (workspace);
  g_assert_false (companion_exists (fixture->path, ".v0.bak"));
}

/* An empty file is where a new workspace may be made, with CREATE only. */
static void
test_create_in_empty_file (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  PasWorkspace *workspace;

  write_text (fixture->path, "");
  workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_SQLITE);
  g_assert_null (workspace);
  assert_untouched (fixture->path, empty);
  g_clear_error (&error);

  workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_workspace_get_schema_version (workspace), ==, PAS_WORKSPACE_VERSION);
  g_assert_finalize_object (workspace);
}

static void
test_default_path (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pas_workspace_default_path ();
  g_autofree char *expected = NULL;
  g_autofree char *folder = NULL;
  PasWorkspace *workspace;
  GStatBuf st;

  /* main() pointed XDG_DATA_HOME at a folder of its own. */
  expected = g_build_filename (g_getenv ("XDG_DATA_HOME"), "passerelle", "workspace.passerelle", NULL);
  g_assert_cmpstr (path, ==, expected);

  /* The library does not make folders; the application makes this one. */
  folder = g_path_get_dirname (path);
  remove_tree (folder);
  workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_MISSING);
  g_assert_null (workspace);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_finalize_object (workspace);
  remove_tree (folder);
}

/* Refusals: each leaves the file exactly as it was */

static void
assert_refused (const char        *path,
                PasWorkspaceError  code)
{
  g_autoptr(GBytes) before = read_bytes (path);
  g_autofree char *basename = g_path_get_basename (path);
  PasWorkspaceOpenFlags flags[] = { PAS_WORKSPACE_OPEN_DEFAULT, PAS_WORKSPACE_OPEN_CREATE };

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_autoptr(GError) error = NULL;
      PasWorkspace *workspace = pas_workspace_open (path, flags[i], &error);

      g_assert_error (error, PAS_WORKSPACE_ERROR, (int) code);
      g_assert_null (workspace);
      /* The message names the file, so that people know which one;
       * damage is found by SQLite, which does not know the name. */
      if (code != PAS_WORKSPACE_ERROR_CORRUPT)
        g_assert_nonnull (strstr (error->message, basename));
      assert_untouched (path, before);
    }
}

static void
test_refuse_text_file (Fixture       *fixture,
                       gconstpointer  data)
{
  write_text (fixture->path, "name,email\nAmélie Durand,amelie@example.com\n");
  assert_refused (fixture->path, PAS_WORKSPACE_ERROR_NOT_SQLITE);

  /* Long enough to be read as a header, and starting like one. */
  write_text (fixture->path, "SQLite format 2\n"
              "................................................................................"
              "................................................................................");
  assert_refused (fixture->path, PAS_WORKSPACE_ERROR_NOT_SQLITE);
}

static void
test_refuse_foreign_sqlite (Fixture       *fixture,
                            gconstpointer  data)
{
  exec_raw (fixture->path,
            "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT);"
            "INSERT INTO contacts (name) VALUES ('Amélie');");
  g_assert_cmpint (query_file_int (fixture->path, "PRAGMA application_id"), ==, 0);
  assert_refused (fixture->path, PAS_WORKSPACE_ERROR_NOT_WORKSPACE);

  /* Another program's id, and a Passerelle-looking user_version. */
  exec_raw (fixture->path, "PRAGMA application_id = 1196444237; PRAGMA user_version = 1");
  assert_refused (fixture->path, PAS_WORKSPACE_ERROR_NOT_WORKSPACE);
}

static void
test_refuse_too_new (Fixture       *fixture,
                     gconstpointer  data)
{
  make_workspace (fixture->path);
  exec_raw (fixture->path, "PRAGMA user_version = 99");
  g_assert_false (companion_exists (fixture->path, "-wal"));
  g_assert_cmpint (query_file_int (fixture->path, "PRAGMA user_version"), ==, 99);
  assert_refused (fixture->path, PAS_WORKSPACE_ERROR_TOO_NEW);
  g_assert_false (companion_exists (fixture->path, ".v99.bak"));
}

/* The header of a workspace, then damage: refused as damaged, not as
 * something else, and not made worse. */
static void
test_refuse_damaged (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *damaged = NULL;
  gsize size;

  make_workspace (fixture->path);
  original = read_bytes (fixture->path);
  size = g_bytes_get_size (original);
  damaged = g_memdup2 (g_bytes_get_data (original, NULL), size);
  /* The rest of the first page: the root of the schema. */
  for (gsize i = 100; i < 4096 && i < size; i++)
    damaged[i] = (guint8) (i * 7);
  g_file_set_contents (fixture->path, (const char *) damaged, size, &error);
  g_assert_no_error (error);
  assert_refused (fixture->path, PAS_WORKSPACE_ERROR_CORRUPT);
}

static void
test_refuse_directory (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PasWorkspace *workspace;

  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_SQLITE);
  g_assert_null (workspace);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_DIR));
}

static void
test_refuse_missing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_build_filename (fixture->dir, "no such folder", NULL);
  g_autofree char *inside = g_build_filename (folder, "new.passerelle", NULL);
  PasWorkspace *workspace;

  workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_MISSING);
  g_assert_null (workspace);
  g_assert_nonnull (strstr (error->message, "test.passerelle"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_false (companion_exists (fixture->path, "-wal"));
  g_clear_error (&error);

  workspace = pas_workspace_open (inside, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_MISSING);
  g_assert_null (workspace);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

static void
test_refuse_read_only_file (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;

  make_workspace (fixture->path);
  before = read_bytes (fixture->path);
  /* The folder lets anyone in, so that only the file's mode says no. */
  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);

  assert_refused_unprivileged (fixture->path, PAS_WORKSPACE_OPEN_DEFAULT, PAS_WORKSPACE_ERROR_READ_ONLY);
  assert_refused_unprivileged (fixture->path, PAS_WORKSPACE_OPEN_CREATE, PAS_WORKSPACE_ERROR_READ_ONLY);
  assert_untouched (fixture->path, before);
}

/* WAL needs to create files beside the workspace: a read-only folder
 * is refused even when the file itself is writable. */
static void
test_refuse_read_only_folder (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *other = g_build_filename (fixture->dir, "new.passerelle", NULL);
  g_autoptr(GBytes) before = NULL;

  make_workspace (fixture->path);
  before = read_bytes (fixture->path);
  g_assert_cmpint (g_chmod (fixture->path, 0666), ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);

  assert_refused_unprivileged (fixture->path, PAS_WORKSPACE_OPEN_DEFAULT, PAS_WORKSPACE_ERROR_READ_ONLY);
  assert_refused_unprivileged (other, PAS_WORKSPACE_OPEN_CREATE, PAS_WORKSPACE_ERROR_READ_ONLY);
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  assert_untouched (fixture->path, before);
}

/* Migration from the prototype's layout */

static void
copy_fixture_v0 (Fixture *fixture)
{
  g_autofree char *fixture_path = g_build_filename (g_getenv ("FIXTURES_DIR"), "workspace-v0.passerelle", NULL);

  copy_file (fixture_path, fixture->path);
  g_assert_cmpint (query_file_int (fixture->path, "PRAGMA user_version"), ==, 0);
}

static void
test_migrate_v0 (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) backup_bytes = NULL;
  g_autofree char *backup = g_strconcat (fixture->path, ".v0.bak", NULL);
  g_autofree char *report = NULL;
  g_autofree char *journal_mode = NULL;
  PasWorkspace *workspace;
  PasRecord *record;
  sqlite3 *db;
  GStatBuf st;

  copy_fixture_v0 (fixture);
  original = read_bytes (fixture->path);

  workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_workspace_get_schema_version (workspace), ==, 1);
  db = pas_workspace_get_db (workspace);
  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, PAS_WORKSPACE_APPLICATION_ID);
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  journal_mode = query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('projects', 'departments', 'people')"), ==, 0);
  g_assert_true (pas_workspace_check_integrity (workspace, &report, &error));
  g_assert_no_error (error);

  g_assert_cmpint (pas_workspace_count (workspace, PAS_KIND_PROJECT), ==, 2);
  g_assert_cmpint (pas_workspace_count (workspace, PAS_KIND_DEPARTMENT), ==, 3);
  g_assert_cmpint (pas_workspace_count (workspace, PAS_KIND_PERSON), ==, 6);

  /* Every row got a uuid of its own. */
  for (PasKind kind = PAS_KIND_PROJECT; kind <= PAS_KIND_PERSON; kind++)
    for (gint64 id = 1; id <= pas_workspace_count (workspace, kind); id++)
      {
        record = pas_workspace_load (workspace, kind, id, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (strlen (pas_record_get_uuid (record)), ==, 36);
        g_assert_true (g_uuid_string_is_valid (pas_record_get_uuid (record)));
        g_assert_true (g_hash_table_add (uuids, g_strdup (pas_record_get_uuid (record))));
        g_assert_finalize_object (record);
      }
  g_assert_cmpuint (g_hash_table_size (uuids), ==, 11);

  record = pas_workspace_load (workspace, PAS_KIND_PROJECT, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pas_record_get_string (record, "name"), ==, "Nouveau CRM");
  g_assert_cmpstr (pas_record_get_string (record, "description"), ==, "Remplacer les fichiers clients par un CRM partagé");
  g_assert_cmpstr (pas_record_get_string (record, "phase"), ==, "planning");
  g_assert_finalize_object (record);
  record = pas_workspace_load (workspace, PAS_KIND_PROJECT, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pas_record_get_string (record, "description"), ==, "");
  g_assert_finalize_object (record);

  record = pas_workspace_load (workspace, PAS_KIND_DEPARTMENT, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pas_record_get_string (record, "name"), ==, "Comptabilité");
  g_assert_finalize_object (record);

  record = pas_workspace_load (workspace, PAS_KIND_PERSON, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pas_record_get_string (record, "name"), ==, "Amélie Durand");
  g_assert_cmpstr (pas_record_get_string (record, "email"), ==, "amelie.durand@example.com");
  g_assert_cmpint (pas_record_get_int (record, "department_id"), ==, 1);
  g_assert_cmpint (pas_record_get_int (record, "is_referent"), ==, 0);
  g_assert_finalize_object (record);
  record = pas_workspace_load (workspace, PAS_KIND_PERSON, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_record_get_int (record, "is_referent"), ==, 0); /* NULL in version 0 */
  g_assert_finalize_object (record);
  record = pas_workspace_load (workspace, PAS_KIND_PERSON, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pas_record_get_string (record, "name"), ==, "Chloé Petit");
  g_assert_cmpint (pas_record_get_int (record, "department_id"), ==, 2);
  g_assert_cmpint (pas_record_get_int (record, "is_referent"), ==, 1);
  g_assert_finalize_object (record);
  record = pas_workspace_load (workspace, PAS_KIND_PERSON, 4, &error);
  g_assert_no_error (error);
  g_assert_true (pas_record_is_null (record, "email")); /* '' in version 0 */
  g_assert_finalize_object (record);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person WHERE is_referent = 1"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person WHERE department_id = 3"), ==, 2);

  g_assert_finalize_object (workspace);

  /* The copy made before: the prototype's file as it was. */
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_cmpint (query_file_int (backup, "PRAGMA user_version"), ==, 0);
  g_assert_cmpint (query_file_int (backup, "PRAGMA application_id"), ==, PAS_WORKSPACE_APPLICATION_ID);
  g_assert_cmpint (query_file_int (backup, "SELECT count(*) FROM people"), ==, 6);
  g_assert_cmpint (query_file_int (backup, "SELECT count(*) FROM projects"), ==, 2);
  g_assert_cmpint (query_file_int (backup, "SELECT count(*) FROM sqlite_schema WHERE name = 'person'"), ==, 0);
  backup_bytes = read_bytes (backup);

  /* Once migrated, reopening changes nothing more. */
  workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_workspace_count (workspace, PAS_KIND_PERSON), ==, 6);
  g_assert_finalize_object (workspace);
  assert_untouched (backup, backup_bytes);
}

/* Data that version 1 refuses (two people with one email): the upgrade
 * fails as a whole and the data stays at version 0. */
static void
test_migrate_v0_failed (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PasWorkspace *workspace;

  copy_fixture_v0 (fixture);
  exec_raw (fixture->path, "UPDATE people SET email = 'AMELIE.durand@example.com' WHERE id = 2");

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      workspace = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_DEFAULT, &error);
      g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_FAILED);
      g_assert_null (workspace);
      g_clear_error (&error);

      g_assert_false (companion_exists (fixture->path, "-wal"));
      g_assert_cmpint (query_file_int (fixture->path, "PRAGMA user_version"), ==, 0);
      g_assert_cmpint (query_file_int (fixture->path, "SELECT count(*) FROM people"), ==, 6);
      g_assert_cmpint (query_file_int (fixture->path, "SELECT count(*) FROM sqlite_schema WHERE name = 'person'"), ==, 0);
    }
}

/* Constraints */

static void
test_constraints (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) existing = NULL;
  g_autoptr(PasRecord) department = NULL;
  g_autoptr(PasRecord) reloaded = NULL;
  g_autoptr(GArray) changes = NULL;
  sqlite3 *db = pas_workspace_get_db (fixture->workspace);

  existing = build_record (fixture, PAS_KIND_PERSON, "name=Amélie Durand;email=amelie.durand@example.com;comfort=2");
  pas_workspace_save (fixture->workspace, existing, &error);
  g_assert_no_error (error);
  department = build_record (fixture, PAS_KIND_DEPARTMENT, "name=Ventes");
  pas_workspace_save (fixture->workspace, department, &error);
  g_assert_no_error (error);
  /* Parents of the invalid records, made before counting. */
  get_parent (fixture, PAS_KIND_TRAINING_MODULE);
  get_parent (fixture, PAS_KIND_WORKSHOP);
  get_parent (fixture, PAS_KIND_DEPARTMENT);
  get_parent (fixture, PAS_KIND_PERSON);

  changes = watch_changes (fixture->workspace);
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(PasRecord) record = build_record (fixture, invalid[i].kind, invalid[i].fields);
      gint64 count = pas_workspace_count (fixture->workspace, invalid[i].kind);
      int total = sqlite3_total_changes (db);

      g_test_message ("%s: %s", pas_kind_get_table (invalid[i].kind), invalid[i].fields);
      g_assert_false (pas_workspace_save (fixture->workspace, record, &error));
      g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
      g_assert_cmpstr (error->message, !=, "");
      g_clear_error (&error);
      g_assert_cmpint (pas_record_get_id (record), ==, 0);
      g_assert_cmpint (pas_workspace_count (fixture->workspace, invalid[i].kind), ==, count);
      g_assert_cmpint (sqlite3_total_changes (db), ==, total);
      g_assert_true (sqlite3_get_autocommit (db));
    }

  /* An update that breaks a rule leaves the stored record as it was. */
  pas_record_set_int (existing, "comfort", 7);
  g_assert_false (pas_workspace_save (fixture->workspace, existing, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  reloaded = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, pas_record_get_id (existing), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_record_get_int (reloaded, "comfort"), ==, 2);

  g_assert_cmpuint (changes->len, ==, 0);
  unwatch_changes (fixture->workspace, g_steal_pointer (&changes));
}

/* Insert, load, update, delete: one record of each kind */

static void
test_all_kinds_have_minimal (void)
{
  for (guint k = 0; k < PAS_N_KINDS; k++)
    {
      guint found = 0;

      for (guint i = 0; i < G_N_ELEMENTS (minimal); i++)
        found += minimal[i].kind == k;
      g_assert_cmpuint (found, ==, 1);
    }
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  const Minimal *spec = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) record = build_record (fixture, spec->kind, spec->fields);
  g_autoptr(GArray) changes = NULL;
  g_auto(GStrv) update = g_strsplit (spec->update, "=", 2);
  PasRecord *loaded;
  gint64 count, id;

  /* build_record() made the parents: from here only this kind's count moves. */
  count = pas_workspace_count (fixture->workspace, spec->kind);
  changes = watch_changes (fixture->workspace);

  g_assert_true (pas_workspace_save (fixture->workspace, record, &error));
  g_assert_no_error (error);
  id = pas_record_get_id (record);
  g_assert_cmpint (id, >, 0);
  g_assert_true (g_uuid_string_is_valid (pas_record_get_uuid (record)));
  g_assert_cmpint (pas_workspace_count (fixture->workspace, spec->kind), ==, count + 1);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, spec->kind, id);

  /* The inserted record took the row as stored, defaults included, so
   * that it can be saved again as it is. */
  for (guint i = 0; i < pas_kind_get_n_fields (spec->kind); i++)
    if (pas_kind_get_field (spec->kind, i)->not_null)
      g_assert_false (pas_record_is_null (record, pas_kind_get_field (spec->kind, i)->name));
  g_assert_true (pas_workspace_save (fixture->workspace, record, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pas_record_get_id (record), ==, id);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, spec->kind), ==, count + 1);
  g_assert_cmpuint (changes->len, ==, 2);

  loaded = pas_workspace_load (fixture->workspace, spec->kind, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_record_get_kind (loaded), ==, spec->kind);
  g_assert_cmpint (pas_record_get_id (loaded), ==, id);
  g_assert_cmpstr (pas_record_get_uuid (loaded), ==, pas_record_get_uuid (record));
  assert_record_has (fixture, loaded, spec->fields);
  /* The schema's defaults fill what was left out: no NOT NULL field is NULL. */
  for (guint i = 0; i < pas_kind_get_n_fields (spec->kind); i++)
    if (pas_kind_get_field (spec->kind, i)->not_null)
      g_assert_false (pas_record_is_null (loaded, pas_kind_get_field (spec->kind, i)->name));
  g_assert_finalize_object (loaded);

  loaded = pas_workspace_load_by_uuid (fixture->workspace, spec->kind, pas_record_get_uuid (record), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pas_record_get_id (loaded), ==, id);
  g_assert_finalize_object (loaded);

  /* Update one field of the loaded record, which has every field set. */
  loaded = pas_workspace_load (fixture->workspace, spec->kind, id, &error);
  g_assert_no_error (error);
  if (update[1][0] == '@')
    {
      PasKind parent;

      g_assert_true (pas_kind_from_table (update[1] + 1, &parent));
      make_another_parent (fixture, parent);
    }
  set_from_text (fixture, loaded, update[0], update[1]);
  g_array_set_size (changes, 0);
  g_assert_true (pas_workspace_save (fixture->workspace, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pas_record_get_id (loaded), ==, id);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, spec->kind), ==, count + 1);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, spec->kind, id);
  g_assert_finalize_object (loaded);

  loaded = pas_workspace_load (fixture->workspace, spec->kind, id, &error);
  g_assert_no_error (error);
  assert_record_has (fixture, loaded, spec->update);
  g_assert_cmpstr (pas_record_get_uuid (loaded), ==, pas_record_get_uuid (record));

  g_array_set_size (changes, 0);
  g_assert_true (pas_workspace_delete (fixture->workspace, spec->kind, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, spec->kind), ==, count);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, spec->kind, id);

  g_assert_null (pas_workspace_load (fixture->workspace, spec->kind, id, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pas_workspace_delete (fixture->workspace, spec->kind, id, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* Saving a record deleted meanwhile does not bring it back. */
  g_array_set_size (changes, 0);
  g_assert_false (pas_workspace_save (fixture->workspace, loaded, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, spec->kind), ==, count);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_finalize_object (loaded);

  unwatch_changes (fixture->workspace, g_steal_pointer (&changes));
}

/* The changed signal */

static PasRecord *
save_new (Fixture    *fixture,
          PasKind     kind,
          const char *fields)
{
  g_autoptr(GError) error = NULL;
  PasRecord *record = build_record (fixture, kind, fields);

  g_assert_true (pas_workspace_save (fixture->workspace, record, &error));
  g_assert_no_error (error);
  return record;
}

static void
test_changed_once_per_save (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) changes = watch_changes (fixture->workspace);
  g_autoptr(PasRecord) person = NULL;
  g_autoptr(PasRecord) department = NULL;

  person = save_new (fixture, PAS_KIND_PERSON, "name=Bruno Martin");
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, PAS_KIND_PERSON, pas_record_get_id (person));

  department = save_new (fixture, PAS_KIND_DEPARTMENT, "name=Atelier");
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, 1, PAS_KIND_DEPARTMENT, pas_record_get_id (department));

  pas_record_set_int (person, "department_id", pas_record_get_id (department));
  g_assert_true (pas_workspace_save (fixture->workspace, person, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 3);
  assert_change (changes, 2, PAS_KIND_PERSON, pas_record_get_id (person));

  g_assert_true (pas_workspace_set_setting (fixture->workspace, "privacy_k", "5", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 4);
  g_assert_cmpint (g_array_index (changes, Change, 3).kind, ==, PAS_KIND_SETTING);
  g_assert_cmpint (pas_workspace_get_setting_int (fixture->workspace, "privacy_k", 0), ==, 5);

  unwatch_changes (fixture->workspace, g_steal_pointer (&changes));
}

static void
test_changed_batch (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) changes = watch_changes (fixture->workspace);
  const char *names[] = { "Bruno", "Chloé", "David" };

  g_assert_true (pas_workspace_begin (fixture->workspace, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *fields = g_strdup_printf ("name=%s", names[i]);
      g_autoptr(PasRecord) person = save_new (fixture, PAS_KIND_PERSON, fields);
    }
  g_object_unref (save_new (fixture, PAS_KIND_DEPARTMENT, "name=Ventes"));
  g_object_unref (save_new (fixture, PAS_KIND_DEPARTMENT, "name=Atelier"));
  g_object_unref (save_new (fixture, PAS_KIND_PROJECT, "name=Intranet"));

  /* A nested batch commits nothing and tells nothing. */
  g_assert_true (pas_workspace_begin (fixture->workspace, &error));
  g_object_unref (save_new (fixture, PAS_KIND_SKILL, "name=Video calls"));
  g_assert_true (pas_workspace_commit (fixture->workspace, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);

  g_assert_true (pas_workspace_commit (fixture->workspace, &error));
  g_assert_no_error (error);
  g_assert_true (sqlite3_get_autocommit (pas_workspace_get_db (fixture->workspace)));

  /* Once per kind, in the kinds' order, with no single id. */
  g_assert_cmpuint (changes->len, ==, 4);
  assert_change (changes, 0, PAS_KIND_PROJECT, 0);
  assert_change (changes, 1, PAS_KIND_DEPARTMENT, 0);
  assert_change (changes, 2, PAS_KIND_PERSON, 0);
  assert_change (changes, 3, PAS_KIND_SKILL, 0);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 3);

  unwatch_changes (fixture->workspace, g_steal_pointer (&changes));
}

static void
test_changed_rollback (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) changes = watch_changes (fixture->workspace);
  g_autoptr(PasRecord) kept = NULL;

  g_assert_true (pas_workspace_begin (fixture->workspace, &error));
  g_object_unref (save_new (fixture, PAS_KIND_PERSON, "name=Bruno"));
  g_object_unref (save_new (fixture, PAS_KIND_DEPARTMENT, "name=Ventes"));
  g_assert_true (pas_workspace_delete (fixture->workspace, PAS_KIND_PERSON, 1, &error));
  g_assert_no_error (error);
  pas_workspace_rollback (fixture->workspace);

  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_true (pas_workspace_is_empty (fixture->workspace));
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_DEPARTMENT), ==, 0);
  g_assert_true (sqlite3_get_autocommit (pas_workspace_get_db (fixture->workspace)));

  /* What was pending is forgotten: the next save tells only itself. */
  kept = save_new (fixture, PAS_KIND_PROJECT, "name=Intranet");
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, PAS_KIND_PROJECT, pas_record_get_id (kept));

  unwatch_changes (fixture->workspace, g_steal_pointer (&changes));
}

/* A deletion that reaches rows of other kinds (SET NULL, CASCADE) tells
 * about those kinds too, or their lists would show stale rows. */
static void
test_changed_cascade (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) changes = NULL;
  g_autoptr(PasRecord) department = save_new (fixture, PAS_KIND_DEPARTMENT, "name=Ventes");
  g_autoptr(PasRecord) person = NULL;
  g_autoptr(PasRecord) loner = save_new (fixture, PAS_KIND_PERSON, "name=Fatou Diallo");
  g_autofree char *fields = NULL;
  gboolean person_told = FALSE;

  fields = g_strdup_printf ("name=Bruno Martin;department_id=%" G_GINT64_FORMAT, pas_record_get_id (department));
  person = save_new (fixture, PAS_KIND_PERSON, fields);
  changes = watch_changes (fixture->workspace);

  /* Nothing refers to this person: one signal. */
  g_assert_true (pas_workspace_delete (fixture->workspace, PAS_KIND_PERSON, pas_record_get_id (loner), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, PAS_KIND_PERSON, pas_record_get_id (loner));

  g_array_set_size (changes, 0);
  g_assert_true (pas_workspace_delete (fixture->workspace, PAS_KIND_DEPARTMENT, pas_record_get_id (department), &error));
  g_assert_no_error (error);
  assert_change (changes, 0, PAS_KIND_DEPARTMENT, pas_record_get_id (department));
  for (guint i = 1; i < changes->len; i++)
    {
      g_assert_cmpint (g_array_index (changes, Change, i).kind, !=, PAS_KIND_DEPARTMENT);
      g_assert_cmpint (g_array_index (changes, Change, i).kind, !=, PAS_KIND_PROJECT);
      person_told |= g_array_index (changes, Change, i).kind == PAS_KIND_PERSON;
    }
  g_assert_true (person_told);
  g_clear_object (&loner);
  loner = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, pas_record_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_true (pas_record_is_null (loner, "department_id"));

  unwatch_changes (fixture->workspace, g_steal_pointer (&changes));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int status;

  /* Before GLib reads it: the default workspace must land here, never
   * in the home folder of whoever runs the tests. */
  data_home = g_dir_make_tmp ("passerelle-data-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, set_up, func) g_test_add (path, Fixture, NULL, set_up, func, fixture_tear_down)
  ADD ("/workspace/create", fixture_set_up, test_create);
  ADD ("/workspace/create-in-empty-file", fixture_set_up, test_create_in_empty_file);
  ADD ("/workspace/default-path", fixture_set_up, test_default_path);
  ADD ("/workspace/refuse/text-file", fixture_set_up, test_refuse_text_file);
  ADD ("/workspace/refuse/foreign-sqlite", fixture_set_up, test_refuse_foreign_sqlite);
  ADD ("/workspace/refuse/too-new", fixture_set_up, test_refuse_too_new);
  ADD ("/workspace/refuse/damaged", fixture_set_up, test_refuse_damaged);
  ADD ("/workspace/refuse/directory", fixture_set_up, test_refuse_directory);
  ADD ("/workspace/refuse/missing", fixture_set_up, test_refuse_missing);
  ADD ("/workspace/refuse/read-only-file", fixture_set_up, test_refuse_read_only_file);
  ADD ("/workspace/refuse/read-only-folder", fixture_set_up, test_refuse_read_only_folder);
  ADD ("/workspace/migrate/v0", fixture_set_up, test_migrate_v0);
  ADD ("/workspace/migrate/v0-failed", fixture_set_up, test_migrate_v0_failed);
  ADD ("/workspace/constraints", fixture_set_up_open, test_constraints);
  ADD ("/workspace/changed/once-per-save", fixture_set_up_open, test_changed_once_per_save);
  ADD ("/workspace/changed/batch", fixture_set_up_open, test_changed_batch);
  ADD ("/workspace/changed/rollback", fixture_set_up_open, test_changed_rollback);
  ADD ("/workspace/changed/cascade", fixture_set_up_open, test_changed_cascade);
#undef ADD

  g_test_add_func ("/workspace/round-trip/every-kind-listed", test_all_kinds_have_minimal);
  for (guint i = 0; i < G_N_ELEMENTS (minimal); i++)
    {
      g_autofree char *path = g_strdup_printf ("/workspace/round-trip/%s", pas_kind_get_table (minimal[i].kind));

      g_test_add (path, Fixture, &minimal[i], fixture_set_up_open, test_round_trip, fixture_tear_down);
    }

  status = g_test_run ();
  remove_tree (data_home);
  return status;
}
