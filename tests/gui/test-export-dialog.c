/* test-export-dialog.c — the export dialog on a small demo workspace,
 * under a (virtual) display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "pas-application.h"
#include "pas-demo.h"
#include "pas-export.h"
#include "pas-export-dialog-private.h"
#include "pas-window.h"

typedef struct
{
  char         *folder;
  PasWorkspace *workspace;
  gint64        project_id;
  char         *project_name;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->folder = g_dir_make_tmp ("passerelle-export-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->folder, "test.passerelle", NULL);
  fixture->workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  if (GPOINTER_TO_INT (data))
    {
      pas_demo_fill (fixture->workspace, PAS_DEMO_SMALL, &error);
      g_assert_no_error (error);
      fixture->project_id = pas_export_find_project (fixture->workspace, NULL, &fixture->project_name, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (fixture->project_id, >, 0);
    }
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
  g_free (fixture->project_name);
}

static gpointer
get_child (gpointer    widget,
           const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), PAS_TYPE_EXPORT_DIALOG, name);

  g_assert_nonnull (child);
  return child;
}

static PasExportDialog *
create_dialog (Fixture *fixture)
{
  PasExportDialog *dialog = pas_export_dialog_new (NULL, fixture->workspace, fixture->project_id);

  /* GTK owns toplevels; keep a reference of our own to check the end. */
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
destroy_dialog (PasExportDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static void
wait_until_done (PasExportDialog *dialog)
{
  while (pas_export_dialog_is_running (dialog))
    g_main_context_iteration (NULL, TRUE);
}

/* The files of the folder, but the workspace's. */
static guint
count_other_files (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->folder, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, "test.passerelle"))
      n++;
  return n;
}

static void
assert_workbook (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  /* An .xlsx is a zip archive. */
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (contents, 2, "PK", 2);
}

static void
on_exported_cb (PasExportDialog  *dialog,
                const char       *destination,
                char            **exported)
{
  g_free (*exported);
  *exported = g_strdup (destination);
}

static void
assert_range (PasExportPeriod  period,
              const char      *today,
              const char      *since,
              const char      *until)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, today);
  g_assert_true (g_date_valid (&date));
  pas_export_period_get_range (period, &date, &first, &last);
  g_assert_cmpstr (first, ==, since);
  g_assert_cmpstr (last, ==, until);
}

static void
test_period_range (void)
{
  assert_range (PAS_EXPORT_PERIOD_QUARTER, "2025-02-14", "2025-01-01", "2025-03-31");
  assert_range (PAS_EXPORT_PERIOD_QUARTER, "2025-06-30", "2025-04-01", "2025-06-30");
  assert_range (PAS_EXPORT_PERIOD_QUARTER, "2025-07-01", "2025-07-01", "2025-09-30");
  assert_range (PAS_EXPORT_PERIOD_QUARTER, "2024-11-30", "2024-10-01", "2024-12-31");
  assert_range (PAS_EXPORT_PERIOD_YEAR, "2024-02-29", "2024-01-01", "2024-12-31");
  assert_range (PAS_EXPORT_PERIOD_ALL, "2024-02-29", NULL, NULL);
  assert_range (PAS_EXPORT_PERIOD_CUSTOM, "2024-02-29", NULL, NULL);
}

static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  PasExportDialog *dialog = create_dialog (fixture);
  AdwComboRow *project_row = get_child (dialog, "project_row");
  AdwComboRow *period_row = get_child (dialog, "period_row");
  GtkSwitch *names = get_child (dialog, "names_switch");
  g_autofree char *basename = g_path_get_basename (pas_export_dialog_get_destination (dialog));
  g_autoptr(GError) error = NULL;

  /* The window's project, all time, pseudonyms, a name after the project. */
  g_assert_cmpint (pas_record_get_id (adw_combo_row_get_selected_item (project_row)), ==, fixture->project_id);
  g_assert_cmpuint (adw_combo_row_get_selected (period_row), ==, PAS_EXPORT_PERIOD_ALL);
  g_assert_false (gtk_switch_get_active (names));
  g_assert_true (g_str_has_prefix (basename, fixture->project_name));
  g_assert_true (g_str_has_suffix (basename, ".xlsx"));
  g_assert_true (pas_export_dialog_can_export (dialog));
  g_assert_true (gtk_widget_get_sensitive (get_child (dialog, "export_button")));
  destroy_dialog (dialog);

  /* The workspace's setting decides the switch. */
  pas_workspace_set_setting (fixture->workspace, PAS_SETTING_EXPORT_NAMES, "true", &error);
  g_assert_no_error (error);
  dialog = create_dialog (fixture);
  g_assert_true (gtk_switch_get_active (get_child (dialog, "names_switch")));
  destroy_dialog (dialog);
}

