/* test-people-page.c — the People section on a real workspace, under a
 * (virtual) display: search, filters and sorting reach the list's
 * model, and its rows show it; the editor refuses what it must and says why; archiving hides
 * a person unless archived people are shown; the referents' log and
 * the departments follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include <adwaita.h>

#include "pas-application.h"
#include "pas-department-editor.h"
#include "pas-import-dialog.h"
#include "pas-people-header.h"
#include "pas-people-list.h"
#include "pas-people-page.h"
#include "pas-person-row.h"
#include "pas-person-editor.h"
#include "pas-referent-coverage.h"
#include "pas-referent-view.h"

typedef struct
{
  char         *folder;
  PasWorkspace *workspace;
  gint64        sales;
  gint64        workshop;
  gint64        zoe;      /* a referent in Sales */
  gint64        elodie;
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
add_department (PasWorkspace *workspace,
                const char   *name,
                gint64        headcount)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_DEPARTMENT);

  pas_record_set_string (record, "name", name);
  pas_record_set_int (record, "headcount", headcount);
  return save (workspace, record);
}

static gint64
add_person (PasWorkspace *workspace,
            const char   *name,
            const char   *email,
            gint64        department_id,
            gboolean      referent)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_PERSON);

  pas_record_set_string (record, "name", name);
  pas_record_set_string (record, "email", email);
  if (department_id > 0)
    pas_record_set_int (record, "department_id", department_id);
  pas_record_set_int (record, "is_referent", referent);
  return save (workspace, record);
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
  fixture->sales = add_department (fixture->workspace, "Ventes", 40);
  fixture->workshop = add_department (fixture->workspace, "Atelier", 0);
  fixture->zoe = add_person (fixture->workspace, "Zoé Martin", "zoe@example.com", fixture->sales, TRUE);
  fixture->elodie = add_person (fixture->workspace, "Élodie Durand", "elodie@example.com", fixture->sales, FALSE);
  add_person (fixture->workspace, "Adam Roux", "adam@example.com", fixture->workshop, FALSE);
  add_person (fixture->workspace, "Bruno Petit", NULL, 0, FALSE);
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

/* The page in a window of its own, shown, holding the workspace. */
static GtkWindow *
create_page (Fixture        *fixture,
             PasPeoplePage **page)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  *page = g_object_new (PAS_TYPE_PEOPLE_PAGE, "workspace", fixture->workspace, NULL);
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

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GListModel *
get_people (PasPeoplePage *page)
{
  return G_LIST_MODEL (gtk_grid_view_get_model (get_child (page, "people_view")));
}

/* The names the column view's model holds, joined by commas. */
static char *
dup_names (GListModel *model)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PasPeopleRow) row = g_list_model_get_item (model, i);

      g_string_append_printf (names, "%s%s", i ? ", " : "",
                              pas_record_get_string (pas_people_row_get_person (row), "name"));
    }
  return g_strdup (names->str);
}

#define assert_names(model, expected) \
  G_STMT_START { g_autofree char *_names = dup_names (model); g_assert_cmpstr (_names, ==, expected); } G_STMT_END

static void
on_search_changed_cb (GtkSearchEntry  *entry,
                      char           **searched)
{
  g_free (*searched);
  *searched = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Types @text in the search, and waits for the entry's short delay
 * (an emptied entry reports at once, before the new text). */
static void
search (PasPeoplePage *page,
        const char    *text)
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

/* The texts the rows on screen show, a line per row, columns that
 * show something separated by " | ", once the list was laid out. */
static char *
dup_shown (PasPeoplePage *page)
{
  GtkWidget *view = get_child (page, "people_view");
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
      const char *separator = "";

      if (!PAS_IS_PERSON_ROW (row) || !gtk_widget_get_child_visible (item))
        continue;
      if (shown->len > 0)
        g_string_append_c (shown, '\n');
      for (guint i = 0; i < PAS_PEOPLE_N_SORTS; i++)
        {
          const char *text = pas_person_row_get_text (PAS_PERSON_ROW (row), i);

          if (*text == '\0')
            continue;
          g_string_append_printf (shown, "%s%s", separator, text);
          separator = " | ";
        }
    }
  return g_string_free (g_steal_pointer (&shown), FALSE);
}

#define assert_shown(page, expected) \
  G_STMT_START { g_autofree char *_shown = dup_shown (page); g_assert_cmpstr (_shown, ==, expected); } G_STMT_END

static void
click_column (PasPeopleHeader *header,
              PasPeopleSort    column)
{
  g_signal_emit_by_name (pas_people_header_get_button (header, column), "clicked");
}

