/* pas-training-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-section-page.h"

G_BEGIN_DECLS

#define PAS_TYPE_TRAINING_PAGE (pas_training_page_get_type ())

G_DECLARE_FINAL_TYPE (PasTrainingPage, pas_training_page, PAS, TRAINING_PAGE, PasSectionPage)

G_END_DECLS
