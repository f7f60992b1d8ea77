/* test-window.c — the main window on a real workspace, under a (virtual) display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "pas-application.h"
#include "pas-people-page.h"
#include "pas-people-row.h"
#include "pas-project-dialog.h"
#include "pas-preferences-window.h"
#include "pas-section-page.h"
#include "pas-window.h"

typedef struct
{
  char         *folder;
  PasWorkspace *workspace;
  gint64        alpha;
  gint64        beta;
} Fixture;

static gint64
add_project (PasWorkspace *workspace,
             const char   *name)
{
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);
  g_autoptr(GError) error = NULL;

  pas_record_set_string (project, "name", name);
  pas_workspace_save (workspace, project, &error);
  g_assert_no_error (error);
  return pas_record_get_id (project);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  with_projects)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->folder = g_dir_make_tmp ("passerelle-gui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->folder, "test.passerelle", NULL);
  fixture->workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  if (GPOINTER_TO_INT (with_projects))
    {
      fixture->alpha = add_project (fixture->workspace, "Alpha");
      fixture->beta = add_project (fixture->workspace, "Beta_2026");
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  with_projects)
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

static PasWindow *
create_window (PasWorkspace *workspace)
{
  PasWindow *window = g_object_new (PAS_TYPE_WINDOW, "workspace", workspace, NULL);

  /* GTK owns toplevels; keep a reference of our own to check the end. */
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
destroy_window (PasWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gpointer
get_child (gpointer    widget,
           GType       type,
           const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static guint
count_projects_in_menu (PasWindow *window)
{
  return g_menu_model_get_n_items (get_child (window, PAS_TYPE_WINDOW, "project_section"));
}

static char *
dup_menu_label (PasWindow *window,
                guint      position,
                gint64    *target)
{
  GMenuModel *section = get_child (window, PAS_TYPE_WINDOW, "project_section");
  g_autoptr(GVariant) value = g_menu_model_get_item_attribute_value (section, position, G_MENU_ATTRIBUTE_TARGET,
                                                                     G_VARIANT_TYPE_INT64);
  char *label = NULL;

  g_assert_true (g_menu_model_get_item_attribute (section, position, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_nonnull (value);
  *target = g_variant_get_int64 (value);
  return label;
}

static void
test_sections_switch (Fixture       *fixture,
                      gconstpointer  data)
{
  PasWindow *window = create_window (fixture->workspace);
  GtkListBox *sidebar = get_child (window, PAS_TYPE_WINDOW, "sidebar");
  GtkStack *stack = get_child (window, PAS_TYPE_WINDOW, "section_stack");
  guint n_rows = 0;

  for (GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, 0);
       row != NULL;
       row = gtk_list_box_get_row_at_index (sidebar, ++n_rows))
    {
      const char *section = gtk_widget_get_name (GTK_WIDGET (row));

      gtk_list_box_select_row (sidebar, row);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, section);
      g_assert_cmpstr (pas_window_get_section (window), ==, section);
      g_assert_true (PAS_IS_SECTION_PAGE (gtk_stack_get_visible_child (stack)));
    }
  g_assert_cmpuint (n_rows, ==, 6);

  /* Alt+1…6 go through this action. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "workshops");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "workshops");
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (gtk_list_box_get_selected_row (sidebar))), ==, "workshops");

  /* An unknown section changes nothing. */
  pas_window_set_section (window, "nowhere");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "workshops");

  destroy_window (window);
}

/* The overview's links to a person open People on them, found and selected. */
static void
test_show_person (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) anne = pas_record_new (PAS_KIND_PERSON);
  g_autoptr(PasRecord) bruno = pas_record_new (PAS_KIND_PERSON);
  g_autoptr(PasPeopleRow) selected = NULL;
  PasWindow *window;
  GtkGridView *view;
  GtkSingleSelection *selection;

  pas_record_set_string (anne, "name", "Anne Lefèvre");
  pas_record_set_string (bruno, "name", "Bruno Lefèvre");
  g_assert_true (pas_workspace_save (fixture->workspace, anne, &error));
  g_assert_true (pas_workspace_save (fixture->workspace, bruno, &error));
  g_assert_no_error (error);
  window = create_window (fixture->workspace);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-person", "x", pas_record_get_id (bruno));
  g_assert_cmpstr (pas_window_get_section (window), ==, "people");
  view = get_child (gtk_stack_get_child_by_name (get_child (window, PAS_TYPE_WINDOW, "section_stack"), "people"),
                   PAS_TYPE_PEOPLE_PAGE, "people_view");
  /* The list has its model while on screen. */
  while (gtk_grid_view_get_model (view) == NULL)
    g_main_context_iteration (NULL, TRUE);
  selection = GTK_SINGLE_SELECTION (gtk_grid_view_get_model (view));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 1);
  selected = g_object_ref (gtk_single_selection_get_selected_item (selection));
  g_assert_cmpint (pas_people_row_get_id (selected), ==, pas_record_get_id (bruno));

  destroy_window (window);
}

