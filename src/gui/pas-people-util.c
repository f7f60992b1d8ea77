/* pas-people-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-people-util"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-people-list.h"
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
 * pas_people_item_set_child:
 *
 * Sets the child of @item, as gtk_list_item_set_child(), for a list
 * whose rows pas_people_select_position() may focus: it finds the row
 * of a position through the item its child remembers.
 */
void
pas_people_item_set_child (GtkListItem *item,
                           GtkWidget   *child)
{
  g_return_if_fail (GTK_IS_LIST_ITEM (item));

  gtk_list_item_set_child (item, child);
  g_object_set_data (G_OBJECT (child), "pas-people-item", item);
}

/* Focuses the row of @view showing @position, if it has one. */
static gboolean
focus_row (GtkWidget *view,
           guint      position)
{
  for (GtkWidget *row = gtk_widget_get_first_child (view); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);
      GtkListItem *item = child ? g_object_get_data (G_OBJECT (child), "pas-people-item") : NULL;

      if (item != NULL && gtk_list_item_get_position (item) == position)
        return gtk_widget_grab_focus (row);
    }
  return FALSE;
}

/**
 * pas_people_select_position:
 * @list: a #GtkListView or #GtkGridView
 *
 * Selects the row at @position, scrolls to it and gives it the focus.
 * GTK 4.8 has no public call for this: the list's own actions select
 * and scroll, and the row is found among the list's children (see
 * pas_people_item_set_child()).
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
  if (!focus_row (view, position))
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

/* Whether @model, or a model it wraps, is in the middle of a signal.
 * Within items-changed, a model already counts its new items while the
 * models wrapping it have not passed the change on yet: a list given
 * one of these then would add the same items again when the change
 * reaches it, and keep widgets for items that do not exist (GTK 4.8
 * aborts on them when the list is disposed). */
static gboolean
is_emitting (GListModel *model)
{
  g_autoptr(GListModel) wrapped = NULL;
  GParamSpec *pspec;

  if (g_signal_get_invocation_hint (model) != NULL)
    return TRUE;
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (model), "model");
  if (pspec == NULL || !(pspec->flags & G_PARAM_READABLE) ||
      !g_type_is_a (pspec->value_type, G_TYPE_LIST_MODEL))
    return FALSE;
  g_object_get (model, "model", &wrapped, NULL);
  return wrapped != NULL && is_emitting (wrapped);
}

static void
attach_model (GtkWidget *list)
{
  GtkSelectionModel *model = g_object_get_data (G_OBJECT (list), "pas-people-model");

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

/* Gives the model to the list, or takes it back, as the list is now on
 * screen or not. */
static gboolean
follow_mapped_cb (gpointer data)
{
  GtkWidget *list = data;

  g_object_steal_data (G_OBJECT (list), "pas-people-pending");
  if (gtk_widget_get_mapped (list) && !has_model (list))
    attach_model (list);
  else if (!gtk_widget_get_mapped (list) && has_model (list))
    set_list_model (list, NULL);
  return G_SOURCE_REMOVE;
}

static void
cancel_pending (gpointer data)
{
  g_source_remove (GPOINTER_TO_UINT (data));
}

static void
follow_mapped_later (GtkWidget *list,
                     int        priority)
{
  guint id = g_idle_add_full (priority, follow_mapped_cb, list, NULL);

  g_object_set_data_full (G_OBJECT (list), "pas-people-pending", GUINT_TO_POINTER (id), cancel_pending);
}

static void
on_list_map_cb (GtkWidget *list)
{
  GListModel *model = g_object_get_data (G_OBJECT (list), "pas-people-model");

  g_object_set_data (G_OBJECT (list), "pas-people-pending", NULL);
  if (has_model (list))
    return;
  /* Mapped from a handler of the model's change (a page shown when the
   * search finds people again): once the change is over, before the
   * frame is drawn. */
  if (is_emitting (model))
    follow_mapped_later (list, G_PRIORITY_HIGH_IDLE);
  else
    attach_model (list);
}

/* The list cannot lose its rows while GTK unmaps them, nor while its
 * model changes: after, if it is still off screen. */
static void
on_list_unmap_cb (GtkWidget *list)
{
  g_object_set_data (G_OBJECT (list), "pas-people-pending", NULL);
  if (has_model (list))
    follow_mapped_later (list, G_PRIORITY_DEFAULT_IDLE);
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

/**
 * pas_people_fill_department_filter:
 * @departments: (nullable): the workspace's departments (#PasRecord)
 * @ids: (inout): the department id of each choice (gint64)
 *
 * Fills a filter by department: all departments, each of @departments,
 * then those without one (%PAS_PEOPLE_ANY_DEPARTMENT, an id,
 * %PAS_PEOPLE_NO_DEPARTMENT in @ids). The department chosen stays
 * chosen while it exists.
 */
void
pas_people_fill_department_filter (GtkDropDown *dropdown,
                                   GListModel  *departments,
                                   GArray      *ids)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 selected = pas_people_get_department_filter (dropdown, ids);
  guint n = departments ? g_list_model_get_n_items (departments) : 0;
  guint position = 0;
  gint64 id;

  g_array_set_size (ids, 0);
  gtk_string_list_append (names, _("All departments"));
  id = PAS_PEOPLE_ANY_DEPARTMENT;
  g_array_append_val (ids, id);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PasRecord) department = g_list_model_get_item (departments, i);

      if (department == NULL)
        continue;
      id = pas_record_get_id (department);
      if (id == selected)
        position = ids->len;
      gtk_string_list_append (names, pas_record_get_string (department, "name"));
      g_array_append_val (ids, id);
    }
  id = PAS_PEOPLE_NO_DEPARTMENT;
  if (selected == PAS_PEOPLE_NO_DEPARTMENT)
    position = ids->len;
  gtk_string_list_append (names, _("No department"));
  g_array_append_val (ids, id);

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, position);
}

/* The department chosen in a filter filled by pas_people_fill_department_filter(). */
gint64
pas_people_get_department_filter (GtkDropDown *dropdown,
                                  GArray      *ids)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (position == GTK_INVALID_LIST_POSITION || position >= ids->len)
    return PAS_PEOPLE_ANY_DEPARTMENT;
  return g_array_index (ids, gint64, position);
}

/* The name of a department among the choices of the filter, or NULL. */
const char *
pas_people_get_department_name (GtkDropDown *dropdown,
                                GArray      *ids,
                                gint64       department_id)
{
  GListModel *names = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < ids->len && names != NULL; i++)
    if (department_id > 0 && g_array_index (ids, gint64, i) == department_id)
      return gtk_string_list_get_string (GTK_STRING_LIST (names), i);
  return NULL;
}
