/* pas-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-application"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-application.h"
#include "pas-cli.h"

struct _PasApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PasApplication, pas_application, ADW_TYPE_APPLICATION)

static int
pas_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  return pas_cli_handle (options);
}

static void
pas_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));
  gtk_window_present (window);
}

static void
pas_application_class_init (PasApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = pas_application_handle_local_options;
  app_class->activate = pas_application_activate;
}

static void
pas_application_init (PasApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), pas_cli_get_entries ());
}

PasApplication *
pas_application_new (void)
{
  return g_object_new (PAS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/passerelle/Passerelle",
                       NULL);
}
