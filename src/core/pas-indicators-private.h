/* pas-indicators-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "pas-indicators.h"

G_BEGIN_DECLS

/* For core code holding its own connection (the exporter's thread):
 * computes on @db in one read transaction. */
PasIndicators *pas_indicators_compute_for_db (sqlite3       *db,
                                              gint64         project_id,
                                              const char    *since,
                                              const char    *until,
                                              GCancellable  *cancellable,
                                              GError       **error);

G_END_DECLS
