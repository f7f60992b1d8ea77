/* pas-people-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-people-page"

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "pas-department-view.h"
#include "pas-gui-util.h"
#include "pas-import-dialog.h"
#include "pas-people-check.h"
#include "pas-people-factory.h"
#include "pas-people-header.h"
#include "pas-people-list.h"
#include "pas-people-page.h"
#include "pas-people-util.h"
#include "pas-person-editor.h"
#include "pas-record-list.h"
#include "pas-referent-coverage.h"
#include "pas-referent-view.h"

/* People and departments belong to the workspace, not to a project.
 * The people list is a view over a model that keeps row ids only:
 * search, filters and sorting are done in SQL, so that it stays smooth
 * with thousands of people. The header says which column to sort by;
 * the model sorts. */
struct _PasPeoplePage
{
  PasSectionPage        parent_instance;

  PasWorkspace         *workspace;       /* the one the models were made for */
  PasPeopleList        *people;
  GtkSingleSelection   *selection;
  PasRecordList        *departments;
  GArray               *department_ids;  /* gint64 by position in the dropdown */
  gboolean              filling_departments;
  gint64                search_started;  /* monotonic time, to measure a search */
  GdkFrameClock        *paint_clock;     /* while measuring a search */
  gulong                paint_handler;

  AdwViewStack         *view_stack;
  GtkSearchEntry       *search_entry;
  GtkButton            *import_button;
  GtkButton            *add_button;
  GtkDropDown          *department_dropdown;
  GtkToggleButton      *referents_toggle;
  GtkToggleButton      *archived_toggle;
  GtkLabel             *count_label;
  GtkStack             *people_stack;
  PasPeopleHeader      *header;
  GtkGridView          *people_view;
  AdwStatusPage        *no_match_page;
  PasDepartmentView    *department_view;
  PasReferentView      *referent_view;
  PasReferentCoverage  *coverage_view;
};

G_DEFINE_FINAL_TYPE (PasPeoplePage, pas_people_page, PAS_TYPE_SECTION_PAGE)

/* The department dropdown: every department, then those without one. */
#define ANY_DEPARTMENT_POSITION 0

/* Helpers */

static PasRecord *
load_person (PasPeoplePage *self,
             gint64         id)
{
  g_autoptr(GError) error = NULL;
  PasRecord *person;

  if (!(person = pas_workspace_load (self->workspace, PAS_KIND_PERSON, id, &error)))
    pas_people_show_message (GTK_WIDGET (self), error->message);
  return person;
}

static gint64
get_selected_department (PasPeoplePage *self)
{
  return pas_people_get_department_filter (self->department_dropdown, self->department_ids);
}

static void
fill_department_dropdown (PasPeoplePage *self)
{
  self->filling_departments = TRUE;
  pas_people_fill_department_filter (self->department_dropdown,
                                     G_LIST_MODEL (self->departments), self->department_ids);
  self->filling_departments = FALSE;
  /* The department filtered may have been deleted. */
  if (self->people != NULL)
    pas_people_list_set_department (self->people, get_selected_department (self));
}

/* Shows the list, or says why it is empty; counts who is shown. */
static void
update_state (PasPeoplePage *self)
{
  guint n = self->people ? g_list_model_get_n_items (G_LIST_MODEL (self->people)) : 0;
  g_autofree char *count = NULL;

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u person shown", "%'u people shown", n), n);
  gtk_label_set_label (self->count_label, count);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->people_stack, "list");
  else if (self->workspace == NULL || pas_workspace_count (self->workspace, PAS_KIND_PERSON) <= 0)
    gtk_stack_set_visible_child_name (self->people_stack, "empty");
  else
    {
      const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
      g_autofree char *description = NULL;

      if (search != NULL && *search != '\0')
        /* Translators: %s is what was typed in the search */
        description = g_strdup_printf (_("No one matches “%s” with these filters. Check the spelling, or show all departments and archived people."),
                                       search);
      else
        description = g_strdup (_("No one matches these filters. Show all departments, or archived people too."));
      adw_status_page_set_description (self->no_match_page, description);
      gtk_stack_set_visible_child_name (self->people_stack, "no-match");
    }
}

static void
on_sort_changed_cb (PasPeoplePage *self)
{
  if (self->people != NULL)
    pas_people_list_set_sort (self->people,
                              pas_people_header_get_sort (self->header),
                              pas_people_header_get_descending (self->header));
}

/* The time from a change of the search to the list painted again:
 * logged with G_MESSAGES_DEBUG=pas-people-page. */
static void
on_after_paint_cb (GdkFrameClock *clock,
                   PasPeoplePage *self)
{
  g_debug ("Search painted %.1f ms after it changed",
           (g_get_monotonic_time () - self->search_started) / 1000.0);
  g_clear_signal_handler (&self->paint_handler, clock);
  g_clear_object (&self->paint_clock);
}

