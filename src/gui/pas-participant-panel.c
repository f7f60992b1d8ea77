/* pas-participant-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-participant-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-participant-panel.h"
#include "pas-record-list.h"
#include "pas-workshop-ops.h"
#include "pas-workshop-schedule.h"
#include "pas-workshop-util.h"

#define N_RESULTS 8

/* Who is invited to a workshop, and who came: people are added one by
 * one (search) or a department at once; each has a check box to tick
 * when they arrive. Ticking must stay quick during the session, so the
 * rows are only rebuilt when someone joins or leaves the list. */
struct _PasParticipantPanel
{
  GtkWidget       parent_instance;

  PasWorkspace   *workspace;
  gint64          workshop_id;
  GPtrArray      *people;          /* PasParticipant, as shown */
  GPtrArray      *checks;          /* GtkCheckButton of each person, not owned */
  GPtrArray      *found;           /* PasParticipant: the people the search found */
  GArray         *department_ids;  /* gint64, in the order of the drop-down */
  char           *filter;          /* casefolded, or NULL */

  GtkSearchEntry *invite_entry;
  GtkListBox     *results;
  GtkDropDown    *department_dropdown;
  GtkButton      *invite_department_button;
  GtkLabel       *counts_label;
  GtkSearchEntry *filter_entry;
  GtkListBox     *participants;
};

G_DEFINE_FINAL_TYPE (PasParticipantPanel, pas_participant_panel, GTK_TYPE_WIDGET)

static void reload_participants (PasParticipantPanel *self);

static char *
describe_person (const PasParticipant *person)
{
  GString *text = g_string_new (person->department ? person->department : _("No department"));

  if (person->site != NULL && *person->site != '\0')
    g_string_append_printf (text, " · %s", person->site);
  if (!person->invited)
    g_string_append_printf (text, " · %s", _("Came without an invitation"));
  if (person->archived)
    g_string_append_printf (text, " · %s", _("Archived"));
  return g_string_free (text, FALSE);
}

static void
label_participant_row (GtkWidget            *row,
                       const PasParticipant *person)
{
  g_autofree char *details = describe_person (person);
  g_autofree char *label = NULL;

  if (person->attended)
    /* Translators: a participant's row as a screen reader reads it: name, department and site, "present" */
    label = g_strdup_printf (_("%s, %s, present"), person->name, details);
  else
    /* Translators: a participant's row as a screen reader reads it: name, department and site, "not checked in" */
    label = g_strdup_printf (_("%s, %s, not checked in"), person->name, details);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
on_check_toggled_cb (GtkCheckButton      *check,
                     PasParticipantPanel *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "index"));
  g_autoptr(GError) error = NULL;
  const PasParticipant *person;
  gboolean attended = gtk_check_button_get_active (check);

  if (index >= self->people->len)
    return;
  person = g_ptr_array_index (self->people, index);
  if (person->attended == attended)
    return;
  if (!pas_workshop_set_attended (self->workspace, self->workshop_id, person->person_id, attended, &error))
    {
      g_signal_handlers_block_by_func (check, on_check_toggled_cb, self);
      gtk_check_button_set_active (check, !attended);
      g_signal_handlers_unblock_by_func (check, on_check_toggled_cb, self);
      pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
    }
}

static void
on_undo_remove_cb (AdwToast            *toast,
                   PasParticipantPanel *self)
{
  const PasParticipant *person = g_object_get_data (G_OBJECT (toast), "person");
  g_autoptr(GError) error = NULL;

  if (self->workspace == NULL)
    return;
  if ((person->invited && !pas_workshop_invite_person (self->workspace, self->workshop_id, person->person_id, NULL, &error)) ||
      (person->attended && !pas_workshop_set_attended (self->workspace, self->workshop_id, person->person_id, TRUE, &error)))
    pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
}