static void
test_custom_period (Fixture       *fixture,
                    gconstpointer  data)
{
  PasExportDialog *dialog = create_dialog (fixture);
  AdwComboRow *period_row = get_child (dialog, "period_row");
  GtkEditable *since = get_child (dialog, "since_row");
  GtkEditable *until = get_child (dialog, "until_row");
  GtkLabel *message = get_child (dialog, "period_label");
  GtkWidget *export_button = get_child (dialog, "export_button");
  g_autofree char *basename = NULL;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (since)));
  adw_combo_row_set_selected (period_row, PAS_EXPORT_PERIOD_CUSTOM);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (since)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (until)));

  /* Not a date: said under the rows, on the row to correct; no Export. */
  gtk_editable_set_text (since, "2025-13-01");
  g_assert_false (pas_export_dialog_can_export (dialog));
  g_assert_false (gtk_widget_get_sensitive (export_button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (message), "error"));
  g_assert_nonnull (strstr (gtk_label_get_label (message), "2025-13-01"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (since), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (until), "error"));

  /* Days in the wrong order: both rows. */
  gtk_editable_set_text (since, "2025-07-01");
  gtk_editable_set_text (until, "2025-06-30");
  g_assert_false (gtk_widget_get_sensitive (export_button));
  g_assert_nonnull (strstr (gtk_label_get_label (message), "2025-07-01"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (since), "error"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (until), "error"));

  /* Corrected: Export again, the message back to a hint, and the
   * suggested name follows the last day. */
  gtk_editable_set_text (until, " 2025-12-31 ");
  g_assert_true (pas_export_dialog_can_export (dialog));
  g_assert_true (gtk_widget_get_sensitive (export_button));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (message), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (since), "error"));
  basename = g_path_get_basename (pas_export_dialog_get_destination (dialog));
  g_assert_nonnull (strstr (basename, "2025-12-31"));

  /* An empty day means no limit, as on the command line. */
  gtk_editable_set_text (since, "");
  g_assert_true (pas_export_dialog_can_export (dialog));

  /* Another period hides the rows, and keeps what was typed. */
  adw_combo_row_set_selected (period_row, PAS_EXPORT_PERIOD_YEAR);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (since)));
  g_assert_cmpstr (gtk_editable_get_text (until), ==, " 2025-12-31 ");
  g_assert_true (pas_export_dialog_can_export (dialog));

  destroy_dialog (dialog);
}

