/* pas-cli.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PAS_CLI_CONTINUE (-1)

const GOptionEntry *pas_cli_get_entries   (void);
int                 pas_cli_handle        (GVariantDict *options);
char               *pas_cli_get_workspace (GVariantDict *options);

G_END_DECLS
