/* pas-project-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-project-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-project-dialog.h"

/* Asks for the name of a new project, or a new name for one. The dialog
 * stays open until the name is accepted, so that a refused name can be
 * corrected in place. */
struct _PasProjectDialog
{
  AdwWindow     parent_instance;

  PasWorkspace *workspace;
  PasRecord    *project;   /* the one renamed, or NULL */

  AdwEntryRow  *name_row;
  GtkLabel     *error_label;
  GtkButton    *save_button;
  AdwWindowTitle *title;
};

enum { SAVED, N_SIGNALS };
static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (PasProjectDialog, pas_project_dialog, ADW_TYPE_WINDOW)

static void
show_error (PasProjectDialog *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->name_row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->name_row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->name_row),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
on_name_changed_cb (PasProjectDialog *self)
{
  show_error (self, NULL);
}

static void
on_save_clicked_cb (PasProjectDialog *self)
{
  if (pas_project_dialog_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
pas_project_dialog_dispose (GObject *object)
{
  PasProjectDialog *self = (PasProjectDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_PROJECT_DIALOG);
  g_clear_object (&self->workspace);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (pas_project_dialog_parent_class)->dispose (object);
}

static void
pas_project_dialog_class_init (PasProjectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_project_dialog_dispose;

  /**
   * PasProjectDialog::saved:
   * @id: the id of the project created or renamed
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-project-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PasProjectDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, PasProjectDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PasProjectDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PasProjectDialog, title);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pas_project_dialog_init (PasProjectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The row itself cannot hold the focus; its own grab_focus gives it to the text. */
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/**
 * pas_project_dialog_new:
 * @project: (nullable): the project to rename, or %NULL to create one
 */
PasProjectDialog *
pas_project_dialog_new (GtkWindow    *parent,
                        PasWorkspace *workspace,
                        PasRecord    *project)
{
  PasProjectDialog *self;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (project == NULL || pas_record_get_kind (project) == PAS_KIND_PROJECT, NULL);

  self = g_object_new (PAS_TYPE_PROJECT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->workspace = g_object_ref (workspace);
  if (project != NULL)
    {
      self->project = g_object_ref (project);
      adw_window_title_set_title (self->title, _("Rename Project"));
      gtk_window_set_title (GTK_WINDOW (self), _("Rename Project"));
      gtk_button_set_label (self->save_button, _("Rename"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), pas_record_get_string (project, "name"));
      show_error (self, NULL);
    }
  return self;
}

/**
 * pas_project_dialog_save:
 *
 * Saves the name typed, or shows why it is refused.
 *
 * Returns: %TRUE when the project was saved.
 */
gboolean
pas_project_dialog_save (PasProjectDialog *self)
{
  g_autoptr(PasRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PAS_IS_PROJECT_DIALOG (self), FALSE);

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (*name == '\0')
    {
      show_error (self, _("Give the project a name, for example “New CRM”."));
      return FALSE;
    }

  record = self->project ? pas_record_copy (self->project) : pas_record_new (PAS_KIND_PROJECT);
  pas_record_set_string (record, "name", name);
  if (!pas_workspace_save (self->workspace, record, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals [SAVED], 0, pas_record_get_id (record));
  return TRUE;
}
