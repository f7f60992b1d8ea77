/* pas-feedback-triage.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "pas-record.h"

G_BEGIN_DECLS

#define PAS_FEEDBACK_ERROR (pas_feedback_error_quark ())

typedef enum
{
  PAS_FEEDBACK_ERROR_NO_TEXT,
  PAS_FEEDBACK_ERROR_INVALID,
} PasFeedbackError;

#define PAS_FEEDBACK_MIN_SEVERITY 1
#define PAS_FEEDBACK_MAX_SEVERITY 4

GQuark      pas_feedback_error_quark        (void);
const char *pas_feedback_severity_get_label (int          severity);
PasRecord  *pas_feedback_new                (gint64       project_id,
                                             const char  *text,
                                             const char  *category,
                                             gint64       now);
void        pas_feedback_set_status         (PasRecord   *feedback,
                                             const char  *status,
                                             gint64       now);
gboolean    pas_feedback_is_closed          (const char  *status);
gboolean    pas_feedback_check              (PasRecord   *feedback,
                                             GError     **error);

G_END_DECLS
