/* pas-fold.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

char *pas_fold             (const char *text);
char *pas_fold_build_match (const char *text);
void  pas_fold_register    (sqlite3    *db);

G_END_DECLS
