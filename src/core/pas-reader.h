/* pas-reader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* A second connection to a workspace file, for work done in a thread
 * (indicators, export) while the window keeps its own. It only reads,
 * and belongs to one thread at a time. */
sqlite3  *pas_reader_open       (const char  *path,
                                 GError     **error);
void      pas_reader_close      (sqlite3     *db);
gboolean  pas_reader_set_error  (sqlite3     *db,
                                 int          rc,
                                 GError     **error);

G_END_DECLS
