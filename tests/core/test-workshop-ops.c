/* test-workshop-ops.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "pas-workshop-ops.h"

#define NOW  1710491400
#define HOUR 3600
#define DAY  (24 * HOUR)

typedef struct
{
  char         *dir;
  PasWorkspace *workspace;
  gint64        project_id;
  gint64        workshop_id;
} Fixture;

static gint64
save (Fixture   *fixture,
      PasRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_workspace_save (fixture->workspace, record, &error));
  g_assert_no_error (error);
  return pas_record_get_id (record);
}

static gint64
add_workshop (Fixture    *fixture,
              gint64      project_id,
              const char *title,
              gboolean    has_start,
              gint64      starts_at,
              guint       duration,
              const char *status)
{
  g_autoptr(PasRecord) workshop = pas_record_new (PAS_KIND_WORKSHOP);

  pas_record_set_int (workshop, "project_id", project_id);
  pas_record_set_string (workshop, "title", title);
  if (has_start)
    pas_record_set_int (workshop, "starts_at", starts_at);
  pas_record_set_int (workshop, "duration_min", duration);
  pas_record_set_string (workshop, "status", status);
  return save (fixture, workshop);
}

static gint64
add_department (Fixture    *fixture,
                const char *name)
{
  g_autoptr(PasRecord) department = pas_record_new (PAS_KIND_DEPARTMENT);

  pas_record_set_string (department, "name", name);
  return save (fixture, department);
}

static gint64
add_person (Fixture    *fixture,
            const char *name,
            const char *email,
            gint64      department_id,
            gboolean    archived)
{
  g_autoptr(PasRecord) person = pas_record_new (PAS_KIND_PERSON);

  pas_record_set_string (person, "name", name);
  if (email)
    pas_record_set_string (person, "email", email);
  if (department_id)
    pas_record_set_int (person, "department_id", department_id);
  pas_record_set_int (person, "archived", archived);
  return save (fixture, person);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("test-workshop-ops-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "ops.passerelle", NULL);
  fixture->workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pas_record_set_string (project, "name", "New CRM");
  fixture->project_id = save (fixture, project);
  fixture->workshop_id = add_workshop (fixture, fixture->project_id, "Kick-off", TRUE, NOW + DAY, 120, "planned");
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

/* "name:invited/attended" for each participant, by name */
static char *
describe_participants (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) participants = pas_workshop_list_participants (fixture->workspace, fixture->workshop_id, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < participants->len; i++)
    {
      const PasParticipant *participant = g_ptr_array_index (participants, i);
      g_string_append_printf (text, "%s%s:%d/%d", i ? " " : "", participant->name,
                              participant->invited, participant->attended);
    }
  return g_string_free (text, FALSE);
}