static void
measure_next_paint (PasPeoplePage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->people_view));

  if (clock == NULL ||
      (self->paint_clock != NULL && g_signal_handler_is_connected (self->paint_clock, self->paint_handler)))
    return;
  g_set_object (&self->paint_clock, clock);
  self->paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), self);
  gtk_widget_queue_draw (GTK_WIDGET (self->people_view));
}

/* Callbacks */

static void
on_search_changed_cb (PasPeoplePage *self)
{
  g_autofree char *before = NULL;
  gint64 queried;

  if (self->people == NULL)
    return;
  before = g_strdup (pas_people_list_get_search (self->people));
  self->search_started = g_get_monotonic_time ();
  pas_people_list_set_search (self->people, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  queried = g_get_monotonic_time ();
  /* What a new search finds is read from the top. */
  if (g_strcmp0 (before, pas_people_list_get_search (self->people)) != 0 &&
      g_list_model_get_n_items (G_LIST_MODEL (self->people)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->people_view), "list.scroll-to-item", "u", 0);
  g_debug ("Search “%s”: %u people, model reloaded in %.1f ms",
           gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
           g_list_model_get_n_items (G_LIST_MODEL (self->people)),
           (queried - self->search_started) / 1000.0);
  measure_next_paint (self);
  update_state (self);
}

static void
on_stop_search_cb (PasPeoplePage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void show_editor (PasPeoplePage *self, PasRecord *person);

/* Enter in the search opens the first person found, as in GNOME's searches.
 * The search is run at once: the entry may still be waiting for a pause
 * in the typing, and the first person would be the previous search's. */
static void
on_search_activate_cb (PasPeoplePage *self)
{
  g_autoptr(PasRecord) person = NULL;

  on_search_changed_cb (self);
  if (self->people == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->people)) == 0)
    return;
  gtk_single_selection_set_selected (self->selection, 0);
  if ((person = load_person (self, pas_people_list_get_id (self->people, 0))))
    show_editor (self, person);
}

/* Down in the search goes to the people found. */
static gboolean
on_search_key_pressed_cb (PasPeoplePage   *self,
                          guint            keyval,
                          guint            keycode,
                          GdkModifierType  state)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) || self->people == NULL)
    return GDK_EVENT_PROPAGATE;
  on_search_changed_cb (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->people)) == 0)
    return GDK_EVENT_PROPAGATE;
  gtk_single_selection_set_selected (self->selection, 0);
  pas_people_select_position (GTK_WIDGET (self->people_view), 0);
  return GDK_EVENT_STOP;
}

static void
on_department_selected_cb (PasPeoplePage *self)
{
  if (self->people != NULL && !self->filling_departments)
    pas_people_list_set_department (self->people, get_selected_department (self));
}

static void
on_filter_toggled_cb (PasPeoplePage *self)
{
  if (self->people == NULL)
    return;
  pas_people_list_set_referents_only (self->people, gtk_toggle_button_get_active (self->referents_toggle));
  pas_people_list_set_show_archived (self->people, gtk_toggle_button_get_active (self->archived_toggle));
}

static void
on_people_changed_cb (PasPeoplePage *self)
{
  update_state (self);
}

static void
on_departments_changed_cb (PasPeoplePage *self)
{
  fill_department_dropdown (self);
}

static void
on_person_saved_cb (PasPersonEditor *editor,
                    gint64           id,
                    PasPeoplePage   *self)
{
  int position;

  if (self->people == NULL || (position = pas_people_list_find (self->people, id)) < 0)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  pas_people_select_position (GTK_WIDGET (self->people_view), position);
}

static void
on_undo_archive_cb (AdwToast      *toast,
                    PasPeoplePage *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (toast), "person-id");
  gboolean archived = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "archived"));
  g_autoptr(PasRecord) person = NULL;
  g_autoptr(GError) error = NULL;

  if (self->workspace == NULL || id == NULL || !(person = load_person (self, *id)))
    return;
  pas_record_set_int (person, "archived", !archived);
  if (!pas_workspace_save (self->workspace, person, &error))
    pas_people_show_message (GTK_WIDGET (self), error->message);
}

