/* pas-agenda.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-agenda"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pas-agenda.h"
#include "pas-workshop-ops.h"
#include "pas-workspace-private.h"

struct _PasAgendaTimer
{
  GArray   *planned;  /* gint64 µs per block */
  GArray   *spent;    /* gint64 µs per block, not counting the stretch running now */
  guint     current;
  gboolean  running;
  gint64    since;    /* when the running stretch began */
};

void
pas_agenda_item_free (PasAgendaItem *item)
{
  if (item == NULL)
    return;
  g_free (item->uuid);
  g_free (item->title);
  g_free (item->method);
  g_free (item);
}

/**
 * pas_agenda_compute_offsets:
 * @items: (array length=n_items): the blocks, in order
 *
 * Sets each block's offset: the minutes of the blocks before it.
 *
 * Returns: the total minutes of the agenda.
 */
guint
pas_agenda_compute_offsets (PasAgendaItem *items,
                            guint          n_items)
{
  guint total = 0;

  for (guint i = 0; i < n_items; i++)
    {
      items[i].offset = total;
      total += items[i].minutes;
    }
  return total;
}

/* When a block starts, in UTC unix seconds, given the workshop's start. */
gint64
pas_agenda_get_start (gint64               workshop_start,
                      const PasAgendaItem *item)
{
  return workshop_start + (gint64) item->offset * 60;
}

/**
 * pas_agenda_fit:
 * @difference: (out) (optional): minutes over, or left over
 *
 * Compares the agenda's total with the workshop's planned duration.
 */
PasAgendaFit
pas_agenda_fit (guint  total_minutes,
                guint  planned_minutes,
                guint *difference)
{
  PasAgendaFit fit;
  guint gap;

  if (total_minutes > planned_minutes)
    {
      fit = PAS_AGENDA_FIT_OVER;
      gap = total_minutes - planned_minutes;
    }
  else
    {
      fit = total_minutes < planned_minutes ? PAS_AGENDA_FIT_UNDER : PAS_AGENDA_FIT_EXACT;
      gap = planned_minutes - total_minutes;
    }
  if (difference)
    *difference = gap;
  return fit;
}

/* "45 min", "2 h", "1 h 30 min" */
char *
pas_agenda_format_minutes (guint minutes)
{
  if (minutes < 60)
    /* Translators: a duration in minutes, abbreviated */
    return g_strdup_printf (_("%u min"), minutes);
  if (minutes % 60 == 0)
    /* Translators: a duration in hours, abbreviated */
    return g_strdup_printf (_("%u h"), minutes / 60);
  /* Translators: a duration in hours and minutes, abbreviated */
  return g_strdup_printf (_("%u h %u min"), minutes / 60, minutes % 60);
}

/* What the agenda builder shows under the total. */
char *
pas_agenda_describe_fit (guint total_minutes,
                         guint planned_minutes)
{
  g_autofree char *planned = pas_agenda_format_minutes (planned_minutes);
  g_autofree char *gap_text = NULL;
  guint gap;

  switch (pas_agenda_fit (total_minutes, planned_minutes, &gap))
    {
    case PAS_AGENDA_FIT_OVER:
      gap_text = pas_agenda_format_minutes (gap);
      /* Translators: "15 min over the planned 2 h" */
      return g_strdup_printf (_("%s over the planned %s"), gap_text, planned);
    case PAS_AGENDA_FIT_UNDER:
      gap_text = pas_agenda_format_minutes (gap);
      /* Translators: "15 min to spare in the planned 2 h" */
      return g_strdup_printf (_("%s to spare in the planned %s"), gap_text, planned);
    case PAS_AGENDA_FIT_EXACT:
    default:
      /* Translators: "Exactly the planned 2 h" */
      return g_strdup_printf (_("Exactly the planned %s"), planned);
    }
}

/* "4:05", "1:02:03", "−0:42" for a timer. */
char *
pas_agenda_format_clock (gint64 seconds)
{
  const char *sign = seconds < 0 ? "\u2212" : "";
  guint64 magnitude = seconds < 0 ? (guint64) -(seconds + 1) + 1 : (guint64) seconds;
  guint64 hours = magnitude / 3600, minutes = magnitude / 60 % 60, secs = magnitude % 60;

  if (hours > 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT ":%02u:%02u", sign, hours, (guint) minutes, (guint) secs);
  return g_strdup_printf ("%s%u:%02u", sign, (guint) minutes, (guint) secs);
}

/* The timer */

static gint64
spent_in (const PasAgendaTimer *timer,
          guint                 block)
{
  return g_array_index (timer->spent, gint64, block);
}

static void
bank_running_stretch (PasAgendaTimer *timer,
                      gint64          now)
{
  if (!timer->running)
    return;
  if (now > timer->since)
    g_array_index (timer->spent, gint64, timer->current) += now - timer->since;
  timer->since = now;
}

