/* test-representation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "pas-representation.h"
#include "pas-workshop-ops.h"

typedef struct
{
  char         *dir;
  PasWorkspace *workspace;
  gint64        project_id;
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
add_department (Fixture    *fixture,
                const char *name,
                const char *site)
{
  g_autoptr(PasRecord) department = pas_record_new (PAS_KIND_DEPARTMENT);

  pas_record_set_string (department, "name", name);
  pas_record_set_string (department, "site", site);
  return save (fixture, department);
}

static gint64
add_person (Fixture    *fixture,
            const char *name,
            gint64      department_id,
            const char *site,
            gboolean    archived)
{
  g_autoptr(PasRecord) person = pas_record_new (PAS_KIND_PERSON);

  pas_record_set_string (person, "name", name);
  if (department_id)
    pas_record_set_int (person, "department_id", department_id);
  pas_record_set_string (person, "site", site);
  pas_record_set_int (person, "archived", archived);
  return save (fixture, person);
}

static gint64
add_workshop (Fixture    *fixture,
              const char *title,
              const char *status)
{
  g_autoptr(PasRecord) workshop = pas_record_new (PAS_KIND_WORKSHOP);

  pas_record_set_int (workshop, "project_id", fixture->project_id);
  pas_record_set_string (workshop, "title", title);
  pas_record_set_string (workshop, "status", status);
  return save (fixture, workshop);
}

static void
invite (Fixture *fixture,
        gint64   workshop_id,
        gint64   person_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_workshop_invite_person (fixture->workspace, workshop_id, person_id, NULL, &error));
  g_assert_no_error (error);
}

static void
check_in (Fixture *fixture,
          gint64   workshop_id,
          gint64   person_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_workshop_set_attended (fixture->workspace, workshop_id, person_id, TRUE, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) project = pas_record_new (PAS_KIND_PROJECT);
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("test-representation-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "representation.passerelle", NULL);
  fixture->workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pas_record_set_string (project, "name", "New CRM");
  fixture->project_id = save (fixture, project);
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

/* "name people/invited/attended" for each group, in order */
static char *
describe (GPtrArray *groups)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < groups->len; i++)
    {
      const PasRepresentationGroup *group = g_ptr_array_index (groups, i);
      g_string_append_printf (text, "%s%s %u/%u/%u", i ? ", " : "", group->name,
                              group->n_people, group->n_invited, group->n_attended);
    }
  return g_string_free (text, FALSE);
}

static void
assert_groups (GPtrArray  *groups,
               const char *expected)
{
  g_autofree char *text = describe (groups);

  g_assert_cmpstr (text, ==, expected);
}

/*
 * Departments (site): Sales (Lyon), IT (Paris), HR (Lyon), Legal (Nantes), Empty (Lille).
 * People:  alice Sales · bob Sales, own site Remote · carol IT · dave HR ·
 *          erin no department, own site Paris · frank Legal, archived ·
 *          gina IT, archived · hugo no department, no site.
 * Workshop 1: alice invited + present, carol invited, gina invited + present,
 *             erin present without invitation.
 *
 * Departments (non-archived people only make a group: Legal and Empty do not):
 *   HR 1 person, nobody invited → missing
 *   IT 1 person (carol; gina is archived), invited carol + gina, present gina → attended
 *   Sales 2, invited alice, present alice → attended
 * Sites (own site, else the department's; Nantes and Lille have nobody active):
 *   Lyon: alice, dave → 2/1/1 · Paris: carol, erin (+ gina archived) → 2/2/2 ·
 *   Remote: bob → 1/0/0
 */
static void
build_workspace (Fixture *fixture,
                 gint64  *w1,
                 gint64  *w2,
                 gint64  *w3,
                 gint64   people[8])
{
  gint64 sales = add_department (fixture, "Sales", "Lyon");
  gint64 it = add_department (fixture, "IT", "Paris");
  gint64 hr = add_department (fixture, "HR", "Lyon");
  gint64 legal = add_department (fixture, "Legal", "Nantes");

  add_department (fixture, "Empty", "Lille");
  people[0] = add_person (fixture, "alice", sales, "", FALSE);
  people[1] = add_person (fixture, "bob", sales, "Remote", FALSE);
  people[2] = add_person (fixture, "carol", it, " ", FALSE);
  people[3] = add_person (fixture, "dave", hr, "", FALSE);
  people[4] = add_person (fixture, "erin", 0, "Paris", FALSE);
  people[5] = add_person (fixture, "frank", legal, "", TRUE);
  people[6] = add_person (fixture, "gina", it, "", TRUE);
  people[7] = add_person (fixture, "hugo", 0, "", FALSE);

  *w1 = add_workshop (fixture, "Workshop 1", "done");
  *w2 = add_workshop (fixture, "Workshop 2", "planned");
  *w3 = add_workshop (fixture, "Workshop 3", "cancelled");

  invite (fixture, *w1, people[0]);
  check_in (fixture, *w1, people[0]);
  invite (fixture, *w1, people[2]);
  /* gina was invited before she left */
  {
    g_autoptr(PasRecord) participant = pas_record_new (PAS_KIND_WORKSHOP_PARTICIPANT);
    pas_record_set_int (participant, "workshop_id", *w1);
    pas_record_set_int (participant, "person_id", people[6]);
    pas_record_set_int (participant, "attended", 1);
    save (fixture, participant);
  }
  check_in (fixture, *w1, people[4]);

  /* Workshop 2: alice and dave invited, nobody present yet. */
  invite (fixture, *w2, people[0]);
  invite (fixture, *w2, people[3]);

  /* Workshop 3 was cancelled: bob's presence there does not count. */
  invite (fixture, *w3, people[1]);
  check_in (fixture, *w3, people[1]);
}

