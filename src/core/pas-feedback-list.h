/* pas-feedback-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_FEEDBACK_LIST (pas_feedback_list_get_type ())

/* Department filters besides a department's id. */
#define PAS_FEEDBACK_ANY_DEPARTMENT (-1)
#define PAS_FEEDBACK_NO_DEPARTMENT  0

/* A GListModel of PasRecord (feedback). */
G_DECLARE_FINAL_TYPE (PasFeedbackList, pas_feedback_list, PAS, FEEDBACK_LIST, GObject)

PasFeedbackList *pas_feedback_list_new            (PasWorkspace     *workspace,
                                                   gint64            project_id);
gint64           pas_feedback_list_get_project_id (PasFeedbackList  *self);
void             pas_feedback_list_set_search     (PasFeedbackList  *self,
                                                   const char       *text);
const char      *pas_feedback_list_get_search     (PasFeedbackList  *self);
void             pas_feedback_list_set_status     (PasFeedbackList  *self,
                                                   const char       *status);
void             pas_feedback_list_set_category   (PasFeedbackList  *self,
                                                   const char       *category);
void             pas_feedback_list_set_severity   (PasFeedbackList  *self,
                                                   int               severity);
void             pas_feedback_list_set_department (PasFeedbackList  *self,
                                                   gint64            department_id);
gboolean         pas_feedback_list_is_filtered    (PasFeedbackList  *self);
gint64           pas_feedback_list_get_id         (PasFeedbackList  *self,
                                                   guint             position);
int              pas_feedback_list_find           (PasFeedbackList  *self,
                                                   gint64            id);
gint64           pas_feedback_list_count_all      (PasFeedbackList  *self);
gboolean         pas_feedback_list_reload         (PasFeedbackList  *self,
                                                   GError          **error);

G_END_DECLS
