/* test-capture.c — the live capture window and its voting page, under a
 * (virtual) display. Entries are made as the keyboard makes them: the
 * entry's activation (Enter) and the window's actions (Ctrl+1…5, Ctrl+Z);
 * tests/e2e/test_capture.py types real keys.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "pas-agenda.h"
#include "pas-application.h"
#include "pas-capture.h"
#include "pas-capture-review.h"
#include "pas-capture-window.h"
#include "pas-workshop-ops.h"

typedef struct
{
  char         *folder;
  PasWorkspace *workspace;
  gint64        workshop_id;
  gint64        anne;        /* a participant */
  gint64        bruno;       /* not a participant */
} Fixture;

static gint64
add_person (PasWorkspace *workspace,
            const char   *name)
{
  g_autoptr(PasRecord) person = pas_record_new (PAS_KIND_PERSON);
  g_autoptr(GError) error = NULL;

  pas_record_set_string (person, "name", name);
  g_assert_true (pas_workspace_save (workspace, person, &error));
  g_assert_no_error (error);
  return pas_record_get_id (person);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);
  g_autoptr(PasRecord) workshop = pas_record_new (PAS_KIND_WORKSHOP);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->folder = g_dir_make_tmp ("passerelle-capture-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->folder, "test.passerelle", NULL);
  fixture->workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  pas_record_set_string (project, "name", "New CRM");
  g_assert_true (pas_workspace_save (fixture->workspace, project, &error));
  pas_record_set_int (workshop, "project_id", pas_record_get_id (project));
  pas_record_set_string (workshop, "title", "Pilot review");
  pas_record_set_int (workshop, "starts_at", 1773480600); /* 2026-03-14 09:30 UTC */
  pas_record_set_int (workshop, "duration_min", 60);
  pas_record_set_string (workshop, "status", "running");
  g_assert_true (pas_workspace_save (fixture->workspace, workshop, &error));
  g_assert_no_error (error);
  fixture->workshop_id = pas_record_get_id (workshop);

  g_assert_cmpint (pas_agenda_insert (fixture->workspace, fixture->workshop_id, -1, "Welcome", "ice_breaker", 10, &error), >, 0);
  g_assert_cmpint (pas_agenda_insert (fixture->workspace, fixture->workshop_id, -1, "Hands-on", "pilot_demo", 5, &error), >, 0);
  g_assert_no_error (error);

  fixture->anne = add_person (fixture->workspace, "Anne Martin");
  fixture->bruno = add_person (fixture->workspace, "Bruno Petit");
  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, fixture->anne, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  const char *name;

  g_assert_finalize_object (fixture->workspace);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->folder);
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Lets the main loop run until @widget is on screen. */
static void
wait_for_map (GtkWidget *widget)
{
  guint wake = g_timeout_add (10, wake_cb, NULL);

  for (guint i = 0; i < 1000 && !gtk_widget_get_mapped (widget); i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  g_assert_true (gtk_widget_get_mapped (widget));
}

static void
flush_idles (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static PasCaptureWindow *
open_window (Fixture *fixture)
{
  PasCaptureWindow *window = pas_capture_window_new (NULL, fixture->workspace, fixture->workshop_id);

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
close_window (PasCaptureWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  flush_idles ();
  g_assert_finalize_object (window);
}

static gpointer
get_child (gpointer    widget,
           const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), PAS_TYPE_CAPTURE_WINDOW, name);

  g_assert_nonnull (child);
  return child;
}

static GListModel *
list_contributions (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = pas_capture_list (fixture->workspace, fixture->workshop_id, PAS_CAPTURE_ORDER_TIME, &error);

  g_assert_no_error (error);
  return list;
}

static PasRecord *
get_contribution (Fixture *fixture,
                  guint    position)
{
  g_autoptr(GListModel) list = list_contributions (fixture);

  return g_list_model_get_item (list, position);
}

static guint
count_contributions (Fixture *fixture)
{
  g_autoptr(GListModel) list = list_contributions (fixture);

  return g_list_model_get_n_items (list);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

/* What Enter does in an entry: GtkText binds it to its "activate" signal. */
static void
press_enter (GtkEditable *entry)
{
  g_signal_emit_by_name (gtk_editable_get_delegate (entry), "activate");
}

/* Types @text and presses Enter. */
static void
type_and_enter (PasCaptureWindow *window,
                const char       *text)
{
  GtkEditable *entry = get_child (window, "capture_entry");

  gtk_editable_set_text (entry, text);
  press_enter (entry);
}

static void
test_enter_saves (Fixture       *fixture,
                  gconstpointer  data)
{
  PasCaptureWindow *window = open_window (fixture);
  GtkEditable *entry = get_child (window, "capture_entry");
  GtkListView *list_view = get_child (window, "list_view");
  GListModel *shown = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  g_autoptr(PasRecord) saved = NULL;
  guint n_changes = 0;

  g_signal_connect (shown, "items-changed", G_CALLBACK (on_items_changed_cb), &n_changes);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) || gtk_window_get_focus (GTK_WINDOW (window)) != NULL);

  type_and_enter (window, "  Too many clicks to log a call  ");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_cmpuint (count_contributions (fixture), ==, 1);
  saved = get_contribution (fixture, 0);
  g_assert_cmpstr (pas_record_get_string (saved, "text"), ==, "Too many clicks to log a call");
  g_assert_cmpstr (pas_record_get_string (saved, "kind"), ==, "idea");
  g_assert_true (pas_record_is_null (saved, "author_id"));

  /* The list grew by one row, in one change. */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_cmpuint (n_changes, ==, 1);

  /* An empty entry saves nothing. */
  type_and_enter (window, "   ");
  g_assert_cmpuint (count_contributions (fixture), ==, 1);
  g_assert_cmpuint (n_changes, ==, 1);

  g_signal_handlers_disconnect_by_func (shown, on_items_changed_cb, &n_changes);
  close_window (window);
}

