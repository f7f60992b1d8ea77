/* pas-pseudonym.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-pseudonym"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pas-pseudonym.h"
#include "pas-reader.h"

/* How numbers are given: each uuid hashes to a 64-bit value; people are
 * taken in the order of those values and each gets the value modulo the
 * number of slots, or the next free slot after it. The result depends
 * only on the set of uuids, never on row ids or the order of the rows,
 * and a person added later moves at most the few whose slot they take.
 * Four digits are used as long as at most half the slots are filled, so
 * that collisions stay rare; a larger workspace gets a fifth digit. */

#define MIN_DIGITS 4

typedef struct
{
  gint64      id;
  guint64     hash;
  const char *uuid;     /* only while numbers are given */
  guint       number;
} Entry;

struct _PasPseudonyms
{
  Entry      *entries;
  guint       n_entries;
  guint       digits;
  GHashTable *by_id;   /* &entry->id → entry */
};

static guint64
hash_uuid (const char *uuid)
{
  g_autofree char *normal = g_ascii_strdown (uuid, -1);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize length = sizeof digest;
  guint64 value = 0;

  g_checksum_update (checksum, (const guchar *) normal, strlen (normal));
  g_checksum_get_digest (checksum, digest, &length);
  for (guint i = 0; i < 8; i++)
    value = (value << 8) | digest[i];
  return value;
}

static int
compare_hashes (gconstpointer a,
                gconstpointer b)
{
  const Entry *x = a, *y = b;

  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return strcmp (x->uuid, y->uuid);
}

/**
 * pas_pseudonyms_new:
 * @person_ids: (array length=n_people): the people's row ids
 * @uuids: (array length=n_people): their uuids
 *
 * Returns: (transfer full): the pseudonyms of those people.
 */
PasPseudonyms *
pas_pseudonyms_new (guint               n_people,
                    const gint64       *person_ids,
                    const char * const *uuids)
{
  PasPseudonyms *self = g_new0 (PasPseudonyms, 1);
  g_autofree guint8 *taken = NULL;
  guint n_slots = 1;

  g_return_val_if_fail (n_people == 0 || (person_ids != NULL && uuids != NULL), NULL);

  self->digits = MIN_DIGITS;
  for (guint i = 0; i < self->digits; i++)
    n_slots *= 10;
  while ((guint64) n_people * 2 > n_slots && self->digits < 9)
    {
      self->digits++;
      n_slots *= 10;
    }

  self->n_entries = n_people;
  self->entries = g_new0 (Entry, MAX (n_people, 1));
  for (guint i = 0; i < n_people; i++)
    self->entries[i] = (Entry) { person_ids[i], hash_uuid (uuids[i]), uuids[i], 0 };
  qsort (self->entries, n_people, sizeof (Entry), compare_hashes);

  taken = g_new0 (guint8, n_slots / 8 + 1);
  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < n_people; i++)
    {
      Entry *entry = &self->entries[i];
      guint slot = entry->hash % n_slots;

      while (taken[slot / 8] & (1u << (slot % 8)))
        slot = (slot + 1) % n_slots;
      taken[slot / 8] |= 1u << (slot % 8);
      entry->number = slot;
      entry->uuid = NULL;
      g_hash_table_insert (self->by_id, &entry->id, entry);
    }
  return self;
}

/**
 * pas_pseudonyms_new_for_db:
 *
 * Gives a pseudonym to every person of the workspace, archived or not,
 * so that the numbers do not depend on what an export contains.
 *
 * Returns: (transfer full): the pseudonyms, or %NULL with @error set.
 */
PasPseudonyms *
pas_pseudonyms_new_for_db (sqlite3  *db,
                           GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);

  if ((rc = sqlite3_prepare_v2 (db, "SELECT id, uuid FROM person", -1, &stmt, NULL)) != SQLITE_OK)
    {
      pas_reader_set_error (db, sqlite3_extended_errcode (db), error);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (uuids, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      pas_reader_set_error (db, sqlite3_extended_errcode (db), error);
      return NULL;
    }
  return pas_pseudonyms_new (ids->len, (const gint64 *) (gpointer) ids->data,
                             (const char * const *) uuids->pdata);
}

void
pas_pseudonyms_free (PasPseudonyms *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_id);
  g_free (self->entries);
  g_free (self);
}

guint
pas_pseudonyms_get_digits (const PasPseudonyms *self)
{
  g_return_val_if_fail (self != NULL, MIN_DIGITS);
  return self->digits;
}

gboolean
pas_pseudonyms_get_number (const PasPseudonyms *self,
                           gint64               person_id,
                           guint               *number)
{
  const Entry *entry;

  g_return_val_if_fail (self != NULL, FALSE);

  if ((entry = g_hash_table_lookup (self->by_id, &person_id)) == NULL)
    return FALSE;
  if (number)
    *number = entry->number;
  return TRUE;
}

/**
 * pas_pseudonyms_format:
 *
 * Returns: (transfer full) (nullable): "Person 0427", translated, or
 *   %NULL for someone unknown.
 */
char *
pas_pseudonyms_format (const PasPseudonyms *self,
                       gint64               person_id)
{
  g_autofree char *digits = NULL;
  guint number;

  if (!pas_pseudonyms_get_number (self, person_id, &number))
    return NULL;
  digits = g_strdup_printf ("%0*u", (int) self->digits, number);
  /* Translators: a pseudonym in exports; %s is a number such as 0427 */
  return g_strdup_printf (_("Person %s"), digits);
}
