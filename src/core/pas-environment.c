/* pas-environment.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "pas-environment.h"

/* Whether this executable is the one in the build tree, not installed. */
static gboolean
is_uninstalled (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  return exe != NULL && g_str_has_prefix (exe, PAS_BUILD_ROOT G_DIR_SEPARATOR_S);
}

/* Sets the locale and the translation catalogs. Run from the build tree,
 * Passerelle uses the catalogs and the settings schema built there, so
 * that `build/src/passerelle` works as it is; PASSERELLE_LOCALEDIR and
 * GSETTINGS_SCHEMA_DIR, when set, win. */
void
pas_environment_init (void)
{
  const char *localedir = g_getenv ("PASSERELLE_LOCALEDIR");
  gboolean uninstalled = is_uninstalled ();

  if (uninstalled)
    g_setenv ("GSETTINGS_SCHEMA_DIR", PAS_BUILD_ROOT G_DIR_SEPARATOR_S "data", FALSE);
  if (localedir == NULL || *localedir == '\0')
    localedir = uninstalled ? PAS_BUILD_ROOT G_DIR_SEPARATOR_S "po" : LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
