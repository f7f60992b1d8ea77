/* pas-record-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_RECORD_LIST (pas_record_list_get_type ())

G_DECLARE_FINAL_TYPE (PasRecordList, pas_record_list, PAS, RECORD_LIST, GObject)

PasRecordList *pas_record_list_new           (PasWorkspace  *workspace,
                                              PasKind        kind);
PasKind        pas_record_list_get_kind      (PasRecordList *self);
void           pas_record_list_set_filter    (PasRecordList *self,
                                              const char    *field,
                                              gint64         value);
void           pas_record_list_unset_filter  (PasRecordList *self,
                                              const char    *field);
void           pas_record_list_set_search    (PasRecordList *self,
                                              const char    *text);
void           pas_record_list_set_order     (PasRecordList *self,
                                              const char    *field,
                                              gboolean       descending);
gint64         pas_record_list_get_id        (PasRecordList *self,
                                              guint          position);
int            pas_record_list_find          (PasRecordList *self,
                                              gint64         id);
gboolean       pas_record_list_reload        (PasRecordList *self,
                                              GError       **error);

G_END_DECLS
