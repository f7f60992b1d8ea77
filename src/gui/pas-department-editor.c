/* pas-department-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-department-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-department-editor.h"
#include "pas-gui-util.h"
#include "pas-people-check.h"

/* Adds a department or edits one: name, site and headcount. The
 * headcount may exceed the people recorded: coverage and representation
 * count the larger of the two, so a department only partly recorded is
 * not shown as better covered than it is. */
struct _PasDepartmentEditor
{
  AdwWindow       parent_instance;

  PasWorkspace   *workspace;
  PasRecord      *department;   /* the one edited, or NULL */
  guint           n_people;     /* recorded in it, not archived */
  char           *error;

  AdwWindowTitle *title;
  GtkButton      *save_button;
  AdwEntryRow    *name_row;
  AdwEntryRow    *site_row;
  GtkSpinButton  *headcount_spin;
  GtkLabel       *recorded_label;
  GtkLabel       *error_label;
  GtkButton      *delete_button;
};

enum { SAVED, DELETED, N_SIGNALS };
static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (PasDepartmentEditor, pas_department_editor, ADW_TYPE_WINDOW)

static void
show_error (PasDepartmentEditor *self,
            const char          *message)
{
  gboolean about_name = message != NULL;

  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->name_row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               about_name ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  if (about_name)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->name_row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->name_row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
update_recorded (PasDepartmentEditor *self)
{
  g_autofree char *text = NULL;

  if (self->department == NULL)
    text = g_strdup (_("The headcount may be larger than the people you record: coverage counts whichever is larger."));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u person is recorded in this department. The headcount may be larger: coverage counts whichever is larger.",
                                         "%u people are recorded in this department. The headcount may be larger: coverage counts whichever is larger.",
                                         self->n_people),
                            self->n_people);
  gtk_label_set_label (self->recorded_label, text);
}

static void
on_field_changed_cb (PasDepartmentEditor *self)
{
  if (self->error != NULL)
    show_error (self, NULL);
}

