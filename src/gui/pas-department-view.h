/* pas-department-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_DEPARTMENT_VIEW (pas_department_view_get_type ())

G_DECLARE_FINAL_TYPE (PasDepartmentView, pas_department_view, PAS, DEPARTMENT_VIEW, GtkWidget)

void pas_department_view_set_workspace (PasDepartmentView *self,
                                        PasWorkspace      *workspace);
void pas_department_view_add           (PasDepartmentView *self);

G_END_DECLS
