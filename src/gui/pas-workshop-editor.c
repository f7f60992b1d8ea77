/* pas-workshop-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-workshop-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-workshop-editor.h"
#include "pas-workshop-ops.h"
#include "pas-workshop-schedule.h"

#define N_PEOPLE 30

/* Creates a workshop or edits one: title, objective, date and time (local,
 * stored in UTC), duration, place, facilitator and status. The dialog
 * stays open until the workshop is saved, so that a refusal can be
 * corrected in place. */
struct _PasWorkshopEditor
{
  AdwWindow       parent_instance;

  PasWorkspace   *workspace;
  PasRecord      *workshop;        /* a copy, saved at the end */
  gint64          facilitator_id;  /* 0 for none */
  GPtrArray      *people;          /* PasParticipant: the facilitators proposed */

  GtkLabel       *error_label;
  GtkButton      *save_button;
  AdwEntryRow    *title_row;
  AdwEntryRow    *objective_row;
  AdwEntryRow    *when_row;
  GtkPopover     *calendar_popover;
  GtkCalendar    *calendar;
  GtkSpinButton  *duration_spin;
  AdwEntryRow    *place_row;
  AdwActionRow   *facilitator_row;
  GtkMenuButton  *facilitator_button;
  GtkPopover     *facilitator_popover;
  GtkSearchEntry *facilitator_search;
  GtkListBox     *facilitator_results;
  AdwComboRow    *status_row;
};

enum { SAVED, N_SIGNALS };
static guint signals [N_SIGNALS];

static const char * const statuses[] = { "planned", "running", "done", "cancelled" };

G_DEFINE_FINAL_TYPE (PasWorkshopEditor, pas_workshop_editor, ADW_TYPE_WINDOW)

static void
show_error (PasWorkshopEditor *self,
            const char        *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
on_changed_cb (PasWorkshopEditor *self)
{
  show_error (self, NULL);
}

static void
on_save_clicked_cb (PasWorkshopEditor *self)
{
  if (pas_workshop_editor_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Keeps the time typed, if any, with the day picked. */
static void
on_day_selected_cb (PasWorkshopEditor *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
  g_autofree char *text = NULL;
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->when_row));
  const char *space = strrchr (typed, ' ');
  gint64 ignored;

  if (space != NULL && pas_workshop_parse_start (typed, NULL, &ignored, NULL))
    text = g_strconcat (date, space, NULL);
  else
    text = g_strconcat (date, " 09:00", NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->when_row), text);
  gtk_popover_popdown (self->calendar_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->when_row));
}

static void
update_facilitator (PasWorkshopEditor *self)
{
  g_autoptr(PasRecord) person = NULL;

  if (self->facilitator_id > 0)
    person = pas_workspace_load (self->workspace, PAS_KIND_PERSON, self->facilitator_id, NULL);
  adw_action_row_set_subtitle (self->facilitator_row,
                               person ? pas_record_get_string (person, "name") : _("Nobody yet"));
  if (person == NULL)
    self->facilitator_id = 0;
}

static void
search_people (PasWorkshopEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->facilitator_search));
  g_autoptr(GPtrArray) people = NULL;
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->facilitator_results, 0)) != NULL)
    gtk_list_box_remove (self->facilitator_results, GTK_WIDGET (row));
  g_ptr_array_set_size (self->people, 0);

  /* Workshop 0 has no participants: nobody is left out but the archived. */
  people = pas_workshop_search_people (self->workspace, 0, text, N_PEOPLE, NULL);
  if (people == NULL)
    return;
  g_ptr_array_extend_and_steal (self->people, g_steal_pointer (&people));
  for (guint i = 0; i < self->people->len; i++)
    {
      const PasParticipant *person = g_ptr_array_index (self->people, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *name = gtk_label_new (person->name);
      GtkWidget *department = gtk_label_new (person->department ? person->department : "");
      g_autofree char *accessible = g_strdup_printf ("%s, %s", person->name, person->department ? person->department : "");

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (department), 0);
      gtk_widget_add_css_class (department, "dim-label");
      gtk_widget_add_css_class (department, "caption");
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), department);
      gtk_list_box_append (self->facilitator_results, box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
    }
}

