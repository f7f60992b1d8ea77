/* test-workshop-schedule.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pas-workshop-schedule.h"

#define T_2026_03_14_0930_UTC ((gint64) 1773480600)

static void
test_parse_start (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) plus_one = g_time_zone_new_offset (3600);
  const char *accepted[] = {
    "2026-03-14 09:30", "  2026-03-14   09:30 ", "2026-3-14 9:30", "2026-03-14T09:30", "2026-03-14 09h30",
  };

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 starts_at = 0;

      g_assert_true (pas_workshop_parse_start (accepted[i], utc, &starts_at, &error));
      g_assert_no_error (error);
      g_assert_cmpint (starts_at, ==, T_2026_03_14_0930_UTC);
    }

  {
    g_autoptr(GError) error = NULL;
    gint64 starts_at = 0;

    /* The same wall clock an hour east is an hour earlier in UTC. */
    g_assert_true (pas_workshop_parse_start ("2026-03-14 09:30", plus_one, &starts_at, &error));
    g_assert_no_error (error);
    g_assert_cmpint (starts_at, ==, T_2026_03_14_0930_UTC - 3600);
  }
}

static void
test_parse_start_refused (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  const char *refused[] = {
    "", "   ", "14/03/2026 09:30", "2026-03-14", "2026-02-30 09:30", "2026-13-01 09:30",
    "2026-03-14 24:00", "2026-03-14 09:60", "2026-03-14 09:30 tomorrow", "next monday",
    "2026-00-10 10:00", "\xff\xfe",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 starts_at = 42;

      g_assert_false (pas_workshop_parse_start (refused[i], utc, &starts_at, &error));
      g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "2026-03-14 09:30"));
      g_assert_cmpint (starts_at, ==, 42);
    }
}

static void
test_format_round_trip (void)
{
  g_autoptr(GTimeZone) plus_one = g_time_zone_new_offset (3600);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = pas_workshop_format_start (T_2026_03_14_0930_UTC, plus_one);
  g_autofree char *clock = pas_workshop_format_time_of_day (T_2026_03_14_0930_UTC, plus_one);
  gint64 back = 0;

  g_assert_cmpstr (text, ==, "2026-03-14 10:30");
  g_assert_cmpstr (clock, ==, "10:30");
  g_assert_true (pas_workshop_parse_start (text, plus_one, &back, &error));
  g_assert_no_error (error);
  g_assert_cmpint (back, ==, T_2026_03_14_0930_UTC);
}

static void
test_local_time_zone (void)
{
  g_autofree char *text = NULL;

  /* The tests run with TZ=UTC: NULL is the local zone. */
  text = pas_workshop_format_start (T_2026_03_14_0930_UTC, NULL);
  g_assert_cmpstr (text, ==, "2026-03-14 09:30");
}

static void
test_describe_when (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *same_day = pas_workshop_describe_when (TRUE, T_2026_03_14_0930_UTC, 120, utc);
  g_autofree char *next_day = pas_workshop_describe_when (TRUE, T_2026_03_14_0930_UTC, 15 * 60, utc);
  g_autofree char *none = pas_workshop_describe_when (FALSE, 0, 120, utc);

  g_assert_cmpstr (same_day, ==, "Sat 14 Mar 2026, 09:30–11:30");
  g_assert_cmpstr (next_day, ==, "Sat 14 Mar 2026, 09:30–Sun 15 Mar, 00:30");
  g_assert_cmpstr (none, ==, "No date yet");
}

static void
test_describe_counts (void)
{
  g_autofree char *counts = pas_workshop_describe_counts (12, 8);
  g_autofree char *zero = pas_workshop_describe_counts (0, 0);

  g_assert_cmpstr (counts, ==, "12 invited · 8 present");
  g_assert_cmpstr (zero, ==, "0 invited · 0 present");
}

static void
test_describe_timer (void)
{
  const guint minutes[] = { 10, 5 };
  g_autoptr(PasAgendaTimer) timer = pas_agenda_timer_new (minutes, G_N_ELEMENTS (minutes));
  g_autoptr(PasAgendaTimer) empty = pas_agenda_timer_new (NULL, 0);
  PasAgendaTimerState state;
  gint64 t0 = 1000 * G_USEC_PER_SEC;

  pas_agenda_timer_get_state (empty, t0, &state);
  {
    g_autofree char *text = pas_workshop_describe_timer (&state);
    g_assert_cmpstr (text, ==, "No agenda");
  }

  pas_agenda_timer_get_state (timer, t0, &state);
  {
    g_autofree char *text = pas_workshop_describe_timer (&state);
    g_assert_cmpstr (text, ==, "10:00 left");
  }

  pas_agenda_timer_start (timer, t0);
  pas_agenda_timer_get_state (timer, t0 + 154 * G_USEC_PER_SEC, &state);
  {
    g_autofree char *text = pas_workshop_describe_timer (&state);
    g_assert_cmpstr (text, ==, "7:26 left");
  }

  /* Exactly on time is not over time yet. */
  pas_agenda_timer_get_state (timer, t0 + 600 * G_USEC_PER_SEC, &state);
  {
    g_autofree char *text = pas_workshop_describe_timer (&state);
    g_assert_false (state.over_time);
    g_assert_cmpstr (text, ==, "0:00 left");
  }

  pas_agenda_timer_get_state (timer, t0 + 725 * G_USEC_PER_SEC, &state);
  {
    g_autofree char *text = pas_workshop_describe_timer (&state);
    g_assert_true (state.over_time);
    g_assert_cmpstr (text, ==, "Over by 2:05");
  }
}

static void
test_check_details (void)
{
  struct
  {
    const char *title;
    guint       minutes;
    const char *status;
    gboolean    valid;
  } cases[] = {
    { "Kick-off", 120, "planned", TRUE },
    { "Kick-off", 1, "running", TRUE },
    { "Kick-off", 1440, "done", TRUE },
    { "Kick-off", 60, "cancelled", TRUE },
    { "", 120, "planned", FALSE },
    { "   ", 120, "planned", FALSE },
    { NULL, 120, "planned", FALSE },
    { "Kick-off", 0, "planned", FALSE },
    { "Kick-off", 1441, "planned", FALSE },
    { "Kick-off", 60, "postponed", FALSE },
    { "Kick-off", 60, NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (pas_workshop_check_details (cases[i].title, cases[i].minutes, cases[i].status, &error),
                       ==, cases[i].valid);
      if (cases[i].valid)
        g_assert_no_error (error);
      else
        g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/workshop-schedule/parse-start", test_parse_start);
  g_test_add_func ("/workshop-schedule/parse-start-refused", test_parse_start_refused);
  g_test_add_func ("/workshop-schedule/format-round-trip", test_format_round_trip);
  g_test_add_func ("/workshop-schedule/local-time-zone", test_local_time_zone);
  g_test_add_func ("/workshop-schedule/describe-when", test_describe_when);
  g_test_add_func ("/workshop-schedule/describe-counts", test_describe_counts);
  g_test_add_func ("/workshop-schedule/describe-timer", test_describe_timer);
  g_test_add_func ("/workshop-schedule/check-details", test_check_details);

  return g_test_run ();
}