/**
 * pas_agenda_timer_new:
 * @block_minutes: (array length=n_blocks): the minutes of each block
 *
 * Returns: (transfer full): a paused timer on the first block.
 */
PasAgendaTimer *
pas_agenda_timer_new (const guint *block_minutes,
                      guint        n_blocks)
{
  PasAgendaTimer *timer = g_new0 (PasAgendaTimer, 1);

  timer->planned = g_array_new (FALSE, TRUE, sizeof (gint64));
  timer->spent = g_array_new (FALSE, TRUE, sizeof (gint64));
  pas_agenda_timer_set_blocks (timer, block_minutes, n_blocks, 0);
  return timer;
}

void
pas_agenda_timer_free (PasAgendaTimer *timer)
{
  if (timer == NULL)
    return;
  g_array_unref (timer->planned);
  g_array_unref (timer->spent);
  g_free (timer);
}

/**
 * pas_agenda_timer_set_blocks:
 *
 * Follows an agenda edited during the workshop: the time spent stays
 * with the blocks at the same positions; the current block stays, or
 * becomes the last one when the agenda got shorter.
 */
void
pas_agenda_timer_set_blocks (PasAgendaTimer *timer,
                             const guint    *block_minutes,
                             guint           n_blocks,
                             gint64          now)
{
  g_return_if_fail (timer != NULL);
  g_return_if_fail (block_minutes != NULL || n_blocks == 0);

  bank_running_stretch (timer, now);
  g_array_set_size (timer->planned, n_blocks);
  g_array_set_size (timer->spent, n_blocks);
  for (guint i = 0; i < n_blocks; i++)
    g_array_index (timer->planned, gint64, i) = (gint64) block_minutes[i] * 60 * G_USEC_PER_SEC;
  if (n_blocks == 0)
    {
      timer->current = 0;
      timer->running = FALSE;
    }
  else if (timer->current >= n_blocks)
    timer->current = n_blocks - 1;
}

void
pas_agenda_timer_start (PasAgendaTimer *timer,
                        gint64          now)
{
  g_return_if_fail (timer != NULL);

  if (timer->running || timer->planned->len == 0)
    return;
  timer->running = TRUE;
  timer->since = now;
}

void
pas_agenda_timer_pause (PasAgendaTimer *timer,
                        gint64          now)
{
  g_return_if_fail (timer != NULL);

  if (!timer->running)
    return;
  bank_running_stretch (timer, now);
  timer->running = FALSE;
}

void
pas_agenda_timer_toggle (PasAgendaTimer *timer,
                         gint64          now)
{
  g_return_if_fail (timer != NULL);

  if (timer->running)
    pas_agenda_timer_pause (timer, now);
  else
    pas_agenda_timer_start (timer, now);
}

/**
 * pas_agenda_timer_go_to:
 *
 * Makes @block the current one. A running timer keeps running, now
 * counting for @block; a block visited before resumes where it was.
 *
 * Returns: %FALSE when there is no such block.
 */
gboolean
pas_agenda_timer_go_to (PasAgendaTimer *timer,
                        guint           block,
                        gint64          now)
{
  g_return_val_if_fail (timer != NULL, FALSE);

  if (block >= timer->planned->len)
    return FALSE;
  bank_running_stretch (timer, now);
  timer->current = block;
  return TRUE;
}

/* Returns: %FALSE on the last block. */
gboolean
pas_agenda_timer_next (PasAgendaTimer *timer,
                       gint64          now)
{
  g_return_val_if_fail (timer != NULL, FALSE);

  return pas_agenda_timer_go_to (timer, timer->current + 1, now);
}

/* Returns: %FALSE on the first block. */
gboolean
pas_agenda_timer_previous (PasAgendaTimer *timer,
                           gint64          now)
{
  g_return_val_if_fail (timer != NULL, FALSE);

  if (timer->current == 0)
    return FALSE;
  return pas_agenda_timer_go_to (timer, timer->current - 1, now);
}

/* Counts the current block from zero again. */
void
pas_agenda_timer_restart_block (PasAgendaTimer *timer,
                                gint64          now)
{
  g_return_if_fail (timer != NULL);

  if (timer->planned->len == 0)
    return;
  g_array_index (timer->spent, gint64, timer->current) = 0;
  timer->since = now;
}

