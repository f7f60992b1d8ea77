/* pas-chart-heatmap.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pas-chart-heatmap.h"
#include "pas-chart-palette.h"

/* Departments in rows, skills in columns under slanted names: skill
 * names are long, and a department has a few dozen skills at most. */
#define CELL_WIDTH 46
#define CELL_HEIGHT 30
#define CELL_SPACING 2
#define GAP 10
#define MAX_ROW_LABEL 200
#define MAX_COLUMN_LABEL 170
#define SLANT_DEGREES 40.0
#define LEGEND_SWATCH 34
#define MAX_LEVEL 4

typedef struct
{
  int    row_label;     /* width of the department names */
  int    header;        /* height of the slanted skill names */
  int    overhang;      /* how far the last skill name reaches past the grid */
  int    text_height;
  double grid_x;
  double grid_y;
  double legend_y;
  int    width;
  int    height;
} Geometry;

struct _PasChartHeatmap
{
  GtkWidget      parent_instance;
  PasIndicators *indicators;
  /* Computed once per data or style: measure() is called many times,
   * and the geometry measures every name. */
  Geometry       geometry;
  gboolean       geometry_valid;
};

G_DEFINE_FINAL_TYPE (PasChartHeatmap, pas_chart_heatmap, GTK_TYPE_WIDGET)

static guint
get_n_rows (PasChartHeatmap *self)
{
  return self->indicators ? self->indicators->departments->len : 0;
}

static guint
get_n_columns (PasChartHeatmap *self)
{
  return self->indicators ? self->indicators->skills->len : 0;
}

static const char *
get_row_name (PasChartHeatmap *self,
              guint            row)
{
  return ((PasDepartmentIndicators *) g_ptr_array_index (self->indicators->departments, row))->name;
}

static const char *
get_column_name (PasChartHeatmap *self,
                 guint            column)
{
  return ((PasSkillIndicators *) g_ptr_array_index (self->indicators->skills, column))->name;
}

static PangoLayout *
create_column_layout (PasChartHeatmap *self,
                      guint            column)
{
  PangoLayout *layout = pas_chart_layout_new (GTK_WIDGET (self), get_column_name (self, column), TRUE);

  pango_layout_set_width (layout, MAX_COLUMN_LABEL * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

static void
measure_geometry (PasChartHeatmap *self,
                  Geometry        *geometry)
{
  double slant = SLANT_DEGREES * G_PI / 180;
  guint n_rows = get_n_rows (self), n_columns = get_n_columns (self);
  int widest_column = 0;

  *geometry = (Geometry) { 0 };
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(PangoLayout) layout = pas_chart_layout_new (GTK_WIDGET (self), get_row_name (self, i), FALSE);
      int width, height;

      pas_chart_get_layout_size (layout, &width, &height);
      geometry->row_label = MAX (geometry->row_label, MIN (width, MAX_ROW_LABEL));
    }
  for (guint j = 0; j < n_columns; j++)
    {
      g_autoptr(PangoLayout) layout = create_column_layout (self, j);
      int width, height;

      pas_chart_get_layout_size (layout, &width, &height);
      widest_column = MAX (widest_column, width);
      geometry->text_height = height;
    }

  geometry->header = (int) ceil (widest_column * sin (slant) + geometry->text_height * cos (slant)) + GAP;
  geometry->overhang = (int) ceil (widest_column * cos (slant));
  geometry->grid_x = geometry->row_label + GAP;
  geometry->grid_y = geometry->header;
  geometry->legend_y = geometry->grid_y + n_rows * CELL_HEIGHT + GAP;
  geometry->width = geometry->grid_x + n_columns * CELL_WIDTH + MAX (geometry->overhang - CELL_WIDTH / 2, 0);
  geometry->width = MAX (geometry->width, (int) geometry->grid_x + (MAX_LEVEL + 1) * LEGEND_SWATCH + 200);
  geometry->height = geometry->legend_y + LEGEND_SWATCH;
}

static void
compute_geometry (PasChartHeatmap *self,
                  Geometry        *geometry)
{
  if (!self->geometry_valid)
    {
      measure_geometry (self, &self->geometry);
      self->geometry_valid = TRUE;
    }
  *geometry = self->geometry;
}

static void
pas_chart_heatmap_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  PasChartHeatmap *self = PAS_CHART_HEATMAP (widget);
  Geometry geometry;

  if (get_n_rows (self) == 0 || get_n_columns (self) == 0)
    {
      *minimum = *natural = 0;
      return;
    }
  compute_geometry (self, &geometry);
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? geometry.width : geometry.height;
}

