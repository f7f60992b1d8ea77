/* pas-ics.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-ics"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pas-agenda.h"
#include "pas-ics.h"
#include "pas-workshop-ops.h"

/* An iCalendar (RFC 5545) file for one workshop, for Evolution,
 * Thunderbird and Outlook alike. */

/**
 * pas_ics_escape_text:
 *
 * Returns: (transfer full): @text as an iCalendar TEXT value: backslash,
 *   semicolon and comma escaped, each line break as "\n", other control
 *   characters as spaces.
 */
char *
pas_ics_escape_text (const char *text)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p++)
    {
      switch (*p)
        {
        case '\\':
        case ';':
        case ',':
          g_string_append_c (escaped, '\\');
          g_string_append_c (escaped, *p);
          break;
        case '\r':
          if (p[1] == '\n')
            p++;
          G_GNUC_FALLTHROUGH;
        case '\n':
          g_string_append (escaped, "\\n");
          break;
        case '\t':
          g_string_append_c (escaped, '\t');
          break;
        default:
          g_string_append_c (escaped, ((guchar) *p < 0x20 || *p == 0x7f) ? ' ' : *p);
          break;
        }
    }
  return g_string_free (escaped, FALSE);
}

/**
 * pas_ics_append_line:
 * @line: one content line, without its line end
 *
 * Appends @line folded into pieces of at most 75 octets, the pieces
 * after the first starting with a space; neither a UTF-8 character nor
 * a backslash escape is ever split. Every line ends with CRLF.
 */
void
pas_ics_append_line (GString    *out,
                     const char *line)
{
  gsize length = strlen (line);
  gsize pos = 0;
  gsize limit = PAS_ICS_FOLD_OCTETS;

  while (length - pos > limit)
    {
      gsize cut = pos + limit;

      gsize backslashes = 0;

      while (cut > pos && ((guchar) line[cut] & 0xc0) == 0x80)
        cut--;
      if (cut == pos)
        cut = pos + limit;
      /* Nor an escape such as "\n": some readers unescape before unfolding. */
      while (cut - backslashes > pos && line[cut - 1 - backslashes] == '\\')
        backslashes++;
      if (backslashes % 2 == 1 && cut - 1 > pos)
        cut--;
      g_string_append_len (out, line + pos, cut - pos);
      g_string_append (out, "\r\n ");
      pos = cut;
      limit = PAS_ICS_FOLD_OCTETS - 1;
    }
  g_string_append (out, line + pos);
  g_string_append (out, "\r\n");
}

/* "20240315T083000Z" */
char *
pas_ics_format_utc (gint64 time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time);

  g_return_val_if_fail (utc != NULL, NULL);
  return g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
}

/* "PT45M", "PT2H", "PT1H30M" */
char *
pas_ics_format_duration (guint minutes)
{
  if (minutes < 60)
    return g_strdup_printf ("PT%uM", minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf ("PT%uH", minutes / 60);
  return g_strdup_printf ("PT%uH%uM", minutes / 60, minutes % 60);
}

/* A parameter value may not hold a double quote nor a control
 * character, and must be quoted when it holds ; : or , */
static void
append_param_value (GString    *line,
                    const char *value)
{
  g_autoptr(GString) clean = g_string_new (NULL);

  for (const char *p = value ? value : ""; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (clean, '\'');
      else if ((guchar) *p < 0x20 || *p == 0x7f)
        g_string_append_c (clean, ' ');
      else
        g_string_append_c (clean, *p);
    }
  if (strpbrk (clean->str, ";:,") != NULL)
    g_string_append_printf (line, "\"%s\"", clean->str);
  else
    g_string_append (line, clean->str);
}

static void
append_mailto (GString    *line,
               const char *email)
{
  g_autofree char *escaped = g_uri_escape_string (email, "!$&'*+=@", FALSE);

  g_string_append_printf (line, ":mailto:%s", escaped);
}

static void
append_text_property (GString    *out,
                      const char *name,
                      const char *value)
{
  g_autofree char *escaped = pas_ics_escape_text (value);
  g_autofree char *line = g_strconcat (name, ":", escaped, NULL);

  pas_ics_append_line (out, line);
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);

  pas_ics_append_line (out, line);
}

static gboolean
is_web_address (const char *text)
{
  return g_str_has_prefix (text, "https://") || g_str_has_prefix (text, "http://");
}