void
pas_agenda_timer_get_state (const PasAgendaTimer *timer,
                            gint64                now,
                            PasAgendaTimerState  *state)
{
  gint64 planned, elapsed;

  g_return_if_fail (timer != NULL);
  g_return_if_fail (state != NULL);

  memset (state, 0, sizeof *state);
  state->n_blocks = timer->planned->len;
  if (state->n_blocks == 0)
    return;

  planned = g_array_index (timer->planned, gint64, timer->current);
  elapsed = spent_in (timer, timer->current);
  if (timer->running && now > timer->since)
    elapsed += now - timer->since;

  state->block = timer->current;
  state->running = timer->running;
  state->planned = planned / G_USEC_PER_SEC;
  state->elapsed = elapsed / G_USEC_PER_SEC;
  state->remaining = state->planned - state->elapsed;
  state->over_time = elapsed > planned;
  state->fraction = planned > 0 ? MIN (1.0, (double) elapsed / planned) : 1.0;
}

/* The stored agenda */

static gboolean
fail (PasWorkspace  *workspace,
      GError       **error)
{
  return pas_workspace_set_error (workspace, sqlite3_extended_errcode (pas_workspace_get_db (workspace)), error);
}

static gboolean
validate_block (const char  *title,
                guint        minutes,
                GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (title ? title : ""));

  if (*stripped == '\0' || !g_utf8_validate (stripped, -1, NULL))
    {
      g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                           _("Give the block a title."));
      return FALSE;
    }
  if (minutes < 1 || minutes > PAS_AGENDA_MAX_MINUTES)
    {
      g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                           _("A block lasts at least 1 minute and at most 24 hours."));
      return FALSE;
    }
  return TRUE;
}

/**
 * pas_agenda_load:
 *
 * Returns: (transfer full) (element-type PasAgendaItem): the blocks of
 *   the workshop in order, offsets computed; %NULL with @error set.
 */
GPtrArray *
pas_agenda_load (PasWorkspace  *workspace,
                 gint64         workshop_id,
                 GError       **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) pas_agenda_item_free);
  sqlite3_stmt *stmt;
  guint offset = 0;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  stmt = pas_workspace_prepare (workspace,
                                "SELECT id, uuid, position, title, method, minutes FROM agenda_item "
                                "WHERE workshop_id = ? ORDER BY position, id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PasAgendaItem *item = g_new0 (PasAgendaItem, 1);

      item->id = sqlite3_column_int64 (stmt, 0);
      item->uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      item->position = sqlite3_column_int (stmt, 2);
      item->title = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      item->method = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      item->minutes = sqlite3_column_int (stmt, 5);
      item->offset = offset;
      offset += item->minutes;
      g_ptr_array_add (items, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      fail (workspace, error);
      return NULL;
    }
  return g_steal_pointer (&items);
}

static GArray *
load_ids (PasWorkspace  *workspace,
          gint64         workshop_id,
          GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = pas_workspace_prepare (workspace,
                                "SELECT id FROM agenda_item WHERE workshop_id = ? ORDER BY position, id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      fail (workspace, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* Positions 0, 1, 2… in the order of @ids; only rows that move are written. */
static gboolean
write_order (PasWorkspace  *workspace,
             GArray        *ids,
             GError       **error)
{
  sqlite3_stmt *stmt;
  gboolean changed = FALSE;

  stmt = pas_workspace_prepare (workspace,
                                "UPDATE agenda_item SET position = ?1 WHERE id = ?2 AND position <> ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      int rc;

      sqlite3_bind_int64 (stmt, 1, i);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return fail (workspace, error);
      changed |= sqlite3_changes (pas_workspace_get_db (workspace)) > 0;
    }
  if (changed)
    pas_workspace_emit_changed (workspace, PAS_KIND_AGENDA_ITEM, 0);
  return TRUE;
}

static gboolean
find_workshop_of_item (PasWorkspace  *workspace,
                       gint64         item_id,
                       gint64        *workshop_id,
                       GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = pas_workspace_prepare (workspace, "SELECT workshop_id FROM agenda_item WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *workshop_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND,
                   _("This %s no longer exists: it may have been deleted."),
                   pas_kind_get_label (PAS_KIND_AGENDA_ITEM));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return fail (workspace, error);
  return TRUE;
}

static int
find_id (GArray *ids,
         gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return -1;
}

/**
 * pas_agenda_insert:
 * @position: where the block goes (0 first); -1, or beyond the end, appends
 * @method: (nullable): a built-in method (key or name) or free text
 *
 * Adds a block and renumbers the agenda, in one transaction.
 *
 * Returns: the new block's id, or 0 with @error set.
 */
gint64
pas_agenda_insert (PasWorkspace  *workspace,
                   gint64         workshop_id,
                   int            position,
                   const char    *title,
                   const char    *method,
                   guint          minutes,
                   GError       **error)
{
  g_autoptr(PasRecord) workshop = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *stripped = NULL;
  g_autofree char *normalized = NULL;
  sqlite3_stmt *stmt;
  gint64 id;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), 0);

  if (!validate_block (title, minutes, error))
    return 0;
  stripped = g_strstrip (g_strdup (title));
  normalized = pas_workshop_method_normalize (method);

  if (!pas_workspace_begin (workspace, error))
    return 0;
  if (!(workshop = pas_workspace_load (workspace, PAS_KIND_WORKSHOP, workshop_id, error)) ||
      !(ids = load_ids (workspace, workshop_id, error)))
    goto failed;

  stmt = pas_workspace_prepare (workspace,
                                "INSERT INTO agenda_item (uuid, workshop_id, position, title, method, minutes) "
                                "VALUES (pas_uuid (), ?, ?, ?, ?, ?)",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, workshop_id);
  sqlite3_bind_int64 (stmt, 2, ids->len);
  sqlite3_bind_text (stmt, 3, stripped, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, normalized, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, minutes);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      fail (workspace, error);
      goto failed;
    }
  id = sqlite3_last_insert_rowid (pas_workspace_get_db (workspace));

  if (position < 0 || (guint) position > ids->len)
    position = ids->len;
  g_array_insert_val (ids, position, id);
  if (!write_order (workspace, ids, error))
    goto failed;
  pas_workspace_emit_changed (workspace, PAS_KIND_AGENDA_ITEM, id);
  if (!pas_workspace_commit (workspace, error))
    return 0;
  return id;

