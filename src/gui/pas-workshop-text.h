/* pas-workshop-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PAS_TYPE_WORKSHOP_TEXT (pas_workshop_text_get_type ())

G_DECLARE_FINAL_TYPE (PasWorkshopText, pas_workshop_text, PAS, WORKSHOP_TEXT, GtkWidget)

GtkWidget  *pas_workshop_text_new           (void);
void        pas_workshop_text_set_text      (PasWorkshopText *self,
                                             const char      *title,
                                             const char      *subtitle);
const char *pas_workshop_text_get_title     (PasWorkshopText *self);
const char *pas_workshop_text_get_subtitle  (PasWorkshopText *self);
GtkWidget  *pas_workshop_text_new_row       (const char      *icon_name,
                                             const char      *title,
                                             const char      *subtitle);

G_END_DECLS
