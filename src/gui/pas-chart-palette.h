/* pas-chart-palette.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The colours a chart draws with, taken from the widget's style each
 * time it draws, so that light, dark and high contrast all follow. */
typedef struct
{
  GdkRGBA  foreground;   /* text */
  GdkRGBA  dim;          /* axis labels */
  GdkRGBA  grid;         /* grid lines, bar tracks */
  GdkRGBA  fill;         /* bars and heatmap cells: the accent */
  GdkRGBA  on_fill;      /* text on the accent */
  GdkRGBA  stroke;       /* lines and points: the accent for text */
  GdkRGBA  muted;        /* bars that are not the point, e.g. "No barrier" */
  GdkRGBA  alert;        /* outlines of blocking zones */
  GdkRGBA  background;   /* what the chart is drawn on, opaque */
  gboolean high_contrast;
} PasChartPalette;

void         pas_chart_palette_init   (PasChartPalette       *self,
                                       GtkWidget             *widget);
void         pas_chart_palette_heat   (const PasChartPalette *self,
                                       double                 intensity,
                                       GdkRGBA               *fill,
                                       GdkRGBA               *text);

PangoLayout *pas_chart_layout_new     (GtkWidget             *widget,
                                       const char            *text,
                                       gboolean               small);
void         pas_chart_append_layout  (GtkSnapshot           *snapshot,
                                       PangoLayout           *layout,
                                       double                 x,
                                       double                 y,
                                       const GdkRGBA         *color);
void         pas_chart_get_layout_size (PangoLayout          *layout,
                                        int                  *width,
                                        int                  *height);
void         pas_chart_append_rect    (GtkSnapshot           *snapshot,
                                       const GdkRGBA         *color,
                                       double                 x,
                                       double                 y,
                                       double                 width,
                                       double                 height,
                                       double                 radius);
void         pas_chart_append_outline (GtkSnapshot           *snapshot,
                                       const GdkRGBA         *color,
                                       double                 x,
                                       double                 y,
                                       double                 width,
                                       double                 height,
                                       double                 line_width);

G_END_DECLS
