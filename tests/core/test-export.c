/* test-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exporter's API and its failure cases, on the small demo workspace;
 * the command line through the real executable (PASSERELLE_BIN). What the
 * workbook holds is read back by check-workbook.py and LibreOffice.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "pas-demo.h"
#include "pas-export-private.h"

#define DISK_LIMIT (48 * 1024)

typedef struct
{
  char   *dir;
  char   *workspace;   /* dir/demo.passerelle, the small demo */
  char   *out;         /* dir/out, an empty folder for the workbooks */
  char   *data_home;
  gint64  project_id;
} Fixture;

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
make_demo (const char *path,
           gint64     *project_id)
{
  g_autoptr(GError) error = NULL;
  PasWorkspace *workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_true (pas_demo_fill (workspace, PAS_DEMO_SMALL, &error));
  g_assert_no_error (error);
  *project_id = pas_export_find_project (workspace, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (*project_id, >, 0);
  g_assert_finalize_object (workspace);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("passerelle-export-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->workspace = g_build_filename (fixture->dir, "demo.passerelle", NULL);
  fixture->out = g_build_filename (fixture->dir, "out", NULL);
  fixture->data_home = g_build_filename (fixture->dir, "data", NULL);
  g_assert_cmpint (g_mkdir (fixture->out, 0700), ==, 0);
  make_demo (fixture->workspace, &fixture->project_id);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->workspace);
  g_free (fixture->out);
  g_free (fixture->data_home);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The names in @folder, sorted, joined by spaces: "" when empty. */
static char *
list_folder (const char *folder)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_folder (const char *folder,
               const char *expected)
{
  g_autofree char *listing = list_folder (folder);

  g_assert_cmpstr (listing, ==, expected);
}

static gboolean
is_workbook (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &contents, &length, NULL) && length > 1000 &&
         memcmp (contents, "PK\3\4", 4) == 0;
}

static gboolean
export (Fixture         *fixture,
        const char      *destination,
        const char      *since,
        const char      *until,
        PasExportFlags   flags,
        GError         **error)
{
  return pas_export_write (fixture->workspace, fixture->project_id, since, until, destination, flags,
                           NULL, NULL, NULL, error);
}

/* Pseudonyms */

static void
test_pseudonyms (void)
{
  const guint n = 3000;
  g_autofree gint64 *ids = g_new (gint64, n);
  g_autofree gint64 *reversed_ids = g_new (gint64, n);
  g_auto(GStrv) uuids = g_new0 (char *, n + 1);
  g_autofree const char **reversed = g_new (const char *, n);
  g_autoptr(PasPseudonyms) first = NULL;
  g_autoptr(PasPseudonyms) second = NULL;
  g_autoptr(PasPseudonyms) larger = NULL;
  g_autoptr(GHashTable) numbers = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GRegex) format = g_regex_new ("^Person [0-9]{4}$", 0, 0, NULL);
  g_autofree char *shown = NULL;
  guint collisions = 0;

  for (guint i = 0; i < n; i++)
    {
      ids[i] = i + 1;
      uuids[i] = g_uuid_string_random ();
      reversed_ids[n - 1 - i] = ids[i] + 1000;
      reversed[n - 1 - i] = uuids[i];
    }
  first = pas_pseudonyms_new (n, ids, (const char * const *) uuids);
  /* Other row ids, another order: the same numbers. */
  second = pas_pseudonyms_new (n, reversed_ids, reversed);
  g_assert_cmpuint (pas_pseudonyms_get_digits (first), ==, 4);
  for (guint i = 0; i < n; i++)
    {
      guint a, b;

      g_assert_true (pas_pseudonyms_get_number (first, ids[i], &a));
      g_assert_true (pas_pseudonyms_get_number (second, ids[i] + 1000, &b));
      g_assert_cmpuint (a, ==, b);
      g_assert_cmpuint (a, <, 10000);
      g_assert_false (g_hash_table_contains (numbers, GUINT_TO_POINTER (a + 1)));
      g_hash_table_add (numbers, GUINT_TO_POINTER (a + 1));
    }
  g_assert_false (pas_pseudonyms_get_number (first, n + 1, NULL));
  g_assert_null (pas_pseudonyms_format (first, n + 1));

  /* A newcomer moves nobody but, rarely, the one whose number they take. */
  larger = pas_pseudonyms_new (n - 1, ids + 1, (const char * const *) uuids + 1);
  for (guint i = 1; i < n; i++)
    {
      guint a, b;

      pas_pseudonyms_get_number (first, ids[i], &a);
      pas_pseudonyms_get_number (larger, ids[i], &b);
      collisions += a != b;
    }
  g_assert_cmpuint (collisions, <=, 2);

  shown = pas_pseudonyms_format (first, ids[0]);
  g_assert_true (g_regex_match (format, shown, 0, NULL));

  /* Past half the slots, a fifth digit keeps collisions rare. */
  g_clear_pointer (&larger, pas_pseudonyms_free);
  {
    const guint big = 6000;
    g_autofree gint64 *big_ids = g_new (gint64, big);
    g_auto(GStrv) big_uuids = g_new0 (char *, big + 1);

    for (guint i = 0; i < big; i++)
      {
        big_ids[i] = i + 1;
        big_uuids[i] = g_uuid_string_random ();
      }
    larger = pas_pseudonyms_new (big, big_ids, (const char * const *) big_uuids);
    g_assert_cmpuint (pas_pseudonyms_get_digits (larger), ==, 5);
  }
}