/* @layout is reused from cell to cell: hundreds of cells, one layout. */
static void
append_cell (GtkSnapshot           *snapshot,
             const PasChartPalette *palette,
             PangoLayout           *layout,
             double                 x,
             double                 y,
             double                 level,
             gboolean               blocking)
{
  g_autofree char *text = pas_indicators_format_number (level, 1);
  double width = CELL_WIDTH - CELL_SPACING, height = CELL_HEIGHT - CELL_SPACING;
  int text_width, text_height;
  GdkRGBA fill, ink;

  pango_layout_set_text (layout, text, -1);
  if (isfinite (level))
    {
      pas_chart_palette_heat (palette, level / MAX_LEVEL, &fill, &ink);
      pas_chart_append_rect (snapshot, &fill, x, y, width, height, 3);
    }
  else
    {
      ink = palette->dim;
      pas_chart_append_outline (snapshot, &palette->grid, x, y, width, height, 1);
    }
  if (palette->high_contrast && isfinite (level))
    pas_chart_append_outline (snapshot, &palette->foreground, x, y, width, height, 1);
  if (blocking)
    pas_chart_append_outline (snapshot, &palette->alert, x, y, width, height, 2.5);

  pas_chart_get_layout_size (layout, &text_width, &text_height);
  pas_chart_append_layout (snapshot, layout, x + (width - text_width) / 2, y + (height - text_height) / 2, &ink);
}

static void
append_legend (PasChartHeatmap       *self,
               GtkSnapshot           *snapshot,
               const PasChartPalette *palette,
               const Geometry        *geometry)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(PangoLayout) title = pas_chart_layout_new (widget, _("Level"), TRUE);
  g_autoptr(PangoLayout) blocking = pas_chart_layout_new (widget, _("Blocking zone"), TRUE);
  double y = geometry->legend_y + CELL_SPACING;
  double x = geometry->grid_x;
  int width, height;

  pas_chart_get_layout_size (title, &width, &height);
  pas_chart_append_layout (snapshot, title, geometry->grid_x - GAP - width, y + (CELL_HEIGHT - height) / 2.0,
                           &palette->dim);
  for (guint level = 0; level <= MAX_LEVEL; level++, x += LEGEND_SWATCH)
    {
      g_autofree char *text = g_strdup_printf ("%u", level);
      g_autoptr(PangoLayout) layout = pas_chart_layout_new (widget, text, TRUE);
      GdkRGBA fill, ink;

      pas_chart_palette_heat (palette, (double) level / MAX_LEVEL, &fill, &ink);
      pas_chart_append_rect (snapshot, &fill, x, y, LEGEND_SWATCH - CELL_SPACING, CELL_HEIGHT - 2 * CELL_SPACING,
                             3);
      pas_chart_get_layout_size (layout, &width, &height);
      pas_chart_append_layout (snapshot, layout, x + (LEGEND_SWATCH - CELL_SPACING - width) / 2.0,
                               y + (CELL_HEIGHT - 2 * CELL_SPACING - height) / 2.0, &ink);
    }

  x += GAP * 2;
  pas_chart_append_outline (snapshot, &palette->alert, x, y, LEGEND_SWATCH - CELL_SPACING,
                            CELL_HEIGHT - 2 * CELL_SPACING, 2.5);
  pas_chart_get_layout_size (blocking, &width, &height);
  pas_chart_append_layout (snapshot, blocking, x + LEGEND_SWATCH + GAP / 2.0,
                           y + (CELL_HEIGHT - 2 * CELL_SPACING - height) / 2.0, &palette->dim);
}

