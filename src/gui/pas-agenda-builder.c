/* pas-agenda-builder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-agenda-builder"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-agenda-block-dialog.h"
#include "pas-agenda-builder.h"
#include "pas-workshop-ops.h"
#include "pas-workshop-schedule.h"
#include "pas-text-block.h"
#include "pas-workshop-util.h"

/* A workshop's agenda: blocks in order, each with its start computed
 * from the workshop's; the total against the planned duration. Blocks
 * move with Alt+Up and Alt+Down, by dragging, or from their menu. */
struct _PasAgendaBuilder
{
  GtkWidget     parent_instance;

  PasWorkspace *workspace;
  gint64        workshop_id;
  GPtrArray    *items;         /* PasAgendaItem, in order */
  gboolean      has_start;
  gint64        starts_at;
  guint         duration_min;

  GtkListBox   *list;
  GtkImage     *warning_image;
  GtkLabel     *total_label;
};

G_DEFINE_FINAL_TYPE (PasAgendaBuilder, pas_agenda_builder, GTK_TYPE_WIDGET)

static int
find_item (PasAgendaBuilder *self,
           gint64            item_id)
{
  for (guint i = 0; i < self->items->len; i++)
    if (((PasAgendaItem *) g_ptr_array_index (self->items, i))->id == item_id)
      return i;
  return -1;
}

static char *
format_start (PasAgendaBuilder    *self,
              const PasAgendaItem *item)
{
  g_autofree char *offset = NULL;

  if (self->has_start)
    return pas_workshop_format_time_of_day (pas_agenda_get_start (self->starts_at, item), NULL);
  offset = pas_agenda_format_minutes (item->offset);
  /* Translators: when a block starts after the workshop's start, which is not set yet: "+45 min" */
  return g_strdup_printf (_("+%s"), offset);
}

static GMenuModel *
build_row_menu (const PasAgendaItem *item,
                gboolean             is_first,
                gboolean             is_last)
{
  GMenu *menu = g_menu_new ();
  GVariant *target = g_variant_new_int64 (item->id);
  g_autoptr(GMenuItem) edit = g_menu_item_new (_("Edit…"), NULL);
  g_autoptr(GMenuItem) up = g_menu_item_new (_("Move Up"), NULL);
  g_autoptr(GMenuItem) down = g_menu_item_new (_("Move Down"), NULL);
  g_autoptr(GMenuItem) remove = g_menu_item_new (_("Remove"), NULL);

  g_variant_ref_sink (target);
  g_menu_item_set_action_and_target_value (edit, "agenda.edit", target);
  g_menu_item_set_action_and_target_value (up, "agenda.move-up", target);
  g_menu_item_set_action_and_target_value (down, "agenda.move-down", target);
  g_menu_item_set_action_and_target_value (remove, "agenda.remove", target);
  g_menu_append_item (menu, edit);
  if (!is_first)
    g_menu_append_item (menu, up);
  if (!is_last)
    g_menu_append_item (menu, down);
  g_menu_append_item (menu, remove);
  g_variant_unref (target);
  return G_MENU_MODEL (menu);
}

/* A menu is built when it first opens: building one per row would make
 * a long agenda slow to show. */
static void
create_row_popup_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  GMenuModel *menu = g_object_get_data (G_OBJECT (button), "menu");

  if (menu != NULL && gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, menu);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource    *source,
                    double            x,
                    double            y,
                    PasAgendaBuilder *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  const PasAgendaItem *item;

  if (index < 0 || (guint) index >= self->items->len)
    return NULL;
  item = g_ptr_array_index (self->items, index);
  return gdk_content_provider_new_typed (G_TYPE_INT64, item->id);
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  gpointer       user_data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static gboolean
on_drop_cb (GtkDropTarget    *target,
            const GValue     *value,
            double            x,
            double            y,
            PasAgendaBuilder *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  if (!G_VALUE_HOLDS_INT64 (value) || index < 0)
    return FALSE;
  return pas_agenda_builder_move_block (self, g_value_get_int64 (value), index);
}

