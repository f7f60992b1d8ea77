/* pas-workshop-ops.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-workspace.h"

G_BEGIN_DECLS

/* One workshop of the list, with its participant counts. */
typedef struct
{
  gint64    id;
  char     *uuid;
  char     *title;
  gboolean  has_start;     /* FALSE while no date is set */
  gint64    starts_at;     /* UTC unix seconds, when has_start */
  guint     duration_min;
  char     *place;
  char     *status;        /* "planned", "running", "done" or "cancelled" */
  guint     n_invited;
  guint     n_attended;
  gboolean  upcoming;      /* not over yet at the "now" given, or not scheduled, or running */
} PasWorkshopRow;

/* A person as seen from one workshop. */
typedef struct
{
  gint64    person_id;
  char     *name;
  char     *email;         /* NULL when unknown */
  gint64    department_id; /* 0 when none */
  char     *department;    /* NULL when none */
  char     *site;          /* the person's site, else their department's; "" when none */
  gboolean  invited;
  gboolean  attended;
  gboolean  archived;
} PasParticipant;

void        pas_workshop_row_free              (PasWorkshopRow  *row);
void        pas_participant_free               (PasParticipant  *participant);

const char * const *pas_workshop_method_keys   (void);
const char *pas_workshop_method_get_label      (const char      *method);
char       *pas_workshop_method_normalize      (const char      *text);
GStrv       pas_workshop_list_method_labels    (void);

const char *pas_workshop_status_get_label      (const char      *status);

GPtrArray  *pas_workshop_list                  (PasWorkspace    *workspace,
                                                gint64           project_id,
                                                gint64           now,
                                                GError         **error);
gboolean    pas_workshop_count_participants    (PasWorkspace    *workspace,
                                                gint64           workshop_id,
                                                guint           *n_invited,
                                                guint           *n_attended,
                                                GError         **error);
GPtrArray  *pas_workshop_list_participants     (PasWorkspace    *workspace,
                                                gint64           workshop_id,
                                                GError         **error);
GPtrArray  *pas_workshop_search_people         (PasWorkspace    *workspace,
                                                gint64           workshop_id,
                                                const char      *text,
                                                guint            limit,
                                                GError         **error);
gboolean    pas_workshop_invite_person         (PasWorkspace    *workspace,
                                                gint64           workshop_id,
                                                gint64           person_id,
                                                gboolean        *added,
                                                GError         **error);
gboolean    pas_workshop_invite_department     (PasWorkspace    *workspace,
                                                gint64           workshop_id,
                                                gint64           department_id,
                                                guint           *n_added,
                                                GError         **error);
gboolean    pas_workshop_remove_participant    (PasWorkspace    *workspace,
                                                gint64           workshop_id,
                                                gint64           person_id,
                                                GError         **error);
gboolean    pas_workshop_set_attended          (PasWorkspace    *workspace,
                                                gint64           workshop_id,
                                                gint64           person_id,
                                                gboolean         attended,
                                                GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasWorkshopRow, pas_workshop_row_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasParticipant, pas_participant_free)

G_END_DECLS