static void
test_search_and_filters (Fixture       *fixture,
                         gconstpointer  data)
{
  PasPeoplePage *page;
  GtkWindow *window = create_page (fixture, &page);
  GListModel *people = get_people (page);
  GtkDropDown *departments = get_child (page, "department_dropdown");
  GtkStack *stack = get_child (page, "people_stack");
  PasPeopleHeader *header = get_child (page, "header");

  assert_names (people, "Adam Roux, Bruno Petit, Élodie Durand, Zoé Martin");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");

  /* The search filters the list's model, accents aside, and the rows
   * show what the model holds. */
  search (page, "elodie");
  assert_names (people, "Élodie Durand");
  assert_shown (page, "Élodie Durand | Ventes | Not known");
  search (page, "ventes");
  assert_names (people, "Élodie Durand, Zoé Martin");
  search (page, "nobody at all");
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-match");
  search (page, "");
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 4);

  /* Departments: all, Atelier, Ventes, then those without one. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (departments)), ==, 4);
  gtk_drop_down_set_selected (departments, 2);
  assert_names (people, "Élodie Durand, Zoé Martin");
  gtk_drop_down_set_selected (departments, 3);
  assert_names (people, "Bruno Petit");
  gtk_drop_down_set_selected (departments, 0);

  gtk_toggle_button_set_active (get_child (page, "referents_toggle"), TRUE);
  assert_names (people, "Zoé Martin");
  gtk_toggle_button_set_active (get_child (page, "referents_toggle"), FALSE);

  /* A click on a column's title sorts by it, a second one reverses the
   * order: the model sorts, in SQL. People without a department come last. */
  click_column (header, PAS_PEOPLE_SORT_DEPARTMENT);
  assert_names (people, "Adam Roux, Élodie Durand, Zoé Martin, Bruno Petit");
  click_column (header, PAS_PEOPLE_SORT_DEPARTMENT);
  assert_names (people, "Élodie Durand, Zoé Martin, Adam Roux, Bruno Petit");
  click_column (header, PAS_PEOPLE_SORT_REFERENT);
  assert_names (people, "Adam Roux, Bruno Petit, Élodie Durand, Zoé Martin");
  click_column (header, PAS_PEOPLE_SORT_NAME);
  click_column (header, PAS_PEOPLE_SORT_NAME);
  assert_names (people, "Zoé Martin, Élodie Durand, Bruno Petit, Adam Roux");
  assert_shown (page, "Zoé Martin | Ventes | Referent | Not known\n"
                      "Élodie Durand | Ventes | Not known\n"
                      "Bruno Petit | Not known\n"
                      "Adam Roux | Atelier | Not known");
  click_column (header, PAS_PEOPLE_SORT_NAME);
  assert_names (people, "Adam Roux, Bruno Petit, Élodie Durand, Zoé Martin");

  /* A department created elsewhere appears in the filter at once. */
  add_department (fixture->workspace, "Comptabilité", 5);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (departments)), ==, 5);

  destroy_window (window);
}

static void
on_saved_cb (GObject *editor,
             gint64   id,
             gint64  *saved)
{
  *saved = id;
}

