/* pas-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-culture-page.h"
#include "pas-demo.h"
#include "pas-feedback-page.h"
#include "pas-gui-util.h"
#include "pas-overview-page.h"
#include "pas-people-page.h"
#include "pas-training-page.h"
#include "pas-window-private.h"
#include "pas-workshops-page.h"

enum { PROP_0, PROP_WORKSPACE, PROP_PROJECT_ID, PROP_SECTION, N_PROPS };
static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (PasWindow, pas_window, ADW_TYPE_APPLICATION_WINDOW)

/* The sections of the sidebar, in its order. A page is made the first
 * time its section is shown, so that start-up builds one page, not six. */
static const struct
{
  const char *name;
  const char *title;
  GType     (*get_type) (void);
} sections[] = {
  { "overview", N_("Overview"), pas_overview_page_get_type },
  { "workshops", N_("Workshops"), pas_workshops_page_get_type },
  { "feedback", N_("Pilots & Feedback"), pas_feedback_page_get_type },
  { "training", N_("Training"), pas_training_page_get_type },
  { "people", N_("People"), pas_people_page_get_type },
  { "culture", N_("Culture"), pas_culture_page_get_type },
};

static void
ensure_section_page (PasWindow  *self,
                     const char *name)
{
  if (gtk_stack_get_child_by_name (self->section_stack, name) != NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_str_equal (sections[i].name, name))
      gtk_stack_add_titled (self->section_stack, g_object_new (sections[i].get_type (), NULL),
                            name, _(sections[i].title));
}

static GtkListBoxRow *
find_section_row (PasWindow  *self,
                  const char *section)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (gtk_widget_get_name (row), section) == 0)
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

static char *
dup_workspace_name (PasWindow *self)
{
  g_autofree char *basename = NULL;

  if (self->workspace == NULL)
    return NULL;
  basename = g_path_get_basename (pas_workspace_get_path (self->workspace));
  return g_filename_display_name (basename);
}

static void
update_titles (PasWindow *self)
{
  g_autofree char *workspace_name = dup_workspace_name (self);
  GtkWidget *page = gtk_stack_get_visible_child (self->section_stack);

  if (workspace_name != NULL)
    {
      /* Translators: the window title; %s is the name of the workspace file */
      g_autofree char *title = g_strdup_printf (_("%s — Passerelle"), workspace_name);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Passerelle"));

  if (page != NULL)
    adw_window_title_set_title (self->content_title,
                                gtk_stack_page_get_title (gtk_stack_get_page (self->section_stack, page)));
  adw_window_title_set_subtitle (self->content_title, workspace_name);
}

/* Project names are shown in menus, where "_" marks a mnemonic. */
static char *
escape_mnemonic (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
rebuild_project_menu (PasWindow *self)
{
  guint n;

  g_menu_remove_all (self->project_section);
  if (self->projects == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->projects));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PasRecord) project = g_list_model_get_item (G_LIST_MODEL (self->projects), i);
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (project == NULL)
        continue;
      label = escape_mnemonic (pas_record_get_string (project, "name"));
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.project",
                                               g_variant_new_int64 (pas_record_get_id (project)));
      g_menu_append_item (self->project_section, item);
    }
}

static void
update_project_label (PasWindow *self)
{
  g_autoptr(PasRecord) project = NULL;
  g_autofree char *accessible = NULL;
  const char *name;

  if (self->workspace != NULL && self->project_id > 0)
    project = pas_workspace_load (self->workspace, PAS_KIND_PROJECT, self->project_id, NULL);
  name = project ? pas_record_get_string (project, "name") : _("No Project");

  gtk_label_set_label (self->project_label, name);
  /* Translators: the accessible name of the project selector; %s is the current project */
  accessible = g_strdup_printf (_("Project: %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->project_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

/* Only the page shown loads the workspace; a hidden page whose context is
 * out of date lets it go and catches up when it is shown. So opening a
 * large workspace costs one page, not six, before the first frame. */
static void
update_pages (PasWindow *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->section_stack);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->section_stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PasSectionPage *page;

      if (!PAS_IS_SECTION_PAGE (child))
        continue;
      page = PAS_SECTION_PAGE (child);
      if (child == visible)
        {
          pas_section_page_set_workspace (page, self->workspace);
          pas_section_page_set_project_id (page, self->project_id);
        }
      else if (pas_section_page_get_workspace (page) != self->workspace ||
               pas_section_page_get_project_id (page) != self->project_id)
        {
          pas_section_page_set_project_id (page, 0);
          pas_section_page_set_workspace (page, NULL);
        }
    }
}

static gint64
find_remembered_project (PasWindow *self)
{
  g_autofree char *uuid = g_settings_get_string (self->settings, "last-project");
  g_autoptr(PasRecord) project = NULL;

  if (*uuid != '\0')
    project = pas_workspace_load_by_uuid (self->workspace, PAS_KIND_PROJECT, uuid, NULL);
  if (project != NULL)
    return pas_record_get_id (project);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->projects)) > 0)
    return pas_record_list_get_id (self->projects, 0);
  return 0;
}

