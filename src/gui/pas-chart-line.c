/* pas-chart-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-chart"

#include "config.h"

#include <math.h>

#include "pas-chart-line.h"
#include "pas-chart-palette.h"

#define MIN_WIDTH 240
#define NATURAL_WIDTH 480
#define MIN_HEIGHT 180
#define NATURAL_HEIGHT 220
#define GAP 8
#define LINE_WIDTH 2.5
#define POINT_RADIUS 4.0

typedef struct
{
  char   *label;
  double  value;
  char   *text;
} Point;

struct _PasChartLine
{
  GtkWidget  parent_instance;
  GArray    *points;
  guint      maximum;
};

G_DEFINE_FINAL_TYPE (PasChartLine, pas_chart_line, GTK_TYPE_WIDGET)

static void
point_clear (gpointer data)
{
  Point *point = data;

  g_free (point->label);
  g_free (point->text);
}

static void
pas_chart_line_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

/* Every nth label, so that labels never overlap. */
static guint
get_label_step (PasChartLine *self,
                double        slot,
                gboolean      texts)
{
  int widest = 0;

  for (guint i = 0; i < self->points->len; i++)
    {
      Point *point = &g_array_index (self->points, Point, i);
      g_autoptr(PangoLayout) layout = pas_chart_layout_new (GTK_WIDGET (self), texts ? point->text : point->label,
                                                            TRUE);
      int width, height;

      pas_chart_get_layout_size (layout, &width, &height);
      widest = MAX (widest, width);
    }
  return MAX (1, (guint) ceil ((widest + GAP) / MAX (slot, 1.0)));
}

static void
pas_chart_line_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PasChartLine *self = PAS_CHART_LINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int axis_width = 0, text_height = 0;
  double left, top, bottom, plot_width, plot_height, slot;
  guint label_step, text_step, last_shown = G_MAXUINT;
  PasChartPalette palette;
  cairo_t *cr;

  if (self->points->len == 0 || self->maximum == 0)
    return;

  pas_chart_palette_init (&palette, widget);

  for (guint k = 0; k <= self->maximum; k++)
    {
      g_autofree char *tick = g_strdup_printf ("%u", k);
      g_autoptr(PangoLayout) layout = pas_chart_layout_new (widget, tick, TRUE);
      int tick_width;

      pas_chart_get_layout_size (layout, &tick_width, &text_height);
      axis_width = MAX (axis_width, tick_width);
    }

  left = axis_width + GAP;
  top = text_height + GAP;
  bottom = height - text_height - GAP;
  plot_width = width - left;
  plot_height = bottom - top;
  if (plot_width < 1 || plot_height < 1)
    return;
  slot = plot_width / self->points->len;

  /* The scale and its grid. */
  for (guint k = 0; k <= self->maximum; k++)
    {
      g_autofree char *tick = g_strdup_printf ("%u", k);
      g_autoptr(PangoLayout) layout = pas_chart_layout_new (widget, tick, TRUE);
      double y = bottom - plot_height * k / self->maximum;
      int tick_width, tick_height;

      pas_chart_append_rect (snapshot, &palette.grid, left, round (y), plot_width, 1, 0);
      pas_chart_get_layout_size (layout, &tick_width, &tick_height);
      pas_chart_append_layout (snapshot, layout, axis_width - tick_width, y - tick_height / 2.0, &palette.dim);
    }

  /* The months, as many as fit, always the last one. */
  label_step = get_label_step (self, slot, FALSE);
  for (guint i = 0; i < self->points->len; i++)
    {
      Point *point = &g_array_index (self->points, Point, i);
      g_autoptr(PangoLayout) layout = NULL;
      int label_width, label_height;
      double x = left + slot * (i + 0.5);

      if ((self->points->len - 1 - i) % label_step != 0)
        continue;
      layout = pas_chart_layout_new (widget, point->label, TRUE);
      pas_chart_get_layout_size (layout, &label_width, &label_height);
      pas_chart_append_layout (snapshot, layout, CLAMP (x - label_width / 2.0, left, width - label_width),
                               bottom + GAP / 2.0, &palette.dim);
    }

  /* The line, broken where a month has no value. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_cairo_set_source_rgba (cr, &palette.stroke);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < self->points->len; i++)
    {
      Point *point = &g_array_index (self->points, Point, i);
      double x = left + slot * (i + 0.5);
      double y = bottom - plot_height * CLAMP (point->value, 0, self->maximum) / self->maximum;

      if (!isfinite (point->value))
        {
          cairo_new_path (cr);
          continue;
        }
      if (i > 0 && isfinite (g_array_index (self->points, Point, i - 1).value))
        {
          cairo_line_to (cr, x, y);
          cairo_stroke (cr);
        }
      cairo_move_to (cr, x, y);
    }
  cairo_new_path (cr);
  for (guint i = 0; i < self->points->len; i++)
    {
      Point *point = &g_array_index (self->points, Point, i);
      double x = left + slot * (i + 0.5);
      double y = bottom - plot_height * CLAMP (point->value, 0, self->maximum) / self->maximum;

      if (!isfinite (point->value))
        continue;
      cairo_arc (cr, x, y, POINT_RADIUS, 0, 2 * G_PI);
      gdk_cairo_set_source_rgba (cr, &palette.stroke);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &palette.background);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);

  /* The values above the points: as many as fit, always the last one. */
  text_step = get_label_step (self, slot, TRUE);
  for (guint i = self->points->len; i-- > 0;)
    {
      Point *point = &g_array_index (self->points, Point, i);
      g_autoptr(PangoLayout) layout = NULL;
      double x = left + slot * (i + 0.5);
      double y = bottom - plot_height * CLAMP (point->value, 0, self->maximum) / self->maximum;
      int value_width, value_height;

      if (!isfinite (point->value) || (last_shown != G_MAXUINT && last_shown - i < text_step))
        continue;
      last_shown = i;
      layout = pas_chart_layout_new (widget, point->text, TRUE);
      pas_chart_get_layout_size (layout, &value_width, &value_height);
      pas_chart_append_layout (snapshot, layout, CLAMP (x - value_width / 2.0, left, width - value_width),
                               y - POINT_RADIUS - 2 - value_height, &palette.foreground);
    }
}

