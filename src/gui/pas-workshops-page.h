/* pas-workshops-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-section-page.h"

G_BEGIN_DECLS

#define PAS_TYPE_WORKSHOPS_PAGE (pas_workshops_page_get_type ())

G_DECLARE_FINAL_TYPE (PasWorkshopsPage, pas_workshops_page, PAS, WORKSHOPS_PAGE, PasSectionPage)

GListModel *pas_workshops_page_get_workshops    (PasWorkshopsPage *self);
gint64      pas_workshops_page_get_selected_id  (PasWorkshopsPage *self);
gboolean    pas_workshops_page_select           (PasWorkshopsPage *self,
                                                 gint64            workshop_id);

G_END_DECLS
