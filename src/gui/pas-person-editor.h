/* pas-person-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_PERSON_EDITOR (pas_person_editor_get_type ())

G_DECLARE_FINAL_TYPE (PasPersonEditor, pas_person_editor, PAS, PERSON_EDITOR, AdwWindow)

PasPersonEditor *pas_person_editor_new            (GtkWindow       *parent,
                                                   PasWorkspace    *workspace,
                                                   PasRecord       *person);
void             pas_person_editor_set_department (PasPersonEditor *self,
                                                   gint64           department_id);
gboolean         pas_person_editor_save           (PasPersonEditor *self);
gboolean         pas_person_editor_toggle_archived (PasPersonEditor *self);
gboolean         pas_person_editor_erase          (PasPersonEditor *self);
const char      *pas_person_editor_get_error      (PasPersonEditor *self);

G_END_DECLS
