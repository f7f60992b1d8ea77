#include "config.h"
#include <glib/gi18n-lib.h>
#include "pas-demo.h"

gboolean
pas_demo_size_from_string (const char  *text,
                           PasDemoSize *size)
{
  if (g_strcmp0 (text, "small") == 0)
    *size = PAS_DEMO_SMALL;
  else if (g_strcmp0 (text, "large") == 0)
    *size = PAS_DEMO_LARGE;
  else
    return FALSE;
  return TRUE;
}

gboolean
pas_demo_fill (PasWorkspace *workspace, PasDemoSize size, GError **error)
{
  g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_FAILED, "TODO");
  return FALSE;
}