static void
on_remove_clicked_cb (GtkButton           *button,
                      PasParticipantPanel *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const PasParticipant *person;
  PasParticipant *copy;
  AdwToast *toast;

  if (index >= self->people->len)
    return;
  person = g_ptr_array_index (self->people, index);
  copy = g_new0 (PasParticipant, 1);
  copy->person_id = person->person_id;
  copy->name = g_strdup (person->name);
  copy->invited = person->invited;
  copy->attended = person->attended;

  if (!pas_workshop_remove_participant (self->workspace, self->workshop_id, person->person_id, &error))
    {
      pas_participant_free (copy);
      pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
      return;
    }
  /* Translators: a toast; %s is a person's name */
  message = g_strdup_printf (_("%s removed from the participants"), copy->name);
  toast = pas_workshop_util_new_toast (message);
  adw_toast_set_button_label (toast, _("Undo"));
  g_object_set_data_full (G_OBJECT (toast), "person", copy, (GDestroyNotify) pas_participant_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb), self, 0);
  pas_workshop_util_add_toast (GTK_WIDGET (self), toast);
  gtk_widget_grab_focus (GTK_WIDGET (self->invite_entry));
}

static GtkWidget *
create_participant_row (PasParticipantPanel  *self,
                        const PasParticipant *person,
                        guint                 index)
{
  g_autofree char *details_text = describe_person (person);
  g_autofree char *remove_label = NULL;
  GtkWidget *row, *box, *texts, *check, *details, *button;

  row = gtk_list_box_row_new ();
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (texts, TRUE);
  check = gtk_check_button_new_with_label (person->name);
  gtk_widget_set_name (check, "check-in");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), person->attended);
  g_object_set_data (G_OBJECT (check), "index", GUINT_TO_POINTER (index));
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self, 0);
  gtk_box_append (GTK_BOX (texts), check);

  details = gtk_label_new (details_text);
  gtk_widget_set_name (details, "details");
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  /* Under the name, past the check box. */
  gtk_widget_set_margin_start (details, 28);
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_add_css_class (details, "caption");
  gtk_box_append (GTK_BOX (texts), details);
  gtk_box_append (GTK_BOX (box), texts);

  button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: a button's name; %s is a person's name */
  remove_label = g_strdup_printf (_("Remove %s from the participants"), person->name);
  gtk_widget_set_tooltip_text (button, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (box), button);

  label_participant_row (row, person);
  g_ptr_array_add (self->checks, check);
  return row;
}

static gboolean
same_people (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (((PasParticipant *) g_ptr_array_index (a, i))->person_id !=
        ((PasParticipant *) g_ptr_array_index (b, i))->person_id)
      return FALSE;
  return TRUE;
}

static gint64
get_focused_person (PasParticipantPanel *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;
  int index;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->participants)))
    return 0;
  row = GTK_IS_LIST_BOX_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  if (row == NULL || (index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row))) < 0 ||
      (guint) index >= self->people->len)
    return 0;
  return ((PasParticipant *) g_ptr_array_index (self->people, index))->person_id;
}

static void
update_rows_in_place (PasParticipantPanel *self,
                      GPtrArray           *people)
{
  g_ptr_array_unref (self->people);
  self->people = g_ptr_array_ref (people);
  for (guint i = 0; i < people->len; i++)
    {
      const PasParticipant *person = g_ptr_array_index (people, i);
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);
      GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);
      GtkWidget *details = gtk_widget_get_next_sibling (GTK_WIDGET (check));
      g_autofree char *details_text = describe_person (person);

      g_signal_handlers_block_by_func (check, on_check_toggled_cb, self);
      gtk_check_button_set_active (check, person->attended);
      g_signal_handlers_unblock_by_func (check, on_check_toggled_cb, self);
      gtk_label_set_label (GTK_LABEL (details), details_text);
      label_participant_row (row, person);
    }
}

