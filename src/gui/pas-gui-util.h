/* pas-gui-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pas_gui_fix_button_names (GtkWidget *widget);

G_END_DECLS
