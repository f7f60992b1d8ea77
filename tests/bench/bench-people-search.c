/* bench-people-search.c — typing in the People search, on the large workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-people-search [FILE.passerelle]   (needs a display: make bench runs it under Xvfb)
 *
 * Without a file, or with one that does not exist yet, fills it with the
 * large demo. Shows the People page in a 1280 × 800 window and types
 * searches one letter at a time, then erases them, ROUNDS times. For
 * each change of the search it measures the time from the change to the
 * end of the next painted frame — what a person sees. The issue's
 * target: a frame or two.
 */
#include "config.h"

#include "bench-frames.h"
#include "pas-people-page.h"

#define ROUNDS 3

/* Typed letter by letter, then erased the same way. */
static const char * const typed[] = { "martin", "élodie d", "ventes", "zz" };

/* As a keyboard does: one character added at the end, or the last one erased. */
static void
type (GtkEditable *entry,
      BenchFrames *frames,
      const char  *character)
{
  int position = gtk_editable_get_position (entry);

  bench_frames_start (frames);
  if (character != NULL)
    gtk_editable_insert_text (entry, character, -1, &position);
  else
    gtk_editable_delete_text (entry, position - 1, position);
  gtk_editable_set_position (entry, -1);
  bench_frames_wait (frames);
  bench_settle ();
}

int
main (int   argc,
      char *argv[])
{
  char *folder;
  g_autoptr(PasWorkspace) workspace = NULL;
  GtkWidget *window, *page;
  GtkSearchEntry *entry;
  BenchFrames *frames;

  bench_init ();
  workspace = bench_open_large (argc > 1 ? argv[1] : g_getenv ("PASSERELLE_BENCH_WORKSPACE"), &folder);
  page = g_object_new (PAS_TYPE_PEOPLE_PAGE, "workspace", workspace, NULL);
  window = bench_show_page (page);

  entry = GTK_SEARCH_ENTRY (gtk_widget_get_template_child (page, PAS_TYPE_PEOPLE_PAGE, "search_entry"));
  /* The entry waits for a pause in the typing: the bench measures what follows it. */
  gtk_search_entry_set_search_delay (entry, 0);
  frames = bench_frames_new (window);

  for (guint round = 0; round < ROUNDS; round++)
    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      {
        for (const char *p = typed[i]; *p; p = g_utf8_next_char (p))
          {
            g_autofree char *character = g_strndup (p, g_utf8_next_char (p) - p);
            type (GTK_EDITABLE (entry), frames, character);
          }
        for (glong n = g_utf8_strlen (typed[i], -1); n > 0; n--)
          type (GTK_EDITABLE (entry), frames, NULL);
      }

  bench_frames_report (frames, "People search, change to painted frame");
  bench_frames_free (frames);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&workspace);
  bench_remove_large (folder);
  return 0;
}
