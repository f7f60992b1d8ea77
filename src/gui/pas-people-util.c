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
  if (GTK_IS_LIST_VIEW (widget) || GTK_IS_GRID_VIEW (widget))
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
 * @list: a #GtkListView or #GtkGridView
 *
 * Selects the row at @position, scrolls to it and gives it the focus.
 * GTK 4.8 has no public call for this: the list's own actions do it.
 */
void
pas_people_select_position (GtkWidget *list,
                            guint      position)
{
  GtkWidget *view;

  g_return_if_fail (GTK_IS_LIST_VIEW (list) || GTK_IS_GRID_VIEW (list));

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
 * #GtkListView, or a cell of a #GtkGridView. GTK 4.8 has no API for
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

static void
set_list_model (GtkWidget         *list,
                GtkSelectionModel *model)
{
  if (GTK_IS_GRID_VIEW (list))
    gtk_grid_view_set_model (GTK_GRID_VIEW (list), model);
  else
    gtk_list_view_set_model (GTK_LIST_VIEW (list), model);
}

static gboolean
has_model (GtkWidget *list)
{
  if (GTK_IS_GRID_VIEW (list))
    return gtk_grid_view_get_model (GTK_GRID_VIEW (list)) != NULL;
  return gtk_list_view_get_model (GTK_LIST_VIEW (list)) != NULL;
}

/* A list cannot lose its rows while GTK unmaps them: after, if it is
 * still off screen. */
static gboolean
detach_model_cb (gpointer data)
{
  GtkWidget *list = data;

  g_object_steal_data (G_OBJECT (list), "pas-people-detach");
  if (!gtk_widget_get_mapped (list))
    set_list_model (list, NULL);
  return G_SOURCE_REMOVE;
}

static void
cancel_detach (gpointer data)
{
  g_source_remove (GPOINTER_TO_UINT (data));
}

static void
on_list_map_cb (GtkWidget *list)
{
  GtkSelectionModel *model = g_object_get_data (G_OBJECT (list), "pas-people-model");

  g_object_set_data (G_OBJECT (list), "pas-people-detach", NULL);
  if (has_model (list))
    return;
  set_list_model (list, model);
  /* Back where the selection is, if any. */
  if (GTK_IS_SINGLE_SELECTION (model) &&
      gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)) != GTK_INVALID_LIST_POSITION)
    {
      GtkWidget *view = find_list_base (list);

      if (view != NULL)
        gtk_widget_activate_action (view, "list.scroll-to-item", "u",
                                    gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)));
    }
}

static void
on_list_unmap_cb (GtkWidget *list)
{
  guint id;

  if (g_object_get_data (G_OBJECT (list), "pas-people-detach") != NULL)
    return;
  id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, detach_model_cb, list, NULL);
  g_object_set_data_full (G_OBJECT (list), "pas-people-detach", GUINT_TO_POINTER (id), cancel_detach);
}

/**
 * pas_people_show_model_when_mapped:
 * @list: a #GtkListView or #GtkGridView
 * @model: (transfer none): its model
 *
 * Gives @model to @list only while @list is on screen. GTK 4.8's lists
 * keep some 200 rows of widgets, each in the accessibility tree, even
 * on a tab or page that is not shown; screen readers and the tests that
 * walk that tree pay for every one of them.
 */
void
pas_people_show_model_when_mapped (GtkWidget         *list,
                                   GtkSelectionModel *model)
{
  g_return_if_fail (GTK_IS_LIST_VIEW (list) || GTK_IS_GRID_VIEW (list));
  g_return_if_fail (GTK_IS_SELECTION_MODEL (model));

  g_object_set_data_full (G_OBJECT (list), "pas-people-model", g_object_ref (model), g_object_unref);
  g_signal_connect (list, "map", G_CALLBACK (on_list_map_cb), NULL);
  g_signal_connect (list, "unmap", G_CALLBACK (on_list_unmap_cb), NULL);
  set_list_model (list, gtk_widget_get_mapped (list) ? model : NULL);
}
