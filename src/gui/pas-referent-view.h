/* pas-referent-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_REFERENT_VIEW (pas_referent_view_get_type ())

G_DECLARE_FINAL_TYPE (PasReferentView, pas_referent_view, PAS, REFERENT_VIEW, GtkWidget)

void       pas_referent_view_set_workspace  (PasReferentView *self,
                                             PasWorkspace    *workspace);
void       pas_referent_view_select         (PasReferentView *self,
                                             gint64           referent_id);
gint64     pas_referent_view_get_selected   (PasReferentView *self);
gboolean   pas_referent_view_add_activity   (PasReferentView *self);
GListModel *pas_referent_view_get_activities (PasReferentView *self);

G_END_DECLS
