/* pas-i18n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "pas-i18n.h"

/* PASSERELLE_LOCALEDIR lets the build tree and the tests use the
 * catalogs built beside the sources. */
void
pas_i18n_init (void)
{
  const char *localedir = g_getenv ("PASSERELLE_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