/* After a change, keep the selected project if it still exists. */
static void
ensure_project_selected (PasWindow *self)
{
  if (self->project_id > 0 && pas_record_list_find (self->projects, self->project_id) >= 0)
    return;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->projects)) > 0)
    pas_window_set_project_id (self, pas_record_list_get_id (self->projects, 0));
  else
    pas_window_set_project_id (self, 0);
}

static void
on_workspace_changed_cb (PasWindow    *self,
                         PasKind       kind,
                         gint64        id,
                         PasWorkspace *workspace)
{
  if (kind != PAS_KIND_PROJECT)
    return;
  /* self->projects reloads in its own handler, connected before this one. */
  rebuild_project_menu (self);
  ensure_project_selected (self);
  update_project_label (self);
}

static void
on_project_change_state_cb (GSimpleAction *action,
                            GVariant      *value,
                            PasWindow     *self)
{
  pas_window_set_project_id (self, g_variant_get_int64 (value));
}

static void
on_sidebar_row_selected_cb (PasWindow     *self,
                            GtkListBoxRow *row)
{
  if (row != NULL)
    pas_window_set_section (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
on_sidebar_row_activated_cb (PasWindow     *self,
                             GtkListBoxRow *row)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_back_clicked_cb (PasWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_demo_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     PasWindow        *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "demo") || self->workspace == NULL)
    return;
  if (!pas_workspace_is_empty (self->workspace))
    {
      pas_window_add_toast (self, _("The workspace already holds data: demo data can only fill an empty workspace."));
      return;
    }
  if (!pas_demo_fill (self->workspace, PAS_DEMO_SMALL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The demo data could not be loaded: %s"), error->message);
      pas_window_add_toast (self, message);
      return;
    }
  pas_window_add_toast (self, _("Demo data loaded"));
}

static gboolean
pas_window_close_request (GtkWindow *window)
{
  PasWindow *self = PAS_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  return GTK_WINDOW_CLASS (pas_window_parent_class)->close_request (window);
}

static void
pas_window_dispose (GObject *object)
{
  PasWindow *self = (PasWindow *)object;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_WINDOW);
  g_clear_object (&self->projects);
  g_clear_object (&self->workspace);
  g_clear_object (&self->project_action);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pas_window_parent_class)->dispose (object);
}

static void
pas_window_finalize (GObject *object)
{
  PasWindow *self = (PasWindow *)object;

  g_free (self->section);

  G_OBJECT_CLASS (pas_window_parent_class)->finalize (object);
}

static void
pas_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PasWindow *self = PAS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    case PROP_PROJECT_ID:
      g_value_set_int64 (value, self->project_id);
      break;
    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pas_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PasWindow *self = PAS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      pas_window_set_workspace (self, g_value_get_object (value));
      break;
    case PROP_PROJECT_ID:
      pas_window_set_project_id (self, g_value_get_int64 (value));
      break;
    case PROP_SECTION:
      pas_window_set_section (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pas_window_class_init (PasWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pas_window_dispose;
  object_class->finalize = pas_window_finalize;
  object_class->get_property = pas_window_get_property;
  object_class->set_property = pas_window_set_property;
  window_class->close_request = pas_window_close_request;

  properties [PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         PAS_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_PROJECT_ID] =
    g_param_spec_int64 ("project-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL,
                         "overview",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);


  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PasWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PasWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PasWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PasWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PasWindow, section_stack);
  gtk_widget_class_bind_template_child (widget_class, PasWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, PasWindow, project_button);
  gtk_widget_class_bind_template_child (widget_class, PasWindow, project_label);
  gtk_widget_class_bind_template_child (widget_class, PasWindow, project_section);
  gtk_widget_class_bind_template_child (widget_class, PasWindow, refused_page);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  pas_window_class_add_actions (widget_class);
}

static void
pas_window_init (PasWindow *self)
{
  g_autofree char *section = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* A stateful action shows a check beside the current project in the menu;
   * widget class actions cannot hold an int64 state, so it lives in the map. */
  self->project_action = g_simple_action_new_stateful ("project", G_VARIANT_TYPE_INT64,
                                                       g_variant_new_int64 (0));
  g_signal_connect (self->project_action, "change-state",
                    G_CALLBACK (on_project_change_state_cb), self);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (self->project_action));

  section = g_settings_get_string (self->settings, "last-section");
  pas_window_set_section (self, find_section_row (self, section) ? section : "overview");
  gtk_list_box_select_row (self->sidebar, find_section_row (self, self->section));
  /* Keyboard users start in the sidebar, on the section shown. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (find_section_row (self, self->section)));

  update_project_label (self);
  update_titles (self);
  pas_window_update_actions (self);
}

PasWindow *
pas_window_new (GtkApplication *application)
{
  return g_object_new (PAS_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

PasWorkspace *
pas_window_get_workspace (PasWindow *self)
{
  g_return_val_if_fail (PAS_IS_WINDOW (self), NULL);
  return self->workspace;
}

/**
 * pas_window_set_workspace:
 *
 * Shows @workspace: the project selector and every page start again
 * from it.
 */
