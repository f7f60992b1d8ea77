/* pas-people-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-people-util"

#include "config.h"

#include "pas-people-util.h"

/**
 * pas_people_add_toast:
 * @widget: a widget inside the window
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the window's toast overlay; drops it when @widget is
 * not in one (a widget test, for example).
 */
void
pas_people_add_toast (GtkWidget *widget,
                      AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* A toast with a message alone, shown long enough to be read. */
void
pas_people_show_message (GtkWidget  *widget,
                         const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 5);
  pas_people_add_toast (widget, toast);
}

/* The window of @widget, to be the parent of a dialog, or NULL. */
GtkWindow *
pas_people_get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static GtkWidget *
find_list_base (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_base (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * pas_people_select_position:
 * @list: a #GtkListView or #GtkColumnView
 *
 * Selects the row at @position, scrolls to it and gives it the focus.
 * GTK 4.8 has no public call for this: the list's own actions do it, on
 * the list view inside a column view.
 */
void
pas_people_select_position (GtkWidget *list,
                            guint      position)
{
  GtkWidget *view;

  g_return_if_fail (GTK_IS_LIST_VIEW (list) || GTK_IS_COLUMN_VIEW (list));

  if ((view = find_list_base (list)) == NULL)
    return;
  gtk_widget_activate_action (view, "list.scroll-to-item", "u", position);
  gtk_widget_activate_action (view, "list.select-item", "(ubb)", position, FALSE, FALSE);
  /* The list gives the focus to the item it scrolled to. */
  gtk_widget_grab_focus (view);
}

/**
 * pas_people_label_item:
 * @child: the widget a list item factory put in an item, once bound
 *
 * Names the item holding @child, for screen readers: a row of a
 * #GtkListView, or a cell of a #GtkColumnView. GTK 4.8 has no API for
 * it, and would otherwise give the item no name, or its type's name.
 */
void
pas_people_label_item (GtkWidget  *child,
                       const char *label)
{
  GtkWidget *item;

  g_return_if_fail (GTK_IS_WIDGET (child));

  if ((item = gtk_widget_get_parent (child)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
}

static void
setup_string_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_string_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (string));
  pas_people_label_item (label, gtk_string_object_get_string (string));
}

/**
 * pas_people_name_combo_items:
 *
 * Gives @row, whose model is a #GtkStringList, items named after their
 * text: the choice shown in the row is an item of a list too, and GTK
 * 4.8 would leave it without a name.
 */
void
pas_people_name_combo_items (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_string_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_string_cb), NULL);
  adw_combo_row_set_factory (row, factory);
}
