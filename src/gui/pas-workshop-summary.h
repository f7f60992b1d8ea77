/* pas-workshop-summary.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_WORKSHOP_SUMMARY (pas_workshop_summary_get_type ())

G_DECLARE_FINAL_TYPE (PasWorkshopSummary, pas_workshop_summary, PAS, WORKSHOP_SUMMARY, GtkWidget)

GtkWidget *pas_workshop_summary_new           (void);
void       pas_workshop_summary_set_workshop  (PasWorkshopSummary *self,
                                               PasWorkspace       *workspace,
                                               gint64              workshop_id);
char      *pas_workshop_summary_describe_kinds (const guint       *n_by_kind);

G_END_DECLS
