/* pas-workshop-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_WORKSHOP_VIEW (pas_workshop_view_get_type ())

G_DECLARE_FINAL_TYPE (PasWorkshopView, pas_workshop_view, PAS, WORKSHOP_VIEW, GtkWidget)

void        pas_workshop_view_set_workshop    (PasWorkshopView *self,
                                               PasWorkspace    *workspace,
                                               gint64           workshop_id);
gint64      pas_workshop_view_get_workshop_id (PasWorkshopView *self);
GtkWindow  *pas_workshop_view_open_capture    (PasWorkshopView *self,
                                               const char      *page);
gboolean    pas_workshop_view_export_calendar (PasWorkshopView *self,
                                               GFile           *file);

G_END_DECLS