static void
test_editor_validation (Fixture       *fixture,
                        gconstpointer  data)
{
  PasPersonEditor *editor = g_object_ref (pas_person_editor_new (NULL, fixture->workspace, NULL));
  GtkLabel *identity_error = get_child (editor, "identity_error_label");
  g_autoptr(PasRecord) nina = NULL;
  g_autoptr(GError) error = NULL;
  gint64 count = pas_workspace_count (fixture->workspace, PAS_KIND_PERSON);
  gint64 saved = 0;

  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), &saved);

  /* An empty name is refused, with a message beside the field. */
  g_assert_false (pas_person_editor_save (editor));
  g_assert_nonnull (pas_person_editor_get_error (editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (identity_error)));
  g_assert_cmpstr (gtk_label_get_label (identity_error), ==, pas_person_editor_get_error (editor));
  g_assert_true (gtk_widget_has_css_class (get_child (editor, "name_row"), "error"));

  /* A malformed email too; typing again clears the message. */
  gtk_editable_set_text (get_child (editor, "name_row"), "  Nina Blanc ");
  g_assert_null (pas_person_editor_get_error (editor));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (identity_error)));
  gtk_editable_set_text (get_child (editor, "email_row"), "nina.blanc@example");
  g_assert_false (pas_person_editor_save (editor));
  g_assert_nonnull (strstr (pas_person_editor_get_error (editor), "nina.blanc@example"));
  g_assert_true (gtk_widget_has_css_class (get_child (editor, "email_row"), "error"));
  g_assert_false (gtk_widget_has_css_class (get_child (editor, "name_row"), "error"));

  /* Someone else's email is refused, whatever its case. */
  gtk_editable_set_text (get_child (editor, "email_row"), "ZOE@example.com");
  g_assert_false (pas_person_editor_save (editor));
  g_assert_nonnull (strstr (pas_person_editor_get_error (editor), "ZOE@example.com"));
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, count);
  g_assert_cmpint (saved, ==, 0);

  /* Then it is saved, trimmed, with its department and comfort. */
  gtk_editable_set_text (get_child (editor, "email_row"), "nina@example.com");
  adw_combo_row_set_selected (get_child (editor, "department_row"), 2);  /* none, Atelier, Ventes */
  adw_combo_row_set_selected (get_child (editor, "comfort_row"), 4);     /* not known, 0, 1, 2, 3 */
  gtk_switch_set_active (get_child (editor, "referent_switch"), TRUE);
  g_assert_true (pas_person_editor_save (editor));
  g_assert_null (pas_person_editor_get_error (editor));
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, count + 1);
  g_assert_cmpint (saved, >, 0);

  nina = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, saved, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pas_record_get_string (nina, "name"), ==, "Nina Blanc");
  g_assert_cmpstr (pas_record_get_string (nina, "email"), ==, "nina@example.com");
  g_assert_cmpint (pas_record_get_int (nina, "department_id"), ==, fixture->sales);
  g_assert_cmpint (pas_record_get_int (nina, "comfort"), ==, 3);
  g_assert_cmpint (pas_record_get_int (nina, "is_referent"), ==, 1);
  g_assert_cmpint (pas_record_get_int (nina, "archived"), ==, 0);

  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
}

/* Editing keeps what is not shown, and an email may be removed. */
static void
test_editor_edits (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PasRecord) zoe = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, fixture->zoe, NULL);
  g_autoptr(PasRecord) stored = NULL;
  PasPersonEditor *editor = g_object_ref (pas_person_editor_new (NULL, fixture->workspace, zoe));

  g_assert_cmpstr (gtk_editable_get_text (get_child (editor, "name_row")), ==, "Zoé Martin");
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (editor, "department_row")), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (get_child (editor, "comfort_row")), ==, 0);
  g_assert_true (gtk_switch_get_active (get_child (editor, "referent_switch")));
  g_assert_true (gtk_widget_get_visible (get_child (editor, "manage_group")));

  gtk_editable_set_text (get_child (editor, "email_row"), "");
  gtk_editable_set_text (get_child (editor, "job_row"), "Team lead");
  g_assert_true (pas_person_editor_save (editor));
  stored = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, fixture->zoe, NULL);
  g_assert_true (pas_record_is_null (stored, "email"));
  g_assert_cmpstr (pas_record_get_string (stored, "job_title"), ==, "Team lead");
  g_assert_cmpstr (pas_record_get_string (stored, "uuid"), ==, pas_record_get_string (zoe, "uuid"));

  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
}

static void
test_archive (Fixture       *fixture,
              gconstpointer  data)
{
  PasPeoplePage *page;
  GtkWindow *window = create_page (fixture, &page);
  GListModel *people = get_people (page);
  g_autoptr(PasRecord) zoe = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, fixture->zoe, NULL);
  PasPersonEditor *editor = g_object_ref (pas_person_editor_new (window, fixture->workspace, zoe));

  /* Archived, Zoé leaves the list… */
  g_assert_true (pas_person_editor_toggle_archived (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
  assert_names (people, "Adam Roux, Bruno Petit, Élodie Durand");
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 4);

  /* …unless archived people are shown… */
  gtk_toggle_button_set_active (get_child (page, "archived_toggle"), TRUE);
  assert_names (people, "Adam Roux, Bruno Petit, Élodie Durand, Zoé Martin");

  /* …and restoring brings her back. */
  g_clear_object (&zoe);
  zoe = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, fixture->zoe, NULL);
  g_assert_cmpint (pas_record_get_int (zoe, "archived"), ==, 1);
  editor = g_object_ref (pas_person_editor_new (window, fixture->workspace, zoe));
  g_assert_true (gtk_widget_get_visible (get_child (editor, "archived_label")));
  g_assert_true (pas_person_editor_toggle_archived (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
  gtk_toggle_button_set_active (get_child (page, "archived_toggle"), FALSE);
  assert_names (people, "Adam Roux, Bruno Petit, Élodie Durand, Zoé Martin");

  destroy_window (window);
}

static void
test_erase (Fixture       *fixture,
            gconstpointer  data)
{
  PasPeoplePage *page;
  GtkWindow *window = create_page (fixture, &page);
  g_autoptr(PasRecord) elodie = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, fixture->elodie, NULL);
  PasPersonEditor *editor = g_object_ref (pas_person_editor_new (window, fixture->workspace, elodie));
  g_autoptr(PasRecord) gone = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_person_editor_erase (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
  gone = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, fixture->elodie, &error);
  g_assert_null (gone);
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  assert_names (get_people (page), "Adam Roux, Bruno Petit, Zoé Martin");

  destroy_window (window);
}