static void
pas_chart_heatmap_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  PasChartHeatmap *self = PAS_CHART_HEATMAP (widget);
  guint n_rows = get_n_rows (self), n_columns = get_n_columns (self);
  g_autoptr(PangoLayout) cell_layout = NULL;
  PasChartPalette palette;
  Geometry geometry;

  if (n_rows == 0 || n_columns == 0)
    return;

  pas_chart_palette_init (&palette, widget);
  compute_geometry (self, &geometry);
  cell_layout = pas_chart_layout_new (widget, "", TRUE);

  for (guint j = 0; j < n_columns; j++)
    {
      g_autoptr(PangoLayout) layout = create_column_layout (self, j);
      double x = geometry.grid_x + j * CELL_WIDTH + CELL_WIDTH / 2.0;

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, geometry.grid_y - GAP / 2.0));
      gtk_snapshot_rotate (snapshot, -SLANT_DEGREES);
      pas_chart_append_layout (snapshot, layout, 0, -geometry.text_height, &palette.foreground);
      gtk_snapshot_restore (snapshot);
    }

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(PangoLayout) layout = pas_chart_layout_new (widget, get_row_name (self, i), FALSE);
      double y = geometry.grid_y + i * CELL_HEIGHT;
      int width, height;

      pango_layout_set_width (layout, geometry.row_label * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pas_chart_get_layout_size (layout, &width, &height);
      pas_chart_append_layout (snapshot, layout, geometry.row_label - width, y + (CELL_HEIGHT - height) / 2.0,
                               &palette.foreground);

      for (guint j = 0; j < n_columns; j++)
        {
          const PasSkillCell *cell = pas_indicators_get_cell (self->indicators, i, j);

          append_cell (snapshot, &palette, cell_layout, geometry.grid_x + j * CELL_WIDTH, y,
                       cell->n_assessed > 0 ? cell->mean_level : NAN, cell->blocking);
        }
    }

  append_legend (self, snapshot, &palette, &geometry);
}

static gboolean
pas_chart_heatmap_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard,
                                 GtkTooltip *tooltip)
{
  PasChartHeatmap *self = PAS_CHART_HEATMAP (widget);
  g_autofree char *level = NULL;
  g_autofree char *completion = NULL;
  g_autofree char *text = NULL;
  const PasSkillCell *cell;
  Geometry geometry;
  int row, column;

  if (keyboard || get_n_rows (self) == 0 || get_n_columns (self) == 0)
    return FALSE;
  compute_geometry (self, &geometry);
  if (x < geometry.grid_x || y < geometry.grid_y)
    return FALSE;
  column = (x - geometry.grid_x) / CELL_WIDTH;
  row = (y - geometry.grid_y) / CELL_HEIGHT;
  if (column >= (int) get_n_columns (self) || row >= (int) get_n_rows (self))
    return FALSE;

  cell = pas_indicators_get_cell (self->indicators, row, column);
  level = pas_indicators_format_number (cell->mean_level, 1);
  completion = pas_indicators_format_percent (cell->completion);
  /* Translators: the tooltip of a heatmap cell: a department, a skill,
   * the average level and how many people it is over, then the
   * completion of the matching training and over how many enrollments */
  text = g_strdup_printf (ngettext ("%s, “%s”\nLevel %s, %u assessed\nTraining completed: %s of %u enrollment",
                                    "%s, “%s”\nLevel %s, %u assessed\nTraining completed: %s of %u enrollments",
                                    cell->n_enrollments),
                          get_row_name (self, row), get_column_name (self, column),
                          level, cell->n_assessed, completion, cell->n_enrollments);
  if (cell->blocking)
    {
      g_autofree char *marked = g_strdup_printf ("%s\n%s", text, _("Blocking zone"));
      gtk_tooltip_set_text (tooltip, marked);
    }
  else
    gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
pas_chart_heatmap_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (pas_chart_heatmap_parent_class)->css_changed (widget, change);
  PAS_CHART_HEATMAP (widget)->geometry_valid = FALSE;
  gtk_widget_queue_resize (widget);
}

static void
pas_chart_heatmap_finalize (GObject *object)
{
  PasChartHeatmap *self = (PasChartHeatmap *)object;

  g_clear_pointer (&self->indicators, pas_indicators_unref);

  G_OBJECT_CLASS (pas_chart_heatmap_parent_class)->finalize (object);
}

static void
pas_chart_heatmap_class_init (PasChartHeatmapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pas_chart_heatmap_finalize;
  widget_class->measure = pas_chart_heatmap_measure;
  widget_class->snapshot = pas_chart_heatmap_snapshot;
  widget_class->query_tooltip = pas_chart_heatmap_query_tooltip;
  widget_class->css_changed = pas_chart_heatmap_css_changed;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pas_chart_heatmap_init (PasChartHeatmap *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
pas_chart_heatmap_new (void)
{
  return g_object_new (PAS_TYPE_CHART_HEATMAP, NULL);
}

void
pas_chart_heatmap_set_indicators (PasChartHeatmap *self,
                                  PasIndicators   *indicators)
{
  g_return_if_fail (PAS_IS_CHART_HEATMAP (self));

  if (indicators != NULL)
    pas_indicators_ref (indicators);
  g_clear_pointer (&self->indicators, pas_indicators_unref);
  self->indicators = indicators;
  self->geometry_valid = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
