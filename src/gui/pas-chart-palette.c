/* pas-chart-palette.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-chart"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "pas-chart-palette.h"

/* The lightest heatmap cell still shows as a cell. */
#define HEAT_MIN_ALPHA 0.10

static gboolean
lookup_color (GtkStyleContext *context,
              const char      *name,
              GdkRGBA         *color)
{
  gboolean found;

  /* The named colours of libadwaita's stylesheet: GTK 4.8 offers no
   * other way to read them. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  found = gtk_style_context_lookup_color (context, name, color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return found;
}

static void
lookup_color_or (GtkStyleContext *context,
                 const char      *name,
                 const GdkRGBA   *fallback,
                 GdkRGBA         *color)
{
  if (!lookup_color (context, name, color))
    *color = *fallback;
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            double         alpha)
{
  return (GdkRGBA) { color->red, color->green, color->blue, color->alpha * alpha };
}

/* @over drawn on the opaque @under. */
static GdkRGBA
composite (const GdkRGBA *over,
           const GdkRGBA *under)
{
  double a = over->alpha;

  return (GdkRGBA) {
    over->red * a + under->red * (1 - a),
    over->green * a + under->green * (1 - a),
    over->blue * a + under->blue * (1 - a),
    1.0,
  };
}

static double
linearize (double channel)
{
  return channel <= 0.03928 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

static double
luminance (const GdkRGBA *color)
{
  return 0.2126 * linearize (color->red) + 0.7152 * linearize (color->green) + 0.0722 * linearize (color->blue);
}

/* WCAG's contrast ratio between two opaque colours. */
static double
contrast (const GdkRGBA *a,
          const GdkRGBA *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

void
pas_chart_palette_init (PasChartPalette *self,
                        GtkWidget       *widget)
{
  static const GdkRGBA blue = { 0.208, 0.518, 0.894, 1.0 };
  static const GdkRGBA white = { 1.0, 1.0, 1.0, 1.0 };
  static const GdkRGBA red = { 0.753, 0.110, 0.157, 1.0 };
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context;
  GdkRGBA window_bg, card_bg;
  GdkRGBA fallback_bg;

  g_return_if_fail (self != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (widget);
  gtk_style_context_get_color (context, &self->foreground);
  G_GNUC_END_IGNORE_DEPRECATIONS

  self->high_contrast = adw_style_manager_get_high_contrast (manager);
  fallback_bg = adw_style_manager_get_dark (manager) ? (GdkRGBA) { 0.14, 0.14, 0.14, 1.0 } : white;
  lookup_color_or (context, "window_bg_color", &fallback_bg, &window_bg);
  window_bg.alpha = 1.0;
  self->background = window_bg;
  if (lookup_color (context, "card_bg_color", &card_bg))
    self->background = composite (&card_bg, &window_bg);

  lookup_color_or (context, "accent_bg_color", &blue, &self->fill);
  lookup_color_or (context, "accent_fg_color", &white, &self->on_fill);
  lookup_color_or (context, "accent_color", &self->fill, &self->stroke);
  lookup_color_or (context, "error_color", &red, &self->alert);

  self->dim = with_alpha (&self->foreground, self->high_contrast ? 1.0 : 0.75);
  self->grid = with_alpha (&self->foreground, self->high_contrast ? 0.4 : 0.12);
  self->muted = with_alpha (&self->foreground, self->high_contrast ? 0.6 : 0.35);
}

/**
 * pas_chart_palette_heat:
 * @intensity: 0 for the lowest value of the scale, 1 for the highest
 * @fill: (out): the cell's colour, opaque
 * @text: (out): the colour of a value printed on it, whichever of the
 *   text colours contrasts more
 *
 * One hue from the background to the accent: it stays in order in
 * every style, and the printed values keep it from being colour alone.
 */
void
pas_chart_palette_heat (const PasChartPalette *self,
                        double                 intensity,
                        GdkRGBA               *fill,
                        GdkRGBA               *text)
{
  GdkRGBA tint, dark_text, light_text;

  g_return_if_fail (self != NULL && fill != NULL && text != NULL);

  intensity = CLAMP (intensity, 0.0, 1.0);
  tint = with_alpha (&self->fill, HEAT_MIN_ALPHA + (1 - HEAT_MIN_ALPHA) * intensity);
  *fill = composite (&tint, &self->background);

  dark_text = composite (&self->foreground, fill);
  light_text = composite (&self->on_fill, fill);
  *text = contrast (&dark_text, fill) >= contrast (&light_text, fill) ? self->foreground : self->on_fill;
}

/* A layout in the widget's font; @small for axis labels and values. */
PangoLayout *
pas_chart_layout_new (GtkWidget  *widget,
                      const char *text,
                      gboolean    small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

  /* Figures of the same width line up in columns. */
  pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum=1"));
  if (small)
    pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attributes);
  return layout;
}

void
pas_chart_get_layout_size (PangoLayout *layout,
                           int         *width,
                           int         *height)
{
  pango_layout_get_pixel_size (layout, width, height);
}

void
pas_chart_append_layout (GtkSnapshot   *snapshot,
                         PangoLayout   *layout,
                         double         x,
                         double         y,
                         const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (x), round (y)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

void
pas_chart_append_rect (GtkSnapshot   *snapshot,
                       const GdkRGBA *color,
                       double         x,
                       double         y,
                       double         width,
                       double         height,
                       double         radius)
{
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (x, y, width, height);
  GskRoundedRect rounded;

  if (width <= 0 || height <= 0)
    return;
  if (radius <= 0)
    {
      gtk_snapshot_append_color (snapshot, color, &bounds);
      return;
    }
  radius = MIN (radius, MIN (width, height) / 2);
  gsk_rounded_rect_init_from_rect (&rounded, &bounds, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, &bounds);
  gtk_snapshot_pop (snapshot);
}

void
pas_chart_append_outline (GtkSnapshot   *snapshot,
                          const GdkRGBA *color,
                          double         x,
                          double         y,
                          double         width,
                          double         height,
                          double         line_width)
{
  const float widths[4] = { line_width, line_width, line_width, line_width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };
  GskRoundedRect outline;

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x, y, width, height), 0);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}
