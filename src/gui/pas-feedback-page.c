/* pas-feedback-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-feedback-page"

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "pas-choice.h"
#include "pas-feedback-editor.h"
#include "pas-feedback-list.h"
#include "pas-feedback-page.h"
#include "pas-feedback-triage.h"
#include "pas-gui-util.h"
#include "pas-people-util.h"
#include "pas-record-list.h"
#include "pas-text-block.h"

/* The usage feedback of the selected project: typed in at the top and
 * saved at once, searched in full text and filtered in SQL, newest
 * first, triaged and answered in an editor. The list keeps row ids
 * only; a hundred thousand items are never loaded at once. */
struct _PasFeedbackPage
{
  PasSectionPage      parent_instance;

  PasWorkspace       *workspace;       /* the one the models were made for */
  gint64              project_id;
  PasFeedbackList    *feedback;
  GtkSingleSelection *selection;
  PasRecordList      *departments;
  GArray             *department_ids;   /* gint64 by position in the filter */
  gboolean            filling_departments;

  GtkStack           *stack;
  GtkEntry           *quick_entry;
  GtkDropDown        *quick_category_dropdown;
  GtkButton          *add_button;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *category_dropdown;
  GtkDropDown        *severity_dropdown;
  GtkDropDown        *department_dropdown;
  GtkLabel           *count_label;
  GtkStack           *list_stack;
  GtkGridView        *feedback_view;
  AdwStatusPage      *no_match_page;
};

G_DEFINE_FINAL_TYPE (PasFeedbackPage, pas_feedback_page, PAS_TYPE_SECTION_PAGE)

/* Position 0 of each filter is "All …". */
#define ALL_POSITION 0

/* Helpers */

static GtkStringList *
new_choice_list (const char      *all,
                 const PasChoice *choices,
                 guint            n_choices)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  if (all != NULL)
    gtk_string_list_append (list, all);
  for (guint i = 0; i < n_choices; i++)
    gtk_string_list_append (list, _(choices[i].label));
  return list;
}

/* The key chosen in a filter of @choices, or NULL for all. */
static const char *
get_filter_key (GtkDropDown     *dropdown,
                const PasChoice *choices,
                guint            n_choices)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (position == GTK_INVALID_LIST_POSITION || position == ALL_POSITION || position > n_choices)
    return NULL;
  return choices[position - 1].key;
}

static gint64
get_selected_department (PasFeedbackPage *self)
{
  return pas_people_get_department_filter (self->department_dropdown, self->department_ids);
}

static void
apply_filters (PasFeedbackPage *self)
{
  guint severity = gtk_drop_down_get_selected (self->severity_dropdown);

  if (self->feedback == NULL || self->filling_departments)
    return;
  pas_feedback_list_set_status (self->feedback,
                                get_filter_key (self->status_dropdown, pas_feedback_statuses,
                                                G_N_ELEMENTS (pas_feedback_statuses)));
  pas_feedback_list_set_category (self->feedback,
                                  get_filter_key (self->category_dropdown, pas_feedback_categories,
                                                  G_N_ELEMENTS (pas_feedback_categories)));
  pas_feedback_list_set_severity (self->feedback,
                                  severity == GTK_INVALID_LIST_POSITION || severity > PAS_FEEDBACK_MAX_SEVERITY
                                  ? 0 : (int) severity);
  pas_feedback_list_set_department (self->feedback, get_selected_department (self));
}

static void
fill_department_dropdown (PasFeedbackPage *self)
{
  self->filling_departments = TRUE;
  pas_people_fill_department_filter (self->department_dropdown,
                                     G_LIST_MODEL (self->departments), self->department_ids);
  self->filling_departments = FALSE;
  /* The department filtered may have been deleted. */
  apply_filters (self);
}

static const char *
get_department_name (PasFeedbackPage *self,
                     PasRecord       *feedback)
{
  if (pas_record_is_null (feedback, "department_id"))
    return NULL;
  return pas_people_get_department_name (self->department_dropdown, self->department_ids,
                                         pas_record_get_int (feedback, "department_id"));
}

