/* pas-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

/* The leadership workbook (.xlsx): a summary with native charts and the
 * detail sheets behind it, for a project and a period.
 *
 * The workbook is written, in a connection of its own, to a hidden
 * temporary file beside the destination, then renamed over it: whatever
 * fails, no partial file is left and an existing destination is intact.
 * It is replaced only with PAS_EXPORT_REPLACE (the user confirmed).
 *
 * For the export dialog: pas_export_write_async() runs in a thread,
 * reports its progress through @progress on the caller's main context
 * (at low priority, at most once per idle), and stops, leaving nothing
 * behind, when @cancellable is cancelled. pas_export_check_period() and
 * pas_export_check_destination() let the dialog say what is wrong before
 * anything starts; the export checks both again anyway. */

#define PAS_EXPORT_ERROR (pas_export_error_quark ())

/* Workspace settings the exporter reads: the organisation named on the
 * summary, and whether the export dialog names people by default
 * ("true" or "false"; pseudonyms otherwise). */
#define PAS_SETTING_ORGANISATION_NAME "organisation_name"
#define PAS_SETTING_EXPORT_NAMES      "export_names"

typedef enum
{
  PAS_EXPORT_ERROR_FAILED,
  PAS_EXPORT_ERROR_EXISTS,          /* the destination exists, replacing it was not asked */
  PAS_EXPORT_ERROR_DESTINATION,     /* the folder is missing, or cannot be written */
  PAS_EXPORT_ERROR_INVALID_PERIOD,
  PAS_EXPORT_ERROR_NO_PROJECT,
  PAS_EXPORT_ERROR_WRITE,           /* writing failed midway: disk full, input/output error */
} PasExportError;

typedef enum
{
  PAS_EXPORT_DEFAULT    = 0,
  PAS_EXPORT_WITH_NAMES = 1 << 0,   /* real names instead of pseudonyms */
  PAS_EXPORT_REPLACE    = 1 << 1,   /* replace an existing destination */
} PasExportFlags;

/* @fraction: 0 to 1; @step: what is being written, translated, e.g. the
 * name of a sheet. */
typedef void (*PasExportProgressFunc) (double      fraction,
                                       const char *step,
                                       gpointer    user_data);

GQuark    pas_export_error_quark        (void);

gboolean  pas_export_check_period       (const char             *since,
                                         const char             *until,
                                         GError                **error);
gboolean  pas_export_check_destination  (const char             *destination,
                                         PasExportFlags          flags,
                                         GError                **error);
gint64    pas_export_find_project       (PasWorkspace           *workspace,
                                         const char             *name,
                                         char                  **found_name,
                                         guint                  *n_projects,
                                         GError                **error);
char     *pas_export_suggest_filename   (const char             *project_name,
                                         const char             *since,
                                         const char             *until);

gboolean  pas_export_write              (const char             *workspace_path,
                                         gint64                  project_id,
                                         const char             *since,
                                         const char             *until,
                                         const char             *destination,
                                         PasExportFlags          flags,
                                         PasExportProgressFunc   progress,
                                         gpointer                progress_data,
                                         GCancellable           *cancellable,
                                         GError                **error);
void      pas_export_write_async        (const char             *workspace_path,
                                         gint64                  project_id,
                                         const char             *since,
                                         const char             *until,
                                         const char             *destination,
                                         PasExportFlags          flags,
                                         PasExportProgressFunc   progress,
                                         gpointer                progress_data,
                                         GDestroyNotify          progress_data_free,
                                         GCancellable           *cancellable,
                                         GAsyncReadyCallback     callback,
                                         gpointer                user_data);
gboolean  pas_export_write_finish       (GAsyncResult           *result,
                                         GError                **error);

G_END_DECLS
