/* pas-overview-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-indicators.h"
#include "pas-overview-format.h"
#include "pas-section-page.h"

G_BEGIN_DECLS

#define PAS_TYPE_OVERVIEW_PAGE (pas_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (PasOverviewPage, pas_overview_page, PAS, OVERVIEW_PAGE, PasSectionPage)

gboolean           pas_overview_page_get_busy          (PasOverviewPage   *self);
PasIndicators     *pas_overview_page_get_indicators    (PasOverviewPage   *self);
PasOverviewPeriod  pas_overview_page_get_period        (PasOverviewPage   *self);
void               pas_overview_page_set_period        (PasOverviewPage   *self,
                                                        PasOverviewPeriod  period);
gboolean           pas_overview_page_set_custom_period (PasOverviewPage   *self,
                                                        const char        *since,
                                                        const char        *until,
                                                        GError           **error);

G_END_DECLS
