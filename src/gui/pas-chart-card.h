/* pas-chart-card.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PAS_TYPE_CHART_CARD (pas_chart_card_get_type ())

G_DECLARE_FINAL_TYPE (PasChartCard, pas_chart_card, PAS, CHART_CARD, GtkWidget)

/* A chart with its title and its text alternatives: the chart's
 * accessible description says the data in words, and "Show as Table"
 * switches to a table of the same numbers. */

const char *pas_chart_card_get_title      (PasChartCard *self);
void        pas_chart_card_set_title      (PasChartCard *self,
                                           const char   *title);
GtkWidget  *pas_chart_card_get_chart      (PasChartCard *self);
void        pas_chart_card_set_chart      (PasChartCard *self,
                                           GtkWidget    *chart);
gboolean    pas_chart_card_get_show_table (PasChartCard *self);
void        pas_chart_card_set_show_table (PasChartCard *self,
                                           gboolean      show_table);
void        pas_chart_card_set_data       (PasChartCard *self,
                                           const char   *description,
                                           GPtrArray    *table,
                                           const char   *empty_message);
GtkWidget  *pas_chart_card_get_table      (PasChartCard *self);

G_END_DECLS
