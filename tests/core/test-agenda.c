/* test-agenda.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "pas-agenda.h"
#include "pas-workshop-ops.h"

#define SECOND G_USEC_PER_SEC
#define T0 ((gint64) 5000 * SECOND)

typedef struct
{
  char         *dir;
  PasWorkspace *workspace;
  gint64        workshop_id;
  guint         n_changed;
} Fixture;

static void
on_changed_cb (PasWorkspace *workspace,
               PasKind       kind,
               gint64        id,
               Fixture      *fixture)
{
  if (kind == PAS_KIND_AGENDA_ITEM)
    fixture->n_changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);
  g_autoptr(PasRecord) workshop = pas_record_new (PAS_KIND_WORKSHOP);
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("test-agenda-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "agenda.passerelle", NULL);
  fixture->workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  pas_record_set_string (project, "name", "New CRM");
  g_assert_true (pas_workspace_save (fixture->workspace, project, &error));
  g_assert_no_error (error);
  pas_record_set_int (workshop, "project_id", pas_record_get_id (project));
  pas_record_set_string (workshop, "title", "Kick-off");
  pas_record_set_int (workshop, "starts_at", 1710491400); /* 2024-03-15 08:30 UTC */
  pas_record_set_int (workshop, "duration_min", 120);
  g_assert_true (pas_workspace_save (fixture->workspace, workshop, &error));
  g_assert_no_error (error);
  fixture->workshop_id = pas_record_get_id (workshop);
  g_signal_connect (fixture->workspace, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (pas_workspace_get_path (fixture->workspace));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_finalize_object (fixture->workspace);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
test_offsets (void)
{
  PasAgendaItem items[3] = { { .minutes = 15 }, { .minutes = 30 }, { .minutes = 45 } };
  const gint64 start = 1710491400;

  g_assert_cmpuint (pas_agenda_compute_offsets (items, 3), ==, 90);
  g_assert_cmpuint (items[0].offset, ==, 0);
  g_assert_cmpuint (items[1].offset, ==, 15);
  g_assert_cmpuint (items[2].offset, ==, 45);
  g_assert_cmpint (pas_agenda_get_start (start, &items[0]), ==, start);
  g_assert_cmpint (pas_agenda_get_start (start, &items[1]), ==, start + 15 * 60);
  g_assert_cmpint (pas_agenda_get_start (start, &items[2]), ==, start + 45 * 60);
  g_assert_cmpuint (pas_agenda_compute_offsets (items, 0), ==, 0);
}

static void
test_fit (void)
{
  guint difference = 99;
  g_autofree char *over = NULL;
  g_autofree char *under = NULL;
  g_autofree char *exact = NULL;

  g_assert_cmpint (pas_agenda_fit (90, 120, &difference), ==, PAS_AGENDA_FIT_UNDER);
  g_assert_cmpuint (difference, ==, 30);
  g_assert_cmpint (pas_agenda_fit (120, 120, &difference), ==, PAS_AGENDA_FIT_EXACT);
  g_assert_cmpuint (difference, ==, 0);
  g_assert_cmpint (pas_agenda_fit (135, 120, &difference), ==, PAS_AGENDA_FIT_OVER);
  g_assert_cmpuint (difference, ==, 15);
  g_assert_cmpint (pas_agenda_fit (0, 120, NULL), ==, PAS_AGENDA_FIT_UNDER);

  over = pas_agenda_describe_fit (135, 120);
  under = pas_agenda_describe_fit (30, 90);
  exact = pas_agenda_describe_fit (120, 120);
  g_assert_cmpstr (over, ==, "15 min over the planned 2 h");
  g_assert_cmpstr (under, ==, "1 h to spare in the planned 1 h 30 min");
  g_assert_cmpstr (exact, ==, "Exactly the planned 2 h");
}

static void
test_formats (void)
{
  struct { guint minutes; const char *text; } durations[] = {
    { 0, "0 min" }, { 45, "45 min" }, { 60, "1 h" }, { 90, "1 h 30 min" }, { 1440, "24 h" },
  };
  struct { gint64 seconds; const char *text; } clocks[] = {
    { 0, "0:00" }, { 245, "4:05" }, { 3600, "1:00:00" }, { 3723, "1:02:03" },
    { -42, "\u22120:42" }, { -3723, "\u22121:02:03" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (durations); i++)
    {
      g_autofree char *text = pas_agenda_format_minutes (durations[i].minutes);
      g_assert_cmpstr (text, ==, durations[i].text);
    }
  for (guint i = 0; i < G_N_ELEMENTS (clocks); i++)
    {
      g_autofree char *text = pas_agenda_format_clock (clocks[i].seconds);
      g_assert_cmpstr (text, ==, clocks[i].text);
    }
}

static void
assert_state (const PasAgendaTimer *timer,
              gint64                now,
              guint                 block,
              gboolean              running,
              gint64                elapsed,
              gint64                remaining,
              gboolean              over_time)
{
  PasAgendaTimerState state;

  pas_agenda_timer_get_state (timer, now, &state);
  g_assert_cmpuint (state.block, ==, block);
  g_assert_cmpint (state.running, ==, running);
  g_assert_cmpint (state.elapsed, ==, elapsed);
  g_assert_cmpint (state.remaining, ==, remaining);
  g_assert_cmpint (state.over_time, ==, over_time);
  g_assert_cmpint (state.planned, ==, elapsed + remaining);
}

static void
test_timer (void)
{
  const guint minutes[] = { 1, 2, 3 };
  g_autoptr(PasAgendaTimer) timer = pas_agenda_timer_new (minutes, G_N_ELEMENTS (minutes));
  PasAgendaTimerState state;

  /* A new timer waits on the first block. */
  assert_state (timer, T0, 0, FALSE, 0, 60, FALSE);
  pas_agenda_timer_get_state (timer, T0, &state);
  g_assert_cmpuint (state.n_blocks, ==, 3);
  g_assert_cmpfloat (state.fraction, ==, 0.0);

  /* Running counts; starting again changes nothing. */
  pas_agenda_timer_start (timer, T0);
  assert_state (timer, T0 + 30 * SECOND, 0, TRUE, 30, 30, FALSE);
  pas_agenda_timer_start (timer, T0 + 20 * SECOND);
  assert_state (timer, T0 + 30 * SECOND + SECOND / 2, 0, TRUE, 30, 30, FALSE);
  pas_agenda_timer_get_state (timer, T0 + 30 * SECOND, &state);
  g_assert_cmpfloat_with_epsilon (state.fraction, 0.5, 1e-9);

  /* Paused, time does not count. */
  pas_agenda_timer_pause (timer, T0 + 40 * SECOND);
  assert_state (timer, T0 + 100 * SECOND, 0, FALSE, 40, 20, FALSE);
  pas_agenda_timer_pause (timer, T0 + 120 * SECOND);
  assert_state (timer, T0 + 130 * SECOND, 0, FALSE, 40, 20, FALSE);

  /* Exactly on time is not over time; a microsecond later is. */
  pas_agenda_timer_toggle (timer, T0 + 100 * SECOND);
  assert_state (timer, T0 + 120 * SECOND, 0, TRUE, 60, 0, FALSE);
  assert_state (timer, T0 + 120 * SECOND + 1, 0, TRUE, 60, 0, TRUE);
  assert_state (timer, T0 + 125 * SECOND, 0, TRUE, 65, -5, TRUE);
  pas_agenda_timer_get_state (timer, T0 + 125 * SECOND, &state);
  g_assert_cmpfloat (state.fraction, ==, 1.0);

  /* Next: the running timer goes on with the next block. */
  g_assert_true (pas_agenda_timer_next (timer, T0 + 125 * SECOND));
  assert_state (timer, T0 + 125 * SECOND, 1, TRUE, 0, 120, FALSE);
  assert_state (timer, T0 + 135 * SECOND, 1, TRUE, 10, 110, FALSE);

  /* Previous: back to where the first block was. */
  g_assert_true (pas_agenda_timer_previous (timer, T0 + 135 * SECOND));
  assert_state (timer, T0 + 140 * SECOND, 0, TRUE, 70, -10, TRUE);
  g_assert_false (pas_agenda_timer_previous (timer, T0 + 140 * SECOND));
  assert_state (timer, T0 + 140 * SECOND, 0, TRUE, 70, -10, TRUE);

  /* The second block kept its 10 seconds; the last block has no next. */
  g_assert_true (pas_agenda_timer_go_to (timer, 1, T0 + 140 * SECOND));
  assert_state (timer, T0 + 140 * SECOND, 1, TRUE, 10, 110, FALSE);
  g_assert_true (pas_agenda_timer_next (timer, T0 + 140 * SECOND));
  g_assert_false (pas_agenda_timer_next (timer, T0 + 141 * SECOND));
  g_assert_false (pas_agenda_timer_go_to (timer, 3, T0 + 141 * SECOND));
  assert_state (timer, T0 + 141 * SECOND, 2, TRUE, 1, 179, FALSE);

  /* Moving while paused stays paused. */
  pas_agenda_timer_toggle (timer, T0 + 150 * SECOND);
  g_assert_true (pas_agenda_timer_previous (timer, T0 + 160 * SECOND));
  assert_state (timer, T0 + 200 * SECOND, 1, FALSE, 10, 110, FALSE);

  /* Restart counts the block from zero. */
  pas_agenda_timer_restart_block (timer, T0 + 200 * SECOND);
  assert_state (timer, T0 + 300 * SECOND, 1, FALSE, 0, 120, FALSE);
  pas_agenda_timer_start (timer, T0 + 300 * SECOND);
  pas_agenda_timer_restart_block (timer, T0 + 310 * SECOND);
  assert_state (timer, T0 + 315 * SECOND, 1, TRUE, 5, 115, FALSE);

  /* A clock read earlier than the last start never counts backwards. */
  assert_state (timer, T0, 1, TRUE, 0, 120, FALSE);
}

static void
test_timer_blocks_change (void)
{
  const guint minutes[] = { 1, 2, 3 };
  const guint shorter[] = { 5 };
  g_autoptr(PasAgendaTimer) timer = pas_agenda_timer_new (minutes, G_N_ELEMENTS (minutes));
  g_autoptr(PasAgendaTimer) empty = pas_agenda_timer_new (NULL, 0);
  PasAgendaTimerState state;

  pas_agenda_timer_go_to (timer, 2, T0);
  pas_agenda_timer_start (timer, T0);
  pas_agenda_timer_set_blocks (timer, shorter, 1, T0 + 10 * SECOND);
  assert_state (timer, T0 + 10 * SECOND, 0, TRUE, 0, 300, FALSE);
  assert_state (timer, T0 + 20 * SECOND, 0, TRUE, 10, 290, FALSE);

  pas_agenda_timer_set_blocks (timer, NULL, 0, T0 + 30 * SECOND);
  pas_agenda_timer_get_state (timer, T0 + 40 * SECOND, &state);
  g_assert_cmpuint (state.n_blocks, ==, 0);
  g_assert_false (state.running);

  /* Without blocks there is nothing to run. */
  pas_agenda_timer_start (empty, T0);
  pas_agenda_timer_get_state (empty, T0 + SECOND, &state);
  g_assert_false (state.running);
  g_assert_cmpint (state.elapsed, ==, 0);
  g_assert_false (pas_agenda_timer_next (empty, T0));
  g_assert_false (pas_agenda_timer_previous (empty, T0));
}

/* The titles in order, and positions 0, 1, 2… */
static void
assert_agenda (Fixture    *fixture,
               const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = pas_agenda_load (fixture->workspace, fixture->workshop_id, &error);
  g_autoptr(GString) titles = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      PasAgendaItem *item = g_ptr_array_index (items, i);

      g_assert_cmpuint (item->position, ==, i);
      g_string_append_printf (titles, "%s%s", i ? " " : "", item->title);
    }
  g_assert_cmpstr (titles->str, ==, expected);
}

static gint64
insert (Fixture    *fixture,
        int         position,
        const char *title,
        guint       minutes)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pas_agenda_insert (fixture->workspace, fixture->workshop_id, position, title, NULL, minutes, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_insert_and_move (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 a, b, c, d;

  a = insert (fixture, -1, "A", 15);
  b = insert (fixture, -1, "B", 30);
  c = insert (fixture, 0, "C", 10);
  assert_agenda (fixture, "C A B");
  d = insert (fixture, 2, "D", 5);
  assert_agenda (fixture, "C A D B");
  g_assert_cmpint (insert (fixture, 99, "E", 5), >, d);
  assert_agenda (fixture, "C A D B E");

  /* By keyboard: one step; by drag: anywhere; one signal per move. */
  fixture->n_changed = 0;
  g_assert_true (pas_agenda_move (fixture->workspace, a, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  assert_agenda (fixture, "A C D B E");
  g_assert_true (pas_agenda_move (fixture->workspace, a, 3, &error));
  assert_agenda (fixture, "C D B A E");
  g_assert_true (pas_agenda_move (fixture->workspace, c, 99, &error));
  assert_agenda (fixture, "D B A E C");
  g_assert_true (pas_agenda_move (fixture->workspace, b, 0, &error));
  assert_agenda (fixture, "B D A E C");
  fixture->n_changed = 0;
  g_assert_true (pas_agenda_move (fixture->workspace, b, 0, &error));
  g_assert_cmpuint (fixture->n_changed, ==, 0);
  assert_agenda (fixture, "B D A E C");
  g_assert_no_error (error);

  /* Removing closes the gap. */
  g_assert_true (pas_agenda_remove (fixture->workspace, d, &error));
  g_assert_no_error (error);
  assert_agenda (fixture, "B A E C");

  g_assert_false (pas_agenda_move (fixture->workspace, d, 0, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pas_agenda_remove (fixture->workspace, d, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  assert_agenda (fixture, "B A E C");
}

static void
test_load_times (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  PasAgendaItem *item;

  insert (fixture, -1, "Welcome", 15);
  insert (fixture, -1, "Ideas", 45);
  g_assert_cmpint (pas_agenda_insert (fixture->workspace, fixture->workshop_id, -1,
                                      "  Vote  ", "dot voting", 20, &error), >, 0);
  g_assert_no_error (error);

  items = pas_agenda_load (fixture->workspace, fixture->workshop_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 3);
  item = g_ptr_array_index (items, 2);
  g_assert_cmpstr (item->title, ==, "Vote");
  g_assert_cmpstr (item->method, ==, "dot_voting");
  g_assert_cmpuint (item->offset, ==, 60);
  g_assert_cmpint (pas_agenda_get_start (1710491400, item), ==, 1710491400 + 3600);
  g_assert_cmpint (pas_agenda_fit (item->offset + item->minutes, 120, NULL), ==, PAS_AGENDA_FIT_UNDER);

  g_assert_true (pas_agenda_update (fixture->workspace, item->id, "Dots", "Gommettes", 70, &error));
  g_assert_no_error (error);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = pas_agenda_load (fixture->workspace, fixture->workshop_id, &error);
  item = g_ptr_array_index (items, 2);
  g_assert_cmpstr (item->title, ==, "Dots");
  g_assert_cmpstr (item->method, ==, "Gommettes");
  g_assert_cmpint (pas_agenda_fit (item->offset + item->minutes, 120, NULL), ==, PAS_AGENDA_FIT_OVER);
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_cmpint (pas_agenda_insert (fixture->workspace, fixture->workshop_id, -1, " \t", NULL, 10, &error), ==, 0);
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (pas_agenda_insert (fixture->workspace, fixture->workshop_id, -1, "Zero", NULL, 0, &error), ==, 0);
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (pas_agenda_insert (fixture->workspace, fixture->workshop_id, -1, "Long", NULL, 1441, &error), ==, 0);
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (pas_agenda_insert (fixture->workspace, fixture->workshop_id + 100, -1, "Lost", NULL, 10, &error), ==, 0);
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_agenda (fixture, "");

  id = insert (fixture, -1, "Kept", 1440);
  g_assert_false (pas_agenda_update (fixture->workspace, id, "", NULL, 10, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pas_agenda_update (fixture->workspace, id + 1, "Gone", NULL, 10, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  assert_agenda (fixture, "Kept");
}

static void
test_renumber (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ids[3];
  const int gappy[3] = { 7, 3, 12 };

  ids[0] = insert (fixture, -1, "A", 10);
  ids[1] = insert (fixture, -1, "B", 10);
  ids[2] = insert (fixture, -1, "C", 10);

  /* Positions with gaps, as another program might leave them. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PasRecord) item = pas_workspace_load (fixture->workspace, PAS_KIND_AGENDA_ITEM, ids[i], &error);
      g_assert_no_error (error);
      pas_record_set_int (item, "position", gappy[i]);
      g_assert_true (pas_workspace_save (fixture->workspace, item, &error));
    }
  g_assert_true (pas_agenda_renumber (fixture->workspace, fixture->workshop_id, &error));
  g_assert_no_error (error);
  assert_agenda (fixture, "B A C");

  /* An insert among gaps lands where asked, and closes them. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PasRecord) item = pas_workspace_load (fixture->workspace, PAS_KIND_AGENDA_ITEM, ids[i], &error);
      pas_record_set_int (item, "position", gappy[i]);
      g_assert_true (pas_workspace_save (fixture->workspace, item, &error));
    }
  insert (fixture, 1, "D", 10);
  assert_agenda (fixture, "B D A C");
}

static void
test_methods (void)
{
  const char * const *keys = pas_workshop_method_keys ();
  g_auto(GStrv) labels = pas_workshop_list_method_labels ();
  g_autofree char *by_label = pas_workshop_method_normalize ("  ICE-breaker ");
  g_autofree char *by_key = pas_workshop_method_normalize ("wrap_up");
  g_autofree char *own = pas_workshop_method_normalize (" Ma méthode ");
  g_autofree char *empty = pas_workshop_method_normalize (NULL);

  g_assert_cmpuint (g_strv_length ((GStrv) keys), ==, g_strv_length (labels));
  g_assert_true (g_strv_contains (keys, "dot_voting"));
  g_assert_true (g_strv_contains ((const char * const *) labels, "Pilot demo"));
  g_assert_cmpstr (by_label, ==, "ice_breaker");
  g_assert_cmpstr (by_key, ==, "wrap_up");
  g_assert_cmpstr (own, ==, "Ma méthode");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (pas_workshop_method_get_label ("brainstorming"), ==, "Brainstorming");
  g_assert_cmpstr (pas_workshop_method_get_label ("Ma méthode"), ==, "Ma méthode");
  /* Stored by its English name (older data, imports): still recognised. */
  g_assert_cmpstr (pas_workshop_method_get_label ("dot VOTING"), ==, "Dot voting");
  g_assert_cmpstr (pas_workshop_method_get_label (NULL), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agenda/offsets", test_offsets);
  g_test_add_func ("/agenda/fit", test_fit);
  g_test_add_func ("/agenda/formats", test_formats);
  g_test_add_func ("/agenda/timer", test_timer);
  g_test_add_func ("/agenda/timer-blocks-change", test_timer_blocks_change);
  g_test_add_func ("/agenda/methods", test_methods);
  g_test_add ("/agenda/insert-and-move", Fixture, NULL, fixture_set_up, test_insert_and_move, fixture_tear_down);
  g_test_add ("/agenda/load-times", Fixture, NULL, fixture_set_up, test_load_times, fixture_tear_down);
  g_test_add ("/agenda/validation", Fixture, NULL, fixture_set_up, test_validation, fixture_tear_down);
  g_test_add ("/agenda/renumber", Fixture, NULL, fixture_set_up, test_renumber, fixture_tear_down);

  return g_test_run ();
}
