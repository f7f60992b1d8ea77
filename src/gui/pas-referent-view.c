/* pas-referent-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-referent-view"

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "pas-gui-util.h"
#include "pas-people-check.h"
#include "pas-people-coverage.h"
#include "pas-people-list.h"
#include "pas-people-util.h"
#include "pas-record-list.h"
#include "pas-referent-view.h"

/* The digital referents, and for the one selected, their activity log
 * with a quick entry: the date defaults to today, the kind and the
 * number of people helped stay as chosen, and Enter in any field saves,
 * so that a week of help desk is typed in a minute. */
struct _PasReferentView
{
  GtkWidget           parent_instance;

  PasWorkspace       *workspace;
  PasPeopleList      *referents;
  GtkSingleSelection *referent_selection;
  PasRecordList      *activities;
  GtkSingleSelection *activity_selection;
  gint64              referent_id;

  GtkStack           *stack;
  AdwLeaflet         *leaflet;
  GtkLabel           *count_label;
  GtkListView        *referent_list;
  GtkBox             *log_box;
  GtkLabel           *name_label;
  GtkLabel           *detail_label;
  GtkButton          *unmark_button;
  GtkBox             *entry_box;
  GtkEntry           *date_entry;
  GtkDropDown        *kind_dropdown;
  GtkSpinButton      *helped_spin;
  GtkEntry           *note_entry;
  GtkLabel           *activity_error_label;
  GtkStack           *log_stack;
  GtkListView        *activity_list;
  GtkButton          *delete_activity_button;
};

G_DEFINE_FINAL_TYPE (PasReferentView, pas_referent_view, GTK_TYPE_WIDGET)

static const char * const activity_kinds[] = { "help_desk", "session", "relay" };

static void
show_activity_error (PasReferentView *self,
                     const char      *message)
{
  gtk_label_set_label (self->activity_error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->activity_error_label), message != NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->date_entry),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
}

static void
update_details (PasReferentView *self)
{
  g_autoptr(PasRecord) person = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *details = NULL;
  guint n_activities = 0, helped = 0;
  const char *department;

  if (self->workspace == NULL || self->referent_id == 0 ||
      !(person = pas_workspace_load (self->workspace, PAS_KIND_PERSON, self->referent_id, NULL)))
    {
      gtk_label_set_label (self->name_label, "");
      gtk_label_set_label (self->detail_label, "");
      gtk_widget_set_sensitive (GTK_WIDGET (self->log_box), FALSE);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->log_box), TRUE);
  gtk_label_set_label (self->name_label, pas_record_get_string (person, "name"));
  department = pas_people_list_get_department_name (self->referents, pas_record_get_int (person, "department_id"));
  g_ptr_array_add (parts, g_strdup (department ? department : _("No department")));
  pas_people_count_activities (self->workspace, self->referent_id, &n_activities, &helped, NULL);
  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u activity recorded", "%'u activities recorded",
                                                        n_activities),
                                           n_activities));
  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u person helped in all", "%'u people helped in all",
                                                        helped),
                                           helped));
  g_ptr_array_add (parts, NULL);
  details = g_strjoinv (" · ", (char **) parts->pdata);
  gtk_label_set_label (self->detail_label, details);
}

static void
update_log_state (PasReferentView *self)
{
  guint n = self->activities ? g_list_model_get_n_items (G_LIST_MODEL (self->activities)) : 0;

  gtk_stack_set_visible_child_name (self->log_stack, n > 0 ? "list" : "empty");
  gtk_widget_set_sensitive (GTK_WIDGET (self->delete_activity_button),
                            n > 0 && gtk_single_selection_get_selected_item (self->activity_selection) != NULL);
}

static void
show_referent (PasReferentView *self,
               gint64           referent_id)
{
  self->referent_id = referent_id;
  if (self->activities != NULL)
    pas_record_list_set_filter (self->activities, "referent_id", referent_id);
  show_activity_error (self, NULL);
  update_details (self);
  update_log_state (self);
}

static void
update_count (PasReferentView *self)
{
  guint n = self->referents ? g_list_model_get_n_items (G_LIST_MODEL (self->referents)) : 0;
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u digital referent", "%'u digital referents", n), n);

  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "referents" : "empty");
}

static void
on_referent_selected_cb (PasReferentView *self)
{
  PasPeopleRow *row = gtk_single_selection_get_selected_item (self->referent_selection);

  show_referent (self, row ? pas_people_row_get_id (row) : 0);
}

