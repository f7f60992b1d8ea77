/* pas-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-application"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-application.h"
#include "pas-appdata.h"
#include "pas-cli.h"
#include "pas-gui-util.h"
#include "pas-gui-resources.h"
#include "pas-preferences-window.h"
#include "pas-window.h"

#define RESOURCE_PATH "/io/github/passerelle/Passerelle"

struct _PasApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  gboolean        exit_after_first_frame;
  gboolean        first_frame_seen;
  gulong          after_paint_id;
};

G_DEFINE_FINAL_TYPE (PasApplication, pas_application, ADW_TYPE_APPLICATION)

static PasWindow *
get_window (PasApplication *self)
{
  GtkWindow *window = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (PAS_IS_WINDOW (l->data))
      {
        window = l->data;
        break;
      }
  if (window == NULL)
    window = GTK_WINDOW (pas_window_new (GTK_APPLICATION (self)));
  return PAS_WINDOW (window);
}

static gboolean
offer_demo_data_cb (gpointer data)
{
  PasWindow *window = data;

  if (gtk_widget_get_visible (GTK_WIDGET (window)))
    pas_window_offer_demo_data (window);
  return G_SOURCE_REMOVE;
}

/* Anything that can wait runs after the first frame, so that the start-up
 * time measured by --exit-after-first-frame is the window's alone. */
static void
on_after_paint_cb (GdkFrameClock  *clock,
                   PasApplication *self)
{
  PasWindow *window = get_window (self);

  g_clear_signal_handler (&self->after_paint_id, clock);
  self->first_frame_seen = TRUE;
  if (self->exit_after_first_frame)
    {
      g_application_quit (G_APPLICATION (self));
      return;
    }
  g_idle_add_full (G_PRIORITY_LOW, offer_demo_data_cb, g_object_ref (window), g_object_unref);
}

static void
present_window (PasApplication *self,
                PasWindow      *window)
{
  gtk_window_present (GTK_WINDOW (window));

  if (!self->first_frame_seen && self->after_paint_id == 0)
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

      self->after_paint_id = g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint",
                                               G_CALLBACK (on_after_paint_cb), self);
    }
}

