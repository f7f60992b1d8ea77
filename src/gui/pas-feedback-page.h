/* pas-feedback-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-section-page.h"

G_BEGIN_DECLS

#define PAS_TYPE_FEEDBACK_PAGE (pas_feedback_page_get_type ())

G_DECLARE_FINAL_TYPE (PasFeedbackPage, pas_feedback_page, PAS, FEEDBACK_PAGE, PasSectionPage)

G_END_DECLS
