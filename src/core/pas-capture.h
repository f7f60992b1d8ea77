/* pas-capture.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

/* In the order of the live view's shortcuts: Ctrl+1 is an idea… Ctrl+5 a decision. */
typedef enum
{
  PAS_CONTRIBUTION_IDEA,
  PAS_CONTRIBUTION_NEED,
  PAS_CONTRIBUTION_PAIN_POINT,
  PAS_CONTRIBUTION_QUESTION,
  PAS_CONTRIBUTION_DECISION,
} PasContributionKind;

#define PAS_CONTRIBUTION_N_KINDS (PAS_CONTRIBUTION_DECISION + 1)

typedef enum
{
  PAS_CAPTURE_ORDER_TIME,    /* as captured */
  PAS_CAPTURE_ORDER_THEME,   /* by theme (unthemed last), most voted first within a theme */
  PAS_CAPTURE_ORDER_VOTES,   /* most voted first */
} PasCaptureOrder;

/* One theme of a workshop; the contributions without one form the
 * group whose theme is "". */
typedef struct
{
  char  *theme;
  guint  n_contributions;
  guint  n_by_kind[PAS_CONTRIBUTION_N_KINDS];
  guint  votes;
} PasCaptureTheme;

typedef struct
{
  guint      n_contributions;
  guint      n_by_kind[PAS_CONTRIBUTION_N_KINDS];
  guint      votes;
  GPtrArray *themes;     /* PasCaptureTheme: most voted first, "" last */
  GPtrArray *top_voted;  /* PasRecord: contributions with votes, most voted first */
  GPtrArray *decisions;  /* PasRecord: the decisions, in the order they were taken */
} PasCaptureSummary;

const char        *pas_contribution_kind_to_string    (PasContributionKind   kind);
gboolean           pas_contribution_kind_from_string  (const char           *text,
                                                       PasContributionKind  *kind);
const char        *pas_contribution_kind_get_label    (PasContributionKind   kind);

gboolean           pas_capture_add                    (PasWorkspace         *workspace,
                                                       gint64                workshop_id,
                                                       PasContributionKind   kind,
                                                       const char           *text,
                                                       gint64                author_id,
                                                       gint64               *id,
                                                       GError              **error);
gboolean           pas_capture_remove                 (PasWorkspace         *workspace,
                                                       gint64                id,
                                                       PasRecord           **removed,
                                                       GError              **error);
gboolean           pas_capture_undo_last              (PasWorkspace         *workspace,
                                                       gint64                workshop_id,
                                                       PasRecord           **removed,
                                                       GError              **error);
gboolean           pas_capture_restore                (PasWorkspace         *workspace,
                                                       PasRecord            *removed,
                                                       gint64               *id,
                                                       GError              **error);
gboolean           pas_capture_vote                   (PasWorkspace         *workspace,
                                                       const gint64         *ids,
                                                       guint                 n_ids,
                                                       int                   delta,
                                                       GError              **error);
gboolean           pas_capture_set_theme              (PasWorkspace         *workspace,
                                                       const gint64         *ids,
                                                       guint                 n_ids,
                                                       const char           *theme,
                                                       GError              **error);
gboolean           pas_capture_set_kind               (PasWorkspace         *workspace,
                                                       const gint64         *ids,
                                                       guint                 n_ids,
                                                       PasContributionKind   kind,
                                                       GError              **error);
GListModel        *pas_capture_list                   (PasWorkspace         *workspace,
                                                       gint64                workshop_id,
                                                       PasCaptureOrder       order,
                                                       GError              **error);
GStrv              pas_capture_list_themes            (PasWorkspace         *workspace,
                                                       gint64                workshop_id,
                                                       GError              **error);
PasCaptureSummary *pas_capture_summarize              (PasWorkspace         *workspace,
                                                       gint64                workshop_id,
                                                       guint                 n_top,
                                                       GError              **error);
void               pas_capture_summary_free           (PasCaptureSummary    *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasCaptureSummary, pas_capture_summary_free)

G_END_DECLS
