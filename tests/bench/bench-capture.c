/* bench-capture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time of one durable save of a captured contribution (pas_capture_add:
 * one committed transaction, WAL fsynced), over N saves into a demo
 * workspace (or a fresh one when demo data is not available).
 * Target (DESIGN.md): median ≤ 1 ms, p99 ≤ 5 ms. Exits with 1 when missed.
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "pas-capture.h"
#include "pas-demo.h"
#include "pas-record-list.h"

#define WARM_UP 20
#define BASELINE_SYNCS 200
#define TARGET_MEDIAN_MS 1.0
#define TARGET_P99_MS 5.0

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The value below which @fraction of the sorted @values lie (nearest rank). */
static double
percentile (const double *values,
            guint         n,
            double        fraction)
{
  guint rank = (guint) (fraction * n + 0.999999);

  return values[CLAMP (rank, 1, n) - 1];
}

/* What the disk alone costs: one 4 KiB write and fdatasync, as a WAL
 * commit does at least once. Tells a slow disk from slow code. */
static double
measure_sync_baseline (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "baseline", NULL);
  g_autofree double *times = g_new (double, BASELINE_SYNCS);
  char block[4096] = { 0 };
  int fd = g_open (path, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);

  if (fd < 0)
    return -1;
  for (guint i = 0; i < BASELINE_SYNCS; i++)
    {
      gint64 before = g_get_monotonic_time ();
      gssize written = pwrite (fd, block, sizeof block, (off_t) i * sizeof block);

      if (written != sizeof block || fdatasync (fd) != 0)
        {
          close (fd);
          return -1;
        }
      times[i] = (g_get_monotonic_time () - before) / 1000.0;
    }
  close (fd);
  g_unlink (path);
  qsort (times, BASELINE_SYNCS, sizeof *times, compare_doubles);
  return percentile (times, BASELINE_SYNCS, 0.5);
}

static gint64
find_or_make_workshop (PasWorkspace  *workspace,
                       GError       **error)
{
  g_autoptr(PasRecordList) workshops = pas_record_list_new (workspace, PAS_KIND_WORKSHOP);
  g_autoptr(PasRecord) project = NULL;
  g_autoptr(PasRecord) workshop = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (workshops)) > 0)
    return pas_record_list_get_id (workshops, 0);

  project = pas_record_new (PAS_KIND_PROJECT);
  pas_record_set_string (project, "name", "Benchmark");
  if (!pas_workspace_save (workspace, project, error))
    return 0;
  workshop = pas_record_new (PAS_KIND_WORKSHOP);
  pas_record_set_int (workshop, "project_id", pas_record_get_id (project));
  pas_record_set_string (workshop, "title", "Live capture");
  if (!pas_workspace_save (workspace, workshop, error))
    return 0;
  return pas_record_get_id (workshop);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(PasWorkspace) workspace = NULL;
  g_autofree char *demo = g_strdup ("large");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree double *times = NULL;
  const char *origin = "fresh workspace";
  int n = 2000;
  gint64 workshop_id, before, after;
  double median, p99, sum = 0, baseline;
  PasDemoSize size;
  GOptionEntry entries[] = {
    { "count", 'n', 0, G_OPTION_ARG_INT, &n, "Saves to time (2000)", "N" },
    { "demo", 0, 0, G_OPTION_ARG_STRING, &demo, "Demo data first: small, large or none (large)", "SIZE" },
    { NULL }
  };

  context = g_option_context_new ("— time durable saves of captured contributions");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n < 1)
    {
      g_printerr ("bench-capture: %s\n", error ? error->message : "--count must be at least 1");
      return 2;
    }

  dir = g_dir_make_tmp ("bench-capture-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("bench-capture: %s\n", error->message);
      return 2;
    }
  path = g_build_filename (dir, "bench.passerelle", NULL);
  workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  if (pas_demo_size_from_string (demo, &size))
    {
      if (pas_demo_fill (workspace, size, &error))
        origin = size == PAS_DEMO_LARGE ? "large demo workspace" : "small demo workspace";
      else
        {
          g_print ("Demo data not available (%s): timing a fresh workspace.\n", error->message);
          g_clear_error (&error);
        }
    }

  workshop_id = find_or_make_workshop (workspace, &error);
  g_assert_no_error (error);

  baseline = measure_sync_baseline (dir);
  times = g_new (double, n);
  for (int i = -WARM_UP; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("Contribution %d: the new CRM must work offline, on a phone, "
                                               "for people on the road", i);

      before = g_get_monotonic_time ();
      if (!pas_capture_add (workspace, workshop_id, (i + WARM_UP) % PAS_CONTRIBUTION_N_KINDS, text, 0, NULL, &error))
        {
          g_printerr ("bench-capture: %s\n", error->message);
          return 2;
        }
      after = g_get_monotonic_time ();
      if (i >= 0)
        {
          times[i] = (after - before) / 1000.0;
          sum += times[i];
        }
    }

  qsort (times, n, sizeof *times, compare_doubles);
  median = percentile (times, n, 0.5);
  p99 = percentile (times, n, 0.99);
  g_print ("Durable capture saves into a %s (%s), %d saves after %d warm-up:\n", origin, path, n, WARM_UP);
  g_print ("  median %.3f ms   p99 %.3f ms   mean %.3f ms   min %.3f ms   max %.3f ms\n",
           median, p99, sum / n, times[0], times[n - 1]);
  g_print ("  the disk alone (4 KiB write + fdatasync, %d times): median %.3f ms\n", BASELINE_SYNCS, baseline);
  g_print ("  target: median <= %.0f ms, p99 <= %.0f ms: %s\n", TARGET_MEDIAN_MS, TARGET_P99_MS,
           median <= TARGET_MEDIAN_MS && p99 <= TARGET_P99_MS ? "met" : "MISSED");

  g_clear_object (&workspace);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
  return median <= TARGET_MEDIAN_MS && p99 <= TARGET_P99_MS ? 0 : 1;
}