static void
assert_participants (Fixture    *fixture,
                     const char *expected)
{
  g_autofree char *text = describe_participants (fixture);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) other = pas_record_new (PAS_KIND_PROJECT);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GString) titles = g_string_new (NULL);
  const PasWorkshopRow *row;
  gint64 ana, bob, recent;

  pas_record_set_string (other, "name", "Intranet");
  save (fixture, other);
  add_workshop (fixture, pas_record_get_id (other), "Elsewhere", TRUE, NOW + HOUR, 60, "planned");
  add_workshop (fixture, fixture->project_id, "Later", TRUE, NOW + 3 * DAY, 60, "planned");
  add_workshop (fixture, fixture->project_id, "No date yet", FALSE, 0, 60, "planned");
  add_workshop (fixture, fixture->project_id, "Under way", TRUE, NOW - 30 * 60, 120, "planned");
  add_workshop (fixture, fixture->project_id, "Overrunning", TRUE, NOW - DAY, 60, "running");
  add_workshop (fixture, fixture->project_id, "Long ago", TRUE, NOW - 10 * DAY, 60, "done");
  recent = add_workshop (fixture, fixture->project_id, "Just over", TRUE, NOW - 2 * HOUR, 120, "done");
  add_workshop (fixture, fixture->project_id, "Called off", TRUE, NOW - 5 * DAY, 60, "cancelled");

  ana = add_person (fixture, "Ana", NULL, 0, FALSE);
  bob = add_person (fixture, "Bob", NULL, 0, FALSE);
  g_assert_true (pas_workshop_invite_person (fixture->workspace, recent, ana, NULL, &error));
  g_assert_true (pas_workshop_invite_person (fixture->workspace, recent, bob, NULL, &error));
  g_assert_true (pas_workshop_set_attended (fixture->workspace, recent, bob, TRUE, &error));
  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, ana, NULL, &error));
  g_assert_no_error (error);

  /* Upcoming (not over, running, or without a date) soonest first, then past, latest first. */
  rows = pas_workshop_list (fixture->workspace, fixture->project_id, NOW, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      row = g_ptr_array_index (rows, i);
      g_string_append_printf (titles, "%s%s%s", i ? ", " : "", row->upcoming ? "" : "past ", row->title);
    }
  g_assert_cmpstr (titles->str, ==,
                   "Overrunning, Under way, Kick-off, Later, No date yet, "
                   "past Just over, past Called off, past Long ago");

  row = g_ptr_array_index (rows, 2);
  g_assert_cmpint (row->id, ==, fixture->workshop_id);
  g_assert_true (row->has_start);
  g_assert_cmpint (row->starts_at, ==, NOW + DAY);
  g_assert_cmpuint (row->duration_min, ==, 120);
  g_assert_cmpstr (row->status, ==, "planned");
  g_assert_cmpuint (row->n_invited, ==, 1);
  g_assert_cmpuint (row->n_attended, ==, 0);
  row = g_ptr_array_index (rows, 4);
  g_assert_false (row->has_start);
  row = g_ptr_array_index (rows, 5);
  g_assert_cmpint (row->id, ==, recent);
  g_assert_cmpuint (row->n_invited, ==, 2);
  g_assert_cmpuint (row->n_attended, ==, 1);
  g_assert_true (g_uuid_string_is_valid (row->uuid));
  g_assert_cmpstr (pas_workshop_status_get_label (row->status), ==, "Done");
  g_assert_cmpstr (pas_workshop_status_get_label ("cancelled"), ==, "Cancelled");
}

static void
test_invite_person (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean added = FALSE;
  gint64 ana, gone;
  guint invited = 9, attended = 9;

  ana = add_person (fixture, "Ana", NULL, 0, FALSE);
  gone = add_person (fixture, "Gone", NULL, 0, TRUE);

  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, ana, &added, &error));
  g_assert_no_error (error);
  g_assert_true (added);
  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, ana, &added, &error));
  g_assert_no_error (error);
  g_assert_false (added);

  g_assert_false (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, gone, &added, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_assert_false (added);
  g_clear_error (&error);
  g_assert_false (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, 9999, &added, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pas_workshop_invite_person (fixture->workspace, 9999, ana, &added, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  assert_participants (fixture, "Ana:1/0");
  g_assert_true (pas_workshop_count_participants (fixture->workspace, fixture->workshop_id, &invited, &attended, &error));
  g_assert_cmpuint (invited, ==, 1);
  g_assert_cmpuint (attended, ==, 0);
}

static void
test_check_in (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ana, walk;
  gboolean added = FALSE;
  guint invited = 0, attended = 0;

  ana = add_person (fixture, "Ana", NULL, 0, FALSE);
  walk = add_person (fixture, "Walk-in", NULL, 0, FALSE);
  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, ana, NULL, &error));

  g_assert_true (pas_workshop_set_attended (fixture->workspace, fixture->workshop_id, ana, TRUE, &error));
  g_assert_true (pas_workshop_set_attended (fixture->workspace, fixture->workshop_id, walk, TRUE, &error));
  g_assert_no_error (error);
  assert_participants (fixture, "Ana:1/1 Walk-in:0/1");
  g_assert_true (pas_workshop_count_participants (fixture->workspace, fixture->workshop_id, &invited, &attended, &error));
  g_assert_cmpuint (invited, ==, 1);
  g_assert_cmpuint (attended, ==, 2);

  /* Checked out: the invited stays invited, the walk-in is forgotten. */
  g_assert_true (pas_workshop_set_attended (fixture->workspace, fixture->workshop_id, ana, FALSE, &error));
  g_assert_true (pas_workshop_set_attended (fixture->workspace, fixture->workshop_id, walk, FALSE, &error));
  g_assert_no_error (error);
  assert_participants (fixture, "Ana:1/0");

  /* A walk-in invited afterwards is invited and present. */
  g_assert_true (pas_workshop_set_attended (fixture->workspace, fixture->workshop_id, walk, TRUE, &error));
  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, walk, &added, &error));
  g_assert_true (added);
  assert_participants (fixture, "Ana:1/0 Walk-in:1/1");

  g_assert_true (pas_workshop_remove_participant (fixture->workspace, fixture->workshop_id, ana, &error));
  g_assert_true (pas_workshop_remove_participant (fixture->workspace, fixture->workshop_id, ana, &error));
  g_assert_no_error (error);
  assert_participants (fixture, "Walk-in:1/1");
}

