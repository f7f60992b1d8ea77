/* bench-frames.c — what the GUI benchmarks share: the large workspace,
 * a page in a window, and the time from a change to the painted frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "bench-frames.h"
#include "pas-application.h"
#include "pas-demo.h"

struct _BenchFrames
{
  GdkFrameClock *clock;
  gint64         changed;   /* 0 while no change waits for its frame */
  gint64         painted;   /* the end of the last painted frame */
  GArray        *times;     /* double, ms */
};

/* GTK, libadwaita and the application's resources. */
void
bench_init (void)
{
  adw_init ();
  pas_application_register_resources ();
}

/**
 * bench_open_large:
 * @path: (nullable): the workspace, filled with the large demo when it
 *   does not exist yet
 * @folder: (out): the temporary folder made when @path is %NULL
 */
PasWorkspace *
bench_open_large (const char  *path,
                  char       **folder)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *temporary = NULL;
  PasWorkspace *workspace;
  gboolean fill;

  *folder = NULL;
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

/* Removes what bench_open_large() made in @folder, and frees it. */
void
bench_remove_large (char *folder)
{
  const char *suffixes[] = { "-wal", "-shm", "" };

  if (folder == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (folder, "/large.passerelle", suffixes[i], NULL);
      g_unlink (path);
    }
  g_rmdir (folder);
  g_free (folder);
}

/* Shows @page in a 1280 × 800 window, once drawn and quiet. */
GtkWidget *
bench_show_page (GtkWidget *page)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (page))
    g_main_context_iteration (NULL, TRUE);
  bench_settle ();
  return window;
}

/* Runs the main loop until nothing happened for 200 ms: work done in
 * idle callbacks, or arriving from threads, is shown. */
void
bench_settle (void)
{
  gint64 quiet_since = g_get_monotonic_time ();

  while (g_get_monotonic_time () - quiet_since < 200 * 1000)
    if (g_main_context_iteration (NULL, FALSE))
      quiet_since = g_get_monotonic_time ();
    else
      g_usleep (1000);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   BenchFrames   *self)
{
  double ms;

  self->painted = g_get_monotonic_time ();
  if (self->changed == 0)
    return;
  ms = (self->painted - self->changed) / 1000.0;
  g_array_append_val (self->times, ms);
  self->changed = 0;
}

/* Measures the frames of @window. */
BenchFrames *
bench_frames_new (GtkWidget *window)
{
  BenchFrames *self = g_new0 (BenchFrames, 1);

  self->times = g_array_new (FALSE, FALSE, sizeof (double));
  self->clock = g_object_ref (gtk_widget_get_frame_clock (window));
  g_signal_connect (self->clock, "after-paint", G_CALLBACK (on_after_paint_cb), self);
  return self;
}

/* A change starts now: the next painted frame ends it. */
void
bench_frames_start (BenchFrames *self)
{
  self->changed = g_get_monotonic_time ();
}

void
bench_frames_wait (BenchFrames *self)
{
  while (self->changed != 0)
    g_main_context_iteration (NULL, TRUE);
}

gint64
bench_frames_get_painted (BenchFrames *self)
{
  return self->painted;
}

void
bench_frames_report (BenchFrames *self,
                     const char  *what)
{
  bench_report (what, self->times);
}

void
bench_frames_free (BenchFrames *self)
{
  g_signal_handlers_disconnect_by_data (self->clock, self);
  g_object_unref (self->clock);
  g_array_unref (self->times);
  g_free (self);
}

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

/* Prints the median, 90th percentile and maximum of @times (ms), sorting them. */
void
bench_report (const char *what,
              GArray     *times)
{
  g_array_sort (times, compare_doubles);
  g_print ("%s, %u times: median %.1f ms, p90 %.1f ms, max %.1f ms (target ≤ %.0f ms)\n",
           what, times->len, percentile (times, 0.5), percentile (times, 0.9),
           percentile (times, 1.0), BENCH_FRAMES_TARGET_MS);
}
