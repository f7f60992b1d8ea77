/* test-feedback-page.c — the feedback half of the Pilots & Feedback
 * section on a real workspace, under a (virtual) display: the project's
 * feedback newest first, full-text search and filters, the empty and
 * no-match states, quick entry, and the editor's triage and response.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include <adwaita.h>

#include "pas-application.h"
#include "pas-feedback-editor.h"
#include "pas-feedback-page.h"
#include "pas-text-block.h"

typedef struct
{
  char         *folder;
  PasWorkspace *workspace;
  gint64        project;
  gint64        empty_project;
  gint64        sales;
  gint64        bug;       /* oldest */
  gint64        training;
  gint64        praise;    /* newest */
} Fixture;

static gint64
save (PasWorkspace *workspace,
      PasRecord    *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_workspace_save (workspace, record, &error));
  g_assert_no_error (error);
  return pas_record_get_id (record);
}

static gint64
add_named (PasWorkspace *workspace,
           PasKind       kind,
           const char   *name)
{
  g_autoptr(PasRecord) record = pas_record_new (kind);

  pas_record_set_string (record, "name", name);
  return save (workspace, record);
}

static gint64
add_feedback (Fixture    *fixture,
              const char *text,
              const char *category,
              const char *status,
              int         severity,
              gint64      department,
              gint64      created_at)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_FEEDBACK);

  pas_record_set_int (record, "project_id", fixture->project);
  pas_record_set_string (record, "text", text);
  pas_record_set_string (record, "category", category);
  pas_record_set_string (record, "status", status);
  pas_record_set_int (record, "severity", severity);
  if (department > 0)
    pas_record_set_int (record, "department_id", department);
  pas_record_set_int (record, "created_at", created_at);
  return save (fixture->workspace, record);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->folder = g_dir_make_tmp ("passerelle-gui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->folder, "test.passerelle", NULL);
  fixture->workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  fixture->project = add_named (fixture->workspace, PAS_KIND_PROJECT, "CRM");
  fixture->empty_project = add_named (fixture->workspace, PAS_KIND_PROJECT, "Intranet");
  fixture->sales = add_named (fixture->workspace, PAS_KIND_DEPARTMENT, "Ventes");
  fixture->bug = add_feedback (fixture, "The CRM crashes when exporting a quote", "bug", "new", 4, fixture->sales, 1000);
  fixture->training = add_feedback (fixture, "Nobody showed us the mobile application", "training_need", "triaged", 2, 0, 2000);
  fixture->praise = add_feedback (fixture, "Les relances automatiques font gagner du temps", "praise", "new", 1, fixture->sales, 3000);
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

static gpointer
get_child (gpointer    widget,
           const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), G_OBJECT_TYPE (widget), name);

  g_assert_nonnull (child);
  return child;
}

/* The page in a window of its own, shown, on a project of the workspace. */
static GtkWindow *
create_page (Fixture          *fixture,
             gint64            project,
             PasFeedbackPage **page)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  *page = g_object_new (PAS_TYPE_FEEDBACK_PAGE,
                        "workspace", fixture->workspace,
                        "project-id", project,
                        NULL);
  gtk_window_set_child (window, GTK_WIDGET (*page));
  gtk_window_set_default_size (window, 1000, 700);
  g_object_ref (window);
  gtk_window_present (window);
  return window;
}

static void
destroy_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
}

static GListModel *
get_feedback (PasFeedbackPage *page)
{
  return G_LIST_MODEL (gtk_grid_view_get_model (get_child (page, "feedback_view")));
}

/* The ids the list's model holds, in order. */
static void
assert_ids (GListModel *model,
            guint       n,
            ...)
{
  va_list args;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  va_start (args, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PasRecord) record = g_list_model_get_item (model, i);

      g_assert_cmpint (pas_record_get_id (record), ==, va_arg (args, gint64));
    }
  va_end (args);
}

static const char *
get_list_state (PasFeedbackPage *page)
{
  return gtk_stack_get_visible_child_name (get_child (page, "list_stack"));
}

