/* pas-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-preferences-window.h"

/* Personal preferences go to GSettings; the organisation's travel with the
 * workspace file. Every change is saved at once. */
struct _PasPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  PasWorkspace         *workspace;
  gboolean              loading;

  GtkCheckButton       *style_default;
  GtkCheckButton       *style_light;
  GtkCheckButton       *style_dark;
  AdwPreferencesGroup  *organisation_group;
  AdwEntryRow          *organisation_row;
  GtkSpinButton        *referent_ratio_spin;
  GtkSpinButton        *privacy_k_spin;
  GtkSpinButton        *change_load_spin;
  GtkSwitch            *export_names_switch;
};

G_DEFINE_FINAL_TYPE (PasPreferencesWindow, pas_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
show_error (PasPreferencesWindow *self,
            const GError         *error)
{
  g_autofree char *message = g_strdup_printf (_("The setting could not be saved: %s"), error->message);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

typedef struct
{
  const char *key;
  gint64      fallback;
} NumberSetting;

static const NumberSetting referent_ratio = { "referent_ratio", 15 };
static const NumberSetting privacy_k = { "privacy_k", 5 };
static const NumberSetting change_load_threshold = { "change_load_threshold", 3 };

static const NumberSetting *
get_number_setting (PasPreferencesWindow *self,
                    GtkSpinButton        *spin)
{
  if (spin == self->referent_ratio_spin)
    return &referent_ratio;
  if (spin == self->privacy_k_spin)
    return &privacy_k;
  g_assert (spin == self->change_load_spin);
  return &change_load_threshold;
}

static void
load_number (PasPreferencesWindow *self,
             GtkSpinButton        *spin)
{
  const NumberSetting *setting = get_number_setting (self, spin);

  gtk_spin_button_set_value (spin, pas_workspace_get_setting_int (self->workspace, setting->key, setting->fallback));
}

static void
load_workspace_settings (PasWorkspace         *workspace,
                         PasPreferencesWindow *self)
{
  g_autofree char *organisation = pas_workspace_get_setting (workspace, "organisation_name", "");
  g_autofree char *export_names = pas_workspace_get_setting (workspace, "export_names", "false");

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), organisation);
  load_number (self, self->referent_ratio_spin);
  load_number (self, self->privacy_k_spin);
  load_number (self, self->change_load_spin);
  gtk_switch_set_active (self->export_names_switch, g_str_equal (export_names, "true"));
  self->loading = FALSE;
}

static void
on_style_toggled_cb (PasPreferencesWindow *self,
                     GtkCheckButton       *button)
{
  const char *variant = "default";

  if (self->loading || !gtk_check_button_get_active (button))
    return;
  if (button == self->style_light)
    variant = "light";
  else if (button == self->style_dark)
    variant = "dark";
  g_settings_set_string (self->settings, "style-variant", variant);
}

static void
on_organisation_changed_cb (PasPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (self->loading || self->workspace == NULL)
    return;
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->organisation_row))));
  if (!pas_workspace_set_setting (self->workspace, "organisation_name", name, &error))
    show_error (self, error);
}

static void
on_number_changed_cb (PasPreferencesWindow *self,
                      GtkSpinButton        *spin)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  if (self->loading || self->workspace == NULL)
    return;
  value = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (spin));
  if (!pas_workspace_set_setting (self->workspace, get_number_setting (self, spin)->key, value, &error))
    {
      show_error (self, error);
      self->loading = TRUE;
      load_number (self, spin);
      self->loading = FALSE;
    }
}

static void
on_export_names_changed_cb (PasPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_switch_get_active (self->export_names_switch);

  if (self->loading || self->workspace == NULL)
    return;
  if (!pas_workspace_set_setting (self->workspace, "export_names", active ? "true" : "false", &error))
    {
      show_error (self, error);
      self->loading = TRUE;
      gtk_switch_set_active (self->export_names_switch, !active);
      self->loading = FALSE;
    }
}

static void
pas_preferences_window_dispose (GObject *object)
{
  PasPreferencesWindow *self = (PasPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->workspace);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pas_preferences_window_parent_class)->dispose (object);
}

static void
pas_preferences_window_class_init (PasPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PasPreferencesWindow, style_default);
  gtk_widget_class_bind_template_child (widget_class, PasPreferencesWindow, style_light);
  gtk_widget_class_bind_template_child (widget_class, PasPreferencesWindow, style_dark);
  gtk_widget_class_bind_template_child (widget_class, PasPreferencesWindow, organisation_group);
  gtk_widget_class_bind_template_child (widget_class, PasPreferencesWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, PasPreferencesWindow, referent_ratio_spin);
  gtk_widget_class_bind_template_child (widget_class, PasPreferencesWindow, privacy_k_spin);
  gtk_widget_class_bind_template_child (widget_class, PasPreferencesWindow, change_load_spin);
  gtk_widget_class_bind_template_child (widget_class, PasPreferencesWindow, export_names_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_style_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_organisation_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_number_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_names_changed_cb);
}

static void
pas_preferences_window_init (PasPreferencesWindow *self)
{
  g_autofree char *variant = NULL;

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  variant = g_settings_get_string (self->settings, "style-variant");
  if (g_str_equal (variant, "light"))
    gtk_check_button_set_active (self->style_light, TRUE);
  else if (g_str_equal (variant, "dark"))
    gtk_check_button_set_active (self->style_dark, TRUE);
  else
    gtk_check_button_set_active (self->style_default, TRUE);
  self->loading = FALSE;
}

/**
 * pas_preferences_window_new:
 * @workspace: (nullable): the workspace whose settings are shown
 */
PasPreferencesWindow *
pas_preferences_window_new (GtkWindow    *parent,
                            PasWorkspace *workspace)
{
  PasPreferencesWindow *self;

  g_return_val_if_fail (workspace == NULL || PAS_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (PAS_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  if (workspace != NULL)
    {
      self->workspace = g_object_ref (workspace);
      load_workspace_settings (workspace, self);
    }
  else
    gtk_widget_set_sensitive (GTK_WIDGET (self->organisation_group), FALSE);
  return self;
}