static void
test_custom_starts_from_previous (Fixture       *fixture,
                                  gconstpointer  data)
{
  PasExportDialog *dialog = create_dialog (fixture);
  AdwComboRow *period_row = get_child (dialog, "period_row");
  GtkEditable *since = get_child (dialog, "since_row");
  GtkEditable *until = get_child (dialog, "until_row");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *first = g_date_time_format (now, "%Y-01-01");
  g_autofree char *last = g_date_time_format (now, "%Y-12-31");

  adw_combo_row_set_selected (period_row, PAS_EXPORT_PERIOD_YEAR);
  adw_combo_row_set_selected (period_row, PAS_EXPORT_PERIOD_CUSTOM);
  g_assert_cmpstr (gtk_editable_get_text (since), ==, first);
  g_assert_cmpstr (gtk_editable_get_text (until), ==, last);

  destroy_dialog (dialog);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  PasExportDialog *dialog = create_dialog (fixture);
  g_autofree char *destination = g_build_filename (fixture->folder, "workbook.xlsx", NULL);
  g_autofree char *exported = NULL;

  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported_cb), &exported);
  pas_export_dialog_set_destination (dialog, destination);
  g_assert_cmpstr (pas_export_dialog_get_destination (dialog), ==, destination);
  pas_export_dialog_export (dialog);
  g_assert_true (pas_export_dialog_is_running (dialog));
  /* While it runs, nothing can be changed nor started again. */
  g_assert_false (pas_export_dialog_can_export (dialog));
  g_assert_false (gtk_widget_get_sensitive (get_child (dialog, "form_box")));
  g_assert_true (gtk_widget_get_visible (get_child (dialog, "progress_box")));
  wait_until_done (dialog);

  g_assert_cmpstr (exported, ==, destination);
  assert_workbook (destination);
  g_assert_cmpuint (count_other_files (fixture), ==, 1);
  /* Done: the dialog closed itself. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_finalize_object (dialog);
}

static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  PasExportDialog *dialog = create_dialog (fixture);
  g_autofree char *destination = g_build_filename (fixture->folder, "existing.xlsx", NULL);
  g_autofree char *exported = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *confirmation;

  g_file_set_contents (destination, "old", -1, &error);
  g_assert_no_error (error);
  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported_cb), &exported);
  pas_export_dialog_set_destination (dialog, destination);

  /* Asked first; "Cancel" leaves the file as it was. */
  pas_export_dialog_export (dialog);
  g_assert_false (pas_export_dialog_is_running (dialog));
  confirmation = pas_export_dialog_get_confirmation (dialog);
  g_assert_nonnull (confirmation);
  adw_message_dialog_response (confirmation, "cancel");
  g_assert_false (pas_export_dialog_is_running (dialog));
  g_file_get_contents (destination, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "old");
  g_assert_null (pas_export_dialog_get_confirmation (dialog));
  /* As its buttons do after answering. */
  gtk_window_destroy (GTK_WINDOW (confirmation));

  /* "Replace" exports over it. */
  pas_export_dialog_export (dialog);
  confirmation = pas_export_dialog_get_confirmation (dialog);
  g_assert_nonnull (confirmation);
  adw_message_dialog_response (confirmation, "replace");
  gtk_window_destroy (GTK_WINDOW (confirmation));
  g_assert_true (pas_export_dialog_is_running (dialog));
  wait_until_done (dialog);
  g_assert_cmpstr (exported, ==, destination);
  assert_workbook (destination);
  g_assert_finalize_object (dialog);
}

static void
test_chosen_file (Fixture       *fixture,
                  gconstpointer  data)
{
  PasExportDialog *dialog = create_dialog (fixture);
  g_autofree char *existing = g_build_filename (fixture->folder, "chosen.xlsx", NULL);
  g_autofree char *without_extension = g_build_filename (fixture->folder, "chosen", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (without_extension);
  g_autoptr(GFile) existing_file = g_file_new_for_path (existing);
  g_autofree char *exported = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (existing, "old", -1, &error);
  g_assert_no_error (error);
  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported_cb), &exported);

  /* A name typed without its extension gets it; the file chooser did not
   * ask about that file, so Export does. */
  pas_export_dialog_choose_file (dialog, file);
  g_assert_cmpstr (pas_export_dialog_get_destination (dialog), ==, existing);
  pas_export_dialog_export (dialog);
  g_assert_false (pas_export_dialog_is_running (dialog));
  g_assert_nonnull (pas_export_dialog_get_confirmation (dialog));
  gtk_window_destroy (GTK_WINDOW (pas_export_dialog_get_confirmation (dialog)));

  /* The file itself chosen: the file chooser asked, Export does not. */
  pas_export_dialog_choose_file (dialog, existing_file);
  pas_export_dialog_export (dialog);
  g_assert_null (pas_export_dialog_get_confirmation (dialog));
  g_assert_true (pas_export_dialog_is_running (dialog));
  wait_until_done (dialog);
  g_assert_cmpstr (exported, ==, existing);
  assert_workbook (existing);
  g_assert_finalize_object (dialog);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  PasExportDialog *dialog = create_dialog (fixture);
  g_autofree char *destination = g_build_filename (fixture->folder, "cancelled.xlsx", NULL);
  GtkSwitch *names = get_child (dialog, "names_switch");
  GtkLabel *status = get_child (dialog, "status_label");
  GtkEditable *until = get_child (dialog, "until_row");
  g_autofree char *exported = NULL;

  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported_cb), &exported);
  adw_combo_row_set_selected (get_child (dialog, "period_row"), PAS_EXPORT_PERIOD_CUSTOM);
  gtk_editable_set_text (until, "2026-03-31");
  gtk_switch_set_active (names, TRUE);
  pas_export_dialog_set_destination (dialog, destination);

  pas_export_dialog_export (dialog);
  g_assert_true (pas_export_dialog_is_running (dialog));
  /* Cancel, as Escape and the Cancel button do while it runs. */
  gtk_window_close (GTK_WINDOW (dialog));
  wait_until_done (dialog);

  /* Nothing written, no temporary file left; the dialog is still there,
   * with what was chosen, and says what happened. */
  g_assert_null (exported);
  g_assert_false (g_file_test (destination, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_other_files (fixture), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (status)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (status), "error"));
  g_assert_true (gtk_switch_get_active (names));
  g_assert_cmpstr (gtk_editable_get_text (until), ==, "2026-03-31");
  g_assert_cmpstr (pas_export_dialog_get_destination (dialog), ==, destination);
  g_assert_true (gtk_widget_get_sensitive (get_child (dialog, "form_box")));
  g_assert_true (pas_export_dialog_can_export (dialog));

  /* When nothing runs, Cancel closes. */
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static void
test_error_keeps_choices (Fixture       *fixture,
                          gconstpointer  data)
{
  PasExportDialog *dialog = create_dialog (fixture);
  g_autofree char *destination = g_build_filename (fixture->folder, "missing", "workbook.xlsx", NULL);
  GtkSwitch *names = get_child (dialog, "names_switch");
  GtkLabel *status = get_child (dialog, "status_label");
  GtkEditable *since = get_child (dialog, "since_row");

  adw_combo_row_set_selected (get_child (dialog, "period_row"), PAS_EXPORT_PERIOD_CUSTOM);
  gtk_editable_set_text (since, "2025-01-01");
  gtk_switch_set_active (names, TRUE);
  pas_export_dialog_set_destination (dialog, destination);

  pas_export_dialog_export (dialog);
  g_assert_false (pas_export_dialog_is_running (dialog));
  g_assert_null (pas_export_dialog_get_confirmation (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (status)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (status), "error"));
  /* The core's own message. */
  g_assert_nonnull (strstr (gtk_label_get_label (status), "missing"));
  g_assert_true (gtk_switch_get_active (names));
  g_assert_cmpstr (gtk_editable_get_text (since), ==, "2025-01-01");
  g_assert_cmpstr (pas_export_dialog_get_destination (dialog), ==, destination);
  g_assert_true (pas_export_dialog_can_export (dialog));

  destroy_dialog (dialog);
}