void
pas_window_set_workspace (PasWindow    *self,
                          PasWorkspace *workspace)
{
  g_return_if_fail (PAS_IS_WINDOW (self));
  g_return_if_fail (workspace == NULL || PAS_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, on_workspace_changed_cb, self);
  g_clear_object (&self->projects);
  g_set_object (&self->workspace, workspace);
  self->project_id = 0;

  if (workspace != NULL)
    {
      self->projects = pas_record_list_new (workspace, PAS_KIND_PROJECT);
      g_signal_connect_object (workspace, "changed",
                               G_CALLBACK (on_workspace_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  rebuild_project_menu (self);
  update_pages (self);
  if (workspace != NULL)
    pas_window_set_project_id (self, find_remembered_project (self));
  g_simple_action_set_state (self->project_action, g_variant_new_int64 (self->project_id));
  update_project_label (self);
  update_titles (self);
  pas_window_update_actions (self);
  gtk_stack_set_visible_child_name (self->main_stack, "sections");

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSPACE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROJECT_ID]);
}

/**
 * pas_window_show_refused:
 * @path: the workspace file that was refused
 * @error: why
 *
 * Shows why a workspace cannot be opened, with buttons to open another
 * or create a new one. Used when there is no workspace to fall back to.
 */
void
pas_window_show_refused (PasWindow    *self,
                         const char   *path,
                         const GError *error)
{
  g_return_if_fail (PAS_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  pas_window_set_workspace (self, NULL);
  adw_status_page_set_description (self->refused_page, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "refused");
  gtk_window_set_title (GTK_WINDOW (self), _("Passerelle"));
}

gint64
pas_window_get_project_id (PasWindow *self)
{
  g_return_val_if_fail (PAS_IS_WINDOW (self), 0);
  return self->project_id;
}

/**
 * pas_window_set_project_id:
 * @project_id: a project of the workspace, or 0 for none
 */
void
pas_window_set_project_id (PasWindow *self,
                           gint64     project_id)
{
  g_return_if_fail (PAS_IS_WINDOW (self));
  g_return_if_fail (project_id >= 0);

  if (self->project_id == project_id)
    return;
  if (project_id > 0 && (self->projects == NULL || pas_record_list_find (self->projects, project_id) < 0))
    {
      g_debug ("Project %" G_GINT64_FORMAT " is not in the workspace", project_id);
      return;
    }

  self->project_id = project_id;
  g_simple_action_set_state (self->project_action, g_variant_new_int64 (project_id));
  update_pages (self);
  update_project_label (self);
  pas_window_update_actions (self);

  if (project_id > 0)
    {
      g_autoptr(PasRecord) project = pas_workspace_load (self->workspace, PAS_KIND_PROJECT, project_id, NULL);
      if (project != NULL)
        g_settings_set_string (self->settings, "last-project", pas_record_get_uuid (project));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROJECT_ID]);
}

const char *
pas_window_get_section (PasWindow *self)
{
  g_return_val_if_fail (PAS_IS_WINDOW (self), NULL);
  return self->section;
}

/**
 * pas_window_set_section:
 * @section: the name of a section: "overview", "workshops", "feedback",
 *   "training", "people" or "culture"
 */
void
pas_window_set_section (PasWindow  *self,
                        const char *section)
{
  GtkListBoxRow *row;

  g_return_if_fail (PAS_IS_WINDOW (self));

  if (section == NULL || g_strcmp0 (self->section, section) == 0)
    return;
  if ((row = find_section_row (self, section)) == NULL)
    {
      g_debug ("There is no section “%s”", section);
      return;
    }

  g_free (self->section);
  self->section = g_strdup (section);
  ensure_section_page (self, section);
  gtk_stack_set_visible_child_name (self->section_stack, section);
  update_pages (self);
  if (gtk_list_box_get_selected_row (self->sidebar) != row)
    gtk_list_box_select_row (self->sidebar, row);
  update_titles (self);
  g_settings_set_string (self->settings, "last-section", section);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SECTION]);
}

void
pas_window_add_toast (PasWindow  *self,
                      const char *message)
{
  AdwToast *toast;

  g_return_if_fail (PAS_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * pas_window_offer_demo_data:
 *
 * Asks whether to fill the empty workspace with demo data.
 */
void
pas_window_offer_demo_data (PasWindow *self)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (PAS_IS_WINDOW (self));

  if (self->workspace == NULL || !pas_workspace_is_empty (self->workspace))
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Explore with Demo Data?"), NULL));
  adw_message_dialog_set_body (dialog,
                               _("This workspace is empty. Demo data — a fictitious company with its "
                                 "departments, people, projects, workshops, feedback and training — lets you "
                                 "discover Passerelle before entering your own. You can also start empty and "
                                 "create your first project."));
  adw_message_dialog_add_responses (dialog,
                                    "empty", _("_Start Empty"),
                                    "demo", _("_Load Demo Data"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "demo", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "demo");
  adw_message_dialog_set_close_response (dialog, "empty");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_demo_response_cb), self, 0);
  pas_gui_fix_button_names (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}