static void
on_search_changed_cb (GtkSearchEntry  *entry,
                      char           **searched)
{
  g_free (*searched);
  *searched = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Types @text in the search, and waits for the entry's short delay. */
static void
search (PasFeedbackPage *page,
        const char      *text)
{
  GtkSearchEntry *entry = get_child (page, "search_entry");
  g_autofree char *searched = NULL;
  gulong handler = g_signal_connect (entry, "search-changed", G_CALLBACK (on_search_changed_cb), &searched);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  while (g_strcmp0 (searched, text) != 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (entry, handler);
}

static void
set_true (gboolean *flag)
{
  *flag = TRUE;
}

/* What the rows on screen show, "text | details" a line per row, once
 * the list was laid out. */
static char *
dup_shown (PasFeedbackPage *page)
{
  GtkWidget *view = get_child (page, "feedback_view");
  g_autoptr(GString) shown = g_string_new (NULL);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (view);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (set_true), &painted);

  gtk_widget_queue_resize (view);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  for (GtkWidget *item = gtk_widget_get_first_child (view); item; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (!PAS_IS_TEXT_BLOCK (row) || !gtk_widget_get_child_visible (item))
        continue;
      g_string_append_printf (shown, "%s%s | %s", shown->len ? "\n" : "",
                              pas_text_block_get_title (PAS_TEXT_BLOCK (row)),
                              pas_text_block_get_subtitle (PAS_TEXT_BLOCK (row)));
    }
  return g_string_free (g_steal_pointer (&shown), FALSE);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  PasFeedbackPage *page;
  GtkWindow *window = create_page (fixture, fixture->project, &page);
  GListModel *feedback = get_feedback (page);
  g_autofree char *shown = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GDateTime) day = g_date_time_new_from_unix_local (3000);
  g_autofree char *date = g_date_time_format (day, "%x");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, "stack")), ==, "feedback");
  g_assert_cmpstr (get_list_state (page), ==, "list");
  assert_ids (feedback, 3, fixture->praise, fixture->training, fixture->bug);
  g_assert_cmpstr (gtk_label_get_label (get_child (page, "count_label")), ==, "3 items shown");

  search (page, "relances");
  shown = dup_shown (page);
  expected = g_strdup_printf ("Les relances automatiques font gagner du temps | Praise · New · Severity 1, Minor · Ventes · %s", date);
  g_assert_cmpstr (shown, ==, expected);

  destroy_window (window);
}

static void
test_search_and_filters (Fixture       *fixture,
                         gconstpointer  data)
{
  PasFeedbackPage *page;
  GtkWindow *window = create_page (fixture, fixture->project, &page);
  GListModel *feedback = get_feedback (page);
  GtkDropDown *statuses = get_child (page, "status_dropdown");
  GtkDropDown *categories = get_child (page, "category_dropdown");
  GtkDropDown *severities = get_child (page, "severity_dropdown");
  GtkDropDown *departments = get_child (page, "department_dropdown");

  /* Full text: prefixes, any case, any accent. */
  search (page, "CRASH QUO");
  assert_ids (feedback, 1, fixture->bug);
  g_assert_cmpstr (gtk_label_get_label (get_child (page, "count_label")), ==, "1 item shown");
  search (page, "relancés");
  assert_ids (feedback, 1, fixture->praise);
  search (page, "nothing like this");
  assert_ids (feedback, 0);
  g_assert_cmpstr (get_list_state (page), ==, "no-match");
  g_assert_nonnull (strstr (adw_status_page_get_description (get_child (page, "no_match_page")), "nothing like this"));
  search (page, "");
  assert_ids (feedback, 3, fixture->praise, fixture->training, fixture->bug);
  g_assert_cmpstr (get_list_state (page), ==, "list");

  /* Each filter starts with "All …", then the values in the schema's order. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (statuses)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (categories)), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (severities)), ==, 5);
  /* All, Ventes, no department. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (departments)), ==, 3);

  gtk_drop_down_set_selected (statuses, 2);  /* triaged */
  assert_ids (feedback, 1, fixture->training);
  gtk_drop_down_set_selected (statuses, 1);  /* new */
  assert_ids (feedback, 2, fixture->praise, fixture->bug);
  gtk_drop_down_set_selected (categories, 1);  /* bug */
  assert_ids (feedback, 1, fixture->bug);
  gtk_drop_down_set_selected (severities, 1);  /* 1 */
  assert_ids (feedback, 0);
  g_assert_cmpstr (get_list_state (page), ==, "no-match");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "feedback.show-all", NULL));
  assert_ids (feedback, 3, fixture->praise, fixture->training, fixture->bug);
  g_assert_cmpuint (gtk_drop_down_get_selected (statuses), ==, 0);

  gtk_drop_down_set_selected (departments, 1);  /* Ventes */
  assert_ids (feedback, 2, fixture->praise, fixture->bug);
  gtk_drop_down_set_selected (departments, 2);  /* none */
  assert_ids (feedback, 1, fixture->training);
  gtk_drop_down_set_selected (departments, 0);

  /* A department created elsewhere appears in the filter at once. */
  add_named (fixture->workspace, PAS_KIND_DEPARTMENT, "Atelier");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (departments)), ==, 4);

  destroy_window (window);
}

