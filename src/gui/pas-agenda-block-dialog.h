/* pas-agenda-block-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pas-agenda.h"

G_BEGIN_DECLS

#define PAS_TYPE_AGENDA_BLOCK_DIALOG (pas_agenda_block_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PasAgendaBlockDialog, pas_agenda_block_dialog, PAS, AGENDA_BLOCK_DIALOG, AdwWindow)

PasAgendaBlockDialog *pas_agenda_block_dialog_new  (GtkWindow            *parent,
                                                    PasWorkspace         *workspace,
                                                    gint64                workshop_id,
                                                    int                   position,
                                                    const PasAgendaItem  *item);
gboolean              pas_agenda_block_dialog_save (PasAgendaBlockDialog *self);

G_END_DECLS
