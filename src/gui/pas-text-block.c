/* pas-text-block.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-text-block"

#include "config.h"

#include "pas-text-block.h"

/* A title and an optional subtitle under it, both wrapped, drawn by one
 * widget: what an AdwActionRow shows with a dozen widgets and two
 * wrapped labels, or a row of the feedback list. GTK 4.8 measures a wrapped label at several widths,
 * shaping its text again each time; the outcome of a workshop holds
 * dozens of such rows, and switching workshops measured them all. Here
 * the text is shaped once per width it is given. */
struct _PasTextBlock
{
  GtkWidget    parent_instance;
  PangoLayout *title;
  PangoLayout *subtitle;  /* empty when there is none */
  int          width;     /* the layouts' wrapping width, -1 before any */
};

G_DEFINE_FINAL_TYPE (PasTextBlock, pas_text_block, GTK_TYPE_WIDGET)

/* libadwaita's .dim-label, and the .subtitle of its rows (font-size: smaller). */
#define DIM_OPACITY 0.55
#define SUBTITLE_SCALE PANGO_SCALE_SMALL
#define SPACING 3
/* What it asks for across: the lines wrap in whatever width it gets. */
#define MINIMUM_WIDTH 120
#define NOMINAL_WIDTH 480

static gboolean
has_subtitle (PasTextBlock *self)
{
  return *pango_layout_get_text (self->subtitle) != '\0';
}

static int
get_height_for_width (PasTextBlock *self,
                      int           width)
{
  int title_height, subtitle_height = 0;

  if (width != self->width)
    {
      self->width = width;
      pango_layout_set_width (self->title, width * PANGO_SCALE);
      pango_layout_set_width (self->subtitle, width * PANGO_SCALE);
    }
  pango_layout_get_pixel_size (self->title, NULL, &title_height);
  if (has_subtitle (self))
    {
      pango_layout_get_pixel_size (self->subtitle, NULL, &subtitle_height);
      subtitle_height += SPACING;
    }
  return title_height + subtitle_height;
}

static GtkSizeRequestMode
pas_text_block_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
pas_text_block_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  PasTextBlock *self = PAS_TEXT_BLOCK (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MINIMUM_WIDTH;
      *natural = NOMINAL_WIDTH;
      return;
    }
  *minimum = *natural = get_height_for_width (self, for_size >= 0 ? MAX (for_size, MINIMUM_WIDTH) : NOMINAL_WIDTH);
}

static void
pas_text_block_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  PasTextBlock *self = PAS_TEXT_BLOCK (widget);
  PangoAlignment alignment = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;

  get_height_for_width (self, MAX (width, 1));
  pango_layout_set_alignment (self->title, alignment);
  pango_layout_set_alignment (self->subtitle, alignment);
}

static void
pas_text_block_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PasTextBlock *self = PAS_TEXT_BLOCK (widget);
  GdkRGBA color, dim_color;
  int title_height;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dim_color = color;
  dim_color.alpha *= DIM_OPACITY;

  gtk_snapshot_append_layout (snapshot, self->title, &color);
  if (!has_subtitle (self))
    return;
  pango_layout_get_pixel_size (self->title, NULL, &title_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, title_height + SPACING));
  gtk_snapshot_append_layout (snapshot, self->subtitle, &dim_color);
  gtk_snapshot_restore (snapshot);
}

static void
pas_text_block_finalize (GObject *object)
{
  PasTextBlock *self = (PasTextBlock *)object;

  g_clear_object (&self->title);
  g_clear_object (&self->subtitle);

  G_OBJECT_CLASS (pas_text_block_parent_class)->finalize (object);
}

static void
pas_text_block_class_init (PasTextBlockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pas_text_block_finalize;
  widget_class->get_request_mode = pas_text_block_get_request_mode;
  widget_class->measure = pas_text_block_measure;
  widget_class->size_allocate = pas_text_block_size_allocate;
  widget_class->snapshot = pas_text_block_snapshot;
  gtk_widget_class_set_css_name (widget_class, "text-block");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
pas_text_block_init (PasTextBlock *self)
{
  g_autoptr(PangoAttrList) small = pango_attr_list_new ();

  /* The layouts follow the widget's font: Pango notices a change of
   * its context, the text-scaling setting included. */
  self->width = -1;
  self->title = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  pango_layout_set_wrap (self->title, PANGO_WRAP_WORD_CHAR);
  self->subtitle = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  pango_layout_set_wrap (self->subtitle, PANGO_WRAP_WORD_CHAR);
  pango_attr_list_insert (small, pango_attr_scale_new (SUBTITLE_SCALE));
  pango_layout_set_attributes (self->subtitle, small);
}

GtkWidget *
pas_text_block_new (void)
{
  return g_object_new (PAS_TYPE_TEXT_BLOCK, NULL);
}

/**
 * pas_text_block_set_text:
 * @subtitle: (nullable): shown dimmed and smaller under @title
 *
 * Also gives the widget its accessible name (the title) and
 * description (the subtitle), as an AdwActionRow does.
 */
void
pas_text_block_set_text (PasTextBlock *self,
                         const char   *title,
                         const char   *subtitle)
{
  g_return_if_fail (PAS_IS_TEXT_BLOCK (self));
  g_return_if_fail (title != NULL);

  if (subtitle == NULL)
    subtitle = "";
  if (g_str_equal (title, pango_layout_get_text (self->title)) &&
      g_str_equal (subtitle, pango_layout_get_text (self->subtitle)))
    return;
  pango_layout_set_text (self->title, title, -1);
  pango_layout_set_text (self->subtitle, subtitle, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * pas_text_block_set_lines:
 * @title_lines: how many lines the title may take, ellipsized beyond;
 *   0 for as many as it needs
 *
 * The subtitle then takes one line, ellipsized too.
 */
void
pas_text_block_set_lines (PasTextBlock *self,
                          int           title_lines)
{
  g_return_if_fail (PAS_IS_TEXT_BLOCK (self));

  pango_layout_set_ellipsize (self->title, title_lines > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_height (self->title, title_lines > 0 ? -title_lines : -1);
  pango_layout_set_ellipsize (self->subtitle, title_lines > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_height (self->subtitle, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
pas_text_block_get_title (PasTextBlock *self)
{
  g_return_val_if_fail (PAS_IS_TEXT_BLOCK (self), NULL);
  return pango_layout_get_text (self->title);
}

const char *
pas_text_block_get_subtitle (PasTextBlock *self)
{
  g_return_val_if_fail (PAS_IS_TEXT_BLOCK (self), NULL);
  return pango_layout_get_text (self->subtitle);
}

/**
 * pas_text_block_new_row:
 * @icon_name: (nullable): an icon before the text, as a row's prefix
 * @subtitle: (nullable): the subtitle
 *
 * Returns: (transfer floating): a row for a boxed list, padded as an
 *   AdwActionRow, named after its title and described by its subtitle.
 *   Its #PasTextBlock is the last child of its box.
 */
GtkWidget *
pas_text_block_new_row (const char *icon_name,
                        const char *title,
                        const char *subtitle)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = pas_text_block_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "text-block-row");
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (text, TRUE);
  if (icon_name != NULL)
    gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_IMAGE,
                                                 "icon-name", icon_name,
                                                 "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                 NULL));
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  pas_text_block_set_text (PAS_TEXT_BLOCK (text), title, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle ? subtitle : "",
                                  -1);
  return row;
}
