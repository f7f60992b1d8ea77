/* pas-project-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_PROJECT_DIALOG (pas_project_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PasProjectDialog, pas_project_dialog, PAS, PROJECT_DIALOG, AdwWindow)

PasProjectDialog *pas_project_dialog_new  (GtkWindow        *parent,
                                           PasWorkspace     *workspace,
                                           PasRecord        *project);
gboolean          pas_project_dialog_save (PasProjectDialog *self);

G_END_DECLS