/* Checks */

static void
test_period (void)
{
  const char *invalid[][2] = {
    { "2025-02-30", NULL }, { "2025-13-01", NULL }, { "25-01-01", NULL }, { "2025-1-01", NULL },
    { NULL, "tomorrow" }, { NULL, "" }, { "2025-06-30", "2025-06-01" }, { "0000-01-01", NULL },
  };

  g_assert_true (pas_export_check_period (NULL, NULL, NULL));
  g_assert_true (pas_export_check_period ("2024-02-29", "2024-02-29", NULL));
  g_assert_true (pas_export_check_period (NULL, "2025-12-31", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (pas_export_check_period (invalid[i][0], invalid[i][1], &error));
      g_assert_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_INVALID_PERIOD);
    }
}

static void
test_invalid_period (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *destination = g_build_filename (fixture->out, "out.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (export (fixture, destination, "2025-06-30", "2025-06-01", PAS_EXPORT_DEFAULT, &error));
  g_assert_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_INVALID_PERIOD);
  g_assert_nonnull (strstr (error->message, "swap"));
  g_clear_error (&error);
  g_assert_false (export (fixture, destination, "2025-02-29", NULL, PAS_EXPORT_DEFAULT, &error));
  g_assert_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_INVALID_PERIOD);
  assert_folder (fixture->out, "");
}

/* Folders that cannot be written, even by root. */
static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->out, "file.txt", NULL);
  g_autofree char *under_file = g_build_filename (file, "out.xlsx", NULL);
  g_autofree char *missing = g_build_filename (fixture->out, "missing", "out.xlsx", NULL);
  const char *in_proc = "/proc/passerelle-test-export.xlsx";
  const char *destinations[] = { under_file, missing, in_proc, "" };

  g_assert_true (g_file_set_contents (file, "kept", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (destinations); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("destination: %s", destinations[i]);
      g_assert_false (export (fixture, destinations[i], NULL, NULL, PAS_EXPORT_REPLACE, &error));
      g_assert_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_DESTINATION);
      g_test_message ("%s", error->message);
    }
  g_assert_false (g_file_test (in_proc, G_FILE_TEST_EXISTS));
  assert_folder (fixture->out, "file.txt");
}

