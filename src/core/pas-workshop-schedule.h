/* pas-workshop-schedule.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-agenda.h"
#include "pas-workspace.h"

G_BEGIN_DECLS

char     *pas_workshop_format_start        (gint64                      starts_at,
                                            GTimeZone                  *tz);
gboolean  pas_workshop_parse_start         (const char                 *text,
                                            GTimeZone                  *tz,
                                            gint64                     *starts_at,
                                            GError                    **error);
char     *pas_workshop_format_time_of_day  (gint64                      moment,
                                            GTimeZone                  *tz);
char     *pas_workshop_describe_when       (gboolean                    has_start,
                                            gint64                      starts_at,
                                            guint                       duration_min,
                                            GTimeZone                  *tz);
char     *pas_workshop_describe_counts     (guint                       n_invited,
                                            guint                       n_attended);
char     *pas_workshop_describe_timer      (const PasAgendaTimerState  *state);
gboolean  pas_workshop_check_details       (const char                 *title,
                                            guint                       duration_min,
                                            const char                 *status,
                                            GError                    **error);

G_END_DECLS
