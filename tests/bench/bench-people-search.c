/* bench-people-search.c — typing in the People search, on the large workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-people-search [FILE.passerelle]   (needs a display: make bench runs it under Xvfb)
 *
 * Without a file, or with one that does not exist yet, fills it with the
 * large demo. Shows
 * the People page in a 1280 × 800 window and types searches one letter
 * at a time, then erases them, ROUNDS times. For each change of the
 * search it measures the time from the change to the end of the next
 * painted frame — what a person sees. The target: a frame or
 * two (≤ 33 ms at 60 Hz).
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>

#include <adwaita.h>

#include "pas-application.h"
#include "pas-demo.h"
#include "pas-people-page.h"

#define ROUNDS 3
#define TARGET_MS 33.4

/* Typed letter by letter, then erased the same way. */
static const char * const typed[] = { "martin", "élodie d", "ventes", "zz" };

typedef struct
{
  gint64  changed;   /* 0 while no change waits for its frame */
  GArray *times;     /* double, ms */
} Measure;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *values,
            double  p)
{
  guint rank = (guint) ceil (p * values->len);

  return g_array_index (values, double, CLAMP (rank, 1, values->len) - 1);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Measure       *measure)
{
  double ms;

  if (measure->changed == 0)
    return;
  ms = (g_get_monotonic_time () - measure->changed) / 1000.0;
  g_array_append_val (measure->times, ms);
  measure->changed = 0;
}

static void
wait_for_frame (Measure *measure)
{
  while (measure->changed != 0)
    g_main_context_iteration (NULL, TRUE);
}

static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + 100 * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* As a keyboard does: one character added at the end, or the last one erased. */
static void
type (GtkEditable *entry,
      Measure     *measure,
      const char  *character)
{
  int position = gtk_editable_get_position (entry);

  measure->changed = g_get_monotonic_time ();
  if (character != NULL)
    gtk_editable_insert_text (entry, character, -1, &position);
  else
    gtk_editable_delete_text (entry, position - 1, position);
  gtk_editable_set_position (entry, -1);
  wait_for_frame (measure);
  settle ();
}

static PasWorkspace *
open_workspace (const char  *path,
                char       **folder)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *temporary = NULL;
  PasWorkspace *workspace;
  gboolean fill;

  if (path == NULL)
    {
      *folder = g_dir_make_tmp ("passerelle-bench-XXXXXX", &error);
      g_assert_no_error (error);
      path = temporary = g_build_filename (*folder, "large.passerelle", NULL);
    }
  fill = !g_file_test (path, G_FILE_TEST_EXISTS);
  workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  if (fill)
    {
      g_print ("Filling the large demo…\n");
      pas_demo_fill (workspace, PAS_DEMO_LARGE, &error);
      g_assert_no_error (error);
    }
  return workspace;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *folder = NULL;
  g_autoptr(PasWorkspace) workspace = NULL;
  Measure measure = { 0, g_array_new (FALSE, FALSE, sizeof (double)) };
  GtkWidget *window, *page;
  GtkSearchEntry *entry;
  GdkFrameClock *clock;

  adw_init ();
  pas_application_register_resources ();
  workspace = open_workspace (argc > 1 ? argv[1] : g_getenv ("PASSERELLE_BENCH_WORKSPACE"), &folder);

  window = gtk_window_new ();
  page = g_object_new (PAS_TYPE_PEOPLE_PAGE, "workspace", workspace, NULL);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (page))
    g_main_context_iteration (NULL, TRUE);
  settle ();

  entry = GTK_SEARCH_ENTRY (gtk_widget_get_template_child (page, PAS_TYPE_PEOPLE_PAGE, "search_entry"));
  /* The entry waits for a pause in the typing: the bench measures what follows it. */
  gtk_search_entry_set_search_delay (entry, 0);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &measure);

  for (guint round = 0; round < ROUNDS; round++)
    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      {
        for (const char *p = typed[i]; *p; p = g_utf8_next_char (p))
          {
            g_autofree char *character = g_strndup (p, g_utf8_next_char (p) - p);
            type (GTK_EDITABLE (entry), &measure, character);
          }
        for (glong n = g_utf8_strlen (typed[i], -1); n > 0; n--)
          type (GTK_EDITABLE (entry), &measure, NULL);
      }

  g_array_sort (measure.times, compare_doubles);
  g_print ("People search, %u changes typed: change to painted frame median %.1f ms, "
           "p90 %.1f ms, max %.1f ms (target ≤ %.0f ms)\n",
           measure.times->len, percentile (measure.times, 0.5), percentile (measure.times, 0.9),
           percentile (measure.times, 1.0), TARGET_MS);

  g_signal_handlers_disconnect_by_data (clock, &measure);
  gtk_window_destroy (GTK_WINDOW (window));
  g_array_unref (measure.times);
  g_clear_object (&workspace);
  if (folder != NULL)
    {
      g_autofree char *path = g_build_filename (folder, "large.passerelle", NULL);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (wal);
      g_unlink (shm);
      g_unlink (path);
      g_rmdir (folder);
    }
  return 0;
}