static void
update_counts (PasParticipantPanel *self)
{
  g_autofree char *counts = NULL;
  guint invited = 0, attended = 0;

  for (guint i = 0; i < self->people->len; i++)
    {
      const PasParticipant *person = g_ptr_array_index (self->people, i);

      invited += person->invited;
      attended += person->attended;
    }
  counts = pas_workshop_describe_counts (invited, attended);
  gtk_label_set_label (self->counts_label, counts);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_entry), self->people->len > 0);
}

static void
reload_participants (PasParticipantPanel *self)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;
  gint64 focused;

  if (self->workspace != NULL && self->workshop_id > 0 &&
      (people = pas_workshop_list_participants (self->workspace, self->workshop_id, &error)) == NULL)
    g_warning ("The participants could not be read: %s", error->message);
  if (people == NULL)
    people = g_ptr_array_new_with_free_func ((GDestroyNotify) pas_participant_free);

  if (same_people (self->people, people))
    {
      update_rows_in_place (self, people);
      update_counts (self);
      return;
    }

  focused = get_focused_person (self);
  while ((row = gtk_list_box_get_row_at_index (self->participants, 0)) != NULL)
    gtk_list_box_remove (self->participants, GTK_WIDGET (row));
  g_ptr_array_set_size (self->checks, 0);
  g_ptr_array_unref (self->people);
  self->people = g_steal_pointer (&people);
  for (guint i = 0; i < self->people->len; i++)
    {
      const PasParticipant *person = g_ptr_array_index (self->people, i);

      gtk_list_box_append (self->participants, create_participant_row (self, person, i));
      if (person->person_id == focused)
        gtk_widget_grab_focus (g_ptr_array_index (self->checks, i));
    }
  update_counts (self);
}

static void
reload_departments (PasParticipantPanel *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(PasRecordList) departments = NULL;
  guint n;

  g_array_set_size (self->department_ids, 0);
  if (self->workspace != NULL)
    {
      departments = pas_record_list_new (self->workspace, PAS_KIND_DEPARTMENT);
      n = g_list_model_get_n_items (G_LIST_MODEL (departments));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PasRecord) department = g_list_model_get_item (G_LIST_MODEL (departments), i);
          gint64 id;

          if (department == NULL)
            continue;
          id = pas_record_get_id (department);
          gtk_string_list_append (names, pas_record_get_string (department, "name"));
          g_array_append_val (self->department_ids, id);
        }
    }
  gtk_drop_down_set_model (self->department_dropdown, G_LIST_MODEL (names));
  gtk_widget_set_sensitive (GTK_WIDGET (self->department_dropdown), self->department_ids->len > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->invite_department_button), self->department_ids->len > 0);
}

static void
clear_results (PasParticipantPanel *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->results, 0)) != NULL)
    gtk_list_box_remove (self->results, GTK_WIDGET (row));
  g_ptr_array_set_size (self->found, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->results), FALSE);
}

static void
search_people (PasParticipantPanel *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->invite_entry))));
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  clear_results (self);
  if (*text == '\0' || self->workspace == NULL || self->workshop_id == 0)
    return;
  found = pas_workshop_search_people (self->workspace, self->workshop_id, text, N_RESULTS, &error);
  if (found == NULL)
    {
      pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  g_ptr_array_extend_and_steal (self->found, g_steal_pointer (&found));
  for (guint i = 0; i < self->found->len; i++)
    {
      const PasParticipant *person = g_ptr_array_index (self->found, i);
      g_autofree char *details = describe_person (person);
      g_autofree char *accessible = g_strdup_printf ("%s, %s", person->name, details);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), person->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 g_object_new (GTK_TYPE_IMAGE,
                                               "icon-name", "list-add-symbolic",
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               NULL));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      gtk_list_box_append (self->results, row);
    }
  if (self->found->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nobody found who is not invited yet"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->results, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->results), TRUE);
}

static void
on_invite_search_changed_cb (PasParticipantPanel *self)
{
  search_people (self);
}

