/* pas-workshop-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void  pas_workshop_util_add_toast          (GtkWidget   *widget,
                                            AdwToast    *toast);
AdwToast *pas_workshop_util_new_toast      (const char  *message);
void  pas_workshop_util_show_message       (GtkWidget   *widget,
                                            const char  *message);
void  pas_workshop_util_label_list_row     (GtkWidget   *child,
                                            const char  *label);
void  pas_workshop_util_load_style         (void);

G_END_DECLS
