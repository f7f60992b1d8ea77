/* pas-workshop-item.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "pas-workshop-ops.h"

G_BEGIN_DECLS

#define PAS_TYPE_WORKSHOP_ITEM (pas_workshop_item_get_type ())

G_DECLARE_FINAL_TYPE (PasWorkshopItem, pas_workshop_item, PAS, WORKSHOP_ITEM, GObject)

PasWorkshopItem      *pas_workshop_item_new             (PasWorkshopRow  *row);
const PasWorkshopRow *pas_workshop_item_get_row         (PasWorkshopItem *self);
void                  pas_workshop_item_set_row         (PasWorkshopItem *self,
                                                         PasWorkshopRow  *row);
gint64                pas_workshop_item_get_id          (PasWorkshopItem *self);
gboolean              pas_workshop_item_get_starts_group (PasWorkshopItem *self);
void                  pas_workshop_item_set_starts_group (PasWorkshopItem *self,
                                                          gboolean         starts_group);

G_END_DECLS
