/* pas-feedback-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_FEEDBACK_EDITOR (pas_feedback_editor_get_type ())

G_DECLARE_FINAL_TYPE (PasFeedbackEditor, pas_feedback_editor, PAS, FEEDBACK_EDITOR, AdwWindow)

PasFeedbackEditor *pas_feedback_editor_new          (GtkWindow         *parent,
                                                     PasWorkspace      *workspace,
                                                     PasRecord         *feedback);
void               pas_feedback_editor_set_status   (PasFeedbackEditor *self,
                                                     const char        *status);
void               pas_feedback_editor_set_response (PasFeedbackEditor *self,
                                                     const char        *response);
gboolean           pas_feedback_editor_save         (PasFeedbackEditor *self);
const char        *pas_feedback_editor_get_error    (PasFeedbackEditor *self);

G_END_DECLS