static void
test_empty_states (Fixture       *fixture,
                   gconstpointer  data)
{
  PasFeedbackPage *page;
  GtkWindow *window = create_page (fixture, fixture->empty_project, &page);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, "stack")), ==, "feedback");
  g_assert_cmpstr (gtk_label_get_label (get_child (page, "count_label")), ==, "0 items shown");
  g_assert_cmpstr (get_list_state (page), ==, "empty");
  /* A search in an empty project still says how to begin. */
  search (page, "crash");
  g_assert_cmpstr (get_list_state (page), ==, "empty");
  search (page, "");

  pas_section_page_set_project_id (PAS_SECTION_PAGE (page), fixture->project);
  g_assert_cmpuint (g_list_model_get_n_items (get_feedback (page)), ==, 3);
  g_assert_cmpstr (get_list_state (page), ==, "list");

  pas_section_page_set_project_id (PAS_SECTION_PAGE (page), 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, "stack")), ==, "no-project");

  destroy_window (window);
}

static gboolean
is_focus_in (GtkWindow *window,
             gpointer   widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_quick_entry (Fixture       *fixture,
                  gconstpointer  data)
{
  PasFeedbackPage *page;
  GtkWindow *window = create_page (fixture, fixture->project, &page);
  GListModel *feedback = get_feedback (page);
  GtkEntry *entry = get_child (page, "quick_entry");
  g_autoptr(PasRecord) first = NULL;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;
  gint64 count = pas_workspace_count (fixture->workspace, PAS_KIND_FEEDBACK);

  /* Ctrl+N's action puts the focus in the quick entry, Ctrl+F's in the search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "feedback.add", NULL));
  g_assert_true (is_focus_in (window, entry));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "feedback.find", NULL));
  g_assert_true (is_focus_in (window, get_child (page, "search_entry")));

  /* Nothing typed, nothing saved. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_FEEDBACK), ==, count);

  gtk_drop_down_set_selected (get_child (page, "quick_category_dropdown"), 1);  /* usability */
  gtk_editable_set_text (GTK_EDITABLE (entry), " Too many clicks to log a call ");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_FEEDBACK), ==, count + 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_true (is_focus_in (window, entry));

  /* Saved at once, newest: first in the list. */
  g_assert_cmpuint (g_list_model_get_n_items (feedback), ==, 4);
  first = g_list_model_get_item (feedback, 0);
  g_assert_cmpstr (pas_record_get_string (first, "text"), ==, "Too many clicks to log a call");
  g_assert_cmpstr (pas_record_get_string (first, "category"), ==, "usability");
  g_assert_cmpstr (pas_record_get_string (first, "status"), ==, "new");
  g_assert_cmpint (pas_record_get_int (first, "project_id"), ==, fixture->project);
  g_assert_cmpint (pas_record_get_int (first, "created_at"), >=, before);
  g_assert_cmpint (pas_record_get_int (first, "created_at"), <=, g_get_real_time () / G_USEC_PER_SEC);

  destroy_window (window);
}

static void
on_saved_cb (GObject *editor,
             gint64   id,
             gint64  *saved)
{
  *saved = id;
}

static PasRecord *
load (Fixture *fixture,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  PasRecord *record = pas_workspace_load (fixture->workspace, PAS_KIND_FEEDBACK, id, &error);

  g_assert_no_error (error);
  return record;
}