static void
on_referents_changed_cb (PasReferentView *self)
{
  update_count (self);
  /* The selected referent may have been renamed or moved. */
  on_referent_selected_cb (self);
}

static void
on_activities_changed_cb (PasReferentView *self)
{
  update_details (self);
  update_log_state (self);
}

static void
on_referent_activated_cb (PasReferentView *self,
                          guint            position)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
}

static void
on_back_clicked_cb (PasReferentView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->referent_list));
}

static void
on_entry_changed_cb (PasReferentView *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->activity_error_label)))
    show_activity_error (self, NULL);
}

static void
on_add_activity_cb (PasReferentView *self)
{
  if (pas_referent_view_add_activity (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
}

static void
on_unmark_toast_cb (AdwToast        *toast,
                    PasReferentView *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (toast), "person-id");
  g_autoptr(PasRecord) person = NULL;
  g_autoptr(GError) error = NULL;

  if (self->workspace == NULL || id == NULL)
    return;
  if ((person = pas_workspace_load (self->workspace, PAS_KIND_PERSON, *id, &error)) != NULL)
    {
      pas_record_set_int (person, "is_referent", 1);
      pas_workspace_save (self->workspace, person, &error);
    }
  if (error != NULL)
    pas_people_show_message (GTK_WIDGET (self), error->message);
  else
    pas_referent_view_select (self, *id);
}

static void
on_unmark_clicked_cb (PasReferentView *self)
{
  g_autoptr(PasRecord) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 *id;
  AdwToast *toast;

  if (self->workspace == NULL || self->referent_id == 0)
    return;
  if ((person = pas_workspace_load (self->workspace, PAS_KIND_PERSON, self->referent_id, &error)) != NULL)
    {
      pas_record_set_int (person, "is_referent", 0);
      pas_workspace_save (self->workspace, person, &error);
    }
  if (error != NULL)
    {
      pas_people_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  /* Translators: %s is the name of a person */
  message = g_strdup_printf (_("%s is no longer a digital referent"), pas_record_get_string (person, "name"));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  id = g_new (gint64, 1);
  *id = pas_record_get_id (person);
  g_object_set_data_full (G_OBJECT (toast), "person-id", id, g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_unmark_toast_cb), self, 0);
  pas_people_add_toast (GTK_WIDGET (self), toast);
  gtk_widget_grab_focus (GTK_WIDGET (self->referent_list));
}

static void
delete_selected_activity (PasReferentView *self)
{
  PasRecord *activity = gtk_single_selection_get_selected_item (self->activity_selection);
  g_autoptr(GError) error = NULL;

  if (activity == NULL || self->workspace == NULL)
    return;
  if (!pas_workspace_delete (self->workspace, PAS_KIND_REFERENT_ACTIVITY, pas_record_get_id (activity), &error))
    pas_people_show_message (GTK_WIDGET (self), error->message);
  else
    pas_people_show_message (GTK_WIDGET (self), _("Activity deleted"));
}

static void
on_delete_activity_cb (PasReferentView *self)
{
  delete_selected_activity (self);
}

static gboolean
on_delete_key_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  delete_selected_activity (PAS_REFERENT_VIEW (user_data));
  return TRUE;
}

static void
on_activity_selected_cb (PasReferentView *self)
{
  update_log_state (self);
}

/* Referent rows: the name, and the department below it. */
static void
setup_referent_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   PasReferentView          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *department = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (department), 0);
  gtk_label_set_ellipsize (GTK_LABEL (department), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (department, "dim-label");
  gtk_widget_add_css_class (department, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), department);
  pas_people_item_set_child (item, box);
}

static void
bind_referent_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  PasReferentView          *self)
{
  PasPeopleRow *row = gtk_list_item_get_item (item);
  PasRecord *person = pas_people_row_get_person (row);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *department = gtk_widget_get_next_sibling (name);
  const char *department_name = pas_people_row_get_department_name (row);
  const char *person_name = person ? pas_record_get_string (person, "name") : "";
  g_autofree char *label = NULL;

  if (department_name == NULL)
    department_name = _("No department");
  gtk_label_set_label (GTK_LABEL (name), person_name);
  gtk_label_set_label (GTK_LABEL (department), department_name);
  /* Translators: a referent in the list, e.g. "Marie Dupont, Sales" */
  label = g_strdup_printf (_("%s, %s"), person_name, department_name);
  pas_people_label_item (gtk_list_item_get_child (item), label);
}