static GtkWidget *
create_row (PasAgendaBuilder    *self,
            const PasAgendaItem *item,
            guint                index)
{
  g_autofree char *start = format_start (self, item);
  g_autofree char *minutes = pas_agenda_format_minutes (item->minutes);
  g_autofree char *accessible = NULL;
  g_autofree char *menu_label = NULL;
  g_autoptr(GMenuModel) menu = build_row_menu (item, index == 0, index + 1 == self->items->len);
  const char *method = pas_workshop_method_get_label (item->method);
  GtkWidget *row, *box, *texts, *label, *button;
  GtkDragSource *source;
  GtkDropTarget *target;

  row = gtk_list_box_row_new ();
  gtk_widget_add_css_class (row, "agenda-block");
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_IMAGE,
                                               "icon-name", "list-drag-handle-symbolic",
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               "css-classes", (const char *[]) { "dim-label", NULL },
                                               NULL));

  label = gtk_label_new (start);
  gtk_widget_set_name (label, "start-label");
  gtk_label_set_width_chars (GTK_LABEL (label), 6);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), label);

  /* The title, wrapped, and the method under it, drawn by one widget:
   * every block is measured again when another workshop is shown. */
  texts = pas_text_block_new ();
  gtk_widget_set_name (texts, "title-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  pas_text_block_set_text (PAS_TEXT_BLOCK (texts), item->title, method);
  gtk_box_append (GTK_BOX (box), texts);

  label = gtk_label_new (minutes);
  gtk_widget_set_name (label, "minutes-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), label);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  g_object_set_data_full (G_OBJECT (button), "menu", g_steal_pointer (&menu), g_object_unref);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_row_popup_cb, NULL, NULL);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the menu of an agenda block; %s is its title */
  menu_label = g_strdup_printf (_("Actions for “%s”"), item->title);
  gtk_widget_set_tooltip_text (button, menu_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label,
                                  -1);
  gtk_box_append (GTK_BOX (box), button);

  if (*method != '\0')
    /* Translators: an agenda block as a screen reader reads it: start, title, method, length */
    accessible = g_strdup_printf (_("%s, %s, %s, %s"), start, item->title, method, minutes);
  else
    /* Translators: an agenda block as a screen reader reads it: start, title, length */
    accessible = g_strdup_printf (_("%s, %s, %s"), start, item->title, minutes);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (on_drag_prepare_cb), self, 0);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), NULL);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  return row;
}

static void
update_total (PasAgendaBuilder *self)
{
  g_autofree char *total_text = NULL;
  g_autofree char *fit = NULL;
  g_autofree char *text = NULL;
  guint total = 0;
  gboolean over;

  for (guint i = 0; i < self->items->len; i++)
    total += ((PasAgendaItem *) g_ptr_array_index (self->items, i))->minutes;
  over = pas_agenda_fit (total, self->duration_min, NULL) == PAS_AGENDA_FIT_OVER;

  total_text = pas_agenda_format_minutes (total);
  fit = pas_agenda_describe_fit (total, self->duration_min);
  /* Translators: "Total 2 h 15 min · 15 min over the planned 2 h" */
  text = g_strdup_printf (_("Total %s · %s"), total_text, fit);
  gtk_label_set_label (self->total_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->warning_image), over);
  if (over)
    gtk_widget_add_css_class (GTK_WIDGET (self->total_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->total_label), "warning");
}

static GtkListBoxRow *
get_current_row (PasAgendaBuilder *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list)))
    {
      GtkWidget *row = GTK_IS_LIST_BOX_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);

      if (row != NULL)
        return GTK_LIST_BOX_ROW (row);
    }
  return gtk_list_box_get_selected_row (self->list);
}

static gint64
get_current_id (PasAgendaBuilder *self)
{
  GtkListBoxRow *row = get_current_row (self);
  int index = row ? gtk_list_box_row_get_index (row) : -1;

  if (index < 0 || (guint) index >= self->items->len)
    return 0;
  return ((PasAgendaItem *) g_ptr_array_index (self->items, index))->id;
}

static gboolean
has_focus_inside (PasAgendaBuilder *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == GTK_WIDGET (self->list) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list)));
}

