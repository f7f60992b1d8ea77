/* pas-person-erase.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-workspace.h"

G_BEGIN_DECLS

/* What erasing a person does, for the confirmation to show. */
typedef struct
{
  guint skill_assessments;        /* removed */
  guint enrollments;              /* removed: the person's own training */
  guint readiness_assessments;    /* removed */
  guint referent_activities;      /* removed */
  guint story_mentions;           /* removed: the person recognised in a story, their consent */
  guint pilot_tests;              /* removed: the person as a pilot tester */
  guint workshop_participations;  /* removed: invitations and attendance */
  guint text_mentions;            /* texts of stories and referent notes naming the person: the name is blanked */
  guint coached_enrollments;      /* kept, without a coach */
  guint facilitated_workshops;    /* kept, without a facilitator */
  guint contributions;            /* kept, anonymous */
  guint feedback;                 /* kept, anonymous */
} PasPersonErasure;

gboolean pas_workspace_count_person_data (PasWorkspace      *workspace,
                                          gint64             person_id,
                                          PasPersonErasure  *erasure,
                                          GError           **error);
gboolean pas_workspace_erase_person      (PasWorkspace      *workspace,
                                          gint64             person_id,
                                          GError           **error);

G_END_DECLS
