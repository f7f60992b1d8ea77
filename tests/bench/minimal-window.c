/* minimal-window.c: the yardstick of the start-up and memory benchmarks —
 * the smallest libadwaita application with a window. It quits once its
 * first frame is painted; with --stay-open it prints "drawn" on stdout
 * instead and stays open until killed, for its memory to be read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>

#include <adwaita.h>

static gboolean stay_open;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, app);
  if (stay_open)
    {
      printf ("drawn\n");
      fflush (stdout);
    }
  else
    g_application_quit (app);
}

static void
on_map_cb (GtkWidget    *window,
           GApplication *app)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), app);
}

static void
on_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), adw_status_page_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_signal_connect (window, "map", G_CALLBACK (on_map_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.passerelle.MinimalWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  /* Read here rather than as a GApplication option, so that the window
   * is exactly the one the start-up benchmark times. */
  if (argc > 1 && g_str_equal (argv[1], "--stay-open"))
    {
      stay_open = TRUE;
      argc = 1;
    }
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
