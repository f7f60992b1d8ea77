/* pas-capture-review.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-capture.h"

G_BEGIN_DECLS

#define PAS_TYPE_CAPTURE_REVIEW (pas_capture_review_get_type ())

G_DECLARE_FINAL_TYPE (PasCaptureReview, pas_capture_review, PAS, CAPTURE_REVIEW, GtkWidget)

void        pas_capture_review_set_workshop  (PasCaptureReview *self,
                                              PasWorkspace     *workspace,
                                              gint64            workshop_id);
void        pas_capture_review_set_order     (PasCaptureReview *self,
                                              PasCaptureOrder   order);
GListModel *pas_capture_review_get_model     (PasCaptureReview *self);
void        pas_capture_review_reload        (PasCaptureReview *self);
void        pas_capture_review_focus         (PasCaptureReview *self);

G_END_DECLS