static void
test_kind_shortcuts (Fixture       *fixture,
                     gconstpointer  data)
{
  PasCaptureWindow *window = open_window (fixture);
  const char *kinds[] = { "idea", "need", "pain_point", "question", "decision" };
  const char *buttons[] = {
    "kind_idea_button", "kind_need_button", "kind_pain_point_button", "kind_question_button", "kind_decision_button",
  };

  g_assert_true (gtk_toggle_button_get_active (get_child (window, "kind_idea_button")));

  /* Ctrl+1…5 activate capture.kind; the toggle group shows the kind. */
  for (int k = G_N_ELEMENTS (kinds) - 1; k >= 0; k--)
    {
      g_autofree char *text = g_strdup_printf ("Contribution of kind %s", kinds[k]);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "capture.kind", "s", kinds[k]));
      g_assert_cmpstr (pas_capture_window_get_kind (window), ==, kinds[k]);
      for (guint b = 0; b < G_N_ELEMENTS (buttons); b++)
        g_assert_cmpint (gtk_toggle_button_get_active (get_child (window, buttons[b])), ==, b == (guint) k);
      type_and_enter (window, text);
    }

  g_assert_cmpuint (count_contributions (fixture), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(PasRecord) contribution = get_contribution (fixture, i);
      g_autofree char *text = g_strdup_printf ("Contribution of kind %s", kinds[4 - i]);

      g_assert_cmpstr (pas_record_get_string (contribution, "text"), ==, text);
      g_assert_cmpstr (pas_record_get_string (contribution, "kind"), ==, kinds[4 - i]);
    }

  /* The kind stays for the next contribution. */
  g_assert_cmpstr (pas_capture_window_get_kind (window), ==, "idea");
  close_window (window);
}

