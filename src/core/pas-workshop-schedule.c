/* pas-workshop-schedule.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pas-workshop-schedule"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "pas-workshop-schedule.h"

/* When a workshop takes place, as people read and type it. Workshops
 * are stored in UTC unix seconds and shown in the local time zone (or
 * @tz, for the tests); a date is typed "YYYY-MM-DD HH:MM". */

static GDateTime *
new_date_time (gint64     moment,
               GTimeZone *tz)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (moment);
  g_autoptr(GTimeZone) local = NULL;

  if (utc == NULL)
    return NULL;
  if (tz == NULL)
    tz = local = g_time_zone_new_local ();
  return g_date_time_to_timezone (utc, tz);
}

/* "2026-03-14 09:30": what the editor shows and accepts back. */
char *
pas_workshop_format_start (gint64     starts_at,
                           GTimeZone *tz)
{
  g_autoptr(GDateTime) start = new_date_time (starts_at, tz);

  if (start == NULL)
    return g_strdup ("");
  return g_date_time_format (start, "%Y-%m-%d %H:%M");
}

static gboolean
set_format_error (GError **error)
{
  g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                       /* Translators: keep the example's format, which is the one the field accepts */
                       _("Type the date and time like this: 2026-03-14 09:30."));
  return FALSE;
}

/**
 * pas_workshop_parse_start:
 * @text: "YYYY-MM-DD HH:MM" in the time zone @tz; "T" or several spaces
 *   may separate the date from the time, and "h" the hours from the
 *   minutes ("14h30")
 * @tz: (nullable): the time zone; %NULL for the local one
 * @starts_at: (out): UTC unix seconds
 *
 * Returns: %FALSE with a message saying how to type it when @text is not
 *   a date and time that exists.
 */
gboolean
pas_workshop_parse_start (const char  *text,
                          GTimeZone   *tz,
                          gint64      *starts_at,
                          GError     **error)
{
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) start = NULL;
  int parts[5];

  g_return_val_if_fail (starts_at != NULL, FALSE);

  regex = g_regex_new ("^\\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:\\s+|\\s*T\\s*)([0-9]{1,2})\\s*[:hH]\\s*([0-9]{2})\\s*$",
                       G_REGEX_OPTIMIZE, 0, NULL);
  g_assert (regex != NULL);
  if (text == NULL || !g_utf8_validate (text, -1, NULL) || !g_regex_match (regex, text, 0, &match))
    return set_format_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *digits = g_match_info_fetch (match, i + 1);
      parts[i] = atoi (digits);
    }

  if (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 ||
      !g_date_valid_dmy (parts[2], parts[1], parts[0]) || parts[3] > 23 || parts[4] > 59)
    {
      g_autofree char *typed = g_strstrip (g_strdup (text));

      g_set_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                   /* Translators: %s is the date and time as typed */
                   _("“%s” is not a date and time that exists. Type it like this: 2026-03-14 09:30."),
                   typed);
      return FALSE;
    }

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();
  start = g_date_time_new (tz, parts[0], parts[1], parts[2], parts[3], parts[4], 0);
  if (start == NULL)
    return set_format_error (error);
  *starts_at = g_date_time_to_unix (start);
  return TRUE;
}

/* "09:30", for the start of an agenda block. */
char *
pas_workshop_format_time_of_day (gint64     moment,
                                 GTimeZone *tz)
{
  g_autoptr(GDateTime) local = new_date_time (moment, tz);

  if (local == NULL)
    return g_strdup ("");
  /* Translators: the time of day an agenda block starts; see strftime(3) */
  return g_date_time_format (local, _("%H:%M"));
}

/**
 * pas_workshop_describe_when:
 *
 * Returns: (transfer full): "Sat 14 Mar 2026, 09:30–11:30", or "No date
 *   yet" when the workshop has no start.
 */
char *
pas_workshop_describe_when (gboolean   has_start,
                            gint64     starts_at,
                            guint      duration_min,
                            GTimeZone *tz)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *day = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (!has_start || (start = new_date_time (starts_at, tz)) == NULL)
    return g_strdup (_("No date yet"));
  end = g_date_time_add_minutes (start, duration_min);

  /* Translators: a workshop's day; see g_date_time_format() */
  day = g_date_time_format (start, _("%a %-d %b %Y"));
  from = g_date_time_format (start, _("%H:%M"));
  if (g_date_time_get_year (start) == g_date_time_get_year (end) &&
      g_date_time_get_day_of_year (start) == g_date_time_get_day_of_year (end))
    to = g_date_time_format (end, _("%H:%M"));
  else
    /* Translators: when a workshop ends on another day than it starts; see g_date_time_format() */
    to = g_date_time_format (end, _("%a %-d %b, %H:%M"));
  /* Translators: "Sat 14 Mar 2026, 09:30–11:30": the day, the start and the end */
  return g_strdup_printf (_("%s, %s–%s"), day, from, to);
}

/* "12 invited · 8 present" */
char *
pas_workshop_describe_counts (guint n_invited,
                              guint n_attended)
{
  g_autofree char *invited = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u invited", "%u invited", n_invited),
                                              n_invited);
  g_autofree char *attended = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u present", "%u present", n_attended),
                                               n_attended);

  /* Translators: "12 invited · 8 present" */
  return g_strdup_printf (_("%s · %s"), invited, attended);
}

/**
 * pas_workshop_describe_timer:
 *
 * Returns: (transfer full): what the live view's timer says: "12:34 left",
 *   or "Over by 2:05" once the block runs over time, in words so that
 *   the cue is not a colour alone.
 */
char *
pas_workshop_describe_timer (const PasAgendaTimerState *state)
{
  g_autofree char *clock = NULL;

  g_return_val_if_fail (state != NULL, NULL);

  if (state->n_blocks == 0)
    return g_strdup (_("No agenda"));
  if (state->over_time)
    {
      clock = pas_agenda_format_clock (state->elapsed - state->planned);
      /* Translators: the current agenda block took longer than planned; %s is like "2:05" */
      return g_strdup_printf (_("Over by %s"), clock);
    }
  clock = pas_agenda_format_clock (MAX (state->remaining, 0));
  /* Translators: the time left in the current agenda block; %s is like "12:34" */
  return g_strdup_printf (_("%s left"), clock);
}

/**
 * pas_workshop_check_details:
 * @status: "planned", "running", "done" or "cancelled"
 *
 * Says what to correct in a workshop's editor before saving, in the
 * words of the person typing rather than those of a constraint.
 */
gboolean
pas_workshop_check_details (const char  *title,
                            guint        duration_min,
                            const char  *status,
                            GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (title ? title : ""));

  if (*stripped == '\0' || !g_utf8_validate (stripped, -1, NULL))
    {
      g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                           _("Give the workshop a title."));
      return FALSE;
    }
  if (duration_min < 1 || duration_min > PAS_AGENDA_MAX_MINUTES)
    {
      g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                           _("A workshop lasts at least 1 minute and at most 24 hours."));
      return FALSE;
    }
  if (g_strcmp0 (status, "planned") != 0 && g_strcmp0 (status, "running") != 0 &&
      g_strcmp0 (status, "done") != 0 && g_strcmp0 (status, "cancelled") != 0)
    {
      g_set_error_literal (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID,
                           _("Choose whether the workshop is planned, in progress, done or cancelled."));
      return FALSE;
    }
  return TRUE;
}
