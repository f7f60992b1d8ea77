/* pas-id-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pas-id-list.h"

/**
 * pas_id_list_replace:
 * @model: the list model whose rows are @ids
 * @ids: (inout): the row ids (gint64) of @model, replaced by @new_ids
 * @touched: a row id whose values changed, or one of the TOUCHED values
 *
 * Replaces the ids and tells the views with one items-changed covering
 * only what differs, so that an entry added at the end keeps the scroll.
 * A touched row is always covered: a view only rebinds replaced items.
 */
void
pas_id_list_replace (GListModel  *model,
                     GArray     **ids,
                     GArray      *new_ids,
                     gint64       touched)
{
  GArray *old_ids = *ids;
  guint old_len = old_ids->len, new_len = new_ids->len;
  guint prefix = 0, suffix = 0;

  if (touched != PAS_ID_LIST_TOUCHED_ALL)
    {
      while (prefix < old_len && prefix < new_len &&
             (touched == PAS_ID_LIST_TOUCHED_NONE || g_array_index (new_ids, gint64, prefix) != touched) &&
             g_array_index (old_ids, gint64, prefix) == g_array_index (new_ids, gint64, prefix))
        prefix++;
      while (suffix < old_len - prefix && suffix < new_len - prefix &&
             (touched == PAS_ID_LIST_TOUCHED_NONE || g_array_index (new_ids, gint64, new_len - 1 - suffix) != touched) &&
             g_array_index (old_ids, gint64, old_len - 1 - suffix) == g_array_index (new_ids, gint64, new_len - 1 - suffix))
        suffix++;
    }

  *ids = g_array_ref (new_ids);
  g_array_unref (old_ids);
  if (prefix + suffix < MAX (old_len, new_len))
    g_list_model_items_changed (model, prefix, old_len - prefix - suffix, new_len - prefix - suffix);
}

/**
 * pas_id_list_step:
 * @stmt: a query whose first column is a row id
 * @ids: (inout): where the ids are appended (gint64)
 *
 * Steps @stmt to its end.
 *
 * Returns: SQLite's last result code: %SQLITE_DONE when all went well
 */
int
pas_id_list_step (sqlite3_stmt *stmt,
                  GArray       *ids)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  return rc;
}

/**
 * pas_id_list_reload:
 * @ids: (inout): the row ids of @model, replaced by what @query finds
 * @touched: as for pas_id_list_replace()
 *
 * Runs @query and tells the views what changed. On an error, @model
 * keeps its rows.
 */
gboolean
pas_id_list_reload (GListModel      *model,
                    GArray         **ids,
                    PasIdListQuery   query,
                    gint64           touched,
                    GError         **error)
{
  g_autoptr(GArray) new_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!query (model, new_ids, error))
    return FALSE;
  pas_id_list_replace (model, ids, new_ids, touched);
  return TRUE;
}
