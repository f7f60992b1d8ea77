/* pas-chart-heatmap.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-indicators.h"

G_BEGIN_DECLS

#define PAS_TYPE_CHART_HEATMAP (pas_chart_heatmap_get_type ())

G_DECLARE_FINAL_TYPE (PasChartHeatmap, pas_chart_heatmap, PAS, CHART_HEATMAP, GtkWidget)

GtkWidget *pas_chart_heatmap_new            (void);
void       pas_chart_heatmap_set_indicators (PasChartHeatmap *self,
                                             PasIndicators   *indicators);

G_END_DECLS
