/* pas-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_PREFERENCES_WINDOW (pas_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PasPreferencesWindow, pas_preferences_window, PAS, PREFERENCES_WINDOW, AdwPreferencesWindow)

PasPreferencesWindow *pas_preferences_window_new (GtkWindow    *parent,
                                                  PasWorkspace *workspace);

G_END_DECLS
