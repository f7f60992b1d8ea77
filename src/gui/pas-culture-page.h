/* pas-culture-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-section-page.h"

G_BEGIN_DECLS

#define PAS_TYPE_CULTURE_PAGE (pas_culture_page_get_type ())

G_DECLARE_FINAL_TYPE (PasCulturePage, pas_culture_page, PAS, CULTURE_PAGE, PasSectionPage)

G_END_DECLS
