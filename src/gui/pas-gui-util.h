/* pas-gui-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Ctrl and a key, and the action it activates. */
typedef struct
{
  guint       key;
  const char *action;
} PasGuiShortcut;

void pas_gui_fix_button_names      (GtkWidget            *widget);
void pas_gui_add_section_shortcuts (GtkWidget            *page,
                                    const PasGuiShortcut *shortcuts,
                                    guint                 n_shortcuts);

G_END_DECLS