static void
test_author (Fixture       *fixture,
             gconstpointer  data)
{
  PasCaptureWindow *window = open_window (fixture);
  GtkEditable *entry = get_child (window, "capture_entry");
  GtkEditable *author = get_child (window, "author_entry");
  GtkWidget *error_label = get_child (window, "error_label");
  g_autoptr(PasRecord) first = NULL;

  /* The start of a participant's name, in any case. */
  gtk_editable_set_text (author, "anne");
  type_and_enter (window, "Search is slow");
  g_assert_cmpuint (count_contributions (fixture), ==, 1);
  first = get_contribution (fixture, 0);
  g_assert_cmpint (pas_record_get_int (first, "author_id"), ==, fixture->anne);
  /* The next contribution is anonymous again. */
  g_assert_cmpstr (gtk_editable_get_text (author), ==, "");

  /* Someone who is not a participant: nothing saved, nothing lost. */
  gtk_editable_set_text (author, "Bruno Petit");
  type_and_enter (window, "Who decides?");
  g_assert_cmpuint (count_contributions (fixture), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Who decides?");
  g_assert_cmpstr (gtk_editable_get_text (author), ==, "Bruno Petit");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "Bruno Petit"));

  /* Corrected, it goes through and the error goes away. */
  gtk_editable_set_text (author, "");
  press_enter (entry);
  g_assert_cmpuint (count_contributions (fixture), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_false (gtk_widget_get_visible (error_label));
  close_window (window);
}

