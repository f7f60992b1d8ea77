/* pas-record.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "pas-kind.h"

G_BEGIN_DECLS

#define PAS_TYPE_RECORD (pas_record_get_type ())

G_DECLARE_FINAL_TYPE (PasRecord, pas_record, PAS, RECORD, GObject)

PasRecord  *pas_record_new         (PasKind      kind);
PasKind     pas_record_get_kind    (PasRecord   *self);
gint64      pas_record_get_id      (PasRecord   *self);
const char *pas_record_get_uuid    (PasRecord   *self);
gboolean    pas_record_is_null     (PasRecord   *self,
                                    const char  *field);
const char *pas_record_get_string  (PasRecord   *self,
                                    const char  *field);
gint64      pas_record_get_int     (PasRecord   *self,
                                    const char  *field);
double      pas_record_get_double  (PasRecord   *self,
                                    const char  *field);
void        pas_record_set_string  (PasRecord   *self,
                                    const char  *field,
                                    const char  *value);
void        pas_record_set_int     (PasRecord   *self,
                                    const char  *field,
                                    gint64       value);
void        pas_record_set_double  (PasRecord   *self,
                                    const char  *field,
                                    double       value);
void        pas_record_set_null    (PasRecord   *self,
                                    const char  *field);
PasRecord  *pas_record_copy        (PasRecord   *self);

G_END_DECLS