static void
select_block (PasAgendaBuilder *self,
              gint64            item_id,
              gboolean          grab_focus)
{
  int index = find_item (self, item_id);
  GtkListBoxRow *row;

  if (index < 0 || (row = gtk_list_box_get_row_at_index (self->list, index)) == NULL)
    return;
  gtk_list_box_select_row (self->list, row);
  if (grab_focus)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
reload (PasAgendaBuilder *self)
{
  g_autoptr(PasRecord) workshop = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gboolean had_focus = has_focus_inside (self);
  gint64 current = get_current_id (self);
  GtkListBoxRow *row;

  if (self->workspace != NULL && self->workshop_id > 0)
    workshop = pas_workspace_load (self->workspace, PAS_KIND_WORKSHOP, self->workshop_id, NULL);
  if (workshop != NULL && (items = pas_agenda_load (self->workspace, self->workshop_id, &error)) == NULL)
    g_warning ("The agenda could not be read: %s", error->message);
  if (items == NULL)
    items = g_ptr_array_new_with_free_func ((GDestroyNotify) pas_agenda_item_free);

  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);
  self->has_start = workshop != NULL && !pas_record_is_null (workshop, "starts_at");
  self->starts_at = workshop ? pas_record_get_int (workshop, "starts_at") : 0;
  self->duration_min = workshop ? pas_record_get_int (workshop, "duration_min") : 0;

  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
  for (guint i = 0; i < self->items->len; i++)
    gtk_list_box_append (self->list, create_row (self, g_ptr_array_index (self->items, i), i));

  update_total (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.add", workshop != NULL);
  if (current != 0)
    select_block (self, current, had_focus);
}

static void
on_workspace_changed_cb (PasAgendaBuilder *self,
                         PasKind           kind,
                         gint64            id,
                         PasWorkspace     *workspace)
{
  if (kind == PAS_KIND_AGENDA_ITEM || (kind == PAS_KIND_WORKSHOP && (id == 0 || id == self->workshop_id)))
    reload (self);
}

static void
on_saved_cb (PasAgendaBlockDialog *dialog,
             gint64                id,
             PasAgendaBuilder     *self)
{
  select_block (self, id, TRUE);
}

static void
show_block_dialog (PasAgendaBuilder    *self,
                   int                  position,
                   const PasAgendaItem *item)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PasAgendaBlockDialog *dialog;

  dialog = pas_agenda_block_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        self->workspace, self->workshop_id, position, item);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_row_activated_cb (PasAgendaBuilder *self,
                     GtkListBoxRow    *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->items->len)
    show_block_dialog (self, -1, g_ptr_array_index (self->items, index));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PasAgendaBuilder *self = PAS_AGENDA_BUILDER (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (self->workspace != NULL && self->workshop_id > 0)
    show_block_dialog (self, row ? gtk_list_box_row_get_index (row) + 1 : -1, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PasAgendaBuilder *self = PAS_AGENDA_BUILDER (widget);
  int index = find_item (self, g_variant_get_int64 (parameter));

  if (index >= 0)
    show_block_dialog (self, -1, g_ptr_array_index (self->items, index));
}

static void
move_by (PasAgendaBuilder *self,
         gint64            item_id,
         int               delta)
{
  int index = find_item (self, item_id);

  if (index < 0 || index + delta < 0 || (guint) (index + delta) >= self->items->len)
    return;
  pas_agenda_builder_move_block (self, item_id, index + delta);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_by (PAS_AGENDA_BUILDER (widget), g_variant_get_int64 (parameter), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_by (PAS_AGENDA_BUILDER (widget), g_variant_get_int64 (parameter), +1);
}

static void
raise_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PasAgendaBuilder *self = PAS_AGENDA_BUILDER (widget);
  gint64 id = get_current_id (self);

  if (id != 0)
    move_by (self, id, -1);
}

static void
lower_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PasAgendaBuilder *self = PAS_AGENDA_BUILDER (widget);
  gint64 id = get_current_id (self);

  if (id != 0)
    move_by (self, id, +1);
}

static void
on_undo_remove_cb (AdwToast         *toast,
                   PasAgendaBuilder *self)
{
  const PasAgendaItem *item = g_object_get_data (G_OBJECT (toast), "item");
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->workspace == NULL)
    return;
  id = pas_agenda_insert (self->workspace, self->workshop_id, item->position,
                          item->title, item->method, item->minutes, &error);
  if (id == 0)
    pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
  else
    select_block (self, id, TRUE);
}

static void
remove_block (PasAgendaBuilder *self,
              gint64            item_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  PasAgendaItem *copy;
  const PasAgendaItem *item;
  AdwToast *toast;
  int index = find_item (self, item_id);
  gboolean had_focus = has_focus_inside (self);

  if (index < 0)
    return;
  item = g_ptr_array_index (self->items, index);
  copy = g_new0 (PasAgendaItem, 1);
  copy->title = g_strdup (item->title);
  copy->method = g_strdup (item->method);
  copy->minutes = item->minutes;
  copy->position = index;

  if (!pas_agenda_remove (self->workspace, item_id, &error))
    {
      pas_agenda_item_free (copy);
      pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  /* Keep the keyboard in the list, on the block that took its place. */
  if (had_focus && self->items->len > 0)
    select_block (self, ((PasAgendaItem *) g_ptr_array_index (self->items, MIN ((guint) index, self->items->len - 1)))->id, TRUE);

  /* Translators: a toast; %s is the title of an agenda block */
  title = g_strdup_printf (_("Block “%s” removed"), copy->title);
  toast = pas_workshop_util_new_toast (title);
  adw_toast_set_button_label (toast, _("Undo"));
  g_object_set_data_full (G_OBJECT (toast), "item", copy, (GDestroyNotify) pas_agenda_item_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb), self, 0);
  pas_workshop_util_add_toast (GTK_WIDGET (self), toast);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  remove_block (PAS_AGENDA_BUILDER (widget), g_variant_get_int64 (parameter));
}

