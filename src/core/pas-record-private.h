/* pas-record-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "pas-record.h"

G_BEGIN_DECLS

void        pas_record_set_id        (PasRecord    *self,
                                      gint64        id);
const GValue *pas_record_get_value   (PasRecord    *self,
                                      guint         index);
PasRecord  *pas_record_new_from_row  (PasKind       kind,
                                      sqlite3_stmt *stmt);
void        pas_record_bind_fields   (PasRecord    *self,
                                      sqlite3_stmt *stmt);

G_END_DECLS