static void
pas_chart_line_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (pas_chart_line_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
pas_chart_line_finalize (GObject *object)
{
  PasChartLine *self = (PasChartLine *)object;

  g_array_unref (self->points);

  G_OBJECT_CLASS (pas_chart_line_parent_class)->finalize (object);
}

static void
pas_chart_line_class_init (PasChartLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pas_chart_line_finalize;
  widget_class->measure = pas_chart_line_measure;
  widget_class->snapshot = pas_chart_line_snapshot;
  widget_class->css_changed = pas_chart_line_css_changed;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pas_chart_line_init (PasChartLine *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (Point));
  g_array_set_clear_func (self->points, point_clear);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
pas_chart_line_new (void)
{
  return g_object_new (PAS_TYPE_CHART_LINE, NULL);
}

/**
 * pas_chart_line_set_points:
 * @maximum: the top of the vertical scale, which starts at 0
 */
void
pas_chart_line_set_points (PasChartLine        *self,
                           const PasChartPoint *points,
                           guint                n_points,
                           guint                maximum)
{
  g_return_if_fail (PAS_IS_CHART_LINE (self));
  g_return_if_fail (points != NULL || n_points == 0);

  g_array_set_size (self->points, 0);
  for (guint i = 0; i < n_points; i++)
    {
      Point point = {
        g_strdup (points[i].label ? points[i].label : ""),
        points[i].value,
        g_strdup (points[i].text ? points[i].text : ""),
      };
      g_array_append_val (self->points, point);
    }
  self->maximum = maximum;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
pas_chart_line_get_n_points (PasChartLine *self)
{
  g_return_val_if_fail (PAS_IS_CHART_LINE (self), 0);
  return self->points->len;
}
