/* pas-people-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pas-people-row.h"
#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_PEOPLE_LIST (pas_people_list_get_type ())

/* The columns the people list can be sorted by. */
typedef enum
{
  PAS_PEOPLE_SORT_NAME,
  PAS_PEOPLE_SORT_DEPARTMENT,
  PAS_PEOPLE_SORT_JOB_TITLE,
  PAS_PEOPLE_SORT_SITE,
  PAS_PEOPLE_SORT_REFERENT,
  PAS_PEOPLE_SORT_COMFORT,
} PasPeopleSort;

#define PAS_PEOPLE_N_SORTS (PAS_PEOPLE_SORT_COMFORT + 1)

/* Department filters besides a department's id. */
#define PAS_PEOPLE_ANY_DEPARTMENT (-1)
#define PAS_PEOPLE_NO_DEPARTMENT  0

/* A GListModel of PasPeopleRow. */
G_DECLARE_FINAL_TYPE (PasPeopleList, pas_people_list, PAS, PEOPLE_LIST, GObject)

PasPeopleList *pas_people_list_new                 (PasWorkspace   *workspace);
void           pas_people_list_set_search          (PasPeopleList  *self,
                                                    const char     *text);
const char    *pas_people_list_get_search          (PasPeopleList  *self);
void           pas_people_list_set_department      (PasPeopleList  *self,
                                                    gint64          department_id);
gint64         pas_people_list_get_department      (PasPeopleList  *self);
void           pas_people_list_set_referents_only  (PasPeopleList  *self,
                                                    gboolean        referents_only);
gboolean       pas_people_list_get_referents_only  (PasPeopleList  *self);
void           pas_people_list_set_show_archived   (PasPeopleList  *self,
                                                    gboolean        show_archived);
gboolean       pas_people_list_get_show_archived   (PasPeopleList  *self);
void           pas_people_list_set_sort            (PasPeopleList  *self,
                                                    PasPeopleSort   sort,
                                                    gboolean        descending);
gint64         pas_people_list_get_id              (PasPeopleList  *self,
                                                    guint           position);
int            pas_people_list_find                (PasPeopleList  *self,
                                                    gint64          id);
const char    *pas_people_list_get_department_name (PasPeopleList  *self,
                                                    gint64          department_id);
gboolean       pas_people_list_reload              (PasPeopleList  *self,
                                                    GError        **error);

G_END_DECLS
