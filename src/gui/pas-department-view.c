/* pas-department-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-department-view"

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "pas-department-editor.h"
#include "pas-department-view.h"
#include "pas-gui-util.h"
#include "pas-people-coverage.h"
#include "pas-people-util.h"

/* The departments with their site, headcount and the people recorded.
 * There are tens of them, not thousands: the rows are rebuilt, once per
 * batch of changes, from one query. */
struct _PasDepartmentView
{
  GtkWidget          parent_instance;

  PasWorkspace      *workspace;
  PasPeopleCoverage *coverage;
  guint              rebuild_id;

  GtkStack          *stack;
  GtkLabel          *summary_label;
  GtkListBox        *list_box;
};

G_DEFINE_FINAL_TYPE (PasDepartmentView, pas_department_view, GTK_TYPE_WIDGET)

static char *
describe_department (const PasDepartmentCoverage *department)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (department->site != NULL && *department->site != '\0')
    /* Translators: %s is a site, e.g. "Lyon" */
    g_ptr_array_add (parts, g_strdup_printf (_("Site: %s"), department->site));
  g_ptr_array_add (parts, g_strdup_printf (_("Headcount: %'u"), (guint) CLAMP (department->headcount, 0, G_MAXUINT)));
  g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u person recorded", "%'u people recorded",
                                                        department->n_people),
                                           department->n_people));
  if (department->n_people > (guint64) department->headcount && department->headcount > 0)
    g_ptr_array_add (parts, g_strdup (_("more people recorded than the headcount")));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
create_row (const PasDepartmentCoverage *department)
{
  g_autofree char *subtitle = describe_department (department);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", "go-next-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  gint64 *id = g_new (gint64, 1);

  *id = department->department_id;
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), department->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Edit the department"));
  gtk_widget_set_can_target (icon, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  g_object_set_data_full (G_OBJECT (row), "department-id", id, g_free);
  return row;
}

static void
rebuild (PasDepartmentView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasPeopleCoverage) coverage = NULL;
  GtkWidget *child;
  GtkRoot *root;
  gint64 focused_id = 0;
  GtkWidget *focus_row = NULL;
  gint64 headcount = 0;
  g_autofree char *summary = NULL;
  g_autofree char *departments = NULL;
  g_autofree char *people = NULL;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->workspace == NULL)
    return;
  if (!(coverage = pas_people_coverage_compute (self->workspace, &error)))
    {
      g_warning ("The departments could not be read: %s", error->message);
      return;
    }

  /* Keep the focus on the same department across the rebuild. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (root != NULL && (child = gtk_root_get_focus (root)) != NULL)
    {
      GtkWidget *row = gtk_widget_get_ancestor (child, GTK_TYPE_LIST_BOX_ROW);
      gint64 *id;

      if (row != NULL && gtk_widget_get_parent (row) == GTK_WIDGET (self->list_box) &&
          (id = g_object_get_data (G_OBJECT (row), "department-id")) != NULL)
        focused_id = *id;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  for (guint i = 0; i < coverage->departments->len; i++)
    {
      const PasDepartmentCoverage *department = g_ptr_array_index (coverage->departments, i);
      GtkWidget *row = create_row (department);

      gtk_list_box_append (self->list_box, row);
      headcount += department->headcount;
      if (department->department_id == focused_id)
        focus_row = row;
    }
  if (focus_row != NULL)
    gtk_widget_grab_focus (focus_row);

  departments = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u department", "%'u departments",
                                              coverage->departments->len),
                                 coverage->departments->len);
  people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u person recorded", "%'u people recorded",
                                         coverage->n_people),
                            coverage->n_people);
  /* Translators: "20 departments, total headcount 5,200, 4,879 people recorded" */
  summary = g_strdup_printf (_("%s, total headcount %'u, %s"), departments, (guint) CLAMP (headcount, 0, G_MAXUINT), people);
  gtk_label_set_label (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, coverage->departments->len > 0 ? "list" : "empty");

  g_clear_pointer (&self->coverage, pas_people_coverage_unref);
  self->coverage = g_steal_pointer (&coverage);
}

static gboolean
rebuild_cb (gpointer data)
{
  PasDepartmentView *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
on_workspace_changed_cb (PasDepartmentView *self,
                         PasKind            kind,
                         gint64             id,
                         PasWorkspace      *workspace)
{
  if ((kind == PAS_KIND_DEPARTMENT || kind == PAS_KIND_PERSON) && self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rebuild_cb, self, NULL);
}

static void
on_deleted_cb (PasDepartmentEditor *editor,
               const char          *name,
               PasDepartmentView   *self)
{
  /* Translators: %s is the name of a department */
  g_autofree char *message = g_strdup_printf (_("Department “%s” deleted"), name);

  pas_people_show_message (GTK_WIDGET (self), message);
}

static void
show_editor (PasDepartmentView *self,
             PasRecord         *department)
{
  const PasDepartmentCoverage *coverage = NULL;
  PasDepartmentEditor *editor;

  if (department != NULL && self->coverage != NULL)
    coverage = pas_people_coverage_find (self->coverage, pas_record_get_id (department));
  editor = pas_department_editor_new (pas_people_get_window (GTK_WIDGET (self)), self->workspace,
                                      department, coverage ? coverage->n_people : 0);
  g_signal_connect_object (editor, "deleted", G_CALLBACK (on_deleted_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_row_activated_cb (PasDepartmentView *self,
                     GtkListBoxRow     *row)
{
  g_autoptr(PasRecord) department = NULL;
  g_autoptr(GError) error = NULL;
  gint64 *id = g_object_get_data (G_OBJECT (row), "department-id");

  if (id == NULL || self->workspace == NULL)
    return;
  if (!(department = pas_workspace_load (self->workspace, PAS_KIND_DEPARTMENT, *id, &error)))
    {
      pas_people_show_message (GTK_WIDGET (self), error->message);
      return;
    }
  show_editor (self, department);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  pas_department_view_add (PAS_DEPARTMENT_VIEW (widget));
}

static void
pas_department_view_dispose (GObject *object)
{
  PasDepartmentView *self = (PasDepartmentView *)object;

  pas_department_view_set_workspace (self, NULL);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_DEPARTMENT_VIEW);

  G_OBJECT_CLASS (pas_department_view_parent_class)->dispose (object);
}

static void
pas_department_view_class_init (PasDepartmentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_department_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-department-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PasDepartmentView, stack);
  gtk_widget_class_bind_template_child (widget_class, PasDepartmentView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PasDepartmentView, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "departments.add", NULL, add_action);
}

static void
pas_department_view_init (PasDepartmentView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pas_gui_fix_button_names (GTK_WIDGET (self));
}

void
pas_department_view_set_workspace (PasDepartmentView *self,
                                   PasWorkspace      *workspace)
{
  g_return_if_fail (PAS_IS_DEPARTMENT_VIEW (self));
  g_return_if_fail (workspace == NULL || PAS_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
  g_set_object (&self->workspace, workspace);
  g_clear_pointer (&self->coverage, pas_people_coverage_unref);
  if (workspace != NULL)
    {
      g_signal_connect_object (workspace, "changed", G_CALLBACK (on_workspace_changed_cb), self, G_CONNECT_SWAPPED);
      rebuild (self);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "departments.add", workspace != NULL);
}

/* Opens the editor for a new department. */
void
pas_department_view_add (PasDepartmentView *self)
{
  g_return_if_fail (PAS_IS_DEPARTMENT_VIEW (self));

  if (self->workspace != NULL)
    show_editor (self, NULL);
}