static void
test_project_selector (Fixture       *fixture,
                       gconstpointer  data)
{
  PasWindow *window = create_window (fixture->workspace);
  GtkLabel *label = get_child (window, PAS_TYPE_WINDOW, "project_label");
  GtkStack *stack = get_child (window, PAS_TYPE_WINDOW, "section_stack");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gint64 first_id, second_id, gamma;
  g_autoptr(PasRecord) beta = NULL;
  g_autoptr(GError) error = NULL;

  /* Both projects, in name order, each selecting itself. */
  g_assert_cmpuint (count_projects_in_menu (window), ==, 2);
  first = dup_menu_label (window, 0, &first_id);
  second = dup_menu_label (window, 1, &second_id);
  g_assert_cmpstr (first, ==, "Alpha");
  g_assert_cmpstr (second, ==, "Beta__2026");  /* "_" is not a mnemonic */
  g_assert_cmpint (first_id, ==, fixture->alpha);
  g_assert_cmpint (second_id, ==, fixture->beta);

  g_assert_cmpint (pas_window_get_project_id (window), >, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.project", "x", fixture->beta);
  g_assert_cmpint (pas_window_get_project_id (window), ==, fixture->beta);
  g_assert_cmpstr (gtk_label_get_label (label), ==, "Beta_2026");
  g_assert_cmpint (pas_section_page_get_project_id (PAS_SECTION_PAGE (gtk_stack_get_visible_child (stack))),
                   ==, fixture->beta);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.project", "x", fixture->alpha);
  g_assert_cmpint (pas_window_get_project_id (window), ==, fixture->alpha);
  g_assert_cmpstr (gtk_label_get_label (label), ==, "Alpha");

  /* A project created elsewhere appears; the selection stays. */
  gamma = add_project (fixture->workspace, "Gamma");
  g_assert_cmpuint (count_projects_in_menu (window), ==, 3);
  g_assert_cmpint (pas_window_get_project_id (window), ==, fixture->alpha);

  /* A rename shows at once, in the menu and on the button. */
  pas_window_set_project_id (window, fixture->beta);
  beta = pas_workspace_load (fixture->workspace, PAS_KIND_PROJECT, fixture->beta, &error);
  g_assert_no_error (error);
  pas_record_set_string (beta, "name", "Beta renamed");
  pas_workspace_save (fixture->workspace, beta, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_label_get_label (label), ==, "Beta renamed");
  g_clear_pointer (&second, g_free);
  second = dup_menu_label (window, 1, &second_id);
  g_assert_cmpstr (second, ==, "Beta renamed");

  /* Deleting the selected project selects another one. */
  pas_workspace_delete (fixture->workspace, PAS_KIND_PROJECT, fixture->beta, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_projects_in_menu (window), ==, 2);
  g_assert_cmpint (pas_window_get_project_id (window), ==, fixture->alpha);

  /* A project of no list is refused. */
  pas_window_set_project_id (window, gamma + 1000);
  g_assert_cmpint (pas_window_get_project_id (window), ==, fixture->alpha);

  destroy_window (window);
}

static void
test_no_project (Fixture       *fixture,
                 gconstpointer  data)
{
  PasWindow *window = create_window (fixture->workspace);
  GtkStack *stack = get_child (window, PAS_TYPE_WINDOW, "section_stack");
  GtkWidget *workshops;
  GtkStack *page_stack;
  gint64 first;

  /* A section's page is made when first shown. */
  pas_window_set_section (window, "workshops");
  workshops = gtk_stack_get_child_by_name (stack, "workshops");
  page_stack = get_child (workshops, G_OBJECT_TYPE (workshops), "stack");

  g_assert_cmpint (pas_window_get_project_id (window), ==, 0);
  g_assert_cmpuint (count_projects_in_menu (window), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack), ==, "no-project");

  /* The first project is selected as soon as it exists. */
  first = add_project (fixture->workspace, "First");
  g_assert_cmpint (pas_window_get_project_id (window), ==, first);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_stack), ==, "empty");

  destroy_window (window);
}

