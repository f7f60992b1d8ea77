/* bench-feedback-search.c — full-text search over the feedback, core only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-feedback-search [FILE.passerelle]   (or PASSERELLE_BENCH_WORKSPACE)
 *
 * Without a file, fills a temporary workspace with the large demo. On the
 * project with the most feedback, types searches letter by letter, as the
 * Pilots & Feedback section does (PasFeedbackList: the project's
 * feedback, newest first), and times each letter until the first page of
 * 50 items is loaded as a view would (g_list_model_get_item). Then the
 * same with a status filter, and the search cleared back to the whole
 * project; then each filter alone, without a search (for information).
 * DESIGN.md's target: median ≤ 20 ms to the first page.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>

#include "pas-demo.h"
#include "pas-feedback-list.h"
#include "pas-record-list.h"

#define FIRST_PAGE 50
#define RUNS 5
#define TARGET_MS 20.0

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Nearest rank. */
static double
percentile (GArray *values,
            double  p)
{
  guint rank = (guint) ceil (p * values->len);

  return g_array_index (values, double, CLAMP (rank, 1, values->len) - 1);
}

/* The time for the list to be searched and its first page loaded. */
static double
search_once (PasFeedbackList *list,
             const char      *text,
             guint           *n_found)
{
  gint64 start = g_get_monotonic_time ();
  guint n;

  pas_feedback_list_set_search (list, text);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < MIN (n, FIRST_PAGE); i++)
    {
      g_autoptr(PasRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert (record != NULL && pas_record_get_id (record) == pas_feedback_list_get_id (list, i));
    }
  *n_found = n;
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Types each search letter by letter, then clears it, RUNS times. */
static double
measure (PasFeedbackList    *list,
         const char         *label,
         const char * const *searches)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) clears = g_array_new (FALSE, FALSE, sizeof (double));
  double worst = 0;

  for (guint run = 0; run < RUNS; run++)
    for (guint s = 0; searches[s]; s++)
      {
        const char *search = searches[s];
        guint n_found = 0;
        double ms;

        for (glong length = 1; length <= g_utf8_strlen (search, -1); length++)
          {
            g_autofree char *typed = g_utf8_substring (search, 0, length);

            ms = search_once (list, typed, &n_found);
            g_array_append_val (times, ms);
            worst = MAX (worst, ms);
            if (run == 0 && length == g_utf8_strlen (search, -1))
              printf ("  %-12s “%s”: %u found\n", label, search, n_found);
          }
        ms = search_once (list, NULL, &n_found);
        g_array_append_val (clears, ms);
      }
  g_array_sort (times, compare_doubles);
  g_array_sort (clears, compare_doubles);
  printf ("%-14s %4u searches: median %6.2f ms  p95 %6.2f ms  max %6.2f ms  %s;"
          " cleared: median %6.2f ms\n",
          label, times->len, percentile (times, 0.5), percentile (times, 0.95), worst,
          percentile (times, 0.5) <= TARGET_MS ? "ok" : "OVER TARGET",
          percentile (clears, 0.5));
  fflush (stdout);
  return percentile (times, 0.5);
}

