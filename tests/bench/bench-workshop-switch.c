/* bench-workshop-switch.c — going from one workshop to another, on the large workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-workshop-switch [FILE.passerelle]   (needs a display: make bench runs it under Xvfb)
 *
 * Without a file, or with one that does not exist yet, fills it with the
 * large demo. Shows the Workshops page of the first project in a
 * 1280 × 800 window and selects SWITCHES workshops one after another,
 * spread over the list (upcoming and past ones). For each it measures
 * the time from the change of the selection to the end of the next
 * painted frame — what a person sees — and, apart, to the end of the
 * frame once the main loop has nothing left to do (work done in idle
 * callbacks or arriving from threads shown). The target: a frame or two.
 */
#include "config.h"

#include "bench-frames.h"
#include "pas-record-list.h"
#include "pas-workshops-page.h"

#define SWITCHES 30

int
main (int   argc,
      char *argv[])
{
  char *folder;
  g_autoptr(PasWorkspace) workspace = NULL;
  g_autoptr(PasRecordList) projects = NULL;
  g_autoptr(GArray) settled = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window, *page;
  GtkListView *list_view;
  GtkSelectionModel *selection;
  BenchFrames *frames;
  guint n;

  bench_init ();
  workspace = bench_open_large (argc > 1 ? argv[1] : g_getenv ("PASSERELLE_BENCH_WORKSPACE"), &folder);
  projects = pas_record_list_new (workspace, PAS_KIND_PROJECT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (projects)), >, 0);
  page = g_object_new (PAS_TYPE_WORKSHOPS_PAGE,
                       "workspace", workspace,
                       "project-id", pas_record_list_get_id (projects, 0),
                       NULL);
  window = bench_show_page (page);

  list_view = GTK_LIST_VIEW (gtk_widget_get_template_child (page, PAS_TYPE_WORKSHOPS_PAGE, "list_view"));
  selection = gtk_list_view_get_model (list_view);
  n = g_list_model_get_n_items (G_LIST_MODEL (selection));
  g_assert_cmpuint (n, >, SWITCHES);
  frames = bench_frames_new (window);

  for (guint i = 1; i <= SWITCHES; i++)
    {
      /* Spread over the list, so that upcoming and past workshops alternate. */
      guint position = (i * (n / 2 + 7)) % n;
      gint64 start = g_get_monotonic_time ();
      double ms;

      bench_frames_start (frames);
      gtk_selection_model_select_item (selection, position, TRUE);
      g_assert_cmpint (pas_workshops_page_get_selected_id (PAS_WORKSHOPS_PAGE (page)), !=, 0);
      bench_frames_wait (frames);
      bench_settle ();
      ms = (bench_frames_get_painted (frames) - start) / 1000.0;
      g_array_append_val (settled, ms);
    }

  bench_frames_report (frames, "Workshop switch, change to painted frame");
  bench_report ("Workshop switch, change to the last frame painted (all shown)", settled);
  bench_frames_free (frames);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&projects);
  g_clear_object (&workspace);
  bench_remove_large (folder);
  return 0;
}