static void
invite_found (PasParticipantPanel *self,
              guint                index)
{
  const PasParticipant *person;

  if (index >= self->found->len)
    return;
  person = g_ptr_array_index (self->found, index);
  if (pas_participant_panel_invite (self, person->person_id))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->invite_entry), "");
      gtk_widget_grab_focus (GTK_WIDGET (self->invite_entry));
    }
}

static void
on_invite_activate_cb (PasParticipantPanel *self)
{
  /* The search runs after a short delay: catch up with what was typed. */
  search_people (self);
  invite_found (self, 0);
}

static void
on_invite_stop_search_cb (PasParticipantPanel *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->invite_entry), "");
}

static gboolean
on_invite_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          PasParticipantPanel   *self)
{
  GtkListBoxRow *first;

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) || (state & GDK_MODIFIER_MASK) != 0)
    return GDK_EVENT_PROPAGATE;
  if (!gtk_widget_get_visible (GTK_WIDGET (self->results)) ||
      (first = gtk_list_box_get_row_at_index (self->results, 0)) == NULL)
    return GDK_EVENT_PROPAGATE;
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return GDK_EVENT_STOP;
}

static void
on_result_activated_cb (PasParticipantPanel *self,
                        GtkListBoxRow       *row)
{
  invite_found (self, gtk_list_box_row_get_index (row));
}

static void
on_invite_department_clicked_cb (PasParticipantPanel *self)
{
  guint selected = gtk_drop_down_get_selected (self->department_dropdown);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GtkStringObject *name;
  guint n_added = 0;

  if (self->workspace == NULL || selected >= self->department_ids->len)
    return;
  name = gtk_drop_down_get_selected_item (self->department_dropdown);
  if (!pas_workshop_invite_department (self->workspace, self->workshop_id,
                                       g_array_index (self->department_ids, gint64, selected),
                                       &n_added, &error))
    {
      pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
      return;
    }
  if (n_added == 0)
    /* Translators: a toast; %s is a department */
    message = g_strdup_printf (_("Everyone in %s is already invited"), gtk_string_object_get_string (name));
  else
    /* Translators: a toast; %u is a number of people, %s a department */
    message = g_strdup_printf (ngettext ("%u person of %s invited", "%u people of %s invited", n_added),
                               n_added, gtk_string_object_get_string (name));
  pas_workshop_util_show_message (GTK_WIDGET (self), message);
}

static gboolean
filter_participant (GtkListBoxRow *row,
                    gpointer       user_data)
{
  PasParticipantPanel *self = user_data;
  g_autofree char *name = NULL;
  int index;

  if (self->filter == NULL)
    return TRUE;
  index = gtk_list_box_row_get_index (row);
  if (index < 0 || (guint) index >= self->people->len)
    return TRUE;
  name = g_utf8_casefold (((PasParticipant *) g_ptr_array_index (self->people, index))->name, -1);
  return strstr (name, self->filter) != NULL;
}

static void
on_filter_changed_cb (PasParticipantPanel *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->filter_entry))));

  g_clear_pointer (&self->filter, g_free);
  if (*text != '\0')
    self->filter = g_utf8_casefold (text, -1);
  gtk_list_box_invalidate_filter (self->participants);
}

static void
on_participant_activated_cb (PasParticipantPanel *self,
                             GtkListBoxRow       *row)
{
  int index = gtk_list_box_row_get_index (row);
  GtkCheckButton *check;

  if (index < 0 || (guint) index >= self->checks->len)
    return;
  check = g_ptr_array_index (self->checks, index);
  gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
}

static void
on_workspace_changed_cb (PasParticipantPanel *self,
                         PasKind              kind,
                         gint64               id,
                         PasWorkspace        *workspace)
{
  if (kind == PAS_KIND_WORKSHOP_PARTICIPANT || kind == PAS_KIND_PERSON || kind == PAS_KIND_DEPARTMENT)
    reload_participants (self);
  if (kind == PAS_KIND_DEPARTMENT)
    reload_departments (self);
}