static void
on_person_archived_cb (PasPersonEditor *editor,
                       gint64           id,
                       gboolean         archived,
                       PasPeoplePage   *self)
{
  g_autoptr(PasRecord) person = load_person (self, id);
  g_autofree char *message = NULL;
  gint64 *data;
  AdwToast *toast;

  if (person == NULL)
    return;
  if (archived)
    /* Translators: %s is the name of a person */
    message = g_strdup_printf (_("%s archived"), pas_record_get_string (person, "name"));
  else
    /* Translators: %s is the name of a person */
    message = g_strdup_printf (_("%s restored"), pas_record_get_string (person, "name"));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  data = g_new (gint64, 1);
  *data = id;
  g_object_set_data_full (G_OBJECT (toast), "person-id", data, g_free);
  g_object_set_data (G_OBJECT (toast), "archived", GINT_TO_POINTER (archived));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_archive_cb), self, 0);
  pas_people_add_toast (GTK_WIDGET (self), toast);
}

static void
on_person_erased_cb (PasPersonEditor *editor,
                     const char      *name,
                     PasPeoplePage   *self)
{
  /* Translators: %s is the name the person had */
  g_autofree char *message = g_strdup_printf (_("Everything about %s was erased"), name);

  pas_people_show_message (GTK_WIDGET (self), message);
}

static void
show_editor (PasPeoplePage *self,
             PasRecord     *person)
{
  PasPersonEditor *editor;

  editor = pas_person_editor_new (pas_people_get_window (GTK_WIDGET (self)), self->workspace, person);
  if (person == NULL && get_selected_department (self) > 0)
    pas_person_editor_set_department (editor, get_selected_department (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_person_saved_cb), self, 0);
  g_signal_connect_object (editor, "archived", G_CALLBACK (on_person_archived_cb), self, 0);
  g_signal_connect_object (editor, "erased", G_CALLBACK (on_person_erased_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_person_activated_cb (PasPeoplePage *self,
                        guint          position)
{
  g_autoptr(PasRecord) person = NULL;

  if (self->people == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->people)))
    return;
  if ((person = load_person (self, pas_people_list_get_id (self->people, position))))
    show_editor (self, person);
}

static void
on_imported_cb (PasImportDialog *dialog,
                const char      *summary,
                PasPeoplePage   *self)
{
  pas_people_show_message (GTK_WIDGET (self), summary);
}

static void
show_import_error (PasPeoplePage *self,
                   const char    *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (pas_people_get_window (GTK_WIDGET (self)),
                                                       _("This File Cannot Be Imported"), message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  pas_gui_fix_button_names (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_file_cb (GtkNativeDialog *chooser,
                   int              response,
                   PasPeoplePage   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(PasPeopleImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  PasImportDialog *dialog;
  gint64 started;

  if (response == GTK_RESPONSE_ACCEPT && self->workspace != NULL)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL)
    return;

  started = g_get_monotonic_time ();
  if (!(import = pas_people_import_new_for_file (self->workspace, file, NULL, &error)))
    {
      show_import_error (self, error->message);
      return;
    }
  g_debug ("CSV read and planned in %.1f ms: %u rows",
           (g_get_monotonic_time () - started) / 1000.0, pas_people_import_get_n_rows (import));
  name = g_file_get_basename (file);
  dialog = pas_import_dialog_new (pas_people_get_window (GTK_WIDGET (self)), import, name);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PasPeoplePage *self = PAS_PEOPLE_PAGE (widget);
  const char *tab = adw_view_stack_get_visible_child_name (self->view_stack);

  if (self->workspace == NULL)
    return;
  if (g_strcmp0 (tab, "departments") == 0)
    pas_department_view_add (self->department_view);
  else
    show_editor (self, NULL);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PasPeoplePage *self = PAS_PEOPLE_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->workspace == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Import People from a CSV File"),
                                         pas_people_get_window (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Preview Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_file_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PasPeoplePage *self = PAS_PEOPLE_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "people");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
update_actions (PasPeoplePage *self)
{
  gboolean has_workspace = self->workspace != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.add", has_workspace);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.import", has_workspace);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.find", has_workspace);
}

/**
 * pas_people_page_show_person:
 *
 * Shows the person with @person_id in the list, whatever the filters
 * were, found by name and selected.
 */
void
pas_people_page_show_person (PasPeoplePage *self,
                             gint64         person_id)
{
  g_autoptr(PasRecord) person = NULL;
  int position;

  g_return_if_fail (PAS_IS_PEOPLE_PAGE (self));

  if (self->people == NULL || !(person = load_person (self, person_id)))
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "people");
  gtk_drop_down_set_selected (self->department_dropdown, ANY_DEPARTMENT_POSITION);
  gtk_toggle_button_set_active (self->referents_toggle, FALSE);
  if (pas_record_get_int (person, "archived"))
    gtk_toggle_button_set_active (self->archived_toggle, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), pas_record_get_string (person, "name"));
  on_search_changed_cb (self);
  if ((position = pas_people_list_find (self->people, person_id)) < 0)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  pas_people_select_position (GTK_WIDGET (self->people_view), position);
}

/* Overrides */

static void
pas_people_page_context_changed (PasSectionPage *page)
{
  PasPeoplePage *self = PAS_PEOPLE_PAGE (page);
  PasWorkspace *workspace = pas_section_page_get_workspace (page);

  /* Only the workspace matters: people belong to no project. */
  if (workspace == self->workspace)
    return;

  gtk_single_selection_set_model (self->selection, NULL);
  if (self->people != NULL)
    g_signal_handlers_disconnect_by_func (self->people, on_people_changed_cb, self);
  if (self->departments != NULL)
    g_signal_handlers_disconnect_by_func (self->departments, on_departments_changed_cb, self);
  g_clear_object (&self->people);
  g_clear_object (&self->departments);
  g_set_object (&self->workspace, workspace);

  if (workspace != NULL)
    {
      self->departments = pas_record_list_new (workspace, PAS_KIND_DEPARTMENT);
      g_signal_connect_swapped (self->departments, "items-changed", G_CALLBACK (on_departments_changed_cb), self);
      self->people = pas_people_list_new (workspace);
      pas_people_list_set_search (self->people, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      on_filter_toggled_cb (self);
      on_sort_changed_cb (self);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->people));
      /* After the selection's: the list sees a change before the page
       * shows or hides it. */
      g_signal_connect_swapped (self->people, "items-changed", G_CALLBACK (on_people_changed_cb), self);
    }
  fill_department_dropdown (self);

  pas_department_view_set_workspace (self->department_view, workspace);
  pas_referent_view_set_workspace (self->referent_view, workspace);
  pas_referent_coverage_set_workspace (self->coverage_view, workspace);
  update_state (self);
  update_actions (self);
}

static void
pas_people_page_dispose (GObject *object)
{
  PasPeoplePage *self = (PasPeoplePage *)object;

  /* The clock may have dropped its handlers, when the window was unrealized. */
  if (self->paint_clock != NULL && g_signal_handler_is_connected (self->paint_clock, self->paint_handler))
    g_signal_handler_disconnect (self->paint_clock, self->paint_handler);
  self->paint_handler = 0;
  g_clear_object (&self->paint_clock);
  if (self->people != NULL)
    g_signal_handlers_disconnect_by_func (self->people, on_people_changed_cb, self);
  if (self->departments != NULL)
    g_signal_handlers_disconnect_by_func (self->departments, on_departments_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), PAS_TYPE_PEOPLE_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->people);
  g_clear_object (&self->departments);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pas_people_page_parent_class)->dispose (object);
}

