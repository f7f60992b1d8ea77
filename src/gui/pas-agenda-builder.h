/* pas-agenda-builder.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-agenda.h"

G_BEGIN_DECLS

#define PAS_TYPE_AGENDA_BUILDER (pas_agenda_builder_get_type ())

G_DECLARE_FINAL_TYPE (PasAgendaBuilder, pas_agenda_builder, PAS, AGENDA_BUILDER, GtkWidget)

GtkWidget           *pas_agenda_builder_new            (void);
void                 pas_agenda_builder_set_workshop   (PasAgendaBuilder *self,
                                                        PasWorkspace     *workspace,
                                                        gint64            workshop_id);
guint                pas_agenda_builder_get_n_blocks   (PasAgendaBuilder *self);
const PasAgendaItem *pas_agenda_builder_get_block      (PasAgendaBuilder *self,
                                                        guint             position);
gboolean             pas_agenda_builder_move_block     (PasAgendaBuilder *self,
                                                        gint64            item_id,
                                                        guint             position);

G_END_DECLS
