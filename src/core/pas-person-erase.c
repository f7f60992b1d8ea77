/* pas-person-erase.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The right to erasure: a person and every datum about them leave the
 * workspace, while what they said in workshops and feedback stays,
 * anonymous. Deleted rows must not linger in the file either: the
 * workspace connection runs with `secure_delete`, which zeroes what is
 * deleted, and the write-ahead log is checkpointed and truncated after
 * the erasure, so that the older copies of the pages go with it.
 */
#define G_LOG_DOMAIN "pas-person-erase"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pas-person-erase.h"
#include "pas-workspace-private.h"

typedef enum
{
  REMOVE,  /* the row is about the person: it goes */
  DETACH,  /* the row is someone's work: it stays, without the person */
} Treatment;

/* Every reference to a person in the schema. The foreign keys would
 * cascade too; saying it here keeps the erasure explicit and counted. */
static const struct
{
  PasKind    kind;
  const char *column;
  Treatment  treatment;
  gsize      count_offset;
} links[] = {
  { PAS_KIND_SKILL_ASSESSMENT, "person_id", REMOVE, G_STRUCT_OFFSET (PasPersonErasure, skill_assessments) },
  { PAS_KIND_ENROLLMENT, "person_id", REMOVE, G_STRUCT_OFFSET (PasPersonErasure, enrollments) },
  { PAS_KIND_READINESS_ASSESSMENT, "person_id", REMOVE, G_STRUCT_OFFSET (PasPersonErasure, readiness_assessments) },
  { PAS_KIND_REFERENT_ACTIVITY, "referent_id", REMOVE, G_STRUCT_OFFSET (PasPersonErasure, referent_activities) },
  { PAS_KIND_STORY_PERSON, "person_id", REMOVE, G_STRUCT_OFFSET (PasPersonErasure, story_mentions) },
  { PAS_KIND_PILOT_TESTER, "person_id", REMOVE, G_STRUCT_OFFSET (PasPersonErasure, pilot_tests) },
  { PAS_KIND_WORKSHOP_PARTICIPANT, "person_id", REMOVE, G_STRUCT_OFFSET (PasPersonErasure, workshop_participations) },
  { PAS_KIND_ENROLLMENT, "coach_id", DETACH, G_STRUCT_OFFSET (PasPersonErasure, coached_enrollments) },
  { PAS_KIND_WORKSHOP, "facilitator_id", DETACH, G_STRUCT_OFFSET (PasPersonErasure, facilitated_workshops) },
  { PAS_KIND_CONTRIBUTION, "author_id", DETACH, G_STRUCT_OFFSET (PasPersonErasure, contributions) },
  { PAS_KIND_FEEDBACK, "author_id", DETACH, G_STRUCT_OFFSET (PasPersonErasure, feedback) },
};

/* Free texts about other records that may name the person. */
static const struct
{
  PasKind     kind;
  const char *column;
} texts[] = {
  { PAS_KIND_SUCCESS_STORY, "title" },
  { PAS_KIND_SUCCESS_STORY, "story" },
  { PAS_KIND_REFERENT_ACTIVITY, "note" },
};

static gboolean
failed (PasWorkspace  *workspace,
        GError       **error)
{
  return pas_workspace_set_error (workspace, sqlite3_extended_errcode (pas_workspace_get_db (workspace)), error);
}

/* @text with each whole-word @needle replaced by @marker ("Al" is not
 * replaced inside "Alice"); NULL when there is none. */
static char *
redact (const char *text,
        const char *needle,
        const char *marker)
{
  g_autoptr(GString) result = g_string_new (NULL);
  gsize needle_length = strlen (needle);
  const char *from = text;
  const char *p = text;
  gboolean replaced = FALSE;

  while ((p = strstr (p, needle)) != NULL)
    {
      const char *end = p + needle_length;
      const char *before = p > text ? g_utf8_find_prev_char (text, p) : NULL;

      if ((before == NULL || !g_unichar_isalnum (g_utf8_get_char (before))) &&
          (*end == '\0' || !g_unichar_isalnum (g_utf8_get_char (end))))
        {
          g_string_append_len (result, from, p - from);
          g_string_append (result, marker);
          from = end;
          replaced = TRUE;
          p = end;
        }
      else
        p = g_utf8_next_char (p);
    }
  if (!replaced)
    return NULL;
  g_string_append (result, from);
  return g_string_free (g_steal_pointer (&result), FALSE);
}