/* A save that fails keeps the text in the entry and says why. */
static void
test_failure_keeps_text (Fixture       *fixture,
                         gconstpointer  data)
{
  PasCaptureWindow *window = open_window (fixture);
  GtkEditable *entry = get_child (window, "capture_entry");
  GtkWidget *error_label = get_child (window, "error_label");
  g_autoptr(GError) error = NULL;

  type_and_enter (window, "Saved before the workshop was deleted");
  g_assert_cmpuint (count_contributions (fixture), ==, 1);

  /* Someone deletes the workshop from elsewhere. */
  g_assert_true (pas_workspace_delete (fixture->workspace, PAS_KIND_WORKSHOP, fixture->workshop_id, &error));
  g_assert_no_error (error);

  type_and_enter (window, "Typed while the workshop was being deleted");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Typed while the workshop was being deleted");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), !=, "");
  g_assert_cmpuint (count_contributions (fixture), ==, 0);

  /* Closing does not lose it either: the window stays open. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Typed while the workshop was being deleted");

  gtk_editable_set_text (entry, "");
  close_window (window);
}

static void
test_close_saves_pending (Fixture       *fixture,
                          gconstpointer  data)
{
  PasCaptureWindow *window = open_window (fixture);
  g_autoptr(PasRecord) saved = NULL;

  gtk_editable_set_text (get_child (window, "capture_entry"), "Typed, then the window closed");
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpuint (count_contributions (fixture), ==, 1);
  saved = get_contribution (fixture, 0);
  g_assert_cmpstr (pas_record_get_string (saved, "text"), ==, "Typed, then the window closed");
  flush_idles ();
  g_assert_finalize_object (window);
}

/* Destroyed with the main window, there is no close request. */
static void
test_destroy_saves_pending (Fixture       *fixture,
                            gconstpointer  data)
{
  PasCaptureWindow *window = open_window (fixture);
  g_autoptr(PasRecord) saved = NULL;

  gtk_editable_set_text (get_child (window, "capture_entry"), "Typed as the main window closed");
  close_window (window);
  g_assert_cmpuint (count_contributions (fixture), ==, 1);
  saved = get_contribution (fixture, 0);
  g_assert_cmpstr (pas_record_get_string (saved, "text"), ==, "Typed as the main window closed");
}

static void
test_undo_redo (Fixture       *fixture,
                gconstpointer  data)
{
  PasCaptureWindow *window = open_window (fixture);
  g_autoptr(PasRecord) second = NULL;
  g_autoptr(PasRecord) restored = NULL;

  type_and_enter (window, "First");
  type_and_enter (window, "Second");
  second = get_contribution (fixture, 1);
  /* Nothing to redo yet. */
  gtk_widget_activate_action (GTK_WIDGET (window), "capture.redo", NULL);
  g_assert_cmpuint (count_contributions (fixture), ==, 2);

  /* Ctrl+Z */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "capture.undo", NULL));
  g_assert_cmpuint (count_contributions (fixture), ==, 1);

  /* Redo, from the toast or Ctrl+Shift+Z, puts it back as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "capture.redo", NULL));
  g_assert_cmpuint (count_contributions (fixture), ==, 2);
  restored = get_contribution (fixture, 1);
  g_assert_cmpstr (pas_record_get_uuid (restored), ==, pas_record_get_uuid (second));
  g_assert_cmpstr (pas_record_get_string (restored, "text"), ==, "Second");

  /* Undo until empty, then once more: nothing breaks. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "capture.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "capture.undo", NULL));
  g_assert_cmpuint (count_contributions (fixture), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "capture.undo", NULL));
  g_assert_cmpuint (count_contributions (fixture), ==, 0);
  close_window (window);
}

static void
test_timer (Fixture       *fixture,
            gconstpointer  data)
{
  PasCaptureWindow *window = open_window (fixture);
  GtkLabel *block = get_child (window, "block_label");
  GtkLabel *time = get_child (window, "time_label");
  GtkButton *toggle = get_child (window, "timer_button");

  g_assert_cmpstr (gtk_label_get_label (block), ==, "Block 1 of 2 · Welcome");
  g_assert_cmpstr (gtk_label_get_label (time), ==, "10:00 left");
  gtk_widget_activate_action (GTK_WIDGET (window), "capture.previous-block", NULL);
  g_assert_cmpstr (gtk_label_get_label (block), ==, "Block 1 of 2 · Welcome");

  /* Ctrl+Page Down */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "capture.next-block", NULL));
  g_assert_cmpstr (gtk_label_get_label (block), ==, "Block 2 of 2 · Hands-on");
  g_assert_cmpstr (gtk_label_get_label (time), ==, "5:00 left");
  gtk_widget_activate_action (GTK_WIDGET (window), "capture.next-block", NULL);
  g_assert_cmpstr (gtk_label_get_label (block), ==, "Block 2 of 2 · Hands-on");

  /* Ctrl+T starts and pauses. */
  g_assert_cmpstr (gtk_button_get_icon_name (toggle), ==, "media-playback-start-symbolic");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "capture.toggle-timer", NULL));
  g_assert_cmpstr (gtk_button_get_icon_name (toggle), ==, "media-playback-pause-symbolic");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "capture.toggle-timer", NULL));
  g_assert_cmpstr (gtk_button_get_icon_name (toggle), ==, "media-playback-start-symbolic");

  /* An agenda edited during the session: the timer follows. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) agenda = pas_agenda_load (fixture->workspace, fixture->workshop_id, &error);

    g_assert_true (pas_agenda_remove (fixture->workspace, ((PasAgendaItem *) g_ptr_array_index (agenda, 1))->id, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (gtk_label_get_label (block), ==, "Block 1 of 1 · Welcome");
  }

  close_window (window);
}

static GArray *
get_votes (Fixture *fixture)
{
  g_autoptr(GListModel) list = list_contributions (fixture);
  GArray *votes = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PasRecord) contribution = g_list_model_get_item (list, i);
      gint64 value = pas_record_get_int (contribution, "votes");

      g_array_append_val (votes, value);
    }
  return votes;
}

static void
test_review (Fixture       *fixture,
             gconstpointer  data)
{
  PasCaptureWindow *window = open_window (fixture);
  PasCaptureReview *review = get_child (window, "review");
  GtkSelectionModel *model;
  g_autoptr(GArray) votes = NULL;
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(PasRecord) third = NULL;

  type_and_enter (window, "Export to a spreadsheet");
  type_and_enter (window, "One password for every tool");
  type_and_enter (window, "Bigger buttons on the phone");

  /* Alt+2 */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "capture.show-page", "s", "review"));
  wait_for_map (GTK_WIDGET (review));
  model = GTK_SELECTION_MODEL (pas_capture_review_get_model (review));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);

  /* The capture's shortcuts rest while voting: Ctrl+Z takes nothing back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "capture.undo", NULL);
  g_assert_cmpuint (count_contributions (fixture), ==, 3);

  /* Select the second and third, then + twice and − once. */
  gtk_selection_model_select_range (model, 1, 2, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review.vote", "i", 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review.vote", "i", 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review.vote", "i", -1));
  votes = get_votes (fixture);
  g_assert_cmpint (g_array_index (votes, gint64, 0), ==, 0);
  g_assert_cmpint (g_array_index (votes, gint64, 1), ==, 1);
  g_assert_cmpint (g_array_index (votes, gint64, 2), ==, 1);

  /* The selection stayed on the same contributions through the reloads. */
  selected = gtk_selection_model_get_selection (model);
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 2);
  g_assert_true (gtk_bitset_contains (selected, 1) && gtk_bitset_contains (selected, 2));

  /* Sorted by votes, the voted ones come first, still selected. */
  pas_capture_review_set_order (review, PAS_CAPTURE_ORDER_VOTES);
  g_clear_pointer (&selected, gtk_bitset_unref);
  selected = gtk_selection_model_get_selection (model);
  g_assert_cmpuint (gtk_bitset_get_size (selected), ==, 2);
  g_assert_true (gtk_bitset_contains (selected, 0) && gtk_bitset_contains (selected, 1));

  /* A theme for the selection (Ctrl+G, type, Enter). */
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (review), PAS_TYPE_CAPTURE_REVIEW, "theme_entry")),
                         "Ease of use");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review.apply-theme", NULL));
  /* The last captured is a decision (Ctrl+5 on the selection). */
  gtk_selection_model_unselect_all (model);
  pas_capture_review_set_order (review, PAS_CAPTURE_ORDER_TIME);
  gtk_selection_model_select_item (model, 2, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review.set-kind", "s", "decision"));

  {
    g_autoptr(GListModel) list = list_contributions (fixture);
    g_autoptr(PasRecord) first = g_list_model_get_item (list, 0);
    g_autoptr(PasRecord) second = g_list_model_get_item (list, 1);

    g_assert_cmpstr (pas_record_get_string (first, "theme"), ==, "");
    g_assert_cmpstr (pas_record_get_string (second, "theme"), ==, "Ease of use");
    third = g_list_model_get_item (list, 2);
    g_assert_cmpstr (pas_record_get_string (third, "theme"), ==, "Ease of use");
    g_assert_cmpstr (pas_record_get_string (third, "kind"), ==, "decision");
  }

  /* Grouped by theme: the themed ones first. */
  pas_capture_review_set_order (review, PAS_CAPTURE_ORDER_THEME);
  {
    g_autoptr(PasRecord) last = g_list_model_get_item (G_LIST_MODEL (model), 2);
    g_assert_cmpstr (pas_record_get_string (last, "text"), ==, "Export to a spreadsheet");
  }

  /* Alt+1 goes back to the capture, and its shortcuts work again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "capture.show-page", "s", "capture"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "capture.undo", NULL));
  g_assert_cmpuint (count_contributions (fixture), ==, 2);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_printerr ("test-capture needs a display: run it under xvfb-run (make test does).\n");
      return 1;
    }
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  pas_application_register_resources ();

  g_test_add ("/capture/enter-saves", Fixture, NULL, fixture_set_up, test_enter_saves, fixture_tear_down);
  g_test_add ("/capture/kind-shortcuts", Fixture, NULL, fixture_set_up, test_kind_shortcuts, fixture_tear_down);
  g_test_add ("/capture/author", Fixture, NULL, fixture_set_up, test_author, fixture_tear_down);
  g_test_add ("/capture/failure-keeps-text", Fixture, NULL, fixture_set_up, test_failure_keeps_text, fixture_tear_down);
  g_test_add ("/capture/close-saves-pending", Fixture, NULL, fixture_set_up, test_close_saves_pending, fixture_tear_down);
  g_test_add ("/capture/destroy-saves-pending", Fixture, NULL, fixture_set_up, test_destroy_saves_pending, fixture_tear_down);
  g_test_add ("/capture/undo-redo", Fixture, NULL, fixture_set_up, test_undo_redo, fixture_tear_down);
  g_test_add ("/capture/timer", Fixture, NULL, fixture_set_up, test_timer, fixture_tear_down);
  g_test_add ("/capture/review", Fixture, NULL, fixture_set_up, test_review, fixture_tear_down);

  return g_test_run ();
}
