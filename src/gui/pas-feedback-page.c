/* pas-feedback-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-feedback-page"

#include "config.h"

#include "pas-feedback-page.h"

struct _PasFeedbackPage
{
  PasSectionPage  parent_instance;
  GtkStack       *stack;
};

G_DEFINE_FINAL_TYPE (PasFeedbackPage, pas_feedback_page, PAS_TYPE_SECTION_PAGE)

static void
pas_feedback_page_context_changed (PasSectionPage *page)
{
  PasFeedbackPage *self = (PasFeedbackPage *)page;
  gboolean has_project = pas_section_page_get_project_id (page) > 0;

  gtk_stack_set_visible_child_name (self->stack, has_project ? "empty" : "no-project");
}

static void
pas_feedback_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PAS_TYPE_FEEDBACK_PAGE);

  G_OBJECT_CLASS (pas_feedback_page_parent_class)->dispose (object);
}

static void
pas_feedback_page_class_init (PasFeedbackPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PasSectionPageClass *page_class = PAS_SECTION_PAGE_CLASS (klass);

  object_class->dispose = pas_feedback_page_dispose;
  page_class->context_changed = pas_feedback_page_context_changed;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/passerelle/Passerelle/pas-feedback-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PasFeedbackPage, stack);
}

static void
pas_feedback_page_init (PasFeedbackPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