static PasExportDialog *
find_export_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  PasExportDialog *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (PAS_IS_EXPORT_DIALOG (window))
        found = PAS_EXPORT_DIALOG (window);
    }
  return found;
}

static GtkMenuButton *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_action = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action) &&
          g_str_equal (item_action, action))
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

static void
test_window_action (Fixture       *fixture,
                    gconstpointer  data)
{
  PasWindow *window = g_object_ref (g_object_new (PAS_TYPE_WINDOW, "workspace", fixture->workspace, NULL));
  PasExportDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  /* In the main menu. */
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (find_primary_menu_button (GTK_WIDGET (window))),
                                  "win.export"));

  g_assert_null (find_export_dialog ());
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpint (pas_record_get_id (adw_combo_row_get_selected_item (get_child (dialog, "project_row"))),
                   ==, pas_window_get_project_id (window));
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_action_without_project (Fixture       *fixture,
                                    gconstpointer  data)
{
  PasWindow *window = g_object_ref (g_object_new (PAS_TYPE_WINDOW, "workspace", fixture->workspace, NULL));

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  g_assert_null (find_export_dialog ());

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_printerr ("test-export-dialog needs a display: run it under xvfb-run (make test does).\n");
      return 1;
    }
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  pas_application_register_resources ();

  g_test_add_func ("/export-dialog/period-range", test_period_range);
  g_test_add ("/export-dialog/defaults", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_defaults, fixture_tear_down);
  g_test_add ("/export-dialog/custom-period", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_custom_period, fixture_tear_down);
  g_test_add ("/export-dialog/custom-starts-from-previous", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_custom_starts_from_previous, fixture_tear_down);
  g_test_add ("/export-dialog/export", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/export-dialog/replace", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_replace, fixture_tear_down);
  g_test_add ("/export-dialog/chosen-file", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_chosen_file, fixture_tear_down);
  g_test_add ("/export-dialog/cancel", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/export-dialog/error-keeps-choices", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_error_keeps_choices, fixture_tear_down);
  g_test_add ("/export-dialog/window-action", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_window_action, fixture_tear_down);
  g_test_add ("/export-dialog/window-action-without-project", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_window_action_without_project, fixture_tear_down);

  return g_test_run ();
}
