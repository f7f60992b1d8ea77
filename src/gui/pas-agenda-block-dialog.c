/* pas-agenda-block-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-agenda-block-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-agenda-block-dialog.h"
#include "pas-workshop-ops.h"

/* Adds a block to a workshop's agenda, or edits one: a title, a method
 * (one of the built-in list, or the facilitator's own words) and minutes.
 * It stays open until the block is saved, so that a refusal can be
 * corrected in place. */
struct _PasAgendaBlockDialog
{
  AdwWindow       parent_instance;

  PasWorkspace   *workspace;
  gint64          workshop_id;
  gint64          item_id;    /* 0 for a new block */
  int             position;   /* where a new block goes; -1 at the end */

  AdwEntryRow    *title_row;
  AdwEntryRow    *method_row;
  GtkMenuButton  *method_button;
  GtkSpinButton  *minutes_spin;
  GtkLabel       *error_label;
  GtkButton      *save_button;
};

enum { SAVED, N_SIGNALS };
static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE (PasAgendaBlockDialog, pas_agenda_block_dialog, ADW_TYPE_WINDOW)

static void
show_error (PasAgendaBlockDialog *self,
            const char           *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
on_changed_cb (PasAgendaBlockDialog *self)
{
  show_error (self, NULL);
}

static void
on_save_clicked_cb (PasAgendaBlockDialog *self)
{
  if (pas_agenda_block_dialog_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
method_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PasAgendaBlockDialog *self = PAS_AGENDA_BLOCK_DIALOG (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->method_row),
                         pas_workshop_method_get_label (g_variant_get_string (parameter, NULL)));
  gtk_widget_grab_focus (GTK_WIDGET (self->minutes_spin));
}

static GMenuModel *
build_method_menu (void)
{
  GMenu *menu = g_menu_new ();
  const char * const *keys = pas_workshop_method_keys ();

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (pas_workshop_method_get_label (keys[i]), NULL);

      g_menu_item_set_action_and_target_value (item, "block.method", g_variant_new_string (keys[i]));
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

static void
pas_agenda_block_dialog_dispose (GObject *object)
{
  PasAgendaBlockDialog *self = (PasAgendaBlockDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_AGENDA_BLOCK_DIALOG);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pas_agenda_block_dialog_parent_class)->dispose (object);
}

static void
pas_agenda_block_dialog_class_init (PasAgendaBlockDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_agenda_block_dialog_dispose;

  /**
   * PasAgendaBlockDialog::saved:
   * @id: the block added or changed
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-agenda-block-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PasAgendaBlockDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, PasAgendaBlockDialog, method_row);
  gtk_widget_class_bind_template_child (widget_class, PasAgendaBlockDialog, method_button);
  gtk_widget_class_bind_template_child (widget_class, PasAgendaBlockDialog, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, PasAgendaBlockDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PasAgendaBlockDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_install_action (widget_class, "block.method", "s", method_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pas_agenda_block_dialog_init (PasAgendaBlockDialog *self)
{
  g_autoptr(GMenuModel) menu = build_method_menu ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_menu_model (self->method_button, menu);
}

/**
 * pas_agenda_block_dialog_new:
 * @position: where a new block goes, 0 first; -1 at the end
 * @item: (nullable): the block to edit, or %NULL to add one
 */
PasAgendaBlockDialog *
pas_agenda_block_dialog_new (GtkWindow           *parent,
                             PasWorkspace        *workspace,
                             gint64               workshop_id,
                             int                  position,
                             const PasAgendaItem *item)
{
  PasAgendaBlockDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  /* An AdwWindow is otherwise read as a mere filler, and so is the dialog
   * role in GTK 4.8: a window, named after its title, reads best. */
  self = g_object_new (PAS_TYPE_AGENDA_BLOCK_DIALOG,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->workspace = g_object_ref (workspace);
  self->workshop_id = workshop_id;
  self->position = position;
  if (item != NULL)
    {
      self->item_id = item->id;
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Block"));
      gtk_button_set_label (self->save_button, _("Save"));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), item->title);
      gtk_editable_set_text (GTK_EDITABLE (self->method_row), pas_workshop_method_get_label (item->method));
      gtk_spin_button_set_value (self->minutes_spin, item->minutes);
    }
  show_error (self, NULL);
  /* Not in init: focusing realizes the accessible, whose role is set after. */
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

/**
 * pas_agenda_block_dialog_save:
 *
 * Saves the block as typed, or shows why it cannot be.
 *
 * Returns: %TRUE when the block was saved.
 */
gboolean
pas_agenda_block_dialog_save (PasAgendaBlockDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *title, *method;
  guint minutes;
  gint64 id;

  g_return_val_if_fail (PAS_IS_AGENDA_BLOCK_DIALOG (self), FALSE);

  gtk_spin_button_update (self->minutes_spin);
  title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  method = gtk_editable_get_text (GTK_EDITABLE (self->method_row));
  minutes = gtk_spin_button_get_value_as_int (self->minutes_spin);

  if (self->item_id != 0)
    {
      id = self->item_id;
      if (!pas_agenda_update (self->workspace, id, title, method, minutes, &error))
        id = 0;
    }
  else
    id = pas_agenda_insert (self->workspace, self->workshop_id, self->position, title, method, minutes, &error);

  if (id == 0)
    {
      show_error (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals [SAVED], 0, id);
  return TRUE;
}
