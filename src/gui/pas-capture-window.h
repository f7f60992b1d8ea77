/* pas-capture-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_CAPTURE_WINDOW (pas_capture_window_get_type ())

G_DECLARE_FINAL_TYPE (PasCaptureWindow, pas_capture_window, PAS, CAPTURE_WINDOW, AdwWindow)

PasCaptureWindow *pas_capture_window_new              (GtkWindow        *parent,
                                                       PasWorkspace     *workspace,
                                                       gint64            workshop_id);
gint64            pas_capture_window_get_workshop_id  (PasCaptureWindow *self);
const char       *pas_capture_window_get_kind         (PasCaptureWindow *self);
void              pas_capture_window_set_kind         (PasCaptureWindow *self,
                                                       const char       *kind);
void              pas_capture_window_show_page        (PasCaptureWindow *self,
                                                       const char       *name);

G_END_DECLS
