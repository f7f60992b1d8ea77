/* pas-representation.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-workspace.h"

G_BEGIN_DECLS

typedef enum
{
  PAS_REPRESENTATION_MISSING,   /* nobody of the group invited nor present */
  PAS_REPRESENTATION_INVITED,   /* invited, nobody present (yet) */
  PAS_REPRESENTATION_ATTENDED,  /* at least one person present */
} PasRepresentationState;

/* A department, or a site, and how it is represented. */
typedef struct
{
  gint64  department_id;  /* 0 for a site */
  char   *name;           /* the department's name, or the site */
  guint   n_people;       /* people of the group who are not archived */
  guint   n_invited;      /* people of the group invited */
  guint   n_attended;     /* people of the group present */
} PasRepresentationGroup;

typedef struct
{
  GPtrArray *departments;  /* PasRepresentationGroup, by name */
  GPtrArray *sites;        /* PasRepresentationGroup, by name */
} PasRepresentation;

PasRepresentationState  pas_representation_group_get_state (const PasRepresentationGroup *group);
guint                   pas_representation_count           (GPtrArray                    *groups,
                                                            PasRepresentationState        state);
void                    pas_representation_free            (PasRepresentation            *representation);
PasRepresentation      *pas_representation_for_workshop    (PasWorkspace                 *workspace,
                                                            gint64                        workshop_id,
                                                            GError                      **error);
PasRepresentation      *pas_representation_for_project     (PasWorkspace                 *workspace,
                                                            gint64                        project_id,
                                                            GError                      **error);
void                    pas_representation_for_workshop_async  (const char           *path,
                                                                gint64                workshop_id,
                                                                GCancellable         *cancellable,
                                                                GAsyncReadyCallback   callback,
                                                                gpointer              user_data);
PasRepresentation      *pas_representation_for_workshop_finish (GAsyncResult         *result,
                                                                GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasRepresentation, pas_representation_free)

G_END_DECLS
