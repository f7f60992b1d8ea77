/* pas-people-columns.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pas-people-list.h"

G_BEGIN_DECLS

/* The columns of the people list are its sorts (PasPeopleSort), in
 * the order shown. */

/* Pixels between two columns. */
#define PAS_PEOPLE_COLUMN_GAP 12

const char *pas_people_column_get_title (PasPeopleSort     column);
void        pas_people_column_place     (PasPeopleSort     column,
                                         int               width,
                                         GtkTextDirection  direction,
                                         int              *x,
                                         int              *column_width);

G_END_DECLS
