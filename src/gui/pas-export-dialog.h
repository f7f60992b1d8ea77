/* pas-export-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_EXPORT_DIALOG (pas_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PasExportDialog, pas_export_dialog, PAS, EXPORT_DIALOG, AdwWindow)

PasExportDialog *pas_export_dialog_new             (GtkWindow       *parent,
                                                    PasWorkspace    *workspace,
                                                    gint64           project_id);
const char      *pas_export_dialog_get_destination (PasExportDialog *self);
void             pas_export_dialog_set_destination (PasExportDialog *self,
                                                    const char      *destination);
void             pas_export_dialog_add_done_toast  (AdwToastOverlay *overlay,
                                                    const char      *destination);

G_END_DECLS
