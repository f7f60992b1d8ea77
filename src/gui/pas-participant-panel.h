/* pas-participant-panel.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_PARTICIPANT_PANEL (pas_participant_panel_get_type ())

G_DECLARE_FINAL_TYPE (PasParticipantPanel, pas_participant_panel, PAS, PARTICIPANT_PANEL, GtkWidget)

GtkWidget *pas_participant_panel_new           (void);
void       pas_participant_panel_set_workshop  (PasParticipantPanel *self,
                                                PasWorkspace        *workspace,
                                                gint64               workshop_id);
guint      pas_participant_panel_get_n_people  (PasParticipantPanel *self);
gboolean   pas_participant_panel_invite        (PasParticipantPanel *self,
                                                gint64               person_id);

G_END_DECLS
