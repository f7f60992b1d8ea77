/* pas-demo.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-workspace.h"

G_BEGIN_DECLS

typedef enum
{
  PAS_DEMO_SMALL,
  PAS_DEMO_LARGE,
} PasDemoSize;

gboolean pas_demo_size_from_string (const char    *text,
                                    PasDemoSize   *size);
gboolean pas_demo_fill             (PasWorkspace  *workspace,
                                    PasDemoSize    size,
                                    GError       **error);

G_END_DECLS
