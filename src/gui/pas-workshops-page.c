/* pas-workshops-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-workshops-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pas-workshop-editor.h"
#include "pas-workshop-item.h"
#include "pas-workshop-ops.h"
#include "pas-workshop-schedule.h"
#include "pas-workshop-util.h"
#include "pas-workshop-view.h"
#include "pas-workshops-page.h"

/* The Workshops section: the project's workshops, upcoming first then
 * past, beside the one selected. The list comes from one query with the
 * invited and attended counts; a workshop keeps the same item across
 * reloads, so the selection stays on it. */
struct _PasWorkshopsPage
{
  PasSectionPage      parent_instance;

  PasWorkspace       *connected;  /* weak: the workspace whose changes are followed */
  GListStore         *workshops;  /* PasWorkshopItem */
  GtkSingleSelection *selection;
  guint               reload_id;

  GtkStack           *stack;
  AdwLeaflet         *leaflet;
  GtkListView        *list_view;
  GtkButton          *back_button;
  PasWorkshopView    *view;
};

G_DEFINE_FINAL_TYPE (PasWorkshopsPage, pas_workshops_page, PAS_TYPE_SECTION_PAGE)

static void
show_selected (PasWorkshopsPage *self)
{
  PasWorkshopItem *item = gtk_single_selection_get_selected_item (self->selection);
  PasWorkspace *workspace = pas_section_page_get_workspace (PAS_SECTION_PAGE (self));

  pas_workshop_view_set_workshop (self->view, item ? workspace : NULL, item ? pas_workshop_item_get_id (item) : 0);
}

static void
reload (PasWorkshopsPage *self)
{
  PasWorkspace *workspace = pas_section_page_get_workspace (PAS_SECTION_PAGE (self));
  gint64 project_id = pas_section_page_get_project_id (PAS_SECTION_PAGE (self));
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) old = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->workshops));
  gboolean previous_upcoming = FALSE;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (workspace != NULL && project_id > 0 &&
      (rows = pas_workshop_list (workspace, project_id, g_get_real_time () / G_USEC_PER_SEC, &error)) == NULL)
    pas_workshop_util_show_message (GTK_WIDGET (self), error->message);

  for (guint i = 0; i < n_old; i++)
    {
      PasWorkshopItem *item = g_list_model_get_item (G_LIST_MODEL (self->workshops), i);
      const PasWorkshopRow *row = pas_workshop_item_get_row (item);

      g_hash_table_insert (old, g_memdup2 (&row->id, sizeof row->id), item);
    }
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      PasWorkshopRow *row = g_ptr_array_index (rows, i);
      gboolean starts_group = i == 0 || row->upcoming != previous_upcoming;
      PasWorkshopItem *item = g_hash_table_lookup (old, &row->id);

      previous_upcoming = row->upcoming;

      /* The item takes the row. */
      rows->pdata[i] = NULL;
      if (item != NULL)
        {
          item = g_object_ref (item);
          pas_workshop_item_set_row (item, row);
        }
      else
        item = pas_workshop_item_new (row);
      pas_workshop_item_set_starts_group (item, starts_group);
      g_ptr_array_add (items, item);
    }

  g_list_store_splice (self->workshops, 0, n_old, items->pdata, items->len);

  if (workspace == NULL || project_id == 0)
    gtk_stack_set_visible_child_name (self->stack, "no-project");
  else if (items->len == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workshops.new", workspace != NULL && project_id > 0);
  show_selected (self);
}