/* Activity rows: date, kind, people helped; the note below. */
static void
setup_activity_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   PasReferentView          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *summary = gtk_label_new (NULL);
  GtkWidget *note = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (note), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (summary, "heading");
  gtk_box_append (GTK_BOX (box), summary);
  gtk_box_append (GTK_BOX (box), note);
  gtk_list_item_set_child (item, box);
}

static void
bind_activity_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  PasReferentView          *self)
{
  PasRecord *activity = gtk_list_item_get_item (item);
  GtkWidget *summary = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *note = gtk_widget_get_next_sibling (summary);
  guint helped = (guint) CLAMP (pas_record_get_int (activity, "people_helped"), 0, G_MAXUINT);
  const char *text = pas_record_get_string (activity, "note");
  g_autofree char *people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u person helped", "%'u people helped", helped),
                                             helped);
  /* Translators: an activity of a referent: date, kind, people helped, e.g. "2025-03-14 · Help desk · 3 people helped" */
  g_autofree char *line = g_strdup_printf (_("%s · %s · %s"),
                                           pas_record_get_string (activity, "activity_date"),
                                           pas_people_activity_get_label (pas_record_get_string (activity, "kind")),
                                           people);

  gtk_label_set_label (GTK_LABEL (summary), line);
  gtk_label_set_label (GTK_LABEL (note), text ? text : "");
  gtk_widget_set_visible (note, text != NULL && *text != '\0');
  if (text != NULL && *text != '\0')
    {
      /* Translators: an activity read by a screen reader: its date, kind and people helped, then its note */
      g_autofree char *label = g_strdup_printf (_("%s. %s"), line, text);
      pas_people_label_item (gtk_list_item_get_child (item), label);
    }
  else
    pas_people_label_item (gtk_list_item_get_child (item), line);
}

static GtkListItemFactory *
create_factory (PasReferentView *self,
                GCallback        setup,
                GCallback        bind)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, self);
  g_signal_connect (factory, "bind", bind, self);
  return factory;
}

static void
pas_referent_view_dispose (GObject *object)
{
  PasReferentView *self = (PasReferentView *)object;

  pas_referent_view_set_workspace (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_REFERENT_VIEW);
  g_clear_object (&self->referent_selection);
  g_clear_object (&self->activity_selection);

  G_OBJECT_CLASS (pas_referent_view_parent_class)->dispose (object);
}

static void
pas_referent_view_class_init (PasReferentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_referent_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-referent-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, stack);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, count_label);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, referent_list);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, log_box);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, name_label);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, detail_label);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, unmark_button);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, entry_box);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, date_entry);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, helped_spin);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, note_entry);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, activity_error_label);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, log_stack);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, activity_list);
  gtk_widget_class_bind_template_child (widget_class, PasReferentView, delete_activity_button);
  gtk_widget_class_bind_template_callback (widget_class, on_referent_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_activity_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unmark_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_activity_cb);
}

static void
pas_referent_view_init (PasReferentView *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) referent_factory = NULL;
  g_autoptr(GtkListItemFactory) activity_factory = NULL;
  g_autofree char *today = pas_people_dup_today ();
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (activity_kinds); i++)
    gtk_string_list_append (kinds, pas_people_activity_get_label (activity_kinds[i]));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
  /* Enter in the number saves too: it is the spin button's text that is activated. */
  g_signal_connect_object (gtk_editable_get_delegate (GTK_EDITABLE (self->helped_spin)), "activate",
                           G_CALLBACK (on_add_activity_cb), self, G_CONNECT_SWAPPED);

  self->referent_selection = gtk_single_selection_new (NULL);
  g_signal_connect_swapped (self->referent_selection, "notify::selected-item",
                            G_CALLBACK (on_referent_selected_cb), self);
  pas_people_show_model_when_mapped (GTK_WIDGET (self->referent_list), GTK_SELECTION_MODEL (self->referent_selection));
  referent_factory = create_factory (self, G_CALLBACK (setup_referent_cb), G_CALLBACK (bind_referent_cb));
  gtk_list_view_set_factory (self->referent_list, referent_factory);

  self->activity_selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->activity_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->activity_selection, TRUE);
  g_signal_connect_swapped (self->activity_selection, "notify::selected-item",
                            G_CALLBACK (on_activity_selected_cb), self);
  pas_people_show_model_when_mapped (GTK_WIDGET (self->activity_list), GTK_SELECTION_MODEL (self->activity_selection));
  activity_factory = create_factory (self, G_CALLBACK (setup_activity_cb), G_CALLBACK (bind_activity_cb));
  gtk_list_view_set_factory (self->activity_list, activity_factory);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_callback_action_new (on_delete_key_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->activity_list), shortcuts);

  pas_gui_fix_button_names (GTK_WIDGET (self));
  update_count (self);
  update_details (self);
}

