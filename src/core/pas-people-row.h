/* pas-people-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_TYPE_PEOPLE_ROW (pas_people_row_get_type ())

G_DECLARE_FINAL_TYPE (PasPeopleRow, pas_people_row, PAS, PEOPLE_ROW, GObject)

PasPeopleRow *pas_people_row_new                 (PasWorkspace *workspace,
                                                  GHashTable   *department_names,
                                                  gint64        id);
gint64        pas_people_row_get_id              (PasPeopleRow *self);
PasRecord    *pas_people_row_get_person          (PasPeopleRow *self);
const char   *pas_people_row_get_department_name (PasPeopleRow *self);

G_END_DECLS
