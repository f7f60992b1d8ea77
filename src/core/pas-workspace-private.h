/* pas-workspace-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

GBytes   *pas_workspace_load_sql       (const char    *name);
sqlite3  *pas_workspace_get_db         (PasWorkspace  *self);
gboolean  pas_workspace_exec           (PasWorkspace  *self,
                                        const char    *sql,
                                        GError       **error);
gboolean  pas_workspace_begin          (PasWorkspace  *self,
                                        GError       **error);
gboolean  pas_workspace_commit         (PasWorkspace  *self,
                                        GError       **error);
void      pas_workspace_rollback       (PasWorkspace  *self);
sqlite3_stmt *pas_workspace_prepare    (PasWorkspace  *self,
                                        const char    *sql,
                                        GError       **error);
void      pas_workspace_emit_changed   (PasWorkspace  *self,
                                        PasKind        kind,
                                        gint64         id);
gboolean  pas_sqlite_set_error         (sqlite3       *db,
                                        int            rc,
                                        GError       **error);
gboolean  pas_workspace_set_error      (PasWorkspace  *self,
                                        int            rc,
                                        GError       **error);
void      pas_workspace_register_functions (sqlite3   *db);

/* pas-workspace-migrate.c */
gboolean  pas_workspace_create_schema  (sqlite3       *db,
                                        GError       **error);
gboolean  pas_workspace_migrate        (sqlite3       *db,
                                        const char    *path,
                                        int            from_version,
                                        GError       **error);

G_END_DECLS
