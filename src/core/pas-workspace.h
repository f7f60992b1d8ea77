/* pas-workspace.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pas-kind.h"
#include "pas-record.h"

G_BEGIN_DECLS

#define PAS_WORKSPACE_APPLICATION_ID 0x50415353 /* "PASS" */
#define PAS_WORKSPACE_VERSION 1
#define PAS_WORKSPACE_ERROR (pas_workspace_error_quark ())
#define PAS_TYPE_WORKSPACE (pas_workspace_get_type ())

typedef enum
{
  PAS_WORKSPACE_ERROR_FAILED,
  PAS_WORKSPACE_ERROR_MISSING,
  PAS_WORKSPACE_ERROR_READ_ONLY,
  PAS_WORKSPACE_ERROR_NOT_SQLITE,
  PAS_WORKSPACE_ERROR_NOT_WORKSPACE,
  PAS_WORKSPACE_ERROR_TOO_NEW,
  PAS_WORKSPACE_ERROR_CORRUPT,
  PAS_WORKSPACE_ERROR_INVALID,
  PAS_WORKSPACE_ERROR_NOT_FOUND,
  PAS_WORKSPACE_ERROR_BUSY,
} PasWorkspaceError;

typedef enum
{
  PAS_WORKSPACE_OPEN_DEFAULT = 0,
  PAS_WORKSPACE_OPEN_CREATE  = 1 << 0,
} PasWorkspaceOpenFlags;

G_DECLARE_FINAL_TYPE (PasWorkspace, pas_workspace, PAS, WORKSPACE, GObject)

GQuark        pas_workspace_error_quark        (void);
char         *pas_workspace_default_path       (void);
PasWorkspace *pas_workspace_open               (const char             *path,
                                                PasWorkspaceOpenFlags   flags,
                                                GError                **error);
const char   *pas_workspace_get_path           (PasWorkspace           *self);
int           pas_workspace_get_schema_version (PasWorkspace           *self);
gboolean      pas_workspace_save               (PasWorkspace           *self,
                                                PasRecord              *record,
                                                GError                **error);
PasRecord    *pas_workspace_load               (PasWorkspace           *self,
                                                PasKind                 kind,
                                                gint64                  id,
                                                GError                **error);
PasRecord    *pas_workspace_load_by_uuid       (PasWorkspace           *self,
                                                PasKind                 kind,
                                                const char             *uuid,
                                                GError                **error);
gboolean      pas_workspace_delete             (PasWorkspace           *self,
                                                PasKind                 kind,
                                                gint64                  id,
                                                GError                **error);
gint64        pas_workspace_count              (PasWorkspace           *self,
                                                PasKind                 kind);
gboolean      pas_workspace_is_empty           (PasWorkspace           *self);
char         *pas_workspace_get_setting        (PasWorkspace           *self,
                                                const char             *key,
                                                const char             *fallback);
gint64        pas_workspace_get_setting_int    (PasWorkspace           *self,
                                                const char             *key,
                                                gint64                  fallback);
gboolean      pas_workspace_set_setting        (PasWorkspace           *self,
                                                const char             *key,
                                                const char             *value,
                                                GError                **error);
gboolean      pas_workspace_check_integrity    (PasWorkspace           *self,
                                                char                  **report,
                                                GError                **error);

G_END_DECLS
