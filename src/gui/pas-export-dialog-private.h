/* pas-export-dialog-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-export-dialog.h"

G_BEGIN_DECLS

/* In the order of the period row's items. */
typedef enum
{
  PAS_EXPORT_PERIOD_ALL,
  PAS_EXPORT_PERIOD_QUARTER,
  PAS_EXPORT_PERIOD_YEAR,
  PAS_EXPORT_PERIOD_CUSTOM,
} PasExportPeriod;

void              pas_export_period_get_range          (PasExportPeriod   period,
                                                        const GDate      *today,
                                                        char            **since,
                                                        char            **until);

void              pas_export_dialog_choose_file        (PasExportDialog  *self,
                                                        GFile            *file);
gboolean          pas_export_dialog_can_export         (PasExportDialog  *self);
void              pas_export_dialog_export             (PasExportDialog  *self);
void              pas_export_dialog_cancel             (PasExportDialog  *self);
gboolean          pas_export_dialog_is_running         (PasExportDialog  *self);
AdwMessageDialog *pas_export_dialog_get_confirmation   (PasExportDialog  *self);

G_END_DECLS