static void
remove_current_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PasAgendaBuilder *self = PAS_AGENDA_BUILDER (widget);
  gint64 id;

  /* Delete belongs to the list: not to a menu or button that has the focus. */
  if (!has_focus_inside (self) || (id = get_current_id (self)) == 0)
    return;
  remove_block (self, id);
}

static void
pas_agenda_builder_dispose (GObject *object)
{
  PasAgendaBuilder *self = (PasAgendaBuilder *)object;
  GtkWidget *child;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_AGENDA_BUILDER);
  /* Template children not bound to a field stay parented otherwise. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pas_agenda_builder_parent_class)->dispose (object);
}

static void
pas_agenda_builder_finalize (GObject *object)
{
  PasAgendaBuilder *self = (PasAgendaBuilder *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (pas_agenda_builder_parent_class)->finalize (object);
}

static void
pas_agenda_builder_class_init (PasAgendaBuilderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_agenda_builder_dispose;
  object_class->finalize = pas_agenda_builder_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-agenda-builder.ui");
  gtk_widget_class_bind_template_child (widget_class, PasAgendaBuilder, list);
  gtk_widget_class_bind_template_child (widget_class, PasAgendaBuilder, warning_image);
  gtk_widget_class_bind_template_child (widget_class, PasAgendaBuilder, total_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "agenda.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "agenda.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-up", "x", move_up_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-down", "x", move_down_action);
  gtk_widget_class_install_action (widget_class, "agenda.remove", "x", remove_action);
  gtk_widget_class_install_action (widget_class, "agenda.raise", NULL, raise_action);
  gtk_widget_class_install_action (widget_class, "agenda.lower", NULL, lower_action);
  gtk_widget_class_install_action (widget_class, "agenda.remove-current", NULL, remove_current_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "agenda.raise", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK, "agenda.raise", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "agenda.lower", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK, "agenda.lower", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "agenda.remove-current", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "agenda.remove-current", NULL);
}

static void
pas_agenda_builder_init (PasAgendaBuilder *self)
{
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) pas_agenda_item_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  reload (self);
}

GtkWidget *
pas_agenda_builder_new (void)
{
  return g_object_new (PAS_TYPE_AGENDA_BUILDER, NULL);
}

/**
 * pas_agenda_builder_set_workshop:
 * @workspace: (nullable): the workspace
 * @workshop_id: the workshop whose agenda to show, or 0
 */
void
pas_agenda_builder_set_workshop (PasAgendaBuilder *self,
                                 PasWorkspace     *workspace,
                                 gint64            workshop_id)
{
  g_return_if_fail (PAS_IS_AGENDA_BUILDER (self));
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
    }
  self->workshop_id = workshop_id;
  reload (self);
}

guint
pas_agenda_builder_get_n_blocks (PasAgendaBuilder *self)
{
  g_return_val_if_fail (PAS_IS_AGENDA_BUILDER (self), 0);
  return self->items->len;
}

/* Returns: (transfer none) (nullable): the block at @position, as shown. */
const PasAgendaItem *
pas_agenda_builder_get_block (PasAgendaBuilder *self,
                              guint             position)
{
  g_return_val_if_fail (PAS_IS_AGENDA_BUILDER (self), NULL);

  if (position >= self->items->len)
    return NULL;
  return g_ptr_array_index (self->items, position);
}

/**
 * pas_agenda_builder_move_block:
 * @position: the block's new place, 0 first
 *
 * Moves a block, keeping it selected (and focused, when the keyboard was
 * in the list). A refusal is shown in a toast.
 *
 * Returns: %TRUE when the block moved.
 */
gboolean
pas_agenda_builder_move_block (PasAgendaBuilder *self,
                               gint64            item_id,
                               guint             position)
{
  g_autoptr(GError) error = NULL;
  gboolean had_focus;

  g_return_val_if_fail (PAS_IS_AGENDA_BUILDER (self), FALSE);

  if (self->workspace == NULL)
    return FALSE;
  had_focus = has_focus_inside (self);
  if (!pas_agenda_move (self->workspace, item_id, position, &error))
    {
      pas_workshop_util_show_message (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  select_block (self, item_id, had_focus);
  return TRUE;
}