static gboolean
reload_cb (gpointer data)
{
  PasWorkshopsPage *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_workspace_changed_cb (PasWorkshopsPage *self,
                         PasKind           kind,
                         gint64            id,
                         PasWorkspace     *workspace)
{
  /* A workshop added or deleted changes the selection now; check-ins
   * come in bursts, and only change counts. */
  if (kind == PAS_KIND_WORKSHOP)
    reload (self);
  else if (kind == PAS_KIND_WORKSHOP_PARTICIPANT && self->reload_id == 0)
    self->reload_id = g_idle_add (reload_cb, self);
}

static void
on_selected_changed_cb (PasWorkshopsPage *self)
{
  show_selected (self);
}

/* The rows */

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PasWorkshopsPage         *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *group = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *when = gtk_label_new (NULL);
  GtkWidget *counts = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (group), 0);
  gtk_widget_add_css_class (group, "workshop-group");
  gtk_widget_add_css_class (group, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (when), 0);
  gtk_label_set_ellipsize (GTK_LABEL (when), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (when, "caption");
  gtk_label_set_xalign (GTK_LABEL (counts), 0);
  gtk_label_set_ellipsize (GTK_LABEL (counts), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (counts, "caption");
  gtk_widget_add_css_class (counts, "dim-label");
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), when);
  gtk_box_append (GTK_BOX (box), counts);
  gtk_list_item_set_child (list_item, box);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            PasWorkshopsPage         *self)
{
  PasWorkshopItem *item = gtk_list_item_get_item (list_item);
  const PasWorkshopRow *row = pas_workshop_item_get_row (item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *group = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_next_sibling (group);
  GtkWidget *when = gtk_widget_get_next_sibling (title);
  GtkWidget *counts = gtk_widget_get_next_sibling (when);
  g_autofree char *when_text = pas_workshop_describe_when (row->has_start, row->starts_at, row->duration_min, NULL);
  g_autofree char *count_text = pas_workshop_describe_counts (row->n_invited, row->n_attended);
  g_autofree char *details = NULL;
  g_autofree char *accessible = NULL;
  gboolean starts_group = pas_workshop_item_get_starts_group (item);

  gtk_widget_set_visible (group, starts_group);
  gtk_label_set_label (GTK_LABEL (group), row->upcoming ? _("Upcoming") : _("Past"));
  gtk_label_set_label (GTK_LABEL (title), row->title);
  gtk_label_set_label (GTK_LABEL (when), when_text);
  /* Translators: a workshop's status and counts in the list: "Planned · 12 invited · 8 present" */
  details = g_strdup_printf (_("%s · %s"), pas_workshop_status_get_label (row->status), count_text);
  gtk_label_set_label (GTK_LABEL (counts), details);

  /* Translators: a workshop of the list as a screen reader reads it: title, when, status and counts */
  accessible = g_strdup_printf (_("%s, %s, %s"), row->title, when_text, details);
  pas_workshop_util_label_list_row (box, accessible);
}

/* Navigation */

static void
on_list_activate_cb (PasWorkshopsPage *self,
                     guint             position)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_child_focus (GTK_WIDGET (self->view), GTK_DIR_TAB_FORWARD);
}

static void
on_back_clicked_cb (PasWorkshopsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
on_folded_changed_cb (PasWorkshopsPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), adw_leaflet_get_folded (self->leaflet));
}

/* Actions */