static char *
format_date (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_time);

  return time ? g_date_time_format (time, "%x") : g_strdup ("");
}

/* The line under the text: category · status · severity · department · date. */
static char *
describe_details (PasFeedbackPage *self,
                  PasRecord       *feedback)
{
  const char *department = get_department_name (self, feedback);
  g_autofree char *date = format_date (pas_record_get_int (feedback, "created_at"));
  /* Translators: a feedback item's severity in the list, e.g. "Severity 3, Serious" */
  g_autofree char *severity = g_strdup_printf (_("Severity %d, %s"),
                                               (int) pas_record_get_int (feedback, "severity"),
                                               pas_feedback_severity_get_label (pas_record_get_int (feedback, "severity")));

  return g_strjoin (" · ",
                    PAS_CHOICE_LABEL (pas_feedback_categories, pas_record_get_string (feedback, "category")),
                    PAS_CHOICE_LABEL (pas_feedback_statuses, pas_record_get_string (feedback, "status")),
                    severity,
                    department ? department : _("No department"),
                    date,
                    NULL);
}

/* What a screen reader says of a row: the whole item, in a sentence. */
static char *
describe_feedback (PasFeedbackPage *self,
                   PasRecord       *feedback)
{
  const char *department = get_department_name (self, feedback);
  const char *response = pas_record_get_string (feedback, "response");
  g_autofree char *date = format_date (pas_record_get_int (feedback, "created_at"));
  g_autofree char *sentence = NULL;

  /* Translators: a feedback item read by a screen reader: its text, then
   * category, status, severity (a number and a word), department, date */
  sentence = g_strdup_printf (_("%s — %s, %s, severity %d %s, %s, received %s"),
                              pas_record_get_string (feedback, "text"),
                              PAS_CHOICE_LABEL (pas_feedback_categories, pas_record_get_string (feedback, "category")),
                              PAS_CHOICE_LABEL (pas_feedback_statuses, pas_record_get_string (feedback, "status")),
                              (int) pas_record_get_int (feedback, "severity"),
                              pas_feedback_severity_get_label (pas_record_get_int (feedback, "severity")),
                              department ? department : _("no department"),
                              date);
  if (response != NULL && *response != '\0')
    return g_strconcat (sentence, _(", answered"), NULL);
  return g_steal_pointer (&sentence);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PasFeedbackPage          *self)
{
  GtkWidget *row = pas_text_block_new ();

  /* The text on two lines at most, the details on one. */
  pas_text_block_set_lines (PAS_TEXT_BLOCK (row), 2);
  pas_people_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             PasFeedbackPage          *self)
{
  PasTextBlock *row = PAS_TEXT_BLOCK (gtk_list_item_get_child (item));
  PasRecord *feedback = gtk_list_item_get_item (item);
  g_autofree char *details = NULL;
  g_autofree char *description = NULL;

  /* Deleted since the list was read: the list follows at once. */
  if (feedback == NULL)
    {
      pas_text_block_set_text (row, "", NULL);
      return;
    }
  details = describe_details (self, feedback);
  pas_text_block_set_text (row, pas_record_get_string (feedback, "text"), details);
  description = describe_feedback (self, feedback);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  pas_people_label_item (GTK_WIDGET (row), description);
}

