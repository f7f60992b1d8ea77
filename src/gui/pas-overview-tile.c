/* pas-overview-tile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-overview"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-overview-format.h"
#include "pas-overview-tile.h"

struct _PasOverviewTile
{
  GtkFlowBoxChild  parent_instance;

  PasIndicator     indicator;
  char            *trend_text;
  GtkWidget       *popover;

  GtkLabel        *name_label;
  GtkLabel        *value_label;
  GtkLabel        *context_label;
  GtkWidget       *trend_box;
  GtkImage        *trend_icon;
  GtkLabel        *trend_label;
};

enum { PROP_0, PROP_INDICATOR, N_PROPS };
static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (PasOverviewTile, pas_overview_tile, GTK_TYPE_FLOW_BOX_CHILD)

static const char * const judgement_classes[] = { "success", "error", "dim-label" };

static GtkWidget *
create_popover (PasOverviewTile *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (pas_indicator_get_name (self->indicator));
  GtkWidget *definition = gtk_label_new (pas_indicator_get_definition (self->indicator));

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (definition), 0);
  gtk_label_set_wrap (GTK_LABEL (definition), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (definition), 48);
  gtk_label_set_width_chars (GTK_LABEL (definition), 30);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), definition);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  return popover;
}

static void
update_accessible_label (PasOverviewTile *self)
{
  g_autoptr(GString) label = g_string_new (NULL);
  const char *context = gtk_label_get_label (self->context_label);

  /* Translators: a tile's accessible name: an indicator and its value */
  g_string_printf (label, _("%s: %s"), pas_indicator_get_name (self->indicator),
                   gtk_label_get_label (self->value_label));
  if (context != NULL && *context != '\0')
    g_string_append_printf (label, ". %s", context);
  if (self->trend_text != NULL)
    g_string_append_printf (label, ". %s", self->trend_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label->str, -1);
}

static void
pas_overview_tile_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  PasOverviewTile *self = PAS_OVERVIEW_TILE (widget);

  GTK_WIDGET_CLASS (pas_overview_tile_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
pas_overview_tile_constructed (GObject *object)
{
  PasOverviewTile *self = (PasOverviewTile *)object;
  const char *definition = pas_indicator_get_definition (self->indicator);

  G_OBJECT_CLASS (pas_overview_tile_parent_class)->constructed (object);

  gtk_label_set_label (self->name_label, pas_indicator_get_name (self->indicator));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), definition);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, definition, -1);
  gtk_widget_set_visible (self->trend_box, FALSE);
  self->popover = create_popover (self);
  update_accessible_label (self);
}

static void
pas_overview_tile_dispose (GObject *object)
{
  PasOverviewTile *self = (PasOverviewTile *)object;

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_OVERVIEW_TILE);

  G_OBJECT_CLASS (pas_overview_tile_parent_class)->dispose (object);
}

static void
pas_overview_tile_finalize (GObject *object)
{
  PasOverviewTile *self = (PasOverviewTile *)object;

  g_free (self->trend_text);

  G_OBJECT_CLASS (pas_overview_tile_parent_class)->finalize (object);
}

static void
pas_overview_tile_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PasOverviewTile *self = PAS_OVERVIEW_TILE (object);

  switch (prop_id)
    {
    case PROP_INDICATOR:
      g_value_set_uint (value, self->indicator);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pas_overview_tile_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PasOverviewTile *self = PAS_OVERVIEW_TILE (object);

  switch (prop_id)
    {
    case PROP_INDICATOR:
      self->indicator = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pas_overview_tile_class_init (PasOverviewTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pas_overview_tile_constructed;
  object_class->dispose = pas_overview_tile_dispose;
  object_class->finalize = pas_overview_tile_finalize;
  object_class->get_property = pas_overview_tile_get_property;
  object_class->set_property = pas_overview_tile_set_property;
  widget_class->size_allocate = pas_overview_tile_size_allocate;

  properties [PROP_INDICATOR] =
    g_param_spec_uint ("indicator", NULL, NULL,
                       0, PAS_N_INDICATORS - 1, 0,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-overview-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, PasOverviewTile, name_label);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewTile, value_label);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewTile, context_label);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewTile, trend_box);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewTile, trend_icon);
  gtk_widget_class_bind_template_child (widget_class, PasOverviewTile, trend_label);
}

static void
pas_overview_tile_init (PasOverviewTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pas_overview_tile_new (PasIndicator indicator)
{
  g_return_val_if_fail (indicator < PAS_N_INDICATORS, NULL);

  return g_object_new (PAS_TYPE_OVERVIEW_TILE,
                       "indicator", indicator,
                       NULL);
}

PasIndicator
pas_overview_tile_get_indicator (PasOverviewTile *self)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_TILE (self), 0);
  return self->indicator;
}

/**
 * pas_overview_tile_update:
 * @compare: whether the previous period means something
 *
 * Shows the tile's indicator from @indicators.
 */
void
pas_overview_tile_update (PasOverviewTile     *self,
                          const PasIndicators *indicators,
                          gboolean             compare)
{
  const PasIndicatorValue *value;
  g_autofree char *text = NULL;
  g_autofree char *context = NULL;
  PasTrend trend = PAS_TREND_NONE;
  int judgement;

  g_return_if_fail (PAS_IS_OVERVIEW_TILE (self));
  g_return_if_fail (indicators != NULL);

  value = pas_indicators_get (indicators, self->indicator);
  text = pas_indicators_format (indicators, self->indicator);
  context = pas_overview_format_context (indicators, self->indicator);
  g_free (self->trend_text);
  self->trend_text = compare ? pas_overview_format_trend (self->indicator, value->value, value->previous, &trend)
                             : NULL;

  gtk_label_set_label (self->value_label, text);
  gtk_label_set_label (self->context_label, context ? context : "");
  gtk_widget_set_visible (GTK_WIDGET (self->context_label), context != NULL);

  gtk_widget_set_visible (self->trend_box, self->trend_text != NULL);
  gtk_label_set_label (self->trend_label, self->trend_text ? self->trend_text : "");
  gtk_image_set_from_icon_name (self->trend_icon,
                                trend == PAS_TREND_UP ? "go-up-symbolic"
                                : trend == PAS_TREND_DOWN ? "go-down-symbolic"
                                : "go-next-symbolic");
  /* The words say which way it went; the colour only adds whether it is good news. */
  for (guint i = 0; i < G_N_ELEMENTS (judgement_classes); i++)
    gtk_widget_remove_css_class (self->trend_box, judgement_classes[i]);
  judgement = pas_overview_judge_trend (self->indicator, trend);
  gtk_widget_add_css_class (self->trend_box, judgement > 0 ? "success" : judgement < 0 ? "error" : "dim-label");

  update_accessible_label (self);
}

const char *
pas_overview_tile_get_value_text (PasOverviewTile *self)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_TILE (self), NULL);
  return gtk_label_get_label (self->value_label);
}

/* The trend in words, or %NULL when none is shown. */
const char *
pas_overview_tile_get_trend_text (PasOverviewTile *self)
{
  g_return_val_if_fail (PAS_IS_OVERVIEW_TILE (self), NULL);
  return self->trend_text;
}

/* The definition in a popover, for those who cannot hover. */
void
pas_overview_tile_show_definition (PasOverviewTile *self)
{
  g_return_if_fail (PAS_IS_OVERVIEW_TILE (self));
  gtk_popover_popup (GTK_POPOVER (self->popover));
}