static void
test_editor (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PasRecord) bug = load (fixture, fixture->bug);
  g_autoptr(PasRecord) stored = NULL;
  g_autoptr(PasRecord) reopened = NULL;
  PasFeedbackEditor *editor = g_object_ref (pas_feedback_editor_new (NULL, fixture->workspace, bug));
  GtkTextBuffer *text = gtk_text_view_get_buffer (get_child (editor, "text_view"));
  gint64 saved = 0;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;

  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), &saved);
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (editor, "status_row")), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (editor, "category_row")), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (editor, "severity_row")), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (editor, "department_row")), ==, 1);

  /* The text cannot be emptied; the message says what to do, beside it. */
  gtk_text_buffer_set_text (text, "  ", -1);
  g_assert_false (pas_feedback_editor_save (editor));
  g_assert_nonnull (pas_feedback_editor_get_error (editor));
  g_assert_true (gtk_widget_get_visible (get_child (editor, "text_error_label")));
  g_assert_cmpint (saved, ==, 0);
  gtk_text_buffer_set_text (text, "The CRM crashes when exporting a quote to PDF", -1);

  /* Closed without a response: the editor says the author will not know. */
  pas_feedback_editor_set_status (editor, "done");
  g_assert_true (gtk_widget_get_visible (get_child (editor, "response_hint_label")));
  pas_feedback_editor_set_response (editor, "Fixed in the March update.");
  g_assert_false (gtk_widget_get_visible (get_child (editor, "response_hint_label")));
  adw_combo_row_set_selected (get_child (editor, "severity_row"), 2);
  adw_combo_row_set_selected (get_child (editor, "department_row"), 0);
  g_assert_true (pas_feedback_editor_save (editor));
  g_assert_null (pas_feedback_editor_get_error (editor));
  g_assert_cmpint (saved, ==, fixture->bug);

  stored = load (fixture, fixture->bug);
  g_assert_cmpstr (pas_record_get_string (stored, "status"), ==, "done");
  g_assert_cmpstr (pas_record_get_string (stored, "response"), ==, "Fixed in the March update.");
  g_assert_cmpstr (pas_record_get_string (stored, "text"), ==, "The CRM crashes when exporting a quote to PDF");
  g_assert_cmpint (pas_record_get_int (stored, "severity"), ==, 3);
  g_assert_true (pas_record_is_null (stored, "department_id"));
  g_assert_cmpint (pas_record_get_int (stored, "resolved_at"), >=, before);
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);

  /* Opened again: no longer resolved. */
  editor = g_object_ref (pas_feedback_editor_new (NULL, fixture->workspace, stored));
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (editor, "status_row")), ==, 3);
  pas_feedback_editor_set_status (editor, "planned");
  g_assert_true (pas_feedback_editor_save (editor));
  reopened = load (fixture, fixture->bug);
  g_assert_cmpstr (pas_record_get_string (reopened, "status"), ==, "planned");
  g_assert_true (pas_record_is_null (reopened, "resolved_at"));
  g_assert_cmpstr (pas_record_get_string (reopened, "response"), ==, "Fixed in the March update.");
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
}

/* Enter on a row opens the editor on that item. */
static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  PasFeedbackPage *page;
  GtkWindow *window = create_page (fixture, fixture->project, &page);
  g_autoptr(GListModel) toplevels = NULL;
  PasFeedbackEditor *editor = NULL;

  g_signal_emit_by_name (get_child (page, "feedback_view"), "activate", 1);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (PAS_IS_FEEDBACK_EDITOR (toplevel))
        editor = PAS_FEEDBACK_EDITOR (toplevel);
    }
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == window);
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (editor, "status_row")), ==, 1);  /* the training need, triaged */
  g_object_ref (editor);
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_printerr ("test-feedback-page needs a display: run it under xvfb-run (make test does).\n");
      return 1;
    }
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  pas_application_register_resources ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/feedback-page/list", test_list);
  ADD ("/feedback-page/search-and-filters", test_search_and_filters);
  ADD ("/feedback-page/empty-states", test_empty_states);
  ADD ("/feedback-page/quick-entry", test_quick_entry);
  ADD ("/feedback-page/editor", test_editor);
  ADD ("/feedback-page/activate", test_activate);
#undef ADD

  return g_test_run ();
}