/* Shows the list, or says why it is empty; counts what is shown. */
static void
update_state (PasFeedbackPage *self)
{
  guint n = self->feedback ? g_list_model_get_n_items (G_LIST_MODEL (self->feedback)) : 0;
  g_autofree char *count = NULL;

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u item shown", "%'u items shown", n), n);
  gtk_label_set_label (self->count_label, count);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (self->feedback == NULL || !pas_feedback_list_is_filtered (self->feedback) ||
           pas_feedback_list_count_all (self->feedback) <= 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else
    {
      const char *search = pas_feedback_list_get_search (self->feedback);
      g_autofree char *description = NULL;

      if (search != NULL)
        /* Translators: %s is what was typed in the search */
        description = g_strdup_printf (_("No feedback matches “%s” with these filters. Check the spelling, try the start of a word, or show all feedback."),
                                       search);
      else
        description = g_strdup (_("No feedback matches these filters. Choose “All” in a filter, or show all feedback."));
      adw_status_page_set_description (self->no_match_page, description);
      gtk_stack_set_visible_child_name (self->list_stack, "no-match");
    }
}

static void
select_feedback (PasFeedbackPage *self,
                 gint64           id)
{
  int position;

  if (self->feedback == NULL || (position = pas_feedback_list_find (self->feedback, id)) < 0)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  pas_people_select_position (GTK_WIDGET (self->feedback_view), position);
}

/* Callbacks */

static void
on_feedback_changed_cb (PasFeedbackPage *self)
{
  update_state (self);
}

static void
on_departments_changed_cb (PasFeedbackPage *self)
{
  /* The list, which follows departments too, is made after this model:
   * its rows are bound again once the names here are new. */
  fill_department_dropdown (self);
}

static void
on_filter_changed_cb (PasFeedbackPage *self)
{
  apply_filters (self);
}

static void
on_search_changed_cb (PasFeedbackPage *self)
{
  g_autofree char *before = NULL;
  gint64 started = g_get_monotonic_time ();

  if (self->feedback == NULL)
    return;
  before = g_strdup (pas_feedback_list_get_search (self->feedback));
  pas_feedback_list_set_search (self->feedback, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  /* What a new search finds is read from the top. */
  if (g_strcmp0 (before, pas_feedback_list_get_search (self->feedback)) != 0 &&
      g_list_model_get_n_items (G_LIST_MODEL (self->feedback)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->feedback_view), "list.scroll-to-item", "u", 0);
  g_debug ("Search “%s”: %u items in %.1f ms",
           gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
           g_list_model_get_n_items (G_LIST_MODEL (self->feedback)),
           (g_get_monotonic_time () - started) / 1000.0);
}

static void
on_stop_search_cb (PasFeedbackPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void show_editor (PasFeedbackPage *self, guint position);

/* Enter in the search opens the first item found; the search is run
 * at once, the entry may still be waiting for a pause in the typing. */
static void
on_search_activate_cb (PasFeedbackPage *self)
{
  on_search_changed_cb (self);
  if (self->feedback == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->feedback)) == 0)
    return;
  gtk_single_selection_set_selected (self->selection, 0);
  show_editor (self, 0);
}

/* Down in the search goes to the items found. */
static gboolean
on_search_key_pressed_cb (PasFeedbackPage *self,
                          guint            keyval,
                          guint            keycode,
                          GdkModifierType  state)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) || self->feedback == NULL)
    return GDK_EVENT_PROPAGATE;
  on_search_changed_cb (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->feedback)) == 0)
    return GDK_EVENT_PROPAGATE;
  gtk_single_selection_set_selected (self->selection, 0);
  pas_people_select_position (GTK_WIDGET (self->feedback_view), 0);
  return GDK_EVENT_STOP;
}

static void
on_undo_add_cb (AdwToast        *toast,
                PasFeedbackPage *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (toast), "feedback-id");
  g_autoptr(GError) error = NULL;

  if (self->workspace == NULL || id == NULL)
    return;
  if (!pas_workspace_delete (self->workspace, PAS_KIND_FEEDBACK, *id, &error))
    pas_people_show_message (GTK_WIDGET (self), error->message);
}

static void
on_quick_entry_activate_cb (PasFeedbackPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->quick_entry));
  guint category = gtk_drop_down_get_selected (self->quick_category_dropdown);
  g_autoptr(PasRecord) feedback = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  gint64 *data;
  int position;

  if (self->feedback == NULL)
    return;
  feedback = pas_feedback_new (self->project_id, text,
                               category < G_N_ELEMENTS (pas_feedback_categories)
                               ? pas_feedback_categories[category].key : NULL,
                               g_get_real_time () / G_USEC_PER_SEC);
  if (!pas_feedback_check (feedback, &error) ||
      !pas_workspace_save (self->workspace, feedback, &error))
    {
      pas_people_show_message (GTK_WIDGET (self), error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->quick_entry));
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->quick_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->quick_entry));

  /* In sight, the focus staying in the entry for the next one. */
  position = pas_feedback_list_find (self->feedback, pas_record_get_id (feedback));
  if (position >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self->feedback_view), "list.scroll-to-item", "u", (guint) position);
  toast = adw_toast_new (position >= 0
                         ? _("Feedback saved")
                         : _("Feedback saved; the search or the filters hide it"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  data = g_new (gint64, 1);
  *data = pas_record_get_id (feedback);
  g_object_set_data_full (G_OBJECT (toast), "feedback-id", data, g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_add_cb), self, 0);
  pas_people_add_toast (GTK_WIDGET (self), toast);
}