static void
show_error (PasWindow    *window,
            const char   *heading,
            const GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  pas_gui_fix_button_names (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Shows the workspace at @path in the window. A refused file keeps the
 * workspace already shown, if there is one. */
static void
open_workspace (PasApplication        *self,
                const char            *path,
                PasWorkspaceOpenFlags  flags)
{
  g_autoptr(PasWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  PasWindow *window = get_window (self);

  workspace = pas_workspace_open (path, flags, &error);
  if (workspace == NULL)
    {
      /* The window first, so that the message comes above it. */
      if (pas_window_get_workspace (window) == NULL)
        pas_window_show_refused (window, path, error);
      present_window (self, window);
      if (pas_window_get_workspace (window) != NULL)
        show_error (window, _("This Workspace Cannot Be Opened"), error);
      return;
    }

  pas_window_set_workspace (window, workspace);
  g_settings_set_string (self->settings, "last-workspace", pas_workspace_get_path (workspace));
  present_window (self, window);

  if (self->first_frame_seen && pas_workspace_is_empty (workspace))
    g_idle_add_full (G_PRIORITY_LOW, offer_demo_data_cb, g_object_ref (window), g_object_unref);
}

static void
open_file (PasApplication        *self,
           GFile                 *file,
           PasWorkspaceOpenFlags  flags)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (&error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_MISSING,
                   _("“%s” is not a local file: copy the workspace to this computer first."), uri);
      if (pas_window_get_workspace (get_window (self)) == NULL)
        pas_window_show_refused (get_window (self), uri, error);
      present_window (self, get_window (self));
      if (pas_window_get_workspace (get_window (self)) != NULL)
        show_error (get_window (self), _("This Workspace Cannot Be Opened"), error);
      return;
    }
  open_workspace (self, path, flags);
}

/* The last workspace if it is still there, else the default one,
 * created on the first start. */
static void
open_usual_workspace (PasApplication *self)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-workspace");
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;

  if (*last != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
    {
      open_workspace (self, last, PAS_WORKSPACE_OPEN_DEFAULT);
      return;
    }

  path = pas_workspace_default_path ();
  folder = g_path_get_dirname (path);
  g_mkdir_with_parents (folder, 0700);
  open_workspace (self, path, PAS_WORKSPACE_OPEN_CREATE);
}

static void
apply_style_variant (PasApplication *self)
{
  g_autofree char *variant = g_settings_get_string (self->settings, "style-variant");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (variant, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (variant, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static GtkFileFilter *
create_workspace_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Passerelle Workspaces"));
  gtk_file_filter_add_pattern (filter, "*.passerelle");
  gtk_file_filter_add_mime_type (filter, "application/x-passerelle-workspace");
  return filter;
}

static void
on_open_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     PasApplication  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      open_file (self, file, PAS_WORKSPACE_OPEN_DEFAULT);
    }
  g_object_unref (chooser);
}

static void
on_new_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    PasApplication  *self)
{
  g_autoptr(GFile) chosen = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }

  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  path = g_file_get_path (chosen);
  if (path != NULL && !g_str_has_suffix (path, ".passerelle"))
    {
      char *with_extension = g_strconcat (path, ".passerelle", NULL);
      g_free (path);
      path = with_extension;
    }
  if (path == NULL)
    {
      open_file (self, chosen, PAS_WORKSPACE_OPEN_CREATE);
      return;
    }

  /* A workspace is never replaced: its data would be lost. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *display = g_filename_display_basename (path);

      g_set_error (&error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                   _("“%s” already exists and is not replaced. Choose another name, or open it with Open Workspace."),
                   display);
      show_error (get_window (self), _("The Workspace Cannot Be Created"), error);
      return;
    }
  open_workspace (self, path, PAS_WORKSPACE_OPEN_CREATE);
}

static void
open_workspace_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PasApplication *self = user_data;
  g_autoptr(GtkFileFilter) filter = create_workspace_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Workspace"),
                                         GTK_WINDOW (get_window (self)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("Open"), _("Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
new_workspace_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  PasApplication *self = user_data;
  g_autoptr(GtkFileFilter) filter = create_workspace_filter ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("New Workspace"),
                                         GTK_WINDOW (get_window (self)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("Create"), _("Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the file name suggested for a new workspace, without the extension */
  name = g_strconcat (_("Transformation"), ".passerelle", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_new_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PasApplication *self = user_data;
  PasWindow *window = get_window (self);
  PasPreferencesWindow *preferences;

  preferences = pas_preferences_window_new (GTK_WINDOW (window), pas_window_get_workspace (window));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  PasApplication *self = user_data;
  g_autoptr(PasAppdata) appdata = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *translators = _("translator-credits");
  AdwAboutWindow *about;

  bytes = g_resources_lookup_data (RESOURCE_PATH "/metainfo.xml", 0, &error);
  if (bytes != NULL)
    appdata = pas_appdata_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  if (appdata == NULL)
    g_warning ("The application's metainfo could not be read: %s", error->message);

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), GTK_WINDOW (get_window (self)));
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_application_name (about, appdata && appdata->name ? appdata->name : _("Passerelle"));
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_copyright (about, _("© 2026 Passerelle developers"));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  if (!g_str_equal (translators, "translator-credits"))
    adw_about_window_set_translator_credits (about, translators);
  if (appdata != NULL)
    {
      if (appdata->developer_name != NULL)
        {
          const char *developers[] = { appdata->developer_name, NULL };

          adw_about_window_set_developer_name (about, appdata->developer_name);
          adw_about_window_set_developers (about, developers);
        }
      if (appdata->summary != NULL)
        adw_about_window_set_comments (about, appdata->summary);
      if (appdata->homepage != NULL)
        adw_about_window_set_website (about, appdata->homepage);
      if (appdata->bugtracker != NULL)
        adw_about_window_set_issue_url (about, appdata->bugtracker);
      if (appdata->release_notes != NULL && *appdata->release_notes != '\0')
        {
          adw_about_window_set_release_notes_version (about, appdata->release_version);
          adw_about_window_set_release_notes (about, appdata->release_notes);
        }
    }
  pas_gui_fix_button_names (GTK_WIDGET (about));
  gtk_window_present (GTK_WINDOW (about));
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  PasApplication *self = user_data;

  gtk_widget_activate_action (GTK_WIDGET (get_window (self)), "win.show-help-overlay", NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PasApplication *self = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing lets each window save its size before the application ends. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "about", about_action },
  { "shortcuts", shortcuts_action },
  { "open-workspace", open_workspace_action },
  { "new-workspace", new_workspace_action },
};