static void
test_remembers_choices (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  PasWindow *window = create_window (fixture->workspace);
  int width, height;

  pas_window_set_project_id (window, fixture->beta);
  pas_window_set_section (window, "people");
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  /* Closing, unlike destroying, is what a person does: it saves the size. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);

  window = create_window (fixture->workspace);
  g_assert_cmpint (pas_window_get_project_id (window), ==, fixture->beta);
  g_assert_cmpstr (pas_window_get_section (window), ==, "people");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);
  destroy_window (window);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "last-section");
  g_settings_reset (settings, "last-project");
}

static void
on_saved_cb (PasProjectDialog *dialog,
             gint64            id,
             gint64           *saved)
{
  *saved = id;
}

static void
test_project_dialog (Fixture       *fixture,
                     gconstpointer  data)
{
  PasProjectDialog *dialog = g_object_ref (pas_project_dialog_new (NULL, fixture->workspace, NULL));
  GtkEditable *name = get_child (dialog, PAS_TYPE_PROJECT_DIALOG, "name_row");
  GtkLabel *error_label = get_child (dialog, PAS_TYPE_PROJECT_DIALOG, "error_label");
  g_autoptr(PasRecord) project = NULL;
  gint64 saved = 0;

  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved_cb), &saved);
  gtk_window_present (GTK_WINDOW (dialog));

  gtk_editable_set_text (name, "   ");
  g_assert_false (pas_project_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_label_get_label (error_label), !=, "");

  /* Typing again clears the message. */
  gtk_editable_set_text (name, "Alpha");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));

  /* The workspace refuses a second "Alpha"; its message is shown. */
  g_assert_false (pas_project_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_label (error_label), "name"));
  g_assert_cmpint (saved, ==, 0);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PROJECT), ==, 2);

  gtk_editable_set_text (name, "  Delta ");
  g_assert_true (pas_project_dialog_save (dialog));
  g_assert_cmpint (saved, >, 0);
  project = pas_workspace_load (fixture->workspace, PAS_KIND_PROJECT, saved, NULL);
  g_assert_cmpstr (pas_record_get_string (project, "name"), ==, "Delta");

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static void
test_rename_dialog (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PasRecord) alpha = pas_workspace_load (fixture->workspace, PAS_KIND_PROJECT, fixture->alpha, NULL);
  PasProjectDialog *dialog = g_object_ref (pas_project_dialog_new (NULL, fixture->workspace, alpha));
  GtkEditable *name = get_child (dialog, PAS_TYPE_PROJECT_DIALOG, "name_row");
  g_autoptr(PasRecord) renamed = NULL;

  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Alpha");
  gtk_editable_set_text (name, "Alpha prime");
  g_assert_true (pas_project_dialog_save (dialog));
  renamed = pas_workspace_load (fixture->workspace, PAS_KIND_PROJECT, fixture->alpha, NULL);
  g_assert_cmpstr (pas_record_get_string (renamed, "name"), ==, "Alpha prime");
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PROJECT), ==, 2);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  PasPreferencesWindow *preferences = g_object_ref (pas_preferences_window_new (NULL, fixture->workspace));
  GtkSpinButton *privacy = get_child (preferences, PAS_TYPE_PREFERENCES_WINDOW, "privacy_k_spin");
  GtkSpinButton *ratio = get_child (preferences, PAS_TYPE_PREFERENCES_WINDOW, "referent_ratio_spin");
  GtkSwitch *names = get_child (preferences, PAS_TYPE_PREFERENCES_WINDOW, "export_names_switch");
  GtkEditable *organisation = get_child (preferences, PAS_TYPE_PREFERENCES_WINDOW, "organisation_row");
  GtkCheckButton *dark = get_child (preferences, PAS_TYPE_PREFERENCES_WINDOW, "style_dark");
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *saved_name = NULL;
  g_autofree char *variant = NULL;
  g_autofree char *export_names = NULL;

  /* The defaults of DESIGN.md, while the workspace has none. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (ratio), ==, 15);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (privacy), ==, 5);
  g_assert_false (gtk_switch_get_active (names));

  gtk_spin_button_set_value (privacy, 7);
  g_assert_cmpint (pas_workspace_get_setting_int (fixture->workspace, "privacy_k", 0), ==, 7);
  /* Below 2 a group would show one person: refused. */
  gtk_spin_button_set_value (privacy, 1);
  g_assert_cmpint (pas_workspace_get_setting_int (fixture->workspace, "privacy_k", 0), ==, 2);

  gtk_switch_set_active (names, TRUE);
  export_names = pas_workspace_get_setting (fixture->workspace, "export_names", NULL);
  g_assert_cmpstr (export_names, ==, "true");

  gtk_editable_set_text (organisation, "Acme ");
  saved_name = pas_workspace_get_setting (fixture->workspace, "organisation_name", NULL);
  g_assert_cmpstr (saved_name, ==, "Acme");

  gtk_check_button_set_active (dark, TRUE);
  variant = g_settings_get_string (settings, "style-variant");
  g_assert_cmpstr (variant, ==, "dark");
  g_settings_reset (settings, "style-variant");

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_assert_finalize_object (preferences);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  PasWindow *window = create_window (fixture->workspace);
  GtkStack *main_stack = get_child (window, PAS_TYPE_WINDOW, "main_stack");
  AdwStatusPage *refused = get_child (window, PAS_TYPE_WINDOW, "refused_page");
  g_autoptr(GError) error = g_error_new_literal (PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_TOO_NEW, "Too new");

  pas_window_show_refused (window, "/nowhere.passerelle", error);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "refused");
  g_assert_cmpstr (adw_status_page_get_description (refused), ==, "Too new");
  g_assert_null (pas_window_get_workspace (window));
  g_assert_cmpint (pas_window_get_project_id (window), ==, 0);

  /* Opening another workspace brings the sections back. */
  pas_window_set_workspace (window, fixture->workspace);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "sections");
  g_assert_cmpint (pas_window_get_project_id (window), >, 0);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_printerr ("test-window needs a display: run it under xvfb-run (make test does).\n");
      return 1;
    }
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  pas_application_register_resources ();

  g_test_add ("/window/sections-switch", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_sections_switch, fixture_tear_down);
  g_test_add ("/window/show-person", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_show_person, fixture_tear_down);
  g_test_add ("/window/project-selector", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_project_selector, fixture_tear_down);
  g_test_add ("/window/no-project", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_no_project, fixture_tear_down);
  g_test_add ("/window/refused", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/window/remembers-choices", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_remembers_choices, fixture_tear_down);
  g_test_add ("/project-dialog/create", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_project_dialog, fixture_tear_down);
  g_test_add ("/project-dialog/rename", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_rename_dialog, fixture_tear_down);
  g_test_add ("/preferences/settings", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_preferences, fixture_tear_down);

  return g_test_run ();
}