static void
on_facilitator_popover_show_cb (PasWorkshopEditor *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->facilitator_search), "");
  search_people (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->facilitator_search));
}

static void
on_facilitator_search_changed_cb (PasWorkshopEditor *self)
{
  search_people (self);
}

static void
choose_person (PasWorkshopEditor *self,
               guint              index)
{
  if (index >= self->people->len)
    return;
  pas_workshop_editor_set_facilitator (self, ((PasParticipant *) g_ptr_array_index (self->people, index))->person_id);
  gtk_popover_popdown (self->facilitator_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->facilitator_button));
}

static void
on_facilitator_search_activate_cb (PasWorkshopEditor *self)
{
  search_people (self);
  choose_person (self, 0);
}

static void
on_facilitator_activated_cb (PasWorkshopEditor *self,
                             GtkListBoxRow     *row)
{
  choose_person (self, gtk_list_box_row_get_index (row));
}

static void
on_no_facilitator_clicked_cb (PasWorkshopEditor *self)
{
  pas_workshop_editor_set_facilitator (self, 0);
  gtk_popover_popdown (self->facilitator_popover);
}

static gboolean
on_search_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          PasWorkshopEditor     *self)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return GDK_EVENT_PROPAGATE;
  if ((first = gtk_list_box_get_row_at_index (self->facilitator_results, 0)) == NULL)
    return GDK_EVENT_PROPAGATE;
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return GDK_EVENT_STOP;
}

static void
pas_workshop_editor_dispose (GObject *object)
{
  PasWorkshopEditor *self = (PasWorkshopEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_WORKSHOP_EDITOR);
  g_clear_object (&self->workspace);
  g_clear_object (&self->workshop);

  G_OBJECT_CLASS (pas_workshop_editor_parent_class)->dispose (object);
}

static void
pas_workshop_editor_finalize (GObject *object)
{
  PasWorkshopEditor *self = (PasWorkshopEditor *)object;

  g_clear_pointer (&self->people, g_ptr_array_unref);

  G_OBJECT_CLASS (pas_workshop_editor_parent_class)->finalize (object);
}