failed:
  pas_workspace_rollback (workspace);
  return 0;
}

/* Changes a block's title, method and minutes (not its place). */
gboolean
pas_agenda_update (PasWorkspace  *workspace,
                   gint64         item_id,
                   const char    *title,
                   const char    *method,
                   guint          minutes,
                   GError       **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *normalized = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);

  if (!validate_block (title, minutes, error))
    return FALSE;
  stripped = g_strstrip (g_strdup (title));
  normalized = pas_workshop_method_normalize (method);

  stmt = pas_workspace_prepare (workspace,
                                "UPDATE agenda_item SET title = ?, method = ?, minutes = ? WHERE id = ?",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, stripped, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, normalized, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, minutes);
  sqlite3_bind_int64 (stmt, 4, item_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return fail (workspace, error);
  if (sqlite3_changes (pas_workspace_get_db (workspace)) == 0)
    {
      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND,
                   _("This %s no longer exists: it may have been deleted."),
                   pas_kind_get_label (PAS_KIND_AGENDA_ITEM));
      return FALSE;
    }
  pas_workspace_emit_changed (workspace, PAS_KIND_AGENDA_ITEM, item_id);
  return TRUE;
}

/**
 * pas_agenda_move:
 * @position: the block's new place, 0 first; beyond the end means last
 *
 * Moves a block (by keyboard: its position ± 1; by drag: the drop
 * position) and renumbers the agenda 0, 1, 2…, in one transaction.
 */
gboolean
pas_agenda_move (PasWorkspace  *workspace,
                 gint64         item_id,
                 guint          position,
                 GError       **error)
{
  g_autoptr(GArray) ids = NULL;
  gint64 workshop_id = 0;
  int index;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);

  if (!pas_workspace_begin (workspace, error))
    return FALSE;
  if (!find_workshop_of_item (workspace, item_id, &workshop_id, error) ||
      !(ids = load_ids (workspace, workshop_id, error)))
    goto failed;

  index = find_id (ids, item_id);
  g_assert (index >= 0);
  g_array_remove_index (ids, index);
  g_array_insert_val (ids, MIN (position, ids->len), item_id);
  if (!write_order (workspace, ids, error))
    goto failed;
  return pas_workspace_commit (workspace, error);

failed:
  pas_workspace_rollback (workspace);
  return FALSE;
}

/* Deletes a block and closes the gap it leaves, in one transaction. */
gboolean
pas_agenda_remove (PasWorkspace  *workspace,
                   gint64         item_id,
                   GError       **error)
{
  g_autoptr(GArray) ids = NULL;
  gint64 workshop_id = 0;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);

  if (!pas_workspace_begin (workspace, error))
    return FALSE;
  if (!find_workshop_of_item (workspace, item_id, &workshop_id, error) ||
      !pas_workspace_delete (workspace, PAS_KIND_AGENDA_ITEM, item_id, error) ||
      !(ids = load_ids (workspace, workshop_id, error)) ||
      !write_order (workspace, ids, error))
    {
      pas_workspace_rollback (workspace);
      return FALSE;
    }
  return pas_workspace_commit (workspace, error);
}

/* Makes the positions 0, 1, 2… again, keeping the order. */
gboolean
pas_agenda_renumber (PasWorkspace  *workspace,
                     gint64         workshop_id,
                     GError       **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);

  if (!pas_workspace_begin (workspace, error))
    return FALSE;
  if (!(ids = load_ids (workspace, workshop_id, error)) ||
      !write_order (workspace, ids, error))
    {
      pas_workspace_rollback (workspace);
      return FALSE;
    }
  return pas_workspace_commit (workspace, error);
}
