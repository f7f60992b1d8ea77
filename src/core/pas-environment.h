/* pas-environment.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void pas_environment_init (void);

G_END_DECLS