/**
 * pas_ics_format_event:
 *
 * Returns: (transfer full): a whole VCALENDAR holding @event, with CRLF
 *   line ends and folded lines.
 */
char *
pas_ics_format_event (const PasIcsEvent *event)
{
  GString *out = g_string_new (NULL);
  g_autofree char *uid = NULL;
  g_autofree char *dtstamp = NULL;
  g_autofree char *dtstart = NULL;
  g_autofree char *duration = NULL;

  g_return_val_if_fail (event != NULL && event->uuid != NULL, NULL);

  uid = g_strconcat (event->uuid, "@passerelle", NULL);
  dtstamp = pas_ics_format_utc (event->dtstamp);
  dtstart = pas_ics_format_utc (event->starts_at);
  duration = pas_ics_format_duration (event->duration_min);

  pas_ics_append_line (out, "BEGIN:VCALENDAR");
  pas_ics_append_line (out, "VERSION:2.0");
  pas_ics_append_line (out, "PRODID:-//Passerelle//Passerelle " PACKAGE_VERSION "//EN");
  pas_ics_append_line (out, "CALSCALE:GREGORIAN");
  pas_ics_append_line (out, "METHOD:PUBLISH");
  pas_ics_append_line (out, "BEGIN:VEVENT");
  append_text_property (out, "UID", uid);
  append_property (out, "DTSTAMP", dtstamp);
  append_property (out, "DTSTART", dtstart);
  append_property (out, "DURATION", duration);
  append_text_property (out, "SUMMARY", event->summary);
  if (event->location && *event->location)
    {
      append_text_property (out, "LOCATION", event->location);
      if (is_web_address (event->location) && strpbrk (event->location, " \t\r\n") == NULL)
        append_property (out, "URL", event->location);
    }
  if (event->description && *event->description)
    append_text_property (out, "DESCRIPTION", event->description);
  append_property (out, "STATUS", event->cancelled ? "CANCELLED" : "CONFIRMED");

  if (event->organizer_email && *event->organizer_email)
    {
      g_autoptr(GString) line = g_string_new ("ORGANIZER");

      if (event->organizer_name && *event->organizer_name)
        {
          g_string_append (line, ";CN=");
          append_param_value (line, event->organizer_name);
        }
      append_mailto (line, event->organizer_email);
      pas_ics_append_line (out, line->str);
    }
  for (guint i = 0; i < event->n_attendees; i++)
    {
      const PasIcsAttendee *attendee = &event->attendees[i];
      g_autoptr(GString) line = NULL;

      if (attendee->email == NULL || *attendee->email == '\0')
        continue;
      line = g_string_new ("ATTENDEE");
      if (attendee->name && *attendee->name)
        {
          g_string_append (line, ";CN=");
          append_param_value (line, attendee->name);
        }
      g_string_append_printf (line, ";ROLE=%s;PARTSTAT=%s",
                              attendee->chair ? "CHAIR" : "REQ-PARTICIPANT",
                              attendee->attended ? "ACCEPTED" : "NEEDS-ACTION");
      append_mailto (line, attendee->email);
      pas_ics_append_line (out, line->str);
    }

  pas_ics_append_line (out, "END:VEVENT");
  pas_ics_append_line (out, "END:VCALENDAR");
  return g_string_free (out, FALSE);
}

/* "Kick-off: new CRM.ics" → a name any file system takes. */
char *
pas_ics_suggest_file_name (const char *title)
{
  g_autofree char *stripped = g_strstrip (g_strdup (title ? title : ""));
  GString *name = g_string_new (NULL);

  for (const char *p = stripped; *p; p++)
    g_string_append_c (name, strchr ("/\\:*?\"<>|", *p) || (guchar) *p < 0x20 ? '-' : *p);
  if (name->len == 0 || !g_utf8_validate (name->str, -1, NULL))
    g_string_assign (name, _("workshop"));
  g_string_append (name, ".ics");
  return g_string_free (name, FALSE);
}