static void
pas_participant_panel_dispose (GObject *object)
{
  PasParticipantPanel *self = (PasParticipantPanel *)object;
  GtkWidget *child;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_PARTICIPANT_PANEL);
  /* Template children not bound to a field stay parented otherwise. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pas_participant_panel_parent_class)->dispose (object);
}

static void
pas_participant_panel_finalize (GObject *object)
{
  PasParticipantPanel *self = (PasParticipantPanel *)object;

  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->found, g_ptr_array_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_free (self->filter);

  G_OBJECT_CLASS (pas_participant_panel_parent_class)->finalize (object);
}

static void
pas_participant_panel_class_init (PasParticipantPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_participant_panel_dispose;
  object_class->finalize = pas_participant_panel_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-participant-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PasParticipantPanel, invite_entry);
  gtk_widget_class_bind_template_child (widget_class, PasParticipantPanel, results);
  gtk_widget_class_bind_template_child (widget_class, PasParticipantPanel, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PasParticipantPanel, invite_department_button);
  gtk_widget_class_bind_template_child (widget_class, PasParticipantPanel, counts_label);
  gtk_widget_class_bind_template_child (widget_class, PasParticipantPanel, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, PasParticipantPanel, participants);
  gtk_widget_class_bind_template_callback (widget_class, on_invite_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_invite_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_invite_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_invite_department_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_participant_activated_cb);
}

static void
pas_participant_panel_init (PasParticipantPanel *self)
{
  g_autoptr(GtkExpression) name_expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  GtkEventController *keys;

  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify) pas_participant_free);
  self->checks = g_ptr_array_new ();
  self->found = g_ptr_array_new_with_free_func ((GDestroyNotify) pas_participant_free);
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->participants, filter_participant, self, NULL);
  /* What the drop-down's search matches: the department's name. */
  gtk_drop_down_set_expression (self->department_dropdown, name_expression);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_invite_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->invite_entry), keys);

  update_counts (self);
}

GtkWidget *
pas_participant_panel_new (void)
{
  return g_object_new (PAS_TYPE_PARTICIPANT_PANEL, NULL);
}

void
pas_participant_panel_set_workshop (PasParticipantPanel *self,
                                    PasWorkspace        *workspace,
                                    gint64               workshop_id)
{
  g_return_if_fail (PAS_IS_PARTICIPANT_PANEL (self));
  g_return_if_fail (workspace == NULL || PAS_IS_WORKSPACE (workspace));

  if (self->workspace == workspace && self->workshop_id == workshop_id)
    return;
  if (self->workspace != workspace)
    {
      if (self->workspace != NULL)
        g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
      g_set_object (&self->workspace, workspace);
      if (workspace != NULL)
        g_signal_connect_object (workspace, "changed", G_CALLBACK (on_workspace_changed_cb), self, G_CONNECT_SWAPPED);
      reload_departments (self);
    }
  self->workshop_id = workshop_id;
  gtk_editable_set_text (GTK_EDITABLE (self->invite_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), "");
  clear_results (self);
  reload_participants (self);
}

/* How many people are listed: invited, or present without an invitation. */
guint
pas_participant_panel_get_n_people (PasParticipantPanel *self)
{
  g_return_val_if_fail (PAS_IS_PARTICIPANT_PANEL (self), 0);
  return self->people->len;
}

/**
 * pas_participant_panel_invite:
 *
 * Invites one person; a refusal is shown in a toast.
 *
 * Returns: %TRUE when the person is invited (now or before).
 */
gboolean
pas_participant_panel_invite (PasParticipantPanel *self,
                              gint64               person_id)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PAS_IS_PARTICIPANT_PANEL (self), FALSE);

  if (self->workspace == NULL || self->workshop_id == 0)
    return FALSE;
  if (!pas_workshop_invite_person (self->workspace, self->workshop_id, person_id, NULL, &error))
    {
      pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  return TRUE;
}
