/* pas-pseudonym.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Pseudonyms for the people of a workspace, "Person 0427": the number
 * comes from a hash of the person's uuid, so that a person keeps it from
 * one export to the next, and from one copy of the workspace to another. */
typedef struct _PasPseudonyms PasPseudonyms;

PasPseudonyms *pas_pseudonyms_new         (guint                n_people,
                                           const gint64        *person_ids,
                                           const char * const  *uuids);
PasPseudonyms *pas_pseudonyms_new_for_db  (sqlite3             *db,
                                           GError             **error);
void           pas_pseudonyms_free        (PasPseudonyms       *self);
guint          pas_pseudonyms_get_digits  (const PasPseudonyms *self);
gboolean       pas_pseudonyms_get_number  (const PasPseudonyms *self,
                                           gint64               person_id,
                                           guint               *number);
char          *pas_pseudonyms_format      (const PasPseudonyms *self,
                                           gint64               person_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PasPseudonyms, pas_pseudonyms_free)

G_END_DECLS
