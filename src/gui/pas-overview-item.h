/* pas-overview-item.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PAS_TYPE_OVERVIEW_ITEM (pas_overview_item_get_type ())

G_DECLARE_FINAL_TYPE (PasOverviewItem, pas_overview_item, PAS, OVERVIEW_ITEM, GObject)

/* A line of the overview's lists (a blocking zone, a person at risk):
 * what it is, why it is there, what to do, and the section of the
 * window where one does it. */

PasOverviewItem *pas_overview_item_new            (const char      *title,
                                                   const char      *reason,
                                                   const char      *suggestion,
                                                   const char      *section);
const char      *pas_overview_item_get_title      (PasOverviewItem *self);
const char      *pas_overview_item_get_reason     (PasOverviewItem *self);
const char      *pas_overview_item_get_suggestion (PasOverviewItem *self);
const char      *pas_overview_item_get_section    (PasOverviewItem *self);
void             pas_overview_item_set_person_id  (PasOverviewItem *self,
                                                   gint64           person_id);
gint64           pas_overview_item_get_person_id  (PasOverviewItem *self);
const char      *pas_overview_item_get_action     (PasOverviewItem *self,
                                                   GVariant       **target);

G_END_DECLS