/* The time to load the first page of the list as it is now. */
static double
load_first_page (PasFeedbackList *list,
                 gint64           start)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < MIN (n, FIRST_PAGE); i++)
    {
      g_autoptr(PasRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert (record != NULL);
    }
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Each filter alone, without a search: chosen, then back to all. */
static void
measure_filters (PasFeedbackList *list,
                 gint64           department_id)
{
  const char *names[] = { "status new", "category bug", "severity 4", "a department" };

  for (guint f = 0; f < G_N_ELEMENTS (names); f++)
    {
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      guint n = 0;

      for (guint run = 0; run < RUNS * 4; run++)
        {
          gint64 start = g_get_monotonic_time ();
          double ms;

          switch (f)
            {
            case 0: pas_feedback_list_set_status (list, "new"); break;
            case 1: pas_feedback_list_set_category (list, "bug"); break;
            case 2: pas_feedback_list_set_severity (list, 4); break;
            default: pas_feedback_list_set_department (list, department_id); break;
            }
          ms = load_first_page (list, start);
          g_array_append_val (times, ms);
          n = g_list_model_get_n_items (G_LIST_MODEL (list));
          pas_feedback_list_set_status (list, NULL);
          pas_feedback_list_set_category (list, NULL);
          pas_feedback_list_set_severity (list, 0);
          pas_feedback_list_set_department (list, PAS_FEEDBACK_ANY_DEPARTMENT);
        }
      g_array_sort (times, compare_doubles);
      printf ("filter %-14s %6u items: median %6.2f ms  p95 %6.2f ms\n",
              names[f], n, percentile (times, 0.5), percentile (times, 0.95));
    }
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasWorkspace) workspace = NULL;
  g_autoptr(PasRecordList) projects = NULL;
  g_autoptr(PasFeedbackList) list = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;
  const char * const searches[] = {
    "export", "slow exp", "whole téam", "customer page", "badge", "quote vat", "zzz", NULL,
  };
  gint64 project_id = 0;
  guint most = 0;
  double worst, status_median;

  if (argc > 1)
    path = g_strdup (argv[1]);
  else if (g_getenv ("PASSERELLE_BENCH_WORKSPACE"))
    path = g_strdup (g_getenv ("PASSERELLE_BENCH_WORKSPACE"));

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      gint64 start = g_get_monotonic_time ();

      tmpdir = g_dir_make_tmp ("bench-feedback-XXXXXX", &error);
      g_assert_no_error (error);
      g_free (path);
      path = g_build_filename (tmpdir, "large.passerelle", NULL);
      workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
      g_assert_no_error (error);
      if (!pas_demo_fill (workspace, PAS_DEMO_LARGE, &error))
        g_error ("The large demo could not be made: %s", error->message);
      printf ("large demo workspace made in %.1f s\n", (g_get_monotonic_time () - start) / 1e6);
    }
  else
    {
      workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
    }

  projects = pas_record_list_new (workspace, PAS_KIND_PROJECT);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (projects)); i++)
    {
      g_autoptr(PasRecord) project = g_list_model_get_item (G_LIST_MODEL (projects), i);
      g_autoptr(PasFeedbackList) feedback = pas_feedback_list_new (workspace, pas_record_get_id (project));
      guint n = g_list_model_get_n_items (G_LIST_MODEL (feedback));

      if (n >= most)
        {
          most = n;
          project_id = pas_record_get_id (project);
        }
    }
  printf ("%s: %" G_GINT64_FORMAT " feedback items, %u in the project searched; first page %d items, %d runs\n",
          path, pas_workspace_count (workspace, PAS_KIND_FEEDBACK), most, FIRST_PAGE, RUNS);
  g_assert_cmpint (project_id, >, 0);

  list = pas_feedback_list_new (workspace, project_id);
  worst = measure (list, "all statuses", searches);
  pas_feedback_list_set_status (list, "new");
  status_median = measure (list, "status new", searches);
  worst = MAX (worst, status_median);
  pas_feedback_list_set_status (list, NULL);
  printf ("worst median: %.2f ms (target %.0f ms)\n", worst, TARGET_MS);
  {
    g_autoptr(PasRecordList) departments = pas_record_list_new (workspace, PAS_KIND_DEPARTMENT);
    gint64 department_id = g_list_model_get_n_items (G_LIST_MODEL (departments)) > 0
                           ? pas_record_list_get_id (departments, 0) : PAS_FEEDBACK_NO_DEPARTMENT;

    measure_filters (list, department_id);
  }

  g_clear_object (&list);
  g_clear_object (&projects);
  if (tmpdir != NULL)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };

      g_clear_object (&workspace);
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
          g_unlink (file);
        }
      g_rmdir (tmpdir);
    }
  return 0;
}
