/* pas-import-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pas-people-import.h"

G_BEGIN_DECLS

#define PAS_TYPE_IMPORT_DIALOG (pas_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PasImportDialog, pas_import_dialog, PAS, IMPORT_DIALOG, AdwWindow)

PasImportDialog *pas_import_dialog_new        (GtkWindow       *parent,
                                               PasPeopleImport *import,
                                               const char      *file_name);
gboolean         pas_import_dialog_can_import (PasImportDialog *self);
gboolean         pas_import_dialog_apply      (PasImportDialog *self);

G_END_DECLS