static void
pas_workshop_editor_class_init (PasWorkshopEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_workshop_editor_dispose;
  object_class->finalize = pas_workshop_editor_finalize;

  /**
   * PasWorkshopEditor::saved:
   * @id: the workshop created or changed
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-workshop-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, objective_row);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, when_row);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, calendar_popover);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, place_row);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, facilitator_row);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, facilitator_button);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, facilitator_popover);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, facilitator_search);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, facilitator_results);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopEditor, status_row);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_facilitator_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_facilitator_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_facilitator_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_facilitator_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_no_facilitator_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pas_workshop_editor_init (PasWorkshopEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkEventController *keys;

  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify) pas_participant_free);
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    gtk_string_list_append (labels, pas_workshop_status_get_label (statuses[i]));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (labels));

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->facilitator_search), keys);

  show_error (self, NULL);
}

/**
 * pas_workshop_editor_new:
 * @project_id: the project a new workshop belongs to
 * @workshop: (nullable): the workshop to edit, or %NULL to create one
 */
PasWorkshopEditor *
pas_workshop_editor_new (GtkWindow    *parent,
                         PasWorkspace *workspace,
                         gint64        project_id,
                         PasRecord    *workshop)
{
  PasWorkshopEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (workshop == NULL || PAS_IS_RECORD (workshop), NULL);

  /* An AdwWindow is otherwise read as a mere filler, and so is the dialog
   * role in GTK 4.8: a window, named after its title, reads best. */
  self = g_object_new (PAS_TYPE_WORKSHOP_EDITOR,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->workspace = g_object_ref (workspace);

  if (workshop != NULL)
    {
      const char *status = pas_record_get_string (workshop, "status");

      self->workshop = pas_record_copy (workshop);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Workshop"));
      gtk_button_set_label (self->save_button, _("Save"));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), pas_record_get_string (workshop, "title"));
      gtk_editable_set_text (GTK_EDITABLE (self->objective_row), pas_record_get_string (workshop, "objective"));
      if (!pas_record_is_null (workshop, "starts_at"))
        {
          g_autofree char *when = pas_workshop_format_start (pas_record_get_int (workshop, "starts_at"), NULL);
          gtk_editable_set_text (GTK_EDITABLE (self->when_row), when);
        }
      gtk_spin_button_set_value (self->duration_spin, pas_record_get_int (workshop, "duration_min"));
      gtk_editable_set_text (GTK_EDITABLE (self->place_row), pas_record_get_string (workshop, "place"));
      if (!pas_record_is_null (workshop, "facilitator_id"))
        self->facilitator_id = pas_record_get_int (workshop, "facilitator_id");
      for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
        if (g_strcmp0 (status, statuses[i]) == 0)
          adw_combo_row_set_selected (self->status_row, i);
    }
  else
    {
      self->workshop = pas_record_new (PAS_KIND_WORKSHOP);
      pas_record_set_int (self->workshop, "project_id", project_id);
    }
  update_facilitator (self);
  show_error (self, NULL);
  /* Not in init: focusing realizes the accessible, whose role is set after. */
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

/**
 * pas_workshop_editor_set_facilitator:
 * @person_id: a person, or 0 for nobody
 */
void
pas_workshop_editor_set_facilitator (PasWorkshopEditor *self,
                                     gint64             person_id)
{
  g_return_if_fail (PAS_IS_WORKSHOP_EDITOR (self));

  self->facilitator_id = person_id;
  update_facilitator (self);
}

/**
 * pas_workshop_editor_save:
 *
 * Saves the workshop as typed, or shows why it cannot be.
 *
 * Returns: %TRUE when the workshop was saved.
 */
gboolean
pas_workshop_editor_save (PasWorkshopEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;
  const char *status;
  guint duration;
  gint64 starts_at = 0;

  g_return_val_if_fail (PAS_IS_WORKSHOP_EDITOR (self), FALSE);

  gtk_spin_button_update (self->duration_spin);
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  when = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->when_row))));
  duration = gtk_spin_button_get_value_as_int (self->duration_spin);
  status = statuses[MIN (adw_combo_row_get_selected (self->status_row), G_N_ELEMENTS (statuses) - 1)];

  if (!pas_workshop_check_details (title, duration, status, &error))
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return FALSE;
    }
  if (*when != '\0' && !pas_workshop_parse_start (when, NULL, &starts_at, &error))
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->when_row));
      return FALSE;
    }

  pas_record_set_string (self->workshop, "title", title);
  pas_record_set_string (self->workshop, "objective", gtk_editable_get_text (GTK_EDITABLE (self->objective_row)));
  if (*when != '\0')
    pas_record_set_int (self->workshop, "starts_at", starts_at);
  else
    pas_record_set_null (self->workshop, "starts_at");
  pas_record_set_int (self->workshop, "duration_min", duration);
  pas_record_set_string (self->workshop, "place", gtk_editable_get_text (GTK_EDITABLE (self->place_row)));
  if (self->facilitator_id > 0)
    pas_record_set_int (self->workshop, "facilitator_id", self->facilitator_id);
  else
    pas_record_set_null (self->workshop, "facilitator_id");
  pas_record_set_string (self->workshop, "status", status);

  if (!pas_workspace_save (self->workspace, self->workshop, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals [SAVED], 0, pas_record_get_id (self->workshop));
  return TRUE;
}