void
pas_referent_view_set_workspace (PasReferentView *self,
                                 PasWorkspace    *workspace)
{
  g_return_if_fail (PAS_IS_REFERENT_VIEW (self));
  g_return_if_fail (workspace == NULL || PAS_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  gtk_single_selection_set_model (self->referent_selection, NULL);
  gtk_single_selection_set_model (self->activity_selection, NULL);
  if (self->referents != NULL)
    g_signal_handlers_disconnect_by_func (self->referents, on_referents_changed_cb, self);
  if (self->activities != NULL)
    g_signal_handlers_disconnect_by_func (self->activities, on_activities_changed_cb, self);
  g_clear_object (&self->referents);
  g_clear_object (&self->activities);
  g_set_object (&self->workspace, workspace);
  self->referent_id = 0;

  if (workspace != NULL)
    {
      self->referents = pas_people_list_new (workspace);
      pas_people_list_set_referents_only (self->referents, TRUE);
      g_signal_connect_swapped (self->referents, "items-changed", G_CALLBACK (on_referents_changed_cb), self);
      self->activities = pas_record_list_new (workspace, PAS_KIND_REFERENT_ACTIVITY);
      pas_record_list_set_filter (self->activities, "referent_id", 0);
      g_signal_connect_swapped (self->activities, "items-changed", G_CALLBACK (on_activities_changed_cb), self);
      gtk_single_selection_set_model (self->activity_selection, G_LIST_MODEL (self->activities));
      gtk_single_selection_set_model (self->referent_selection, G_LIST_MODEL (self->referents));
    }
  update_count (self);
  on_referent_selected_cb (self);
}

/* Selects the referent with @referent_id, when listed. */
void
pas_referent_view_select (PasReferentView *self,
                          gint64           referent_id)
{
  int position;

  g_return_if_fail (PAS_IS_REFERENT_VIEW (self));

  if (self->referents == NULL || (position = pas_people_list_find (self->referents, referent_id)) < 0)
    return;
  gtk_single_selection_set_selected (self->referent_selection, position);
  pas_people_select_position (GTK_WIDGET (self->referent_list), position);
}

/* The referent whose log is shown, or 0. */
gint64
pas_referent_view_get_selected (PasReferentView *self)
{
  g_return_val_if_fail (PAS_IS_REFERENT_VIEW (self), 0);
  return self->referent_id;
}

/**
 * pas_referent_view_add_activity:
 *
 * Saves the activity typed in the quick entry for the referent shown,
 * then empties the note for the next one.
 *
 * Returns: %TRUE when saved; otherwise the reason is shown.
 */
gboolean
pas_referent_view_add_activity (PasReferentView *self)
{
  g_autoptr(PasRecord) activity = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *note = NULL;
  guint kind;

  g_return_val_if_fail (PAS_IS_REFERENT_VIEW (self), FALSE);

  if (self->workspace == NULL || self->referent_id == 0)
    return FALSE;

  gtk_spin_button_update (self->helped_spin);
  date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_entry))));
  if (*date == '\0')
    {
      g_free (date);
      date = pas_people_dup_today ();
      gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date);
    }
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
  kind = gtk_drop_down_get_selected (self->kind_dropdown);

  activity = pas_record_new (PAS_KIND_REFERENT_ACTIVITY);
  pas_record_set_int (activity, "referent_id", self->referent_id);
  pas_record_set_string (activity, "activity_date", date);
  pas_record_set_string (activity, "kind", activity_kinds[kind < G_N_ELEMENTS (activity_kinds) ? kind : 0]);
  pas_record_set_int (activity, "people_helped", gtk_spin_button_get_value_as_int (self->helped_spin));
  pas_record_set_string (activity, "note", note);
  if (!pas_people_check_activity (activity, &error) ||
      !pas_workspace_save (self->workspace, activity, &error))
    {
      show_activity_error (self, error->message);
      if (g_error_matches (error, PAS_PEOPLE_CHECK_ERROR, PAS_PEOPLE_CHECK_ERROR_DATE))
        gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
      return FALSE;
    }
  show_activity_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
  return TRUE;
}

/* The log shown, newest first. */
GListModel *
pas_referent_view_get_activities (PasReferentView *self)
{
  g_return_val_if_fail (PAS_IS_REFERENT_VIEW (self), NULL);
  return self->activities ? G_LIST_MODEL (self->activities) : NULL;
}