static void
on_editor_saved_cb (PasWorkshopEditor *editor,
                    gint64             id,
                    PasWorkshopsPage  *self)
{
  pas_workshops_page_select (self, id);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PasWorkshopsPage *self = PAS_WORKSHOPS_PAGE (widget);
  PasWorkspace *workspace = pas_section_page_get_workspace (PAS_SECTION_PAGE (self));
  gint64 project_id = pas_section_page_get_project_id (PAS_SECTION_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (widget);
  PasWorkshopEditor *editor;

  if (workspace == NULL || project_id == 0)
    return;
  editor = pas_workshop_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, workspace, project_id, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

/* The section's shortcuts work wherever the focus is in the window, as
 * long as the section is shown; otherwise they pass the key on. */
static gboolean
run_when_shown_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  PasWorkshopsPage *self = PAS_WORKSHOPS_PAGE (widget);
  const char *action = user_data;
  GtkWidget *target = g_str_has_prefix (action, "workshops.") ? widget : GTK_WIDGET (self->view);

  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  return gtk_widget_activate_action (target, action, NULL);
}

static void
add_shortcuts (PasWorkshopsPage *self)
{
  static const struct
  {
    guint       key;
    const char *action;
  } shortcuts[] = {
    { GDK_KEY_n, "workshops.new" },
    { GDK_KEY_l, "workshop.capture" },
    { GDK_KEY_e, "workshop.edit" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_MANAGED);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (shortcuts[i].key, GDK_CONTROL_MASK),
                                                            gtk_callback_action_new (run_when_shown_cb,
                                                                                     (gpointer) shortcuts[i].action,
                                                                                     NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Overrides */

static void
pas_workshops_page_context_changed (PasSectionPage *page)
{
  PasWorkshopsPage *self = (PasWorkshopsPage *)page;
  PasWorkspace *workspace = pas_section_page_get_workspace (page);

  if (self->connected != workspace)
    {
      if (self->connected != NULL)
        g_signal_handlers_disconnect_by_func (self->connected, on_workspace_changed_cb, self);
      if (workspace != NULL)
        g_signal_connect_object (workspace, "changed", G_CALLBACK (on_workspace_changed_cb), self, G_CONNECT_SWAPPED);
      g_set_weak_pointer (&self->connected, workspace);
    }
  reload (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->workshops)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
}

static void
pas_workshops_page_dispose (GObject *object)
{
  PasWorkshopsPage *self = (PasWorkshopsPage *)object;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->connected != NULL)
    g_signal_handlers_disconnect_by_func (self->connected, on_workspace_changed_cb, self);
  g_clear_weak_pointer (&self->connected);
  gtk_widget_dispose_template (GTK_WIDGET (object), PAS_TYPE_WORKSHOPS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->workshops);

  G_OBJECT_CLASS (pas_workshops_page_parent_class)->dispose (object);
}

static void
pas_workshops_page_class_init (PasWorkshopsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PasSectionPageClass *page_class = PAS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = pas_workshops_page_dispose;
  page_class->context_changed = pas_workshops_page_context_changed;

  g_type_ensure (PAS_TYPE_WORKSHOP_VIEW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-workshops-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopsPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, PasWorkshopsPage, view);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed_cb);

  gtk_widget_class_install_action (widget_class, "workshops.new", NULL, new_action);
}

static void
pas_workshops_page_init (PasWorkshopsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  pas_workshop_util_load_style ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->workshops = g_list_store_new (PAS_TYPE_WORKSHOP_ITEM);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->workshops)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (on_selected_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_bind_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  add_shortcuts (self);
  reload (self);
}

/* Returns: (transfer none): the workshops listed, as #PasWorkshopItem. */
GListModel *
pas_workshops_page_get_workshops (PasWorkshopsPage *self)
{
  g_return_val_if_fail (PAS_IS_WORKSHOPS_PAGE (self), NULL);
  return G_LIST_MODEL (self->workshops);
}

gint64
pas_workshops_page_get_selected_id (PasWorkshopsPage *self)
{
  PasWorkshopItem *item;

  g_return_val_if_fail (PAS_IS_WORKSHOPS_PAGE (self), 0);

  item = gtk_single_selection_get_selected_item (self->selection);
  return item ? pas_workshop_item_get_id (item) : 0;
}

/* Returns: %FALSE when the workshop is not in the list. */
gboolean
pas_workshops_page_select (PasWorkshopsPage *self,
                           gint64            workshop_id)
{
  guint n;

  g_return_val_if_fail (PAS_IS_WORKSHOPS_PAGE (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->workshops));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PasWorkshopItem) item = g_list_model_get_item (G_LIST_MODEL (self->workshops), i);

      if (pas_workshop_item_get_id (item) == workshop_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }
  return FALSE;
}
