/* pas-overview-tile.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-indicators.h"

G_BEGIN_DECLS

#define PAS_TYPE_OVERVIEW_TILE (pas_overview_tile_get_type ())

G_DECLARE_FINAL_TYPE (PasOverviewTile, pas_overview_tile, PAS, OVERVIEW_TILE, GtkFlowBoxChild)

/* One indicator of the overview: its value, what it was computed over
 * and its trend in words. Its definition is the tooltip and the
 * accessible description; activating the tile shows it in a popover. */

GtkWidget    *pas_overview_tile_new             (PasIndicator         indicator);
PasIndicator  pas_overview_tile_get_indicator   (PasOverviewTile     *self);
void          pas_overview_tile_update          (PasOverviewTile     *self,
                                                 const PasIndicators *indicators,
                                                 gboolean             compare);
const char   *pas_overview_tile_get_value_text  (PasOverviewTile     *self);
const char   *pas_overview_tile_get_trend_text  (PasOverviewTile     *self);
void          pas_overview_tile_show_definition (PasOverviewTile     *self);

G_END_DECLS
