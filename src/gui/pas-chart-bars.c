/* pas-chart-bars.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-chart"

#include "config.h"

#include <math.h>

#include "pas-chart-bars.h"
#include "pas-chart-palette.h"

#define ROW_HEIGHT 32
#define TRACK_HEIGHT 12
#define GAP 12
#define MAX_LABEL_SHARE 0.4
#define MIN_WIDTH 240
#define NATURAL_WIDTH 480

typedef struct
{
  char     *label;
  double    fraction;
  char     *text;
  gboolean  muted;
} Bar;

struct _PasChartBars
{
  GtkWidget  parent_instance;
  GArray    *bars;
  /* Measured once per data or style: measure() is called many times. */
  int        label_width;   /* -1 until measured */
  int        text_width;
};

G_DEFINE_FINAL_TYPE (PasChartBars, pas_chart_bars, GTK_TYPE_WIDGET)

static void
bar_clear (gpointer data)
{
  Bar *bar = data;

  g_free (bar->label);
  g_free (bar->text);
}

static int
measure_widest_layout (PasChartBars *self,
                       gboolean      texts)
{
  int widest = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) layout = pas_chart_layout_new (GTK_WIDGET (self), texts ? bar->text : bar->label,
                                                            FALSE);
      int width, height;

      pas_chart_get_layout_size (layout, &width, &height);
      widest = MAX (widest, width);
    }
  return widest;
}

static int
measure_widest (PasChartBars *self,
                gboolean      texts)
{
  if (self->label_width < 0)
    {
      self->label_width = measure_widest_layout (self, FALSE);
      self->text_width = measure_widest_layout (self, TRUE);
    }
  return texts ? self->text_width : self->label_width;
}

static void
forget_widths (PasChartBars *self)
{
  self->label_width = -1;
  self->text_width = -1;
}

static void
pas_chart_bars_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  PasChartBars *self = PAS_CHART_BARS (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = MAX (NATURAL_WIDTH, measure_widest (self, FALSE) + measure_widest (self, TRUE) + 200);
    }
  else
    *minimum = *natural = self->bars->len * ROW_HEIGHT;
}

static void
pas_chart_bars_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PasChartBars *self = PAS_CHART_BARS (widget);
  int width = gtk_widget_get_width (widget);
  int label_width, value_width, track_x, track_width;
  PasChartPalette palette;

  if (self->bars->len == 0)
    return;

  pas_chart_palette_init (&palette, widget);
  label_width = MIN (measure_widest (self, FALSE), (int) (width * MAX_LABEL_SHARE));
  value_width = measure_widest (self, TRUE);
  track_x = label_width + GAP;
  track_width = width - track_x - GAP - value_width;
  if (track_width < 1)
    return;

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) label = pas_chart_layout_new (widget, bar->label, FALSE);
      g_autoptr(PangoLayout) value = pas_chart_layout_new (widget, bar->text, FALSE);
      double top = i * ROW_HEIGHT;
      int text_width, text_height;

      pango_layout_set_width (label, label_width * PANGO_SCALE);
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      pas_chart_get_layout_size (label, &text_width, &text_height);
      pas_chart_append_layout (snapshot, label, 0, top + (ROW_HEIGHT - text_height) / 2.0, &palette.foreground);

      pas_chart_append_rect (snapshot, &palette.grid, track_x, top + (ROW_HEIGHT - TRACK_HEIGHT) / 2.0,
                             track_width, TRACK_HEIGHT, TRACK_HEIGHT / 2.0);
      if (isfinite (bar->fraction) && bar->fraction > 0)
        pas_chart_append_rect (snapshot, bar->muted ? &palette.muted : &palette.fill,
                               track_x, top + (ROW_HEIGHT - TRACK_HEIGHT) / 2.0,
                               MAX (TRACK_HEIGHT, track_width * MIN (bar->fraction, 1.0)), TRACK_HEIGHT,
                               TRACK_HEIGHT / 2.0);

      pas_chart_get_layout_size (value, &text_width, &text_height);
      pas_chart_append_layout (snapshot, value, width - text_width, top + (ROW_HEIGHT - text_height) / 2.0,
                               &palette.foreground);
    }
}

static void
pas_chart_bars_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (pas_chart_bars_parent_class)->css_changed (widget, change);
  /* The colours come from the style (dark mode, high contrast), and the
   * font sizes too. */
  forget_widths (PAS_CHART_BARS (widget));
  gtk_widget_queue_resize (widget);
}

static void
pas_chart_bars_finalize (GObject *object)
{
  PasChartBars *self = (PasChartBars *)object;

  g_array_unref (self->bars);

  G_OBJECT_CLASS (pas_chart_bars_parent_class)->finalize (object);
}

static void
pas_chart_bars_class_init (PasChartBarsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pas_chart_bars_finalize;
  widget_class->measure = pas_chart_bars_measure;
  widget_class->snapshot = pas_chart_bars_snapshot;
  widget_class->css_changed = pas_chart_bars_css_changed;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pas_chart_bars_init (PasChartBars *self)
{
  self->bars = g_array_new (FALSE, FALSE, sizeof (Bar));
  g_array_set_clear_func (self->bars, bar_clear);
  forget_widths (self);
}

GtkWidget *
pas_chart_bars_new (void)
{
  return g_object_new (PAS_TYPE_CHART_BARS, NULL);
}

void
pas_chart_bars_set_bars (PasChartBars      *self,
                         const PasChartBar *bars,
                         guint              n_bars)
{
  g_return_if_fail (PAS_IS_CHART_BARS (self));
  g_return_if_fail (bars != NULL || n_bars == 0);

  g_array_set_size (self->bars, 0);
  for (guint i = 0; i < n_bars; i++)
    {
      Bar bar = {
        g_strdup (bars[i].label ? bars[i].label : ""),
        bars[i].fraction,
        g_strdup (bars[i].text ? bars[i].text : ""),
        bars[i].muted,
      };
      g_array_append_val (self->bars, bar);
    }
  forget_widths (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
pas_chart_bars_get_n_bars (PasChartBars *self)
{
  g_return_val_if_fail (PAS_IS_CHART_BARS (self), 0);
  return self->bars->len;
}
