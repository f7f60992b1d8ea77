/* pas-person-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pas-person-row.h"

/* A row of the people list: one widget drawing its columns' text, where
 * a column view makes a widget per cell. GTK 4.8 builds every row of a
 * list again when a search changes them, so a light row is what keeps
 * the search smooth with thousands of people. The row's accessible name,
 * the whole person in a sentence, is given by whoever binds it. */
struct _PasPersonRow
{
  GtkWidget    parent_instance;
  PangoLayout *layouts[PAS_PEOPLE_N_SORTS];
  guint        dim;  /* a bit per column */
};

G_DEFINE_FINAL_TYPE (PasPersonRow, pas_person_row, GTK_TYPE_WIDGET)

/* The dimmed text of libadwaita's .dim-label. */
#define DIM_OPACITY 0.55

static void
pas_person_row_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  PasPersonRow *self = PAS_PERSON_ROW (widget);
  int height = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Each column can shrink to a few letters, ellipsized. */
      *minimum = PAS_PEOPLE_N_SORTS * 3 * PAS_PEOPLE_COLUMN_GAP;
      *natural = *minimum * 3;
      return;
    }
  for (guint i = 0; i < PAS_PEOPLE_N_SORTS; i++)
    {
      int line_height;

      pango_layout_get_pixel_size (self->layouts[i], NULL, &line_height);
      height = MAX (height, line_height);
    }
  *minimum = *natural = height;
}

static void
pas_person_row_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  PasPersonRow *self = PAS_PERSON_ROW (widget);
  GtkTextDirection direction = gtk_widget_get_direction (widget);

  for (guint i = 0; i < PAS_PEOPLE_N_SORTS; i++)
    {
      int x, column_width;

      pas_people_column_place (i, width, direction, &x, &column_width);
      pango_layout_set_width (self->layouts[i], column_width * PANGO_SCALE);
      pango_layout_set_alignment (self->layouts[i], direction == GTK_TEXT_DIR_RTL ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
}

static void
pas_person_row_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PasPersonRow *self = PAS_PERSON_ROW (widget);
  GtkTextDirection direction = gtk_widget_get_direction (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA color, dim_color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  dim_color = color;
  dim_color.alpha *= DIM_OPACITY;
  for (guint i = 0; i < PAS_PEOPLE_N_SORTS; i++)
    {
      int x, column_width, line_height;

      pas_people_column_place (i, width, direction, &x, &column_width);
      pango_layout_get_pixel_size (self->layouts[i], NULL, &line_height);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, (height - line_height) / 2));
      gtk_snapshot_append_layout (snapshot, self->layouts[i], self->dim & (1u << i) ? &dim_color : &color);
      gtk_snapshot_restore (snapshot);
    }
}

static void
pas_person_row_finalize (GObject *object)
{
  PasPersonRow *self = (PasPersonRow *)object;

  for (guint i = 0; i < PAS_PEOPLE_N_SORTS; i++)
    g_clear_object (&self->layouts[i]);

  G_OBJECT_CLASS (pas_person_row_parent_class)->finalize (object);
}

static void
pas_person_row_class_init (PasPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pas_person_row_finalize;
  widget_class->measure = pas_person_row_measure;
  widget_class->size_allocate = pas_person_row_size_allocate;
  widget_class->snapshot = pas_person_row_snapshot;
  gtk_widget_class_set_css_name (widget_class, "person-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
pas_person_row_init (PasPersonRow *self)
{
  /* The layouts follow the widget's font: Pango notices a change of
   * its context, the text-scaling setting included. */
  for (guint i = 0; i < PAS_PEOPLE_N_SORTS; i++)
    {
      self->layouts[i] = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
      pango_layout_set_ellipsize (self->layouts[i], PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (self->layouts[i], TRUE);
    }
}

GtkWidget *
pas_person_row_new (void)
{
  return g_object_new (PAS_TYPE_PERSON_ROW, NULL);
}

/**
 * pas_person_row_set_text:
 * @text: (nullable): what @column shows
 * @dim: whether it is shown dimmed, as something missing
 */
void
pas_person_row_set_text (PasPersonRow  *self,
                         PasPeopleSort  column,
                         const char    *text,
                         gboolean       dim)
{
  g_return_if_fail (PAS_IS_PERSON_ROW (self));
  g_return_if_fail (column < PAS_PEOPLE_N_SORTS);

  pango_layout_set_text (self->layouts[column], text ? text : "", -1);
  if (dim)
    self->dim |= 1u << column;
  else
    self->dim &= ~(1u << column);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
pas_person_row_get_text (PasPersonRow  *self,
                         PasPeopleSort  column)
{
  g_return_val_if_fail (PAS_IS_PERSON_ROW (self), NULL);
  g_return_val_if_fail (column < PAS_PEOPLE_N_SORTS, NULL);

  return pango_layout_get_text (self->layouts[column]);
}
