/* test-capture-durability.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pas-capture.h"

/* A child process saves contributions through the capture path and
 * reports each id on a pipe once the save has returned; the parent
 * kills it with SIGKILL at some point and checks that every reported
 * entry is in the workspace, which passes integrity_check. */

#define N_ROUNDS 6

typedef struct
{
  gint64 id;
  gint64 seq;
} Entry;

static char *
entry_text (guint  round,
            gint64 seq)
{
  return g_strdup_printf ("Round %u, entry %" G_GINT64_FORMAT ": nothing typed may be lost", round, seq);
}

G_GNUC_NORETURN static void
run_child (const char *path,
           gint64      workshop_id,
           guint       round,
           int         fd)
{
  PasWorkspace *workspace;

  /* A forked child would otherwise draw the same uuids as its elder. */
  g_random_set_seed ((guint32) getpid () ^ (guint32) g_get_monotonic_time ());
  workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_DEFAULT, NULL);
  if (workspace == NULL)
    _exit (2);
  for (gint64 seq = 0; seq < 1000000; seq++)
    {
      g_autofree char *text = entry_text (round, seq);
      Entry entry = { 0, seq };

      if (!pas_capture_add (workspace, workshop_id, seq % PAS_CONTRIBUTION_N_KINDS, text, 0, &entry.id, NULL))
        _exit (3);
      /* 16 bytes: a pipe writes them whole. */
      if (write (fd, &entry, sizeof entry) != sizeof entry)
        _exit (4);
    }
  _exit (0);
}

/* Returns FALSE at the end of the pipe. */
static gboolean
read_entry (int    fd,
            Entry *entry)
{
  gsize done = 0;

  while (done < sizeof *entry)
    {
      gssize n = read (fd, (char *) entry + done, sizeof *entry - done);

      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >=, 0);
      if (n == 0)
        {
          g_assert_cmpuint (done, ==, 0);
          return FALSE;
        }
      done += n;
    }
  return TRUE;
}

static gint64
create_workspace (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasWorkspace) workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);
  g_autoptr(PasRecord) workshop = pas_record_new (PAS_KIND_WORKSHOP);

  g_assert_no_error (error);
  pas_record_set_string (project, "name", "New CRM");
  g_assert_true (pas_workspace_save (workspace, project, &error));
  pas_record_set_int (workshop, "project_id", pas_record_get_id (project));
  pas_record_set_string (workshop, "title", "Kick-off");
  pas_record_set_string (workshop, "status", "running");
  g_assert_true (pas_workspace_save (workspace, workshop, &error));
  g_assert_no_error (error);
  return pas_record_get_id (workshop);
}

static void
test_kill_after_save (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-capture-durability-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "durability.passerelle", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  gint64 workshop_id;
  gint64 total = 0;

  g_assert_no_error (error);
  workshop_id = create_workspace (path);

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
      g_autoptr(PasWorkspace) workspace = NULL;
      g_autofree char *report = NULL;
      guint target = g_test_rand_int_range (1, 400);
      Entry entry;
      int fds[2];
      int status;
      pid_t pid;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          run_child (path, workshop_id, round, fds[1]);
        }
      close (fds[1]);

      /* Kill right after the target-th save has returned. */
      while (entries->len < target)
        {
          g_assert_true (read_entry (fds[0], &entry));
          g_array_append_val (entries, entry);
        }
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      /* What was reported before the end counts as saved too. */
      while (read_entry (fds[0], &entry))
        g_array_append_val (entries, entry);
      close (fds[0]);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < entries->len; i++)
        {
          const Entry *saved = &g_array_index (entries, Entry, i);
          g_autoptr(PasRecord) record = pas_workspace_load (workspace, PAS_KIND_CONTRIBUTION, saved->id, &error);
          g_autofree char *text = entry_text (round, saved->seq);

          g_assert_no_error (error);
          g_assert_cmpint (saved->seq, ==, i);
          g_assert_cmpstr (pas_record_get_string (record, "text"), ==, text);
          g_assert_cmpint (pas_record_get_int (record, "workshop_id"), ==, workshop_id);
        }
      total += entries->len;
      /* At most the one entry being saved when killed is there unreported. */
      g_assert_cmpint (pas_workspace_count (workspace, PAS_KIND_CONTRIBUTION), >=, total);
      g_assert_cmpint (pas_workspace_count (workspace, PAS_KIND_CONTRIBUTION), <=, total + 1);
      total = pas_workspace_count (workspace, PAS_KIND_CONTRIBUTION);

      g_assert_true (pas_workspace_check_integrity (workspace, &report, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (report, ==, "ok");
      g_test_message ("round %u: killed after %u saves, %u reported, all present", round, target, entries->len);
    }

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/capture/durability/kill-after-save", test_kill_after_save);

  return g_test_run ();
}
