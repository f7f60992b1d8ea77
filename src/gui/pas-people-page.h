/* pas-people-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-section-page.h"

G_BEGIN_DECLS

#define PAS_TYPE_PEOPLE_PAGE (pas_people_page_get_type ())

G_DECLARE_FINAL_TYPE (PasPeoplePage, pas_people_page, PAS, PEOPLE_PAGE, PasSectionPage)

void pas_people_page_show_person (PasPeoplePage *self,
                                  gint64         person_id);

G_END_DECLS
