/* pas-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_WINDOW (pas_window_get_type ())

G_DECLARE_FINAL_TYPE (PasWindow, pas_window, PAS, WINDOW, AdwApplicationWindow)

PasWindow    *pas_window_new             (GtkApplication *application);
PasWorkspace *pas_window_get_workspace   (PasWindow      *self);
void          pas_window_set_workspace   (PasWindow      *self,
                                          PasWorkspace   *workspace);
void          pas_window_show_refused    (PasWindow      *self,
                                          const char     *path,
                                          const GError   *error);
gint64        pas_window_get_project_id  (PasWindow      *self);
void          pas_window_set_project_id  (PasWindow      *self,
                                          gint64          project_id);
const char   *pas_window_get_section     (PasWindow      *self);
void          pas_window_set_section     (PasWindow      *self,
                                          const char     *section);
void          pas_window_add_toast       (PasWindow      *self,
                                          const char     *message);
void          pas_window_offer_demo_data (PasWindow      *self);

G_END_DECLS