/* The objective, then the agenda with each block's start (local time). */
static char *
build_description (const char *objective,
                   gint64      starts_at,
                   GPtrArray  *agenda)
{
  g_autofree char *stripped = g_strstrip (g_strdup (objective ? objective : ""));
  GString *text = g_string_new (stripped);

  if (agenda->len > 0)
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, _("Agenda:"));
      for (guint i = 0; i < agenda->len; i++)
        {
          const PasAgendaItem *item = g_ptr_array_index (agenda, i);
          g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (pas_agenda_get_start (starts_at, item));
          g_autofree char *clock = g_date_time_format (start, "%H:%M");
          g_autofree char *minutes = pas_agenda_format_minutes (item->minutes);
          const char *method = pas_workshop_method_get_label (item->method);

          g_string_append_c (text, '\n');
          if (*method)
            /* Translators: an agenda line: start time, title, method, duration ("09:15 Ideas (Brainstorming, 30 min)") */
            g_string_append_printf (text, _("%s %s (%s, %s)"), clock, item->title, method, minutes);
          else
            /* Translators: an agenda line: start time, title, duration ("09:15 Ideas (30 min)") */
            g_string_append_printf (text, _("%s %s (%s)"), clock, item->title, minutes);
        }
    }
  return g_string_free (text, FALSE);
}

/**
 * pas_ics_build_workshop:
 * @dtstamp: UTC unix seconds, the time the file is made
 *
 * The calendar text for a workshop: its time, place, objective and
 * agenda; the facilitator as organiser and the invited people who have
 * an email (and are not archived) as attendees.
 *
 * Returns: (transfer full): the text, or %NULL with @error set.
 */
char *
pas_ics_build_workshop (PasWorkspace  *workspace,
                        gint64         workshop_id,
                        gint64         dtstamp,
                        GError       **error)
{
  g_autoptr(PasRecord) workshop = NULL;
  g_autoptr(PasRecord) facilitator = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) agenda = NULL;
  g_autoptr(GArray) attendees = g_array_new (FALSE, TRUE, sizeof (PasIcsAttendee));
  g_autofree char *description = NULL;
  gint64 facilitator_id = 0;
  PasIcsEvent event = { 0 };

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), NULL);

  if (!(workshop = pas_workspace_load (workspace, PAS_KIND_WORKSHOP, workshop_id, error)))
    return NULL;
  if (pas_record_is_null (workshop, "starts_at"))
    {
      g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                           _("Set the date and time of the workshop before adding it to a calendar."));
      return NULL;
    }
  if (!pas_record_is_null (workshop, "facilitator_id"))
    {
      facilitator_id = pas_record_get_int (workshop, "facilitator_id");
      if (!(facilitator = pas_workspace_load (workspace, PAS_KIND_PERSON, facilitator_id, error)))
        return NULL;
    }
  if (!(participants = pas_workshop_list_participants (workspace, workshop_id, error)) ||
      !(agenda = pas_agenda_load (workspace, workshop_id, error)))
    return NULL;

  for (guint i = 0; i < participants->len; i++)
    {
      const PasParticipant *participant = g_ptr_array_index (participants, i);
      PasIcsAttendee attendee = { 0 };

      if (!participant->invited || participant->archived || participant->email == NULL)
        continue;
      attendee.name = participant->name;
      attendee.email = participant->email;
      attendee.attended = participant->attended;
      attendee.chair = participant->person_id == facilitator_id;
      g_array_append_val (attendees, attendee);
    }

  event.uuid = pas_record_get_uuid (workshop);
  event.dtstamp = dtstamp;
  event.starts_at = pas_record_get_int (workshop, "starts_at");
  event.duration_min = pas_record_get_int (workshop, "duration_min");
  event.summary = pas_record_get_string (workshop, "title");
  event.location = pas_record_get_string (workshop, "place");
  description = build_description (pas_record_get_string (workshop, "objective"), event.starts_at, agenda);
  event.description = description;
  event.cancelled = g_strcmp0 (pas_record_get_string (workshop, "status"), "cancelled") == 0;
  if (facilitator != NULL)
    {
      event.organizer_name = pas_record_get_string (facilitator, "name");
      event.organizer_email = pas_record_get_string (facilitator, "email");
    }
  event.attendees = (const PasIcsAttendee *) (gpointer) attendees->data;
  event.n_attendees = attendees->len;
  return pas_ics_format_event (&event);
}

/**
 * pas_ics_write_workshop:
 *
 * Writes the workshop's calendar file to @path, replacing it at once:
 * a failure leaves no partial file and any previous file intact.
 */
gboolean
pas_ics_write_workshop (PasWorkspace  *workspace,
                        gint64         workshop_id,
                        const char    *path,
                        GError       **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PAS_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  text = pas_ics_build_workshop (workspace, workshop_id, g_get_real_time () / G_USEC_PER_SEC, error);
  if (text == NULL)
    return FALSE;
  return g_file_set_contents_full (path, text, -1,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0666, error);
}
