/* pas-workshop-representation.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_WORKSHOP_REPRESENTATION (pas_workshop_representation_get_type ())

G_DECLARE_FINAL_TYPE (PasWorkshopRepresentation, pas_workshop_representation, PAS, WORKSHOP_REPRESENTATION, GtkWidget)

GtkWidget  *pas_workshop_representation_new           (void);
void        pas_workshop_representation_set_workshop  (PasWorkshopRepresentation *self,
                                                       PasWorkspace              *workspace,
                                                       gint64                     workshop_id);
const char *pas_workshop_representation_get_text      (PasWorkshopRepresentation *self,
                                                       gboolean                   sites,
                                                       guint                      state);
gboolean    pas_workshop_representation_get_loading   (PasWorkshopRepresentation *self);

G_END_DECLS