static int
pas_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  return pas_cli_handle (options);
}

/* Runs in the primary instance, for its own command line and for those of
 * later invocations, so that the file is resolved against their folder. */
static int
pas_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  PasApplication *self = PAS_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_auto(GStrv) arguments = NULL;
  g_autoptr(GFile) file = NULL;
  const char *workspace = NULL;
  int argc;

  arguments = g_application_command_line_get_arguments (command_line, &argc);
  if (g_variant_dict_contains (options, "exit-after-first-frame"))
    self->exit_after_first_frame = TRUE;

  if (argc > 2)
    {
      g_application_command_line_printerr (command_line, "passerelle: %s\n",
                                           _("Give one workspace file at most."));
      return 1;
    }
  if (argc == 2)
    file = g_application_command_line_create_file_for_arg (command_line, arguments[1]);
  else if (g_variant_dict_lookup (options, "workspace", "^&ay", &workspace) && *workspace)
    file = g_application_command_line_create_file_for_arg (command_line, workspace);

  if (file != NULL)
    g_application_open (app, &file, 1, "");
  else
    g_application_activate (app);
  return 0;
}

static void
pas_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  if (n_files > 0)
    open_file (PAS_APPLICATION (app), files[0], PAS_WORKSPACE_OPEN_DEFAULT);
}

static void
pas_application_activate (GApplication *app)
{
  PasApplication *self = PAS_APPLICATION (app);
  PasWindow *window = get_window (self);

  if (pas_window_get_workspace (window) == NULL)
    open_usual_workspace (self);
  else
    present_window (self, window);
}

static void
pas_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *new_accels[] = { "<Control><Shift>n", NULL };
  static const char *no_accels[] = { NULL };
  PasApplication *self = PAS_APPLICATION (app);
  GtkApplication *gtk_app = GTK_APPLICATION (app);

  G_APPLICATION_CLASS (pas_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (gtk_app, "app.quit", quit_accels);
  gtk_application_set_accels_for_action (gtk_app, "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (gtk_app, "app.shortcuts", shortcuts_accels);
  gtk_application_set_accels_for_action (gtk_app, "app.open-workspace", open_accels);
  gtk_application_set_accels_for_action (gtk_app, "app.new-workspace", new_accels);
  /* app.shortcuts owns Ctrl+?; GtkApplication gave it to the window too. */
  gtk_application_set_accels_for_action (gtk_app, "win.show-help-overlay", no_accels);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_swapped (self->settings, "changed::style-variant",
                            G_CALLBACK (apply_style_variant), self);
  apply_style_variant (self);
}

static void
pas_application_dispose (GObject *object)
{
  PasApplication *self = PAS_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pas_application_parent_class)->dispose (object);
}

static void
pas_application_class_init (PasApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = pas_application_dispose;
  app_class->handle_local_options = pas_application_handle_local_options;
  app_class->command_line = pas_application_command_line;
  app_class->open = pas_application_open;
  app_class->activate = pas_application_activate;
  app_class->startup = pas_application_startup;

  pas_application_register_resources ();
}

static void
pas_application_init (PasApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), pas_cli_get_entries ());
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE.passerelle]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Without an option, opens the window on a workspace: the file given, or the last one used."));
}

PasApplication *
pas_application_new (void)
{
  return g_object_new (PAS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

/**
 * pas_application_register_resources:
 *
 * Makes the interface files and style sheet available. The resources
 * are registered by hand (glib-compile-resources --manual-register): in a
 * static library, the constructor that would register them can be left
 * out by the linker.
 */
void
pas_application_register_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      pas_gui_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}
