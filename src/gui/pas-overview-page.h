/* pas-overview-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-section-page.h"

G_BEGIN_DECLS

#define PAS_TYPE_OVERVIEW_PAGE (pas_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (PasOverviewPage, pas_overview_page, PAS, OVERVIEW_PAGE, PasSectionPage)

G_END_DECLS