static void
test_workshop (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRepresentation) representation = NULL;
  gint64 w1, w2, w3, people[8];

  build_workspace (fixture, &w1, &w2, &w3, people);

  representation = pas_representation_for_workshop (fixture->workspace, w1, &error);
  g_assert_no_error (error);
  assert_groups (representation->departments, "HR 1/0/0, IT 1/2/1, Sales 2/1/1");
  assert_groups (representation->sites, "Lyon 2/1/1, Paris 2/2/2, Remote 1/0/0");

  g_assert_cmpuint (pas_representation_count (representation->departments, PAS_REPRESENTATION_ATTENDED), ==, 2);
  g_assert_cmpuint (pas_representation_count (representation->departments, PAS_REPRESENTATION_INVITED), ==, 0);
  g_assert_cmpuint (pas_representation_count (representation->departments, PAS_REPRESENTATION_MISSING), ==, 1);
  g_assert_cmpint (pas_representation_group_get_state (g_ptr_array_index (representation->departments, 0)), ==,
                   PAS_REPRESENTATION_MISSING);
  g_assert_cmpint (((PasRepresentationGroup *) g_ptr_array_index (representation->departments, 1))->department_id, >, 0);
  g_assert_cmpint (((PasRepresentationGroup *) g_ptr_array_index (representation->sites, 1))->department_id, ==, 0);
  g_clear_pointer (&representation, pas_representation_free);

  /* Workshop 2: invited only. */
  representation = pas_representation_for_workshop (fixture->workspace, w2, &error);
  g_assert_no_error (error);
  assert_groups (representation->departments, "HR 1/1/0, IT 1/0/0, Sales 2/1/0");
  assert_groups (representation->sites, "Lyon 2/2/0, Paris 2/0/0, Remote 1/0/0");
  g_assert_cmpuint (pas_representation_count (representation->departments, PAS_REPRESENTATION_INVITED), ==, 2);
  g_assert_cmpuint (pas_representation_count (representation->sites, PAS_REPRESENTATION_MISSING), ==, 2);
}

static void
on_async_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

static PasRepresentation *
compute_in_thread (Fixture       *fixture,
                   gint64         workshop_id,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pas_representation_for_workshop_async (pas_workspace_get_path (fixture->workspace), workshop_id,
                                         cancellable, on_async_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return pas_representation_for_workshop_finish (result, error);
}

/* The same groups from a thread, with its own connection; a cancelled
 * computation gives none. */
static void
test_workshop_async (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRepresentation) representation = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gint64 w1, w2, w3, people[8];

  build_workspace (fixture, &w1, &w2, &w3, people);

  representation = compute_in_thread (fixture, w1, NULL, &error);
  g_assert_no_error (error);
  assert_groups (representation->departments, "HR 1/0/0, IT 1/2/1, Sales 2/1/1");
  assert_groups (representation->sites, "Lyon 2/1/1, Paris 2/2/2, Remote 1/0/0");
  g_clear_pointer (&representation, pas_representation_free);

  g_cancellable_cancel (cancellable);
  representation = compute_in_thread (fixture, w2, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (representation);
}

static void
test_project (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRepresentation) representation = NULL;
  gint64 w1, w2, w3, people[8];

  build_workspace (fixture, &w1, &w2, &w3, people);

  /* Each person counts once across workshops 1 and 2; workshop 3 is cancelled. */
  representation = pas_representation_for_project (fixture->workspace, fixture->project_id, &error);
  g_assert_no_error (error);
  assert_groups (representation->departments, "HR 1/1/0, IT 1/2/1, Sales 2/1/1");
  assert_groups (representation->sites, "Lyon 2/2/1, Paris 2/2/2, Remote 1/0/0");
  g_assert_cmpuint (pas_representation_count (representation->departments, PAS_REPRESENTATION_INVITED), ==, 1);
  g_clear_pointer (&representation, pas_representation_free);

  /* Once bob is archived, his site is no group any more. */
  {
    g_autoptr(PasRecord) bob = pas_workspace_load (fixture->workspace, PAS_KIND_PERSON, people[1], &error);
    pas_record_set_int (bob, "archived", 1);
    save (fixture, bob);
  }
  representation = pas_representation_for_project (fixture->workspace, fixture->project_id, &error);
  g_assert_no_error (error);
  assert_groups (representation->departments, "HR 1/1/0, IT 1/2/1, Sales 1/1/1");
  assert_groups (representation->sites, "Lyon 2/2/1, Paris 2/2/2");
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRepresentation) representation = NULL;

  representation = pas_representation_for_project (fixture->workspace, fixture->project_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (representation->departments->len, ==, 0);
  g_assert_cmpuint (representation->sites->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/representation/workshop", Fixture, NULL, fixture_set_up, test_workshop, fixture_tear_down);
  g_test_add ("/representation/workshop-async", Fixture, NULL, fixture_set_up, test_workshop_async, fixture_tear_down);
  g_test_add ("/representation/project", Fixture, NULL, fixture_set_up, test_project, fixture_tear_down);
  g_test_add ("/representation/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);

  return g_test_run ();
}
