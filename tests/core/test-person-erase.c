/* test-person-erase.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pas-person-erase.h"
#include "pas-workspace-private.h"

#define NAME "Zéphyrine Quastenbrook"
#define SURNAME "Quastenbrook"
#define EMAIL "zephyrine.quastenbrook@example.org"
#define N_OTHERS 300

typedef struct
{
  char         *dir;
  char         *path;
  PasWorkspace *workspace;
  gint64        person;    /* the person erased */
  gint64        referent;  /* a colleague who coaches and helps her */
  guint32       changed;   /* one bit per kind announced by "changed" */
} Fixture;

static gint64
insert (PasWorkspace *workspace,
        const char   *format,
        ...) G_GNUC_PRINTF (2, 3);

static gint64
insert (PasWorkspace *workspace,
        const char   *format,
        ...)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  pas_workspace_exec (workspace, sql, &error);
  g_assert_no_error (error);
  return sqlite3_last_insert_rowid (pas_workspace_get_db (workspace));
}

static gint64
query_int (PasWorkspace *workspace,
           const char   *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (pas_workspace_get_db (workspace), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (PasWorkspace *workspace,
            const char   *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (pas_workspace_get_db (workspace), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
on_changed_cb (PasWorkspace *workspace,
               PasKind       kind,
               gint64        id,
               Fixture      *fixture)
{
  fixture->changed |= 1u << kind;
}

/* The person has data in every table that refers to people. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  PasWorkspace *ws;
  g_autoptr(GError) error = NULL;
  gint64 project, sales, skill, module, other_module, pilot, workshop, contribution, story;

  fixture->dir = g_dir_make_tmp ("passerelle-erase-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.passerelle", NULL);
  fixture->workspace = ws = pas_workspace_open (fixture->path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  project = insert (ws, "INSERT INTO project (uuid, name) VALUES (pas_uuid (), 'New CRM')");
  sales = insert (ws, "INSERT INTO department (uuid, name) VALUES (pas_uuid (), 'Sales')");
  insert (ws, "INSERT INTO department (uuid, name) VALUES (pas_uuid (), 'IT')");

  /* Colleagues before and after her, so that her rows share pages and
   * move when pages split. */
  g_assert_true (pas_workspace_begin (ws, &error));
  for (guint i = 0; i < N_OTHERS / 2; i++)
    insert (ws, "INSERT INTO person (uuid, name, email, department_id) VALUES (pas_uuid (), 'Person %03u', 'person%03u@example.org', %" G_GINT64_FORMAT ")",
            i, i, sales);
  fixture->person = insert (ws, "INSERT INTO person (uuid, name, email, department_id, job_title, comfort)"
                                " VALUES (pas_uuid (), '" NAME "', '" EMAIL "', %" G_GINT64_FORMAT ", 'Analyst', 1)", sales);
  fixture->referent = insert (ws, "INSERT INTO person (uuid, name, email, is_referent) VALUES (pas_uuid (), 'Rémi Référent', 'remi@example.org', 1)");
  for (guint i = N_OTHERS / 2; i < N_OTHERS; i++)
    insert (ws, "INSERT INTO person (uuid, name, email) VALUES (pas_uuid (), 'Person %03u', 'person%03u@example.org')", i, i);
  g_assert_true (pas_workspace_commit (ws, &error));
  /* Older versions of her row, in freed cells and in the log. */
  insert (ws, "UPDATE person SET job_title = 'Senior analyst, " SURNAME " team' WHERE id = %" G_GINT64_FORMAT, fixture->person);
  insert (ws, "UPDATE person SET site = 'Nantes' WHERE id = %" G_GINT64_FORMAT, fixture->person);

  skill = insert (ws, "INSERT INTO skill (uuid, name) VALUES (pas_uuid (), 'Use the CRM on a phone')");
  insert (ws, "INSERT INTO project_skill (uuid, project_id, skill_id) VALUES (pas_uuid (), %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
          project, skill);
  for (guint i = 1; i <= 3; i++)
    insert (ws, "INSERT INTO skill_assessment (uuid, person_id, skill_id, level, assessed_on)"
                " VALUES (pas_uuid (), %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %u, '2024-0%u-01')",
            fixture->person, skill, i, i);

  module = insert (ws, "INSERT INTO training_module (uuid, project_id, title, format) VALUES (pas_uuid (), %" G_GINT64_FORMAT ", 'Coaching', 'coaching')",
                   project);
  other_module = insert (ws, "INSERT INTO training_module (uuid, project_id, title) VALUES (pas_uuid (), %" G_GINT64_FORMAT ", 'Basics')", project);
  insert (ws, "INSERT INTO enrollment (uuid, module_id, person_id, coach_id) VALUES (pas_uuid (), %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
          module, fixture->person, fixture->referent);
  insert (ws, "INSERT INTO enrollment (uuid, module_id, person_id, coach_id) VALUES (pas_uuid (), %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
          other_module, fixture->referent, fixture->person);

  insert (ws, "INSERT INTO readiness_assessment (uuid, project_id, person_id, assessed_on, awareness, desire, knowledge, ability, reinforcement)"
              " VALUES (pas_uuid (), %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", '2024-03-01', 4, 4, 2, 3, 3)",
          project, fixture->person);
  insert (ws, "INSERT INTO referent_activity (uuid, referent_id, activity_date, note) VALUES (pas_uuid (), %" G_GINT64_FORMAT ", '2024-03-02', 'Helped the IT team')",
          fixture->person);
  insert (ws, "INSERT INTO referent_activity (uuid, referent_id, activity_date, note)"
              " VALUES (pas_uuid (), %" G_GINT64_FORMAT ", '2024-03-03', 'Session with " NAME " (" EMAIL ") and Alice')",
          fixture->referent);

  story = insert (ws, "INSERT INTO success_story (uuid, project_id, title, story)"
                      " VALUES (pas_uuid (), %" G_GINT64_FORMAT ", 'Sales on the move', 'Thanks to " NAME ", sales adopted the CRM.')",
                  project);
  insert (ws, "INSERT INTO story_person (uuid, story_id, person_id, consent) VALUES (pas_uuid (), %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 1)",
          story, fixture->person);

  pilot = insert (ws, "INSERT INTO pilot (uuid, project_id, name) VALUES (pas_uuid (), %" G_GINT64_FORMAT ", 'Field sales pilot')", project);
  insert (ws, "INSERT INTO pilot_tester (uuid, pilot_id, person_id) VALUES (pas_uuid (), %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
          pilot, fixture->person);

  workshop = insert (ws, "INSERT INTO workshop (uuid, project_id, title, facilitator_id) VALUES (pas_uuid (), %" G_GINT64_FORMAT ", 'Kick-off', %" G_GINT64_FORMAT ")",
                     project, fixture->person);
  insert (ws, "INSERT INTO workshop_participant (uuid, workshop_id, person_id, attended) VALUES (pas_uuid (), %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 1)",
          workshop, fixture->person);
  insert (ws, "INSERT INTO workshop_participant (uuid, workshop_id, person_id) VALUES (pas_uuid (), %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
          workshop, fixture->referent);
  contribution = insert (ws, "INSERT INTO contribution (uuid, workshop_id, kind, text, author_id, created_at)"
                             " VALUES (pas_uuid (), %" G_GINT64_FORMAT ", 'need', 'We need an offline mode', %" G_GINT64_FORMAT ", 1700000000)",
                         workshop, fixture->person);
  insert (ws, "INSERT INTO feedback (uuid, project_id, pilot_id, category, text, author_id, department_id, created_at, contribution_id)"
              " VALUES (pas_uuid (), %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 'bug', 'Synchronisation is slow', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 1700000100, %" G_GINT64_FORMAT ")",
          project, pilot, fixture->person, sales, contribution);

  g_signal_connect (ws, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->workspace);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static const char *
find_bytes (const char *haystack,
            gsize       length,
            const char *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    if (memcmp (haystack + i, needle, needle_length) == 0)
      return haystack + i;
  return NULL;
}

/* Where @needle occurs in the workspace file or its log: "" when nowhere. */
static char *
find_in_files (const char *path,
               const char *needle)
{
  const char *suffixes[] = { "", "-wal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;
      const char *found;

      if (!g_file_get_contents (file, &contents, &length, NULL))
        continue;
      if ((found = find_bytes (contents, length, needle)) != NULL)
        return g_strdup_printf ("“%s” at byte %" G_GSIZE_FORMAT " of %s", needle, (gsize) (found - contents), file);
    }
  return g_strdup ("");
}

static void
assert_nowhere (const char *path)
{
  const char *needles[] = { NAME, SURNAME, EMAIL, "zephyrine.quastenbrook" };

  for (guint i = 0; i < G_N_ELEMENTS (needles); i++)
    {
      g_autofree char *found = find_in_files (path, needles[i]);
      g_assert_cmpstr (found, ==, "");
    }
}

static void
test_count (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PasPersonErasure erasure;

  g_assert_true (pas_workspace_count_person_data (fixture->workspace, fixture->person, &erasure, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (erasure.skill_assessments, ==, 3);
  g_assert_cmpuint (erasure.enrollments, ==, 1);
  g_assert_cmpuint (erasure.readiness_assessments, ==, 1);
  g_assert_cmpuint (erasure.referent_activities, ==, 1);
  g_assert_cmpuint (erasure.story_mentions, ==, 1);
  g_assert_cmpuint (erasure.pilot_tests, ==, 1);
  g_assert_cmpuint (erasure.workshop_participations, ==, 1);
  g_assert_cmpuint (erasure.text_mentions, ==, 3);  /* the story; the note, for the name and for the email */
  g_assert_cmpuint (erasure.coached_enrollments, ==, 1);
  g_assert_cmpuint (erasure.facilitated_workshops, ==, 1);
  g_assert_cmpuint (erasure.contributions, ==, 1);
  g_assert_cmpuint (erasure.feedback, ==, 1);
  /* Counting changes nothing. */
  g_assert_cmpint (query_int (fixture->workspace, "SELECT count(*) FROM skill_assessment"), ==, 3);
  g_assert_cmpuint (fixture->changed, ==, 0);
}

static void
test_erase (Fixture       *fixture,
            gconstpointer  data)
{
  PasWorkspace *ws = fixture->workspace;
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  g_autofree char *text = NULL;
  g_autofree char *report = NULL;
  const PasKind announced[] = {
    PAS_KIND_PERSON, PAS_KIND_SKILL_ASSESSMENT, PAS_KIND_ENROLLMENT, PAS_KIND_READINESS_ASSESSMENT,
    PAS_KIND_REFERENT_ACTIVITY, PAS_KIND_STORY_PERSON, PAS_KIND_PILOT_TESTER, PAS_KIND_WORKSHOP_PARTICIPANT,
    PAS_KIND_WORKSHOP, PAS_KIND_CONTRIBUTION, PAS_KIND_FEEDBACK, PAS_KIND_SUCCESS_STORY,
  };

  /* The search can find her: the test would notice data left behind. */
  g_assert_cmpint (sqlite3_wal_checkpoint_v2 (pas_workspace_get_db (ws), NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL), ==, SQLITE_OK);
  found = find_in_files (fixture->path, EMAIL);
  g_assert_cmpstr (found, !=, "");
  g_clear_pointer (&found, g_free);
  found = find_in_files (fixture->path, NAME);
  g_assert_cmpstr (found, !=, "");

  g_assert_true (pas_workspace_erase_person (ws, fixture->person, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (announced); i++)
    g_assert_true (fixture->changed & (1u << announced[i]));

  /* Her data is gone… */
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM person WHERE email LIKE 'zephyrine%'"), ==, 0);
  g_assert_cmpint (pas_workspace_count (ws, PAS_KIND_PERSON), ==, N_OTHERS + 1);
  g_assert_cmpint (pas_workspace_count (ws, PAS_KIND_SKILL_ASSESSMENT), ==, 0);
  g_assert_cmpint (pas_workspace_count (ws, PAS_KIND_READINESS_ASSESSMENT), ==, 0);
  g_assert_cmpint (pas_workspace_count (ws, PAS_KIND_STORY_PERSON), ==, 0);
  g_assert_cmpint (pas_workspace_count (ws, PAS_KIND_PILOT_TESTER), ==, 0);
  g_assert_cmpint (pas_workspace_count (ws, PAS_KIND_WORKSHOP_PARTICIPANT), ==, 1);
  g_assert_cmpint (pas_workspace_count (ws, PAS_KIND_REFERENT_ACTIVITY), ==, 1);
  g_assert_cmpint (pas_workspace_count (ws, PAS_KIND_ENROLLMENT), ==, 1);

  /* …what others did stays, without her… */
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM enrollment WHERE coach_id IS NULL AND person_id = (SELECT id FROM person WHERE name = 'Rémi Référent')"), ==, 1);
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM workshop WHERE title = 'Kick-off' AND facilitator_id IS NULL"), ==, 1);
  text = query_text (ws, "SELECT note FROM referent_activity");
  g_assert_cmpstr (text, ==, "Session with [name removed] ([name removed]) and Alice");
  g_clear_pointer (&text, g_free);
  text = query_text (ws, "SELECT story FROM success_story");
  g_assert_cmpstr (text, ==, "Thanks to [name removed], sales adopted the CRM.");
  g_clear_pointer (&text, g_free);

  /* …and what she said stays, anonymous. */
  text = query_text (ws, "SELECT text FROM contribution WHERE author_id IS NULL");
  g_assert_cmpstr (text, ==, "We need an offline mode");
  g_clear_pointer (&text, g_free);
  text = query_text (ws, "SELECT text FROM feedback WHERE author_id IS NULL");
  g_assert_cmpstr (text, ==, "Synchronisation is slow");
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH 'synchronisation'"), ==, 1);

  /* Nothing of her is left in the file, freed space and log included,
   * while the workspace is open… */
  assert_nowhere (fixture->path);
  g_assert_true (pas_workspace_check_integrity (ws, &report, &error));

  /* …and once it is closed. */
  g_clear_object (&fixture->workspace);
  assert_nowhere (fixture->path);
}

static void
test_erase_missing (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pas_workspace_erase_person (fixture->workspace, 123456, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_NOT_FOUND);
  g_assert_cmpint (pas_workspace_count (fixture->workspace, PAS_KIND_PERSON), ==, N_OTHERS + 2);
  g_assert_cmpuint (fixture->changed, ==, 0);
}

/* Only the whole name is blanked, not the words that contain it. */
static void
test_whole_words (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 al = insert (fixture->workspace, "INSERT INTO person (uuid, name) VALUES (pas_uuid (), 'Al')");

  insert (fixture->workspace, "UPDATE success_story SET story = 'Also Al helped; Alice, Hal and Al.'");
  g_assert_true (pas_workspace_erase_person (fixture->workspace, al, &error));
  g_assert_no_error (error);
  text = query_text (fixture->workspace, "SELECT story FROM success_story");
  g_assert_cmpstr (text, ==, "Also [name removed] helped; Alice, Hal and [name removed].");
  g_clear_pointer (&text, g_free);
  text = query_text (fixture->workspace, "SELECT note FROM referent_activity WHERE note LIKE 'Session%'");
  g_assert_cmpstr (text, ==, "Session with " NAME " (" EMAIL ") and Alice");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/person-erase/count", test_count);
  ADD ("/person-erase/erase", test_erase);
  ADD ("/person-erase/missing", test_erase_missing);
  ADD ("/person-erase/whole-words", test_whole_words);
#undef ADD

  return g_test_run ();
}
