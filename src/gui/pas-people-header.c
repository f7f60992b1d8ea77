/* pas-people-header.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "pas-people-header.h"

/* The titles of the people list's columns, placed as its rows place
 * their text. A click sorts by the column; a second one reverses the
 * order, as in a column view. The sorting itself is the list's, in SQL:
 * the header only says which, with notify::sort. */
struct _PasPeopleHeader
{
  GtkWidget      parent_instance;
  GtkWidget     *buttons[PAS_PEOPLE_N_SORTS];
  GtkWidget     *arrows[PAS_PEOPLE_N_SORTS];
  PasPeopleSort  sort;
  gboolean       descending;
};

G_DEFINE_FINAL_TYPE (PasPeopleHeader, pas_people_header, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SORT,
  PROP_DESCENDING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
show_sort (PasPeopleHeader *self)
{
  for (guint i = 0; i < PAS_PEOPLE_N_SORTS; i++)
    {
      gboolean sorted = i == self->sort;

      gtk_widget_set_visible (self->arrows[i], sorted);
      gtk_image_set_from_icon_name (GTK_IMAGE (self->arrows[i]),
                                    sorted && self->descending ? "pan-down-symbolic" : "pan-up-symbolic");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      !sorted ? _("Sort by this column")
                                      : self->descending ? _("Sorted in descending order, activate to sort in ascending order")
                                      : _("Sorted in ascending order, activate to sort in descending order"),
                                      -1);
    }
}

static void
on_clicked_cb (GtkButton       *button,
               PasPeopleHeader *self)
{
  PasPeopleSort column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "column"));

  g_object_freeze_notify (G_OBJECT (self));
  if (column == self->sort)
    {
      self->descending = !self->descending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCENDING]);
    }
  else
    {
      self->sort = column;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
      if (self->descending)
        {
          self->descending = FALSE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCENDING]);
        }
    }
  show_sort (self);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
pas_people_header_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  PasPeopleHeader *self = PAS_PEOPLE_HEADER (widget);

  *minimum = *natural = 0;
  for (guint i = 0; i < PAS_PEOPLE_N_SORTS; i++)
    {
      int child_minimum, child_natural;

      gtk_widget_measure (self->buttons[i], orientation, -1, &child_minimum, &child_natural, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          *minimum += child_minimum + PAS_PEOPLE_COLUMN_GAP;
          *natural += child_natural + PAS_PEOPLE_COLUMN_GAP;
        }
      else
        {
          *minimum = MAX (*minimum, child_minimum);
          *natural = MAX (*natural, child_natural);
        }
    }
}

static void
pas_people_header_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  PasPeopleHeader *self = PAS_PEOPLE_HEADER (widget);
  GtkTextDirection direction = gtk_widget_get_direction (widget);

  for (guint i = 0; i < PAS_PEOPLE_N_SORTS; i++)
    {
      int x, column_width, minimum;

      pas_people_column_place (i, width, direction, &x, &column_width);
      gtk_widget_measure (self->buttons[i], GTK_ORIENTATION_HORIZONTAL, height, &minimum, NULL, NULL, NULL);
      gtk_widget_size_allocate (self->buttons[i],
                                &(GtkAllocation) { x, 0, MAX (column_width, minimum), height },
                                -1);
    }
}

static void
pas_people_header_dispose (GObject *object)
{
  PasPeopleHeader *self = (PasPeopleHeader *)object;

  for (guint i = 0; i < PAS_PEOPLE_N_SORTS; i++)
    g_clear_pointer (&self->buttons[i], gtk_widget_unparent);

  G_OBJECT_CLASS (pas_people_header_parent_class)->dispose (object);
}

static void
pas_people_header_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PasPeopleHeader *self = PAS_PEOPLE_HEADER (object);

  switch (prop_id)
    {
    case PROP_SORT:
      g_value_set_int (value, self->sort);
      break;
    case PROP_DESCENDING:
      g_value_set_boolean (value, self->descending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pas_people_header_class_init (PasPeopleHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_people_header_dispose;
  object_class->get_property = pas_people_header_get_property;
  widget_class->measure = pas_people_header_measure;
  widget_class->size_allocate = pas_people_header_size_allocate;

  properties[PROP_SORT] =
    g_param_spec_int ("sort", NULL, NULL, 0, PAS_PEOPLE_N_SORTS - 1, PAS_PEOPLE_SORT_NAME,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCENDING] =
    g_param_spec_boolean ("descending", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "people-header");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pas_people_header_init (PasPeopleHeader *self)
{
  for (guint i = 0; i < PAS_PEOPLE_N_SORTS; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *title = gtk_label_new (pas_people_column_get_title (i));

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (box), title);
      self->arrows[i] = gtk_image_new ();
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->arrows[i]), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (box), self->arrows[i]);

      self->buttons[i] = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (self->buttons[i]), box);
      gtk_widget_add_css_class (self->buttons[i], "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, pas_people_column_get_title (i),
                                      -1);
      g_object_set_data (G_OBJECT (self->buttons[i]), "column", GUINT_TO_POINTER (i));
      g_signal_connect (self->buttons[i], "clicked", G_CALLBACK (on_clicked_cb), self);
      gtk_widget_set_parent (self->buttons[i], GTK_WIDGET (self));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Column titles"),
                                  -1);
  self->sort = PAS_PEOPLE_SORT_NAME;
  show_sort (self);
}

PasPeopleSort
pas_people_header_get_sort (PasPeopleHeader *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_HEADER (self), PAS_PEOPLE_SORT_NAME);
  return self->sort;
}

gboolean
pas_people_header_get_descending (PasPeopleHeader *self)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_HEADER (self), FALSE);
  return self->descending;
}

/* The button that sorts by @column, as a person clicks it. */
GtkWidget *
pas_people_header_get_button (PasPeopleHeader *self,
                              PasPeopleSort    column)
{
  g_return_val_if_fail (PAS_IS_PEOPLE_HEADER (self), NULL);
  g_return_val_if_fail (column < PAS_PEOPLE_N_SORTS, NULL);
  return self->buttons[column];
}
