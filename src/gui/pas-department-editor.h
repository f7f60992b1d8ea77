/* pas-department-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_DEPARTMENT_EDITOR (pas_department_editor_get_type ())

G_DECLARE_FINAL_TYPE (PasDepartmentEditor, pas_department_editor, PAS, DEPARTMENT_EDITOR, AdwWindow)

PasDepartmentEditor *pas_department_editor_new       (GtkWindow           *parent,
                                                      PasWorkspace        *workspace,
                                                      PasRecord           *department,
                                                      guint                n_people);
gboolean             pas_department_editor_save      (PasDepartmentEditor *self);
gboolean             pas_department_editor_delete    (PasDepartmentEditor *self);
const char          *pas_department_editor_get_error (PasDepartmentEditor *self);

G_END_DECLS
