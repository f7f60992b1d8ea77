/* pas-people-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-people-page"

#include "config.h"

#include "pas-people-page.h"

/* People and departments belong to the workspace, not to a project. */
struct _PasPeoplePage
{
  PasSectionPage  parent_instance;
};

G_DEFINE_FINAL_TYPE (PasPeoplePage, pas_people_page, PAS_TYPE_SECTION_PAGE)

static void
pas_people_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PAS_TYPE_PEOPLE_PAGE);

  G_OBJECT_CLASS (pas_people_page_parent_class)->dispose (object);
}

static void
pas_people_page_class_init (PasPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pas_people_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-people-page.ui");
}

static void
pas_people_page_init (PasPeoplePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
