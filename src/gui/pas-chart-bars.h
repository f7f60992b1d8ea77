/* pas-chart-bars.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PAS_TYPE_CHART_BARS (pas_chart_bars_get_type ())

G_DECLARE_FINAL_TYPE (PasChartBars, pas_chart_bars, PAS, CHART_BARS, GtkWidget)

/* One horizontal bar: its label, its length (0–1, NaN for none) and the
 * value printed beside it, so that the figure never rests on the bar's
 * length or colour alone. */
typedef struct
{
  const char *label;
  double      fraction;
  const char *text;
  gboolean    muted;
} PasChartBar;

GtkWidget *pas_chart_bars_new      (void);
void       pas_chart_bars_set_bars (PasChartBars      *self,
                                    const PasChartBar *bars,
                                    guint              n_bars);
guint      pas_chart_bars_get_n_bars (PasChartBars    *self);

G_END_DECLS