static void
test_existing (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *destination = g_build_filename (fixture->out, "out.xlsx", NULL);
  g_autofree char *folder = g_build_filename (fixture->out, "folder.xlsx", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (destination, "the previous report", -1, NULL));
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);

  g_assert_false (pas_export_check_destination (destination, PAS_EXPORT_DEFAULT, &error));
  g_assert_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (export (fixture, destination, NULL, NULL, PAS_EXPORT_WITH_NAMES, &error));
  g_assert_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (destination, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the previous report");

  g_assert_false (export (fixture, folder, NULL, NULL, PAS_EXPORT_REPLACE, &error));
  g_assert_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_DESTINATION);
  g_clear_error (&error);
  assert_folder (fixture->out, "folder.xlsx out.xlsx");

  g_assert_true (export (fixture, destination, NULL, NULL, PAS_EXPORT_REPLACE, &error));
  g_assert_no_error (error);
  g_assert_true (is_workbook (destination));
  assert_folder (fixture->out, "folder.xlsx out.xlsx");
}

static void
test_write (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *destination = g_build_filename (fixture->out, "out.xlsx", NULL);
  g_autofree char *named = g_build_filename (fixture->out, "named.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf info;

  g_assert_true (export (fixture, destination, "2026-01-01", "2026-12-31", PAS_EXPORT_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_true (is_workbook (destination));
  /* Personal data: as private as the workspace. */
  g_assert_cmpint (g_stat (destination, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  g_assert_true (export (fixture, named, NULL, NULL, PAS_EXPORT_WITH_NAMES, &error));
  g_assert_no_error (error);
  assert_folder (fixture->out, "named.xlsx out.xlsx");

  /* A project that no longer exists. */
  g_assert_false (pas_export_write (fixture->workspace, 999, NULL, NULL, destination, PAS_EXPORT_REPLACE,
                                    NULL, NULL, NULL, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  g_assert_true (is_workbook (destination));
  assert_folder (fixture->out, "named.xlsx out.xlsx");
}

/* A project with nothing yet, in a workspace with nobody: every sheet
 * has its header, every chart that has no data is left out. */
static void
test_empty_project (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("passerelle-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "empty.passerelle", NULL);
  g_autofree char *destination = g_build_filename (dir, "empty.xlsx", NULL);
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);
  PasWorkspace *workspace;

  g_assert_no_error (error);
  workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pas_record_set_string (project, "name", "Nouveau CRM");
  g_assert_true (pas_workspace_save (workspace, project, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (workspace);

  g_assert_true (pas_export_write (path, pas_record_get_id (project), "2025-01-01", NULL, destination,
                                   PAS_EXPORT_DEFAULT, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (is_workbook (destination));
  remove_tree (dir);
}

static void
test_find_project (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PasWorkspace) workspace = pas_workspace_open (fixture->workspace, PAS_WORKSPACE_OPEN_DEFAULT, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *found = NULL;
  g_autofree char *upper = NULL;
  g_autofree char *suggested = NULL;
  guint n_projects = 0;
  gint64 id;

  g_assert_nonnull (workspace);
  id = pas_export_find_project (workspace, NULL, &first, &n_projects, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, fixture->project_id);
  g_assert_cmpuint (n_projects, >=, 2);

  upper = g_utf8_strup (first, -1);
  g_assert_cmpint (pas_export_find_project (workspace, upper, &found, NULL, &error), ==, id);
  g_assert_cmpstr (found, ==, first);

  g_assert_cmpint (pas_export_find_project (workspace, "No such project", NULL, NULL, &error), ==, 0);
  g_assert_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_NO_PROJECT);
  g_assert_nonnull (strstr (error->message, first));

  suggested = pas_export_suggest_filename ("R&D / CRM", NULL, "2025-06-30");
  g_assert_true (g_str_has_suffix (suggested, "2025-06-30.xlsx"));
  g_assert_null (strchr (suggested, '/'));
}

/* Asynchronous, with progress, and cancelled. */

typedef struct
{
  GArray       *fractions;
  GThread      *main_thread;
  GMainLoop    *loop;
  gboolean      finished;
  gboolean      ok;
  GError       *error;
  GCancellable *cancellable;
  const char   *folder;
  gboolean      saw_temporary;
  gboolean      freed;
} Run;

static void
on_progress_cb (double      fraction,
                const char *step,
                gpointer    data)
{
  Run *run = data;

  g_assert_true (g_thread_self () == run->main_thread);
  g_assert_false (run->finished);
  g_assert_nonnull (step);
  g_assert_cmpfloat (fraction, >=, 0);
  g_assert_cmpfloat (fraction, <=, 1);
  if (run->fractions->len > 0)
    g_assert_cmpfloat (fraction, >=, g_array_index (run->fractions, double, run->fractions->len - 1));
  g_array_append_val (run->fractions, fraction);
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  Run *run = data;

  run->ok = pas_export_write_finish (result, &run->error);
  run->finished = TRUE;
  g_main_loop_quit (run->loop);
}

static void
free_run_data (gpointer data)
{
  Run *run = data;

  g_assert_true (g_thread_self () == run->main_thread);
  g_assert_false (run->finished);
  run->freed = TRUE;
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *destination = g_build_filename (fixture->out, "out.xlsx", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Run run = { g_array_new (FALSE, FALSE, sizeof (double)), g_thread_self (), g_main_loop_new (NULL, FALSE) };

  pas_export_write_async (fixture->workspace, fixture->project_id, NULL, NULL, destination, PAS_EXPORT_DEFAULT,
                          on_progress_cb, &run, NULL, NULL, on_exported_cb, &run);
  g_main_loop_run (run.loop);
  g_assert_no_error (run.error);
  g_assert_true (run.ok);
  g_assert_cmpuint (run.fractions->len, >, 0);
  g_assert_true (is_workbook (destination));
  /* Late progress idles are dropped, never delivered after the end. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* Cancelled before it starts: fails, and leaves nothing. */
  run.finished = FALSE;
  g_array_set_size (run.fractions, 0);
  g_cancellable_cancel (cancellable);
  pas_export_write_async (fixture->workspace, fixture->project_id, NULL, NULL, destination, PAS_EXPORT_REPLACE,
                          on_progress_cb, &run, free_run_data, cancellable, on_exported_cb, &run);
  g_main_loop_run (run.loop);
  g_assert_true (run.freed);
  g_assert_false (run.ok);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (is_workbook (destination));
  assert_folder (fixture->out, "out.xlsx");
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_clear_error (&run.error);
  g_array_unref (run.fractions);
  g_main_loop_unref (run.loop);
}

static guint
count_open_files (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/fd", 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Cancels once the contributions are being written: by then the
 * temporary file exists, beside the destination. */
static void
cancel_midway_cb (double      fraction,
                  const char *step,
                  gpointer    data)
{
  Run *run = data;
  g_autofree char *listing = NULL;

  if (run->saw_temporary || g_strcmp0 (step, pas_export_sheet_get_name (PAS_EXPORT_SHEET_CONTRIBUTIONS)) != 0)
    return;
  listing = list_folder (run->folder);
  g_assert_true (g_str_has_prefix (listing, ".out.xlsx."));
  run->saw_temporary = TRUE;
  g_cancellable_cancel (run->cancellable);
}

static void
test_cancel_midway (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *destination = g_build_filename (fixture->out, "out.xlsx", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Run run = { .cancellable = cancellable, .folder = fixture->out };
  guint open_files = count_open_files ();

  g_assert_false (pas_export_write (fixture->workspace, fixture->project_id, NULL, NULL, destination,
                                    PAS_EXPORT_DEFAULT, cancel_midway_cb, &run, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (run.saw_temporary);
  assert_folder (fixture->out, "");
  /* The window may export again and again: nothing stays open. */
  g_assert_cmpuint (count_open_files (), ==, open_files);
}

/* A full disk, as a file size limit: the kernel refuses the writes past
 * it (EFBIG rather than ENOSPC, through the same code). */
static void
test_disk_full (void)
{
  const char *dir = g_getenv ("PASSERELLE_TEST_EXPORT_DIR");

  if (g_test_subprocess ())
    {
      g_autofree char *workspace = g_build_filename (dir, "demo.passerelle", NULL);
      g_autofree char *destination = g_build_filename (dir, "out", "out.xlsx", NULL);
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { DISK_LIMIT, DISK_LIMIT };
      gint64 project_id = g_ascii_strtoll (g_getenv ("PASSERELLE_TEST_EXPORT_PROJECT"), NULL, 10);

      guint open_files = count_open_files ();

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (pas_export_write (workspace, project_id, NULL, NULL, destination, PAS_EXPORT_REPLACE,
                                        NULL, NULL, NULL, &error));
      g_assert_error (error, PAS_EXPORT_ERROR, PAS_EXPORT_ERROR_WRITE);
      g_assert_cmpuint (count_open_files (), ==, open_files);
      g_printerr ("%s\n", error->message);
      return;
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *tmp = g_dir_make_tmp ("passerelle-export-XXXXXX", &error);
      g_autofree char *workspace = g_build_filename (tmp, "demo.passerelle", NULL);
      g_autofree char *out = g_build_filename (tmp, "out", NULL);
      g_autofree char *destination = g_build_filename (out, "out.xlsx", NULL);
      g_autofree char *project = NULL;
      g_autofree char *contents = NULL;
      gint64 project_id;

      g_assert_no_error (error);
      make_demo (workspace, &project_id);
      g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
      g_assert_true (g_file_set_contents (destination, "the previous report", -1, NULL));
      project = g_strdup_printf ("%" G_GINT64_FORMAT, project_id);
      g_setenv ("PASSERELLE_TEST_EXPORT_DIR", tmp, TRUE);
      g_setenv ("PASSERELLE_TEST_EXPORT_PROJECT", project, TRUE);

      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr ("*disk*");

      g_assert_true (g_file_get_contents (destination, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "the previous report");
      assert_folder (out, "out.xlsx");

      /* Without the limit, the same export works. */
      g_assert_true (pas_export_write (workspace, project_id, NULL, NULL, destination, PAS_EXPORT_REPLACE,
                                       NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (is_workbook (destination));
      remove_tree (tmp);
    }
}

/* The thread's locale is the user's again afterwards. */
static void
test_locale (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *destination = g_build_filename (fixture->out, "out.xlsx", NULL);
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(GError) error = NULL;

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_fail_printf ("fr_FR.UTF-8 is not available here: `make test` generates it.");
      return;
    }
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
  g_assert_true (export (fixture, destination, NULL, NULL, PAS_EXPORT_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
  setlocale (LC_ALL, previous);
}

/* The command line */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* In the child, before exec: a full disk, as in test_disk_full(). */
static void
limit_file_size_cb (gpointer data)
{
  struct rlimit limit = { DISK_LIMIT, DISK_LIMIT };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static void
run_passerelle (Fixture              *fixture,
                Result               *result,
                GSpawnChildSetupFunc  setup,
                ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *command = NULL;
  const char *binary = g_getenv ("PASSERELLE_BIN");
  const char *arg;
  int wait_status = 0;
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  va_start (args, setup);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", fixture->data_home, TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  result_clear (result);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, setup, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  result->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  command = g_strjoinv (" ", (char **) argv->pdata + 1);
  g_test_message ("passerelle %s → %d\nstdout: %s\nstderr: %s", command, result->status, result->out, result->err);
}

/* A clear message on one line, and a non-zero exit. */
static void
assert_failed (Result     *result,
               const char *says)
{
  g_assert_cmpint (result->status, ==, 1);
  g_assert_cmpstr (result->out, ==, "");
  g_assert_true (g_str_has_prefix (result->err, "passerelle: "));
  g_assert_cmpint (strchr (result->err, '\n') - result->err, ==, strlen (result->err) - 1);
  g_assert_nonnull (strstr (result->err, says));
}

/* The name of a project other than the first. */
static char *
find_other_project (Fixture *fixture)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *name = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->workspace, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM project WHERE id <> ?1 ORDER BY id", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, fixture->project_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return name;
}

static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *other = find_other_project (fixture);
  g_autofree char *other_upper = g_utf8_strup (other, -1);
  g_autofree char *other_quoted = g_strdup_printf ("“%s”", other);
  g_autofree char *destination = g_build_filename (fixture->out, "report.xlsx", NULL);
  g_autofree char *file = g_build_filename (fixture->out, "file.txt", NULL);
  g_autofree char *under_file = g_build_filename (file, "report.xlsx", NULL);
  g_autofree char *missing_workspace = g_build_filename (fixture->dir, "missing.passerelle", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length = 0, after_length = 0;
  g_auto(Result) result = { 0 };

  g_assert_true (g_file_set_contents (file, "kept", -1, NULL));

  run_passerelle (fixture, &result, NULL, "--export", destination, "--workspace", fixture->workspace, NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "--project"));
  g_assert_true (is_workbook (destination));

  /* An existing file stays as it is without --force. */
  g_assert_true (g_file_set_contents (destination, "the previous report", -1, NULL));
  run_passerelle (fixture, &result, NULL, "--export", destination, "--workspace", fixture->workspace,
                  "--project", other, NULL);
  assert_failed (&result, "--force");
  g_assert_true (g_file_get_contents (destination, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the previous report");

  run_passerelle (fixture, &result, NULL, "--export", destination, "--workspace", fixture->workspace,
                  "--project", other_upper, "--since", "2026-01-01", "--until", "2026-12-31", "--with-names",
                  "--force", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, other));
  g_assert_true (is_workbook (destination));

  /* The failures below leave it byte for byte. */
  g_assert_true (g_file_get_contents (destination, &before, &before_length, NULL));
  run_passerelle (fixture, &result, NULL, "--export", destination, "--workspace", fixture->workspace,
                  "--since", "2026-02-30", "--force", NULL);
  assert_failed (&result, "2026-02-30");
  run_passerelle (fixture, &result, NULL, "--export", destination, "--workspace", fixture->workspace,
                  "--since", "2026-06-30", "--until", "2026-06-01", "--force", NULL);
  assert_failed (&result, "swap");
  run_passerelle (fixture, &result, NULL, "--export", destination, "--workspace", fixture->workspace,
                  "--project", "Payroll", "--force", NULL);
  assert_failed (&result, other_quoted);
  run_passerelle (fixture, &result, NULL, "--export", under_file, "--workspace", fixture->workspace, NULL);
  assert_failed (&result, "not a folder");
  run_passerelle (fixture, &result, NULL, "--export", "/proc/passerelle-test-export.xlsx",
                  "--workspace", fixture->workspace, NULL);
  assert_failed (&result, "cannot be written");
  run_passerelle (fixture, &result, NULL, "--export", destination, "--workspace", missing_workspace, "--force", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_false (g_file_test (missing_workspace, G_FILE_TEST_EXISTS));
  run_passerelle (fixture, &result, NULL, "--since", "2026-01-01", "--workspace", fixture->workspace, NULL);
  assert_failed (&result, "--export");
  /* A full disk: one line, without libxlsxwriter's own messages. */
  run_passerelle (fixture, &result, limit_file_size_cb, "--export", destination, "--workspace", fixture->workspace,
                  "--force", NULL);
  assert_failed (&result, "disk");

  g_assert_true (g_file_get_contents (destination, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  assert_folder (fixture->out, "file.txt report.xlsx");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/pseudonyms", test_pseudonyms);
  g_test_add_func ("/export/period", test_period);
  g_test_add ("/export/invalid-period", Fixture, NULL, fixture_set_up, test_invalid_period, fixture_tear_down);
  g_test_add ("/export/unwritable", Fixture, NULL, fixture_set_up, test_unwritable, fixture_tear_down);
  g_test_add ("/export/existing", Fixture, NULL, fixture_set_up, test_existing, fixture_tear_down);
  g_test_add ("/export/write", Fixture, NULL, fixture_set_up, test_write, fixture_tear_down);
  g_test_add_func ("/export/empty-project", test_empty_project);
  g_test_add ("/export/find-project", Fixture, NULL, fixture_set_up, test_find_project, fixture_tear_down);
  g_test_add ("/export/async", Fixture, NULL, fixture_set_up, test_async, fixture_tear_down);
  g_test_add ("/export/cancel-midway", Fixture, NULL, fixture_set_up, test_cancel_midway, fixture_tear_down);
  g_test_add_func ("/export/disk-full", test_disk_full);
  g_test_add ("/export/locale", Fixture, NULL, fixture_set_up, test_locale, fixture_tear_down);
  g_test_add ("/export/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);

  return g_test_run ();
}
