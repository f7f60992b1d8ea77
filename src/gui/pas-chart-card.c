/* pas-chart-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "pas-chart-card.h"

struct _PasChartCard
{
  GtkWidget          parent_instance;

  char              *title;
  GtkWidget         *chart;
  GPtrArray         *table;          /* of GStrv, the header row first */
  char              *empty_message;  /* shown instead of the chart, NULL when there is data */
  gboolean           table_stale;
  GtkWidget         *table_grid;     /* owned by table_scroller */

  GtkLabel          *title_label;
  GtkToggleButton   *table_button;
  GtkStack          *stack;
  GtkScrolledWindow *chart_scroller;
  GtkScrolledWindow *table_scroller;
  GtkLabel          *empty_label;
};

enum { PROP_0, PROP_TITLE, PROP_CHART, PROP_SHOW_TABLE, N_PROPS };
static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (PasChartCard, pas_chart_card, GTK_TYPE_WIDGET)

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* A column of figures reads best aligned on the right. */
static gboolean
is_numeric_column (GPtrArray *table,
                   guint      column)
{
  for (guint i = 1; i < table->len; i++)
    {
      GStrv row = g_ptr_array_index (table, i);

      if (column >= g_strv_length (row))
        continue;
      if (!g_ascii_isdigit (row[column][0]) && !g_str_has_prefix (row[column], "—"))
        return FALSE;
    }
  return table->len > 1;
}

static GtkWidget *
build_table (GPtrArray *table)
{
  GtkWidget *grid = gtk_grid_new ();
  guint n_columns = table->len > 0 ? g_strv_length (g_ptr_array_index (table, 0)) : 0;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_bottom (grid, 6);

  for (guint j = 0; j < n_columns; j++)
    {
      gboolean numeric = j > 0 && is_numeric_column (table, j);

      for (guint i = 0; i < table->len; i++)
        {
          GStrv row = g_ptr_array_index (table, i);
          GtkWidget *label;

          if (j >= g_strv_length (row))
            continue;
          label = gtk_label_new (row[j]);
          gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
          /* Only long texts wrap (skill names, suggested actions): a
           * figure or a department name reads best on one line. */
          if (g_utf8_strlen (row[j], -1) > (i == 0 ? 14 : 30))
            {
              gtk_label_set_wrap (GTK_LABEL (label), TRUE);
              gtk_label_set_width_chars (GTK_LABEL (label), i == 0 ? 10 : 20);
              gtk_label_set_max_width_chars (GTK_LABEL (label), i == 0 ? 14 : 30);
            }
          if (i == 0)
            {
              gtk_widget_add_css_class (label, "heading");
              gtk_label_set_yalign (GTK_LABEL (label), 1.0);
            }
          if (numeric)
            gtk_widget_add_css_class (label, "numeric");
          gtk_grid_attach (GTK_GRID (grid), label, j, i, 1, 1);
        }
    }
  return grid;
}

static void
update_table (PasChartCard *self)
{
  if (!self->table_stale || !gtk_toggle_button_get_active (self->table_button))
    return;
  self->table_stale = FALSE;
  self->table_grid = self->table ? build_table (self->table) : NULL;
  gtk_scrolled_window_set_child (self->table_scroller, self->table_grid);
}

static void
update_page (PasChartCard *self)
{
  if (self->empty_message != NULL)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (gtk_toggle_button_get_active (self->table_button))
    gtk_stack_set_visible_child_name (self->stack, "table");
  else
    gtk_stack_set_visible_child_name (self->stack, "chart");
}

static void
on_table_toggled_cb (PasChartCard *self)
{
  update_table (self);
  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHOW_TABLE]);
}

