/* pas-person-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-people-columns.h"

G_BEGIN_DECLS

#define PAS_TYPE_PERSON_ROW (pas_person_row_get_type ())

G_DECLARE_FINAL_TYPE (PasPersonRow, pas_person_row, PAS, PERSON_ROW, GtkWidget)

GtkWidget *pas_person_row_new      (void);
void       pas_person_row_set_text (PasPersonRow  *self,
                                    PasPeopleSort  column,
                                    const char    *text,
                                    gboolean       dim);
const char *pas_person_row_get_text (PasPersonRow  *self,
                                     PasPeopleSort  column);

G_END_DECLS