static void
test_departments (Fixture       *fixture,
                  gconstpointer  data)
{
  PasPeoplePage *page;
  GtkWindow *window = create_page (fixture, &page);
  GtkWidget *view = get_child (page, "department_view");
  GtkListBox *list = get_child (view, "list_box");
  PasDepartmentEditor *editor = g_object_ref (pas_department_editor_new (window, fixture->workspace, NULL, 0));
  g_autoptr(PasRecord) sales = pas_workspace_load (fixture->workspace, PAS_KIND_DEPARTMENT, fixture->sales, NULL);

  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));
  g_assert_null (gtk_list_box_get_row_at_index (list, 2));

  g_assert_false (pas_department_editor_save (editor));
  g_assert_nonnull (pas_department_editor_get_error (editor));
  gtk_editable_set_text (get_child (editor, "name_row"), "ventes");
  g_assert_null (pas_department_editor_get_error (editor));
  g_assert_false (pas_department_editor_save (editor));
  g_assert_nonnull (strstr (pas_department_editor_get_error (editor), "ventes"));
  gtk_editable_set_text (get_child (editor, "name_row"), "Finance");
  gtk_spin_button_set_value (get_child (editor, "headcount_spin"), 12);
  g_assert_true (pas_department_editor_save (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);

  /* The list follows, after the batch of changes. */
  iterate ();
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 2));

  /* Deleting a department keeps its people, without one. */
  editor = g_object_ref (pas_department_editor_new (window, fixture->workspace, sales, 2));
  g_assert_true (pas_department_editor_delete (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
  iterate ();
  g_assert_null (gtk_list_box_get_row_at_index (list, 2));
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, 4);

  destroy_window (window);
}

