/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pas-application.h"
#include "pas-environment.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PasApplication) app = NULL;

  pas_environment_init ();
  app = pas_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
