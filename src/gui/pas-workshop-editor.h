/* pas-workshop-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_WORKSHOP_EDITOR (pas_workshop_editor_get_type ())

G_DECLARE_FINAL_TYPE (PasWorkshopEditor, pas_workshop_editor, PAS, WORKSHOP_EDITOR, AdwWindow)

PasWorkshopEditor *pas_workshop_editor_new              (GtkWindow         *parent,
                                                         PasWorkspace      *workspace,
                                                         gint64             project_id,
                                                         PasRecord         *workshop);
void               pas_workshop_editor_set_facilitator  (PasWorkshopEditor *self,
                                                         gint64             person_id);
gboolean           pas_workshop_editor_save             (PasWorkshopEditor *self);

G_END_DECLS
