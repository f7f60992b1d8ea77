/* pas-culture-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-culture-page"

#include "config.h"

#include "pas-culture-page.h"

struct _PasCulturePage
{
  PasSectionPage  parent_instance;
  GtkStack       *stack;
};

G_DEFINE_FINAL_TYPE (PasCulturePage, pas_culture_page, PAS_TYPE_SECTION_PAGE)

static void
pas_culture_page_context_changed (PasSectionPage *page)
{
  PasCulturePage *self = (PasCulturePage *)page;
  gboolean has_project = pas_section_page_get_project_id (page) > 0;

  gtk_stack_set_visible_child_name (self->stack, has_project ? "empty" : "no-project");
}

static void
pas_culture_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PAS_TYPE_CULTURE_PAGE);

  G_OBJECT_CLASS (pas_culture_page_parent_class)->dispose (object);
}

static void
pas_culture_page_class_init (PasCulturePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PasSectionPageClass *page_class = PAS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = pas_culture_page_dispose;
  page_class->context_changed = pas_culture_page_context_changed;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-culture-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PasCulturePage, stack);
}

static void
pas_culture_page_init (PasCulturePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
