/* pas-people-header.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-people-columns.h"

G_BEGIN_DECLS

#define PAS_TYPE_PEOPLE_HEADER (pas_people_header_get_type ())

G_DECLARE_FINAL_TYPE (PasPeopleHeader, pas_people_header, PAS, PEOPLE_HEADER, GtkWidget)

PasPeopleSort pas_people_header_get_sort       (PasPeopleHeader *self);
gboolean      pas_people_header_get_descending (PasPeopleHeader *self);
GtkWidget    *pas_people_header_get_button     (PasPeopleHeader *self,
                                                PasPeopleSort    column);

G_END_DECLS
