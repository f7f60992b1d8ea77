/* pas-ics.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pas-workspace.h"

G_BEGIN_DECLS

#define PAS_ICS_FOLD_OCTETS 75

typedef struct
{
  const char *name;
  const char *email;
  gboolean    attended;
  gboolean    chair;     /* the facilitator */
} PasIcsAttendee;

/* One event, as plain values: see pas_ics_format_event(). */
typedef struct
{
  const char           *uuid;
  gint64                dtstamp;       /* UTC unix seconds: when the file is made */
  gint64                starts_at;     /* UTC unix seconds */
  guint                 duration_min;
  const char           *summary;
  const char           *location;      /* may be empty */
  const char           *description;   /* may be empty */
  gboolean              cancelled;
  const char           *organizer_name;
  const char           *organizer_email;  /* NULL: no ORGANIZER */
  const PasIcsAttendee *attendees;
  guint                 n_attendees;
} PasIcsEvent;

char     *pas_ics_escape_text          (const char         *text);
void      pas_ics_append_line          (GString            *out,
                                        const char         *line);
char     *pas_ics_format_utc           (gint64              time);
char     *pas_ics_format_duration      (guint               minutes);
char     *pas_ics_format_event         (const PasIcsEvent  *event);
char     *pas_ics_suggest_file_name    (const char         *title);

char     *pas_ics_build_workshop       (PasWorkspace       *workspace,
                                        gint64              workshop_id,
                                        gint64              dtstamp,
                                        GError            **error);
gboolean  pas_ics_write_workshop       (PasWorkspace       *workspace,
                                        gint64              workshop_id,
                                        const char         *path,
                                        GError            **error);

G_END_DECLS