/* Counts, or with @marker rewrites, the texts naming @needle. */
static gboolean
redact_texts (PasWorkspace  *workspace,
              const char    *needle,
              const char    *marker,
              guint         *n_found,
              GError       **error)
{
  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      const char *table = pas_kind_get_table (texts[t].kind);
      g_autofree char *select = g_strdup_printf ("SELECT id, %s FROM %s WHERE instr (%s, ?1) > 0",
                                                 texts[t].column, table, texts[t].column);
      g_autofree char *update = g_strdup_printf ("UPDATE %s SET %s = ?1 WHERE id = ?2", table, texts[t].column);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
      sqlite3_stmt *stmt;
      int rc;

      if (!(stmt = pas_workspace_prepare (workspace, select, error)))
        return FALSE;
      sqlite3_bind_text (stmt, 1, needle, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          char *value = redact ((const char *) sqlite3_column_text (stmt, 1), needle, marker ? marker : "");

          if (value == NULL)
            continue;
          g_array_append_val (ids, id);
          g_ptr_array_add (values, value);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        return failed (workspace, error);

      *n_found += ids->len;
      if (marker == NULL || ids->len == 0)
        continue;
      if (!(stmt = pas_workspace_prepare (workspace, update, error)))
        return FALSE;
      for (guint i = 0; i < ids->len; i++)
        {
          sqlite3_bind_text (stmt, 1, g_ptr_array_index (values, i), -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
          rc = sqlite3_step (stmt);
          sqlite3_reset (stmt);
          if (rc != SQLITE_DONE)
            return failed (workspace, error);
        }
      pas_workspace_emit_changed (workspace, texts[t].kind, 0);
    }
  return TRUE;
}

/* Counts, or with @erase applies, what erasing the person does. */
static gboolean
treat_links (PasWorkspace      *workspace,
             gint64             person_id,
             gboolean           erase,
             PasPersonErasure  *erasure,
             GError           **error)
{
  for (guint l = 0; l < G_N_ELEMENTS (links); l++)
    {
      const char *table = pas_kind_get_table (links[l].kind);
      const char *column = links[l].column;
      g_autofree char *sql = NULL;
      guint *count = G_STRUCT_MEMBER_P (erasure, links[l].count_offset);
      sqlite3_stmt *stmt;
      int rc;

      if (!erase)
        sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s = ?1", table, column);
      else if (links[l].treatment == REMOVE)
        sql = g_strdup_printf ("DELETE FROM %s WHERE %s = ?1", table, column);
      else
        sql = g_strdup_printf ("UPDATE %s SET %s = NULL WHERE %s = ?1", table, column, column);

      if (!(stmt = pas_workspace_prepare (workspace, sql, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, person_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        *count = sqlite3_column_int (stmt, 0);
      else if (rc == SQLITE_DONE)
        *count = sqlite3_changes (pas_workspace_get_db (workspace));
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return failed (workspace, error);
      if (erase && *count > 0)
        pas_workspace_emit_changed (workspace, links[l].kind, 0);
    }
  return TRUE;
}

static gboolean
treat_person (PasWorkspace      *workspace,
              gint64             person_id,
              gboolean           erase,
              PasPersonErasure  *erasure,
              GError           **error)
{
  g_autoptr(PasRecord) person = NULL;
  const char *marker = erase ? _("[name removed]") : NULL;
  const char *email;

  memset (erasure, 0, sizeof *erasure);
  if (!(person = pas_workspace_load (workspace, PAS_KIND_PERSON, person_id, error)))
    return FALSE;
  if (!treat_links (workspace, person_id, erase, erasure, error))
    return FALSE;
  if (!redact_texts (workspace, pas_record_get_string (person, "name"), marker, &erasure->text_mentions, error))
    return FALSE;
  if ((email = pas_record_get_string (person, "email")) != NULL &&
      !redact_texts (workspace, email, marker, &erasure->text_mentions, error))
    return FALSE;
  return !erase || pas_workspace_delete (workspace, PAS_KIND_PERSON, person_id, error);
}

/**
 * pas_workspace_count_person_data:
 * @erasure: (out caller-allocates): what erasing the person would do
 *
 * Tells what pas_workspace_erase_person() would remove and keep,
 * without changing anything.
 */
gboolean
pas_workspace_count_person_data (PasWorkspace      *workspace,
                                 gint64             person_id,
                                 PasPersonErasure  *erasure,
                                 GError           **error)
{
  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (erasure != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return treat_person (workspace, person_id, FALSE, erasure, error);
}

/**
 * pas_workspace_erase_person:
 *
 * Erases a person, in one transaction: their assessments, enrollments,
 * readiness answers, referent activity, consent and mentions in
 * stories, pilot and workshop participation, and the person. Their
 * contributions and feedback stay, anonymous; the workshops they
 * facilitated and the enrollments they coached stay, without them.
 * Their name and email are blanked in the texts of stories and referent notes.
 */
gboolean
pas_workspace_erase_person (PasWorkspace  *workspace,
                            gint64         person_id,
                            GError       **error)
{
  PasPersonErasure erasure;
  int rc;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pas_workspace_begin (workspace, error))
    return FALSE;
  if (!treat_person (workspace, person_id, TRUE, &erasure, error))
    {
      pas_workspace_rollback (workspace);
      return FALSE;
    }
  if (!pas_workspace_commit (workspace, error))
    return FALSE;

  /* Moves the zeroed pages into the file and empties the log, which
   * still holds the older copies. Another program reading the workspace,
   * or an enclosing batch, can delay it: then a later checkpoint does it. */
  if (!sqlite3_get_autocommit (pas_workspace_get_db (workspace)))
    return TRUE;
  rc = sqlite3_wal_checkpoint_v2 (pas_workspace_get_db (workspace), NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  if (rc != SQLITE_OK)
    g_message ("The write-ahead log could not be emptied after an erasure: %s",
               sqlite3_errstr (rc));
  return TRUE;
}
