/* pas-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-export-dialog.h"
#include "pas-gui-util.h"
#include "pas-people-page.h"
#include "pas-project-dialog.h"
#include "pas-window-private.h"

/* The sections in sidebar order, for Alt+1…6: Ctrl+1…5 belong to the
 * live capture of a workshop. */
static const char * const sections[] = {
  "overview", "workshops", "feedback", "training", "people", "culture",
};

static void
on_project_saved_cb (PasProjectDialog *dialog,
                     gint64            id,
                     PasWindow        *self)
{
  pas_window_set_project_id (self, id);
}

static void
show_project_dialog (PasWindow *self,
                     PasRecord *project)
{
  PasProjectDialog *dialog = pas_project_dialog_new (GTK_WINDOW (self), self->workspace, project);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_project_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_project_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PasWindow *self = PAS_WINDOW (widget);

  if (self->workspace != NULL)
    show_project_dialog (self, NULL);
}

static PasRecord *
load_current_project (PasWindow *self)
{
  g_autoptr(GError) error = NULL;
  PasRecord *project;

  if (self->workspace == NULL || self->project_id == 0)
    return NULL;
  if (!(project = pas_workspace_load (self->workspace, PAS_KIND_PROJECT, self->project_id, &error)))
    pas_window_add_toast (self, error->message);
  return project;
}

static void
rename_project_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PasWindow *self = PAS_WINDOW (widget);
  g_autoptr(PasRecord) project = load_current_project (self);

  if (project != NULL)
    show_project_dialog (self, project);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       PasWindow        *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  PasRecord *project = g_object_get_data (G_OBJECT (dialog), "project");

  if (!g_str_equal (response, "delete") || self->workspace == NULL)
    return;
  if (!pas_workspace_delete (self->workspace, PAS_KIND_PROJECT, pas_record_get_id (project), &error))
    {
      pas_window_add_toast (self, error->message);
      return;
    }
  /* Translators: %s is the name of a project */
  message = g_strdup_printf (_("Project “%s” deleted"), pas_record_get_string (project, "name"));
  pas_window_add_toast (self, message);
}

static void
delete_project_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PasWindow *self = PAS_WINDOW (widget);
  g_autoptr(PasRecord) project = load_current_project (self);
  AdwMessageDialog *dialog;

  if (project == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  /* Translators: %s is the name of a project */
  adw_message_dialog_format_heading (dialog, _("Delete “%s”?"), pas_record_get_string (project, "name"));
  adw_message_dialog_set_body (dialog,
                               _("Its workshops and their contributions, its pilots and feedback, its "
                                 "training modules and enrollments, readiness assessments, success stories "
                                 "and communications will be deleted with it. People, departments and "
                                 "skills are kept. This cannot be undone."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete Project"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "project", g_steal_pointer (&project), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  pas_gui_fix_button_names (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_exported_cb (PasExportDialog *dialog,
                const char      *destination,
                PasWindow       *self)
{
  pas_export_dialog_add_done_toast (self->toast_overlay, destination);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PasWindow *self = PAS_WINDOW (widget);
  PasExportDialog *dialog;

  if (self->workspace == NULL || self->project_id == 0)
    return;
  dialog = pas_export_dialog_new (GTK_WINDOW (self), self->workspace, self->project_id);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_projects_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PasWindow *self = PAS_WINDOW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_menu_button_popup (self->project_button);
}

/* The overview's link to a person: People, the person found and selected. */
static void
show_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PasWindow *self = PAS_WINDOW (widget);
  GtkWidget *page;

  pas_window_set_section (self, "people");
  page = gtk_stack_get_child_by_name (self->section_stack, "people");
  if (PAS_IS_PEOPLE_PAGE (page))
    pas_people_page_show_person (PAS_PEOPLE_PAGE (page), g_variant_get_int64 (parameter));
}

void
pas_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "win.section", "section");
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.section", "s", sections[i]);

  gtk_widget_class_install_action (widget_class, "win.show-person", "x", show_person_action);
  gtk_widget_class_install_action (widget_class, "win.new-project", NULL, new_project_action);
  gtk_widget_class_install_action (widget_class, "win.rename-project", NULL, rename_project_action);
  gtk_widget_class_install_action (widget_class, "win.delete-project", NULL, delete_project_action);
  gtk_widget_class_install_action (widget_class, "win.show-projects", NULL, show_projects_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.show-projects", NULL);
  /* Ctrl+E edits a workshop in the Workshops section. */
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export", NULL);
}

/* Enables what makes sense for the workspace and project shown. */
void
pas_window_update_actions (PasWindow *self)
{
  gboolean has_workspace = self->workspace != NULL;
  gboolean has_project = has_workspace && self->project_id > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-project", has_workspace);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-projects", has_workspace);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-project", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-project", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.section", has_workspace);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-person", has_workspace);
  gtk_widget_set_sensitive (GTK_WIDGET (self->project_button), has_workspace);
}
