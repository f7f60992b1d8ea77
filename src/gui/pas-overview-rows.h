/* pas-overview-rows.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pas-indicators.h"
#include "pas-overview-item.h"

G_BEGIN_DECLS

#define PAS_TYPE_OVERVIEW_ROWS (pas_overview_rows_get_type ())

G_DECLARE_FINAL_TYPE (PasOverviewRows, pas_overview_rows, PAS, OVERVIEW_ROWS, GObject)

typedef enum
{
  PAS_OVERVIEW_ROWS_BLOCKING_ZONES,
  PAS_OVERVIEW_ROWS_AT_RISK,
} PasOverviewRowsKind;

/* A GListModel of PasOverviewItem over an indicators snapshot: one
 * page of the blocking zones or of the people at risk. Items are built
 * when a row is shown. Pages, because GTK 4.8's list view binds up to
 * 200 rows at once, and binding them again for each new snapshot of the
 * large workspace would hold the main thread for a tenth of a second. */

#define PAS_OVERVIEW_ROWS_PAGE_SIZE 10

PasOverviewRows *pas_overview_rows_new            (PasOverviewRowsKind  kind);
void             pas_overview_rows_set_indicators (PasOverviewRows     *self,
                                                   PasIndicators       *indicators);
guint            pas_overview_rows_get_total      (PasOverviewRows     *self);
guint            pas_overview_rows_get_page       (PasOverviewRows     *self);
guint            pas_overview_rows_get_n_pages    (PasOverviewRows     *self);
void             pas_overview_rows_set_page       (PasOverviewRows     *self,
                                                   guint                page);
const char      *pas_overview_section_for_action  (PasAction            action);

G_END_DECLS
