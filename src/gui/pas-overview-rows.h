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

/* A GListModel of PasOverviewItem over an indicators snapshot: the
 * blocking zones or the people at risk. Items are built when a row is
 * shown, so that thousands of people cost nothing until scrolled to. */

PasOverviewRows *pas_overview_rows_new            (PasOverviewRowsKind  kind);
void             pas_overview_rows_set_indicators (PasOverviewRows     *self,
                                                   PasIndicators       *indicators);
const char      *pas_overview_section_for_action  (PasAction            action);

G_END_DECLS
