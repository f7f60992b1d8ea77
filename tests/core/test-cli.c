/* test-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real executable (PASSERELLE_BIN), without a display.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>

#include "pas-workspace-private.h"

typedef struct
{
  char *dir;
  char *path;       /* dir/test.passerelle, not created */
  char *data_home;  /* XDG_DATA_HOME of the runs */
} Fixture;

typedef struct
{
  int   status;     /* exit status; -1 when killed by a signal */
  char *out;
  char *err;
} Run;

static void
remove_tree (const char *path)
{
  GDir *dir;

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
  fixture->data_home = g_build_filename (fixture->dir, "data", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->data_home);
}

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs passerelle with the arguments given (NULL-terminated), in English,
 * with no display, and XDG_DATA_HOME inside the fixture's folder. */
static void
run_passerelle (Fixture *fixture,
                Run     *run,
                ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *command = NULL;
  const char *binary = g_getenv ("PASSERELLE_BIN");
  const char *arg;
  int wait_status = 0;
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", fixture->data_home, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  run_clear (run);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;

  command = g_strjoinv (" ", (char **) argv->pdata + 1);
  g_test_message ("passerelle %s → %d\nstdout: %s\nstderr: %s", command, run->status, run->out, run->err);
}

/* A failure, said in one line on standard error, and nothing else. */
static void
assert_failed_in_one_line (Run *run)
{
  g_assert_cmpint (run->status, >, 0);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "passerelle: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_cmpint (strchr (run->err, '\n') - run->err, ==, strlen (run->err) - 1);
  g_assert_cmpuint (strlen (run->err), >, strlen ("passerelle: \n"));
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
assert_untouched (const char *path,
                  GBytes     *before)
{
  g_autoptr(GBytes) after = read_bytes (path);
  const char *suffixes[] = { "-wal", "-shm", "-journal", ".v0.bak" };

  g_assert_cmpmem (g_bytes_get_data (before, NULL), g_bytes_get_size (before),
                   g_bytes_get_data (after, NULL), g_bytes_get_size (after));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);
      g_assert_false (g_file_test (companion, G_FILE_TEST_EXISTS));
    }
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

/* A workspace with two people and a project, closed. */
static void
make_workspace (const char *path)
{
  g_autoptr(GError) error = NULL;
  PasWorkspace *workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  const char *names[] = { "Amélie Durand", "Bruno Martin" };
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(PasRecord) person = pas_record_new (PAS_KIND_PERSON);

      pas_record_set_string (person, "name", names[i]);
      g_assert_true (pas_workspace_save (workspace, person, &error));
      g_assert_no_error (error);
    }
  pas_record_set_string (project, "name", "Nouveau CRM");
  g_assert_true (pas_workspace_save (workspace, project, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (workspace);
}

static gboolean
lists_count (const char *out,
             const char *table,
             int         count)
{
  g_autofree char *pattern = g_strdup_printf ("^\\s+%s\\s+%d$", table, count);

  return g_regex_match_simple (pattern, out, G_REGEX_MULTILINE, 0);
}

static void
test_version (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_passerelle (fixture, &run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "passerelle " PACKAGE_VERSION "\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  make_workspace (fixture->path);
  run_passerelle (fixture, &run, "--check", "--workspace", fixture->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (lists_count (run.out, "Person", 2));
  g_assert_true (lists_count (run.out, "Project", 1));
  g_assert_true (lists_count (run.out, "Feedback", 0));
  for (guint k = 0; k < PAS_N_KINDS; k++)
    g_assert_nonnull (strstr (run.out, pas_kind_get_label (k)));

  /* The short option too. */
  run_passerelle (fixture, &run, "--check", "-w", fixture->path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (lists_count (run.out, "Person", 2));
}

/* Without --workspace: the default one, under XDG_DATA_HOME. */
static void
test_check_default_workspace (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->data_home, "passerelle", NULL);
  g_autofree char *path = g_build_filename (folder, "workspace.passerelle", NULL);
  g_auto(Run) run = { 0 };

  run_passerelle (fixture, &run, "--check", NULL);
  assert_failed_in_one_line (&run);
  g_assert_nonnull (strstr (run.err, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  make_workspace (path);
  run_passerelle (fixture, &run, "--check", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, path));
  g_assert_true (lists_count (run.out, "Person", 2));
}

static void
test_check_missing (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_passerelle (fixture, &run, "--check", "--workspace", fixture->path, NULL);
  assert_failed_in_one_line (&run);
  g_assert_nonnull (strstr (run.err, fixture->path));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
assert_check_refused (Fixture *fixture)
{
  g_autoptr(GBytes) before = read_bytes (fixture->path);
  g_auto(Run) run = { 0 };

  run_passerelle (fixture, &run, "--check", "--workspace", fixture->path, NULL);
  assert_failed_in_one_line (&run);
  assert_untouched (fixture->path, before);
}

static void
test_check_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (fixture->path, "name;email\nAmélie;amelie@example.com\n", -1, &error);
  g_assert_no_error (error);
  assert_check_refused (fixture);
  g_unlink (fixture->path);

  exec_raw (fixture->path, "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)");
  assert_check_refused (fixture);
  g_unlink (fixture->path);

  make_workspace (fixture->path);
  exec_raw (fixture->path, "PRAGMA user_version = 99");
  assert_check_refused (fixture);
}

static void
test_demo_unknown_size (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_passerelle (fixture, &run, "--demo", "huge", "--workspace", fixture->path, NULL);
  assert_failed_in_one_line (&run);
  g_assert_nonnull (strstr (run.err, "huge"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_demo_not_empty (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;
  g_auto(Run) run = { 0 };

  make_workspace (fixture->path);
  before = read_bytes (fixture->path);
  run_passerelle (fixture, &run, "--demo", "small", "--workspace", fixture->path, NULL);
  assert_failed_in_one_line (&run);
  assert_untouched (fixture->path, before);
}

static void
test_bad_arguments (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_passerelle (fixture, &run, "--no-such-option", NULL);
  g_assert_cmpint (run.status, >, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "--no-such-option"));

  run_passerelle (fixture, &run, "--check", "--workspace", fixture->dir, NULL);
  assert_failed_in_one_line (&run);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/version", test_version);
  ADD ("/cli/check", test_check);
  ADD ("/cli/check/default-workspace", test_check_default_workspace);
  ADD ("/cli/check/missing", test_check_missing);
  ADD ("/cli/check/refused", test_check_refused);
  ADD ("/cli/demo/unknown-size", test_demo_unknown_size);
  ADD ("/cli/demo/not-empty", test_demo_not_empty);
  ADD ("/cli/bad-arguments", test_bad_arguments);
#undef ADD

  return g_test_run ();
}
