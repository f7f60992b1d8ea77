/* pas-section-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_SECTION_PAGE (pas_section_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (PasSectionPage, pas_section_page, PAS, SECTION_PAGE, GtkWidget)

/* The parent of every page of the sidebar: the window gives each page the
 * open workspace and the selected project (0 when there is none). */
struct _PasSectionPageClass
{
  GtkWidgetClass parent_class;

  /* Called when the workspace or the project changes. */
  void (*context_changed) (PasSectionPage *self);
};

PasWorkspace *pas_section_page_get_workspace  (PasSectionPage *self);
void          pas_section_page_set_workspace  (PasSectionPage *self,
                                               PasWorkspace   *workspace);
gint64        pas_section_page_get_project_id (PasSectionPage *self);
void          pas_section_page_set_project_id (PasSectionPage *self,
                                               gint64          project_id);

G_END_DECLS
