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
}
