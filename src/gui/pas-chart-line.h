/* pas-chart-line.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PAS_TYPE_CHART_LINE (pas_chart_line_get_type ())

G_DECLARE_FINAL_TYPE (PasChartLine, pas_chart_line, PAS, CHART_LINE, GtkWidget)

/* One point of the line: its label on the horizontal axis, its value
 * (NaN leaves a gap) and the value as printed above it. */
typedef struct
{
  const char *label;
  double      value;
  const char *text;
} PasChartPoint;

GtkWidget *pas_chart_line_new        (void);
void       pas_chart_line_set_points (PasChartLine        *self,
                                      const PasChartPoint *points,
                                      guint                n_points,
                                      guint                maximum);
guint      pas_chart_line_get_n_points (PasChartLine      *self);

G_END_DECLS