static void
test_invite_department (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 sales, it, first, walk;
  guint n_added = 99;

  sales = add_department (fixture, "Sales");
  it = add_department (fixture, "IT");
  first = add_person (fixture, "S1 already invited", NULL, sales, FALSE);
  walk = add_person (fixture, "S2 walk-in", NULL, sales, FALSE);
  add_person (fixture, "S3 new", NULL, sales, FALSE);
  add_person (fixture, "S4 archived", NULL, sales, TRUE);
  add_person (fixture, "T1 other department", NULL, it, FALSE);
  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, first, NULL, &error));
  g_assert_true (pas_workshop_set_attended (fixture->workspace, fixture->workshop_id, walk, TRUE, &error));

  g_assert_true (pas_workshop_invite_department (fixture->workspace, fixture->workshop_id, sales, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  assert_participants (fixture, "S1 already invited:1/0 S2 walk-in:1/1 S3 new:1/0");

  g_assert_true (pas_workshop_invite_department (fixture->workspace, fixture->workshop_id, sales, &n_added, &error));
  g_assert_cmpuint (n_added, ==, 0);

  g_assert_false (pas_workshop_invite_department (fixture->workspace, fixture->workshop_id, 9999, &n_added, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  g_assert_cmpuint (n_added, ==, 0);
  g_clear_error (&error);

  /* A workshop that does not exist: nothing is added at all. */
  g_assert_false (pas_workshop_invite_department (fixture->workspace, 9999, it, &n_added, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_WORKSHOP_PARTICIPANT), ==, 3);
}

static char *
search (Fixture    *fixture,
        const char *text,
        guint       limit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = pas_workshop_search_people (fixture->workspace, fixture->workshop_id, text, limit, &error);
  GString *names = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < people->len; i++)
    g_string_append_printf (names, "%s%s", i ? ", " : "", ((PasParticipant *) g_ptr_array_index (people, i))->name);
  return g_string_free (names, FALSE);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 sales, invited, walk;
  struct { const char *text; guint limit; const char *expected; } cases[] = {
    { "mar", 10, "Marc Blanc, Marie Noir, Anne Marsal" },  /* name starts first */
    { "MAR", 2, "Marc Blanc, Marie Noir" },
    { "example.org", 10, "Anne Marsal, Walk In" },
    { "sales", 10, "Marc Blanc" },
    { "100%", 10, "100% Sure" },
    { "1_0", 10, "" },
    { "  ", 3, "100% Sure, Anne Marsal, Marc Blanc" },
  };

  sales = add_department (fixture, "Sales");
  add_person (fixture, "Marie Noir", NULL, 0, FALSE);
  add_person (fixture, "Marc Blanc", NULL, sales, FALSE);
  add_person (fixture, "Anne Marsal", "anne@example.org", 0, FALSE);
  add_person (fixture, "Mark Archived", NULL, 0, TRUE);
  add_person (fixture, "100% Sure", NULL, 0, FALSE);
  invited = add_person (fixture, "Maria Invited", NULL, 0, FALSE);
  walk = add_person (fixture, "Walk In", "walk@example.org", 0, FALSE);
  g_assert_true (pas_workshop_invite_person (fixture->workspace, fixture->workshop_id, invited, NULL, &error));
  /* Present without an invitation: still proposed for inviting. */
  g_assert_true (pas_workshop_set_attended (fixture->workspace, fixture->workshop_id, walk, TRUE, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *names = search (fixture, cases[i].text, cases[i].limit);
      g_assert_cmpstr (names, ==, cases[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/workshop-ops/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/workshop-ops/invite-person", Fixture, NULL, fixture_set_up, test_invite_person, fixture_tear_down);
  g_test_add ("/workshop-ops/check-in", Fixture, NULL, fixture_set_up, test_check_in, fixture_tear_down);
  g_test_add ("/workshop-ops/invite-department", Fixture, NULL, fixture_set_up, test_invite_department, fixture_tear_down);
  g_test_add ("/workshop-ops/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);

  return g_test_run ();
}