static void
on_feedback_saved_cb (PasFeedbackEditor *editor,
                      gint64             id,
                      PasFeedbackPage   *self)
{
  select_feedback (self, id);
}

static void
show_editor (PasFeedbackPage *self,
             guint            position)
{
  g_autoptr(PasRecord) feedback = NULL;
  g_autoptr(GError) error = NULL;
  PasFeedbackEditor *editor;

  if (self->feedback == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->feedback)))
    return;
  feedback = pas_workspace_load (self->workspace, PAS_KIND_FEEDBACK,
                                 pas_feedback_list_get_id (self->feedback, position), &error);
  if (feedback == NULL)
    {
      pas_people_show_message (GTK_WIDGET (self), error->message);
      return;
    }
  editor = pas_feedback_editor_new (pas_people_get_window (GTK_WIDGET (self)), self->workspace, feedback);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_feedback_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_feedback_activated_cb (PasFeedbackPage *self,
                          guint            position)
{
  show_editor (self, position);
}

/* Actions */

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PasFeedbackPage *self = PAS_FEEDBACK_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PasFeedbackPage *self = PAS_FEEDBACK_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->quick_entry));
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PasFeedbackPage *self = PAS_FEEDBACK_PAGE (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_dropdown, ALL_POSITION);
  gtk_drop_down_set_selected (self->category_dropdown, ALL_POSITION);
  gtk_drop_down_set_selected (self->severity_dropdown, ALL_POSITION);
  gtk_drop_down_set_selected (self->department_dropdown, ALL_POSITION);
  on_search_changed_cb (self);
}

static void
update_actions (PasFeedbackPage *self)
{
  gboolean has_list = self->feedback != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.find", has_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.add", has_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "feedback.show-all", has_list);
}

/* Overrides */

static void
pas_feedback_page_context_changed (PasSectionPage *page)
{
  PasFeedbackPage *self = PAS_FEEDBACK_PAGE (page);
  PasWorkspace *workspace = pas_section_page_get_workspace (page);
  gint64 project_id = pas_section_page_get_project_id (page);

  if (workspace == NULL)
    project_id = 0;
  if (workspace == self->workspace && project_id == self->project_id)
    return;

  gtk_single_selection_set_model (self->selection, NULL);
  if (self->feedback != NULL)
    g_signal_handlers_disconnect_by_func (self->feedback, on_feedback_changed_cb, self);
  g_clear_object (&self->feedback);
  if (workspace != self->workspace)
    {
      if (self->departments != NULL)
        g_signal_handlers_disconnect_by_func (self->departments, on_departments_changed_cb, self);
      g_clear_object (&self->departments);
      g_set_object (&self->workspace, workspace);
      if (workspace != NULL)
        {
          self->departments = pas_record_list_new (workspace, PAS_KIND_DEPARTMENT);
          g_signal_connect_swapped (self->departments, "items-changed", G_CALLBACK (on_departments_changed_cb), self);
        }
      fill_department_dropdown (self);
    }
  self->project_id = project_id;

  if (project_id > 0)
    {
      self->feedback = pas_feedback_list_new (workspace, project_id);
      pas_feedback_list_set_search (self->feedback, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      apply_filters (self);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->feedback));
      /* After the selection's: the list sees a change before the page
       * shows or hides it. */
      g_signal_connect_swapped (self->feedback, "items-changed", G_CALLBACK (on_feedback_changed_cb), self);
    }
  gtk_stack_set_visible_child_name (self->stack, project_id > 0 ? "feedback" : "no-project");
  update_state (self);
  update_actions (self);
}