static void
on_save_clicked_cb (PasDepartmentEditor *self)
{
  if (pas_department_editor_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
on_delete_response_cb (AdwMessageDialog    *dialog,
                       const char          *response,
                       PasDepartmentEditor *self)
{
  if (g_str_equal (response, "delete") && pas_department_editor_delete (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_delete_clicked_cb (PasDepartmentEditor *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  if (self->department == NULL)
    return;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Its %u person stays, without a department. Feedback and success stories about it lose their department, and readiness assessments of the whole department are deleted. This cannot be undone.",
                                       "Its %u people stay, without a department. Feedback and success stories about it lose their department, and readiness assessments of the whole department are deleted. This cannot be undone.",
                                       self->n_people),
                          self->n_people);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, body));
  /* Translators: %s is the name of a department */
  adw_message_dialog_format_heading (dialog, _("Delete “%s”?"), pas_record_get_string (self->department, "name"));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete Department"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  pas_gui_fix_button_names (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
pas_department_editor_dispose (GObject *object)
{
  PasDepartmentEditor *self = (PasDepartmentEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_DEPARTMENT_EDITOR);
  g_clear_object (&self->workspace);
  g_clear_object (&self->department);

  G_OBJECT_CLASS (pas_department_editor_parent_class)->dispose (object);
}

static void
pas_department_editor_finalize (GObject *object)
{
  PasDepartmentEditor *self = (PasDepartmentEditor *)object;

  g_free (self->error);

  G_OBJECT_CLASS (pas_department_editor_parent_class)->finalize (object);
}

static void
pas_department_editor_class_init (PasDepartmentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_department_editor_dispose;
  object_class->finalize = pas_department_editor_finalize;

  /**
   * PasDepartmentEditor::saved:
   * @id: the department added or changed
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * PasDepartmentEditor::deleted:
   * @name: the name the department had
   */
  signals [DELETED] =
    g_signal_new ("deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-department-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PasDepartmentEditor, title);
  gtk_widget_class_bind_template_child (widget_class, PasDepartmentEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, PasDepartmentEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, PasDepartmentEditor, site_row);
  gtk_widget_class_bind_template_child (widget_class, PasDepartmentEditor, headcount_spin);
  gtk_widget_class_bind_template_child (widget_class, PasDepartmentEditor, recorded_label);
  gtk_widget_class_bind_template_child (widget_class, PasDepartmentEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, PasDepartmentEditor, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pas_department_editor_init (PasDepartmentEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.8's spin button has no activates-default; its text does. */
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->headcount_spin))), TRUE);
  pas_gui_fix_button_names (GTK_WIDGET (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/**
 * pas_department_editor_new:
 * @department: (nullable): the department to edit, or %NULL to add one
 * @n_people: the people recorded in it, to say so
 */
PasDepartmentEditor *
pas_department_editor_new (GtkWindow    *parent,
                           PasWorkspace *workspace,
                           PasRecord    *department,
                           guint         n_people)
{
  PasDepartmentEditor *self;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (department == NULL || pas_record_get_kind (department) == PAS_KIND_DEPARTMENT, NULL);

  self = g_object_new (PAS_TYPE_DEPARTMENT_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->workspace = g_object_ref (workspace);
  self->n_people = n_people;
  if (department != NULL)
    {
      self->department = g_object_ref (department);
      adw_window_title_set_title (self->title, _("Edit Department"));
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Department"));
      gtk_button_set_label (self->save_button, _("_Save"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), pas_record_get_string (department, "name"));
      gtk_editable_set_text (GTK_EDITABLE (self->site_row), pas_record_get_string (department, "site") ?: "");
      gtk_spin_button_set_value (self->headcount_spin, pas_record_get_int (department, "headcount"));
      gtk_widget_set_visible (GTK_WIDGET (self->delete_button), TRUE);
      pas_gui_fix_button_names (GTK_WIDGET (self));
      show_error (self, NULL);
    }
  update_recorded (self);
  return self;
}

/**
 * pas_department_editor_save:
 *
 * Returns: %TRUE when the department was saved; otherwise the reason
 *   is shown.
 */
gboolean
pas_department_editor_save (PasDepartmentEditor *self)
{
  g_autoptr(PasRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *site = NULL;

  g_return_val_if_fail (PAS_IS_DEPARTMENT_EDITOR (self), FALSE);

  /* A number typed but not yet confirmed with Enter counts too. */
  gtk_spin_button_update (self->headcount_spin);
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  site = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->site_row))));
  record = self->department ? pas_record_copy (self->department) : pas_record_new (PAS_KIND_DEPARTMENT);
  pas_record_set_string (record, "name", name);
  pas_record_set_string (record, "site", site);
  pas_record_set_int (record, "headcount", gtk_spin_button_get_value_as_int (self->headcount_spin));
  if (!pas_people_check_department (self->workspace, record, &error) ||
      !pas_workspace_save (self->workspace, record, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  g_set_object (&self->department, record);
  g_signal_emit (self, signals [SAVED], 0, pas_record_get_id (record));
  return TRUE;
}

/**
 * pas_department_editor_delete:
 *
 * Deletes the department edited, without asking: the button asks first.
 */
gboolean
pas_department_editor_delete (PasDepartmentEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PAS_IS_DEPARTMENT_EDITOR (self), FALSE);
  g_return_val_if_fail (self->department != NULL, FALSE);

  name = g_strdup (pas_record_get_string (self->department, "name"));
  if (!pas_workspace_delete (self->workspace, PAS_KIND_DEPARTMENT, pas_record_get_id (self->department), &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals [DELETED], 0, name);
  return TRUE;
}

const char *
pas_department_editor_get_error (PasDepartmentEditor *self)
{
  g_return_val_if_fail (PAS_IS_DEPARTMENT_EDITOR (self), NULL);
  return self->error;
}