static void
pas_people_page_finalize (GObject *object)
{
  PasPeoplePage *self = (PasPeoplePage *)object;

  g_clear_pointer (&self->department_ids, g_array_unref);

  G_OBJECT_CLASS (pas_people_page_parent_class)->finalize (object);
}

static void
pas_people_page_class_init (PasPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PasSectionPageClass *page_class = PAS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = pas_people_page_dispose;
  object_class->finalize = pas_people_page_finalize;
  page_class->context_changed = pas_people_page_context_changed;

  g_type_ensure (PAS_TYPE_PEOPLE_HEADER);
  g_type_ensure (PAS_TYPE_DEPARTMENT_VIEW);
  g_type_ensure (PAS_TYPE_REFERENT_VIEW);
  g_type_ensure (PAS_TYPE_REFERENT_COVERAGE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, import_button);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, add_button);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, referents_toggle);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, archived_toggle);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, people_stack);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, header);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, people_view);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, department_view);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, referent_view);
  gtk_widget_class_bind_template_child (widget_class, PasPeoplePage, coverage_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_department_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_changed_cb);

  gtk_widget_class_install_action (widget_class, "people.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "people.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "people.find", NULL, find_action);
}

static void
pas_people_page_init (PasPeoplePage *self)
{
  GtkEventController *keys_controller;
  g_autoptr(GtkListItemFactory) factory = NULL;
  static const PasGuiShortcut keys[] = {
    { GDK_KEY_f, "people.find" },
    { GDK_KEY_n, "people.add" },
    { GDK_KEY_i, "people.import" },
  };

  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  pas_people_show_model_when_mapped (GTK_WIDGET (self->people_view), GTK_SELECTION_MODEL (self->selection));
  factory = pas_people_factory_new ();
  gtk_grid_view_set_factory (self->people_view, factory);

  /* Typing in the list searches; Down in the search goes back to the list. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->people_view));
  keys_controller = gtk_event_controller_key_new ();
  g_signal_connect_object (keys_controller, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys_controller);

  pas_gui_add_section_shortcuts (GTK_WIDGET (self), keys, G_N_ELEMENTS (keys));

  pas_gui_fix_button_names (GTK_WIDGET (self));
  fill_department_dropdown (self);
  update_state (self);
  update_actions (self);
}