static void
pas_feedback_page_dispose (GObject *object)
{
  PasFeedbackPage *self = (PasFeedbackPage *)object;

  if (self->feedback != NULL)
    g_signal_handlers_disconnect_by_func (self->feedback, on_feedback_changed_cb, self);
  if (self->departments != NULL)
    g_signal_handlers_disconnect_by_func (self->departments, on_departments_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (object), PAS_TYPE_FEEDBACK_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->feedback);
  g_clear_object (&self->departments);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pas_feedback_page_parent_class)->dispose (object);
}

static void
pas_feedback_page_finalize (GObject *object)
{
  PasFeedbackPage *self = (PasFeedbackPage *)object;

  g_clear_pointer (&self->department_ids, g_array_unref);

  G_OBJECT_CLASS (pas_feedback_page_parent_class)->finalize (object);
}

static void
pas_feedback_page_class_init (PasFeedbackPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PasSectionPageClass *page_class = PAS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = pas_feedback_page_dispose;
  object_class->finalize = pas_feedback_page_finalize;
  page_class->context_changed = pas_feedback_page_context_changed;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-feedback-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, quick_entry);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, quick_category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, severity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, feedback_view);
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, no_match_page);
  gtk_widget_class_bind_template_callback (widget_class, on_quick_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_feedback_activated_cb);

  gtk_widget_class_install_action (widget_class, "feedback.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "feedback.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "feedback.show-all", NULL, show_all_action);
}

static void
load_style (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      GdkDisplay *display = gdk_display_get_default ();

      if (display != NULL)
        {
          g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

          gtk_css_provider_load_from_resource (provider, "/io/github/passerelle/Passerelle/pas-feedback-page.css");
          gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                      GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
        }
      g_once_init_leave (&loaded, 1);
    }
}

static void
pas_feedback_page_init (PasFeedbackPage *self)
{
  GtkEventController *keys_controller;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkStringList) quick_categories = NULL;
  g_autoptr(GtkStringList) statuses = NULL;
  g_autoptr(GtkStringList) categories = NULL;
  g_autoptr(GtkStringList) severities = gtk_string_list_new (NULL);
  static const PasGuiShortcut keys[] = {
    { GDK_KEY_f, "feedback.find" },
    { GDK_KEY_n, "feedback.add" },
  };

  load_style ();
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));

  quick_categories = new_choice_list (NULL, pas_feedback_categories, G_N_ELEMENTS (pas_feedback_categories));
  gtk_drop_down_set_model (self->quick_category_dropdown, G_LIST_MODEL (quick_categories));
  gtk_drop_down_set_selected (self->quick_category_dropdown,
                              PAS_CHOICE_FIND (pas_feedback_categories, "other"));
  statuses = new_choice_list (_("All statuses"), pas_feedback_statuses, G_N_ELEMENTS (pas_feedback_statuses));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  categories = new_choice_list (_("All categories"), pas_feedback_categories, G_N_ELEMENTS (pas_feedback_categories));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
  gtk_string_list_append (severities, _("All severities"));
  for (int s = PAS_FEEDBACK_MIN_SEVERITY; s <= PAS_FEEDBACK_MAX_SEVERITY; s++)
    {
      g_autofree char *label = g_strdup_printf (_("%d — %s"), s, pas_feedback_severity_get_label (s));
      gtk_string_list_append (severities, label);
    }
  gtk_drop_down_set_model (self->severity_dropdown, G_LIST_MODEL (severities));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  pas_people_show_model_when_mapped (GTK_WIDGET (self->feedback_view), GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_grid_view_set_factory (self->feedback_view, factory);

  keys_controller = gtk_event_controller_key_new ();
  g_signal_connect_object (keys_controller, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys_controller);

  pas_gui_add_section_shortcuts (GTK_WIDGET (self), keys, G_N_ELEMENTS (keys));

  pas_gui_fix_button_names (GTK_WIDGET (self));
  fill_department_dropdown (self);
  update_state (self);
  update_actions (self);
}