static void
test_referents (Fixture       *fixture,
                gconstpointer  data)
{
  PasPeoplePage *page;
  GtkWindow *window = create_page (fixture, &page);
  PasReferentView *view = get_child (page, "referent_view");
  PasReferentCoverage *coverage_view = get_child (page, "coverage_view");
  PasPeopleCoverage *coverage;
  GListModel *activities = pas_referent_view_get_activities (view);

  /* The only referent is shown, with an empty log. */
  g_assert_cmpint (pas_referent_view_get_selected (view), ==, fixture->zoe);
  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 0);

  /* A date that does not exist is refused; today's default is accepted. */
  gtk_editable_set_text (get_child (view, "date_entry"), "2025-02-30");
  g_assert_false (pas_referent_view_add_activity (view));
  g_assert_true (gtk_widget_get_visible (get_child (view, "activity_error_label")));
  gtk_editable_set_text (get_child (view, "date_entry"), "");
  gtk_editable_set_text (get_child (view, "note_entry"), "Helped with the CRM app");
  gtk_spin_button_set_value (get_child (view, "helped_spin"), 3);
  gtk_drop_down_set_selected (get_child (view, "kind_dropdown"), 1);
  g_assert_true (pas_referent_view_add_activity (view));
  g_assert_false (gtk_widget_get_visible (get_child (view, "activity_error_label")));
  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (get_child (view, "note_entry")), ==, "");
  {
    g_autoptr(PasRecord) activity = g_list_model_get_item (activities, 0);

    g_assert_cmpstr (pas_record_get_string (activity, "kind"), ==, "session");
    g_assert_cmpint (pas_record_get_int (activity, "people_helped"), ==, 3);
    g_assert_cmpstr (pas_record_get_string (activity, "note"), ==, "Helped with the CRM app");
  }

  /* Coverage: Atelier has no referent, Ventes one for a headcount of 40. */
  coverage = pas_referent_coverage_get_coverage (coverage_view);
  g_assert_nonnull (coverage);
  g_assert_cmpuint (coverage->n_departments_without_referent, ==, 1);

  /* Marking Adam a referent gives Atelier one. */
  {
    g_autoptr(PasRecord) person = NULL;
    g_autoptr(PasPeopleList) everyone = pas_people_list_new (fixture->workspace);
    gint64 adam_id = pas_people_list_get_id (everyone, 0);

    person = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, adam_id, NULL);
    pas_record_set_int (person, "is_referent", 1);
    save (fixture->workspace, person);
  }
  iterate ();
  coverage = pas_referent_coverage_get_coverage (coverage_view);
  g_assert_cmpuint (coverage->n_departments_without_referent, ==, 0);
  g_assert_cmpuint (coverage->n_referents, ==, 2);

  destroy_window (window);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->folder, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *bad_path = write_file (fixture, "bad.csv",
                                          "name;email;department\n"
                                          "Nina Blanc;nina@example.com;Ventes\n"
                                          ";nobody@example.com;Ventes\n");
  g_autofree char *good_path = write_file (fixture, "good.csv",
                                           "Nom,Courriel,Service\n"
                                           "Nina Blanc,nina@example.com,Ventes\n"
                                           "Zoé Martin,zoe@example.com,Atelier\n"
                                           "Omar Haddad,omar@example.com,Logistique\n");
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  g_autoptr(PasPeopleImport) import = NULL;
  g_autoptr(GError) error = NULL;
  PasImportDialog *dialog;
  GtkListBox *problems;
  gint64 count = pas_workspace_count (fixture->workspace, PAS_KIND_PERSON);

  /* A rejected row: nothing can be imported, and the line is named. */
  import = pas_people_import_new_for_file (fixture->workspace, bad, NULL, &error);
  g_assert_no_error (error);
  dialog = g_object_ref (pas_import_dialog_new (NULL, import, "bad.csv"));
  g_assert_false (pas_import_dialog_can_import (dialog));
  g_assert_false (gtk_widget_get_sensitive (get_child (dialog, "import_button")));
  g_assert_true (gtk_widget_get_visible (get_child (dialog, "problems_group")));
  problems = get_child (dialog, "problems_list");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (problems, 0))),
                   ==, "Line 3");
  g_assert_cmpstr (gtk_label_get_label (get_child (dialog, "rejected_label")), ==, "1");
  g_assert_false (pas_import_dialog_apply (dialog));
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, count);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
  g_clear_object (&import);

  /* A valid file: one added, one updated (moved), one with a new department. */
  import = pas_people_import_new_for_file (fixture->workspace, good, NULL, &error);
  g_assert_no_error (error);
  dialog = g_object_ref (pas_import_dialog_new (NULL, import, "good.csv"));
  g_assert_true (pas_import_dialog_can_import (dialog));
  g_assert_cmpstr (gtk_label_get_label (get_child (dialog, "add_label")), ==, "2");
  g_assert_cmpstr (gtk_label_get_label (get_child (dialog, "update_label")), ==, "1");
  g_assert_cmpstr (gtk_label_get_label (get_child (dialog, "departments_label")), ==, "1");
  g_assert_false (gtk_widget_get_visible (get_child (dialog, "problems_group")));
  g_assert_true (pas_import_dialog_apply (dialog));
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, count + 2);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_DEPARTMENT), ==, 3);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* Ctrl+F, Ctrl+N and Ctrl+I are the section's, while it is shown. */
static void
test_actions (Fixture       *fixture,
              gconstpointer  data)
{
  PasPeoplePage *page;
  GtkWindow *window = create_page (fixture, &page);
  AdwViewStack *stack = get_child (page, "view_stack");

  adw_view_stack_set_visible_child_name (stack, "coverage");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "people.find", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "people");
  g_assert_true (gtk_widget_is_focus (gtk_widget_get_first_child (get_child (page, "search_entry"))) ||
                 gtk_widget_has_focus (get_child (page, "search_entry")) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), get_child (page, "search_entry")));

  /* Without a workspace, nothing can be added. */
  pas_section_page_set_workspace (PAS_SECTION_PAGE (page), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (get_people (page)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_child (page, "people_stack")), ==, "empty");
  g_assert_false (gtk_widget_get_sensitive (get_child (page, "add_button")));
  g_assert_false (gtk_widget_get_sensitive (get_child (page, "import_button")));

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_printerr ("test-people-page needs a display: run it under xvfb-run (make test does).\n");
      return 1;
    }
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  pas_application_register_resources ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/people-page/search-and-filters", test_search_and_filters);
  ADD ("/people-page/editor-validation", test_editor_validation);
  ADD ("/people-page/editor-edits", test_editor_edits);
  ADD ("/people-page/archive", test_archive);
  ADD ("/people-page/erase", test_erase);
  ADD ("/people-page/departments", test_departments);
  ADD ("/people-page/referents", test_referents);
  ADD ("/people-page/import", test_import);
  ADD ("/people-page/actions", test_actions);
#undef ADD

  return g_test_run ();
}
