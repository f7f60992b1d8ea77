/* pas-id-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Which rows may show changed values without having moved: none, the
 * record with a given id, or any of them. */
#define PAS_ID_LIST_TOUCHED_NONE 0
#define PAS_ID_LIST_TOUCHED_ALL  (-1)

void pas_id_list_replace (GListModel    *model,
                          GArray       **ids,
                          GArray        *new_ids,
                          gint64         touched);
int  pas_id_list_step    (sqlite3_stmt  *stmt,
                          GArray        *ids);

/* Appends the ids of @model's rows, in order, to @ids. */
typedef gboolean (*PasIdListQuery) (gpointer   model,
                                    GArray    *ids,
                                    GError   **error);

gboolean pas_id_list_reload (GListModel      *model,
                             GArray         **ids,
                             PasIdListQuery   query,
                             gint64           touched,
                             GError         **error);

G_END_DECLS