static void
pas_chart_card_dispose (GObject *object)
{
  PasChartCard *self = (PasChartCard *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PAS_TYPE_CHART_CARD);
  /* The header is not a template child of its own. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->chart = NULL;
  self->table_grid = NULL;

  G_OBJECT_CLASS (pas_chart_card_parent_class)->dispose (object);
}

static void
pas_chart_card_finalize (GObject *object)
{
  PasChartCard *self = (PasChartCard *)object;

  g_free (self->title);
  g_free (self->empty_message);
  g_clear_pointer (&self->table, g_ptr_array_unref);

  G_OBJECT_CLASS (pas_chart_card_parent_class)->finalize (object);
}

static void
pas_chart_card_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PasChartCard *self = PAS_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;
    case PROP_SHOW_TABLE:
      g_value_set_boolean (value, pas_chart_card_get_show_table (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pas_chart_card_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PasChartCard *self = PAS_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pas_chart_card_set_title (self, g_value_get_string (value));
      break;
    case PROP_CHART:
      pas_chart_card_set_chart (self, g_value_get_object (value));
      break;
    case PROP_SHOW_TABLE:
      pas_chart_card_set_show_table (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pas_chart_card_class_init (PasChartCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_chart_card_dispose;
  object_class->finalize = pas_chart_card_finalize;
  object_class->get_property = pas_chart_card_get_property;
  object_class->set_property = pas_chart_card_set_property;

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_SHOW_TABLE] =
    g_param_spec_boolean ("show-table", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-chart-card.ui");
  gtk_widget_class_bind_template_child (widget_class, PasChartCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, PasChartCard, table_button);
  gtk_widget_class_bind_template_child (widget_class, PasChartCard, stack);
  gtk_widget_class_bind_template_child (widget_class, PasChartCard, chart_scroller);
  gtk_widget_class_bind_template_child (widget_class, PasChartCard, table_scroller);
  gtk_widget_class_bind_template_child (widget_class, PasChartCard, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_table_toggled_cb);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pas_chart_card_init (PasChartCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_page (self);
}

const char *
pas_chart_card_get_title (PasChartCard *self)
{
  g_return_val_if_fail (PAS_IS_CHART_CARD (self), NULL);
  return self->title;
}

void
pas_chart_card_set_title (PasChartCard *self,
                          const char   *title)
{
  g_autofree char *button_description = NULL;

  g_return_if_fail (PAS_IS_CHART_CARD (self));

  if (!set_string (&self->title, title))
    return;
  gtk_label_set_label (self->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  if (self->chart != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  /* Translators: the accessible description of a chart's "Show as Table"
   * button; %s is the chart's title */
  button_description = g_strdup_printf (_("Shows “%s” as a table of numbers"), title ? title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, button_description,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

GtkWidget *
pas_chart_card_get_chart (PasChartCard *self)
{
  g_return_val_if_fail (PAS_IS_CHART_CARD (self), NULL);
  return self->chart;
}

void
pas_chart_card_set_chart (PasChartCard *self,
                          GtkWidget    *chart)
{
  g_return_if_fail (PAS_IS_CHART_CARD (self));
  g_return_if_fail (chart == NULL || GTK_IS_WIDGET (chart));

  if (self->chart == chart)
    return;
  self->chart = chart;
  gtk_scrolled_window_set_child (self->chart_scroller, chart);
  if (chart != NULL && self->title != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL, self->title, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHART]);
}

gboolean
pas_chart_card_get_show_table (PasChartCard *self)
{
  g_return_val_if_fail (PAS_IS_CHART_CARD (self), FALSE);
  return gtk_toggle_button_get_active (self->table_button);
}

void
pas_chart_card_set_show_table (PasChartCard *self,
                               gboolean      show_table)
{
  g_return_if_fail (PAS_IS_CHART_CARD (self));
  /* The button's toggled handler does the rest. */
  gtk_toggle_button_set_active (self->table_button, show_table);
}

/**
 * pas_chart_card_set_data:
 * @description: the chart's data in words, for screen readers
 * @table: (nullable): rows of cells (NULL-terminated string arrays), the
 *   header row first
 * @empty_message: (nullable): shown instead of the chart when there is
 *   nothing to draw
 */
void
pas_chart_card_set_data (PasChartCard *self,
                         const char   *description,
                         GPtrArray    *table,
                         const char   *empty_message)
{
  g_return_if_fail (PAS_IS_CHART_CARD (self));

  if (self->chart != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                    -1);
  if (table != NULL)
    g_ptr_array_ref (table);
  g_clear_pointer (&self->table, g_ptr_array_unref);
  self->table = table;
  self->table_stale = TRUE;
  set_string (&self->empty_message, empty_message);
  gtk_label_set_label (self->empty_label, empty_message ? empty_message : "");

  update_table (self);
  update_page (self);
}

/* The table shown by "Show as Table": a GtkGrid of labels, or %NULL
 * while it has not been asked for. */
GtkWidget *
pas_chart_card_get_table (PasChartCard *self)
{
  g_return_val_if_fail (PAS_IS_CHART_CARD (self), NULL);
  return self->table_grid;
}
