/* test-demo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "pas-demo.h"
#include "pas-workspace-private.h"

typedef struct
{
  char         *folder;
  PasWorkspace *workspace;
} Fixture;

typedef struct
{
  PasKind kind;
  gint64  count;
} ExpectedCount;

static const ExpectedCount small_counts[] = {
  { PAS_KIND_SETTING, 4 },
  { PAS_KIND_PROJECT, 2 },
  { PAS_KIND_DEPARTMENT, 6 },
  { PAS_KIND_PERSON, 120 },
  { PAS_KIND_WORKSHOP, 8 },
  { PAS_KIND_AGENDA_ITEM, 60 },
  { PAS_KIND_WORKSHOP_PARTICIPANT, 96 },
  { PAS_KIND_CONTRIBUTION, 300 },
  { PAS_KIND_PILOT, 3 },
  { PAS_KIND_PILOT_TESTER, 24 },
  { PAS_KIND_PILOT_CRITERION, 9 },
  { PAS_KIND_FEEDBACK, 600 },
  { PAS_KIND_SKILL, 12 },
  { PAS_KIND_PROJECT_SKILL, 13 },
  { PAS_KIND_TRAINING_MODULE, 20 },
  { PAS_KIND_ENROLLMENT, 500 },
  { PAS_KIND_SKILL_ASSESSMENT, 1200 },
  { PAS_KIND_READINESS_ASSESSMENT, 150 },
  { PAS_KIND_REFERENT_ACTIVITY, 200 },
  { PAS_KIND_SUCCESS_STORY, 10 },
  { PAS_KIND_STORY_PERSON, 20 },
  { PAS_KIND_COMMUNICATION, 12 },
};

/* The sizes of DESIGN.md's performance targets. */
static const ExpectedCount large_counts[] = {
  { PAS_KIND_DEPARTMENT, 20 },
  { PAS_KIND_PERSON, 5000 },
  { PAS_KIND_SKILL, 40 },
  { PAS_KIND_WORKSHOP, 300 },
  { PAS_KIND_AGENDA_ITEM, 6000 },
  { PAS_KIND_CONTRIBUTION, 30000 },
  { PAS_KIND_PILOT, 20 },
  { PAS_KIND_FEEDBACK, 100000 },
  { PAS_KIND_TRAINING_MODULE, 150 },
  { PAS_KIND_ENROLLMENT, 50000 },
  { PAS_KIND_SKILL_ASSESSMENT, 100000 },
  { PAS_KIND_READINESS_ASSESSMENT, 10000 },
  { PAS_KIND_REFERENT_ACTIVITY, 20000 },
  { PAS_KIND_SUCCESS_STORY, 500 },
};

static PasWorkspace *
open_new_workspace (const char *folder,
                    const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GError) error = NULL;
  PasWorkspace *workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (workspace);
  return workspace;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("test-demo-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->workspace = open_new_workspace (fixture->folder, "demo.passerelle");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->workspace);
  dir = g_dir_open (fixture->folder, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->folder);
}

static void
fill (PasWorkspace *workspace,
      PasDemoSize   size)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_demo_fill (workspace, size, &error));
  g_assert_no_error (error);
}

static gint64
query_int (PasWorkspace *workspace,
           const char   *sql)
{
  sqlite3 *db = pas_workspace_get_db (workspace);
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (PasWorkspace *workspace,
            const char   *sql)
{
  sqlite3 *db = pas_workspace_get_db (workspace);
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
assert_counts (PasWorkspace        *workspace,
               const ExpectedCount *expected,
               guint                n)
{
  for (guint i = 0; i < n; i++)
    {
      g_test_message ("%s", pas_kind_get_table (expected[i].kind));
      g_assert_cmpint (pas_workspace_count (workspace, expected[i].kind), ==, expected[i].count);
    }
}

static void
test_size_from_string (void)
{
  PasDemoSize size = PAS_DEMO_LARGE;

  g_assert_true (pas_demo_size_from_string ("small", &size));
  g_assert_cmpint (size, ==, PAS_DEMO_SMALL);
  g_assert_true (pas_demo_size_from_string ("large", &size));
  g_assert_cmpint (size, ==, PAS_DEMO_LARGE);
  g_assert_false (pas_demo_size_from_string ("huge", &size));
  g_assert_false (pas_demo_size_from_string ("", &size));
  g_assert_false (pas_demo_size_from_string (NULL, &size));
}

static void
test_small_counts (Fixture       *fixture,
                   gconstpointer  data)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (small_counts) == PAS_N_KINDS);

  fill (fixture->workspace, PAS_DEMO_SMALL);
  assert_counts (fixture->workspace, small_counts, G_N_ELEMENTS (small_counts));
  g_assert_cmpint (query_int (fixture->workspace, "SELECT count(*) FROM person WHERE is_referent"), ==, 10);
}

static void
test_small_integrity (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  sqlite3 *db = pas_workspace_get_db (fixture->workspace);
  sqlite3_stmt *stmt = NULL;

  fill (fixture->workspace, PAS_DEMO_SMALL);
  g_assert_true (pas_workspace_check_integrity (fixture->workspace, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "ok");

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  /* The full-text index matches its content, and keeps following it. */
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO feedback_fts (feedback_fts) VALUES ('integrity-check')", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (query_int (fixture->workspace, "SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH 'mobile'"), >, 0);
  g_assert_cmpint (query_int (fixture->workspace, "SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH 'export'"), >, 0);
  g_assert_cmpint (query_int (fixture->workspace, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'feedback_fts_insert'"),
                   ==, 1);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO feedback (uuid, project_id, text, created_at) "
                                 "VALUES ('00000000-0000-4000-8000-000000000000', 1, 'zygomorphic', 0)",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (query_int (fixture->workspace, "SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH 'zygomorphic'"), ==, 1);

  g_assert_cmpint (query_int (fixture->workspace, "SELECT count(*) FROM person WHERE NOT uuid GLOB '*-*-7*'"), ==, 0);
  g_assert_cmpint (query_int (fixture->workspace, "SELECT count(DISTINCT email) = count(email) FROM person"), ==, 1);
}

/* What the overview and the workbook rely on to show something. */
static void
test_small_content (Fixture       *fixture,
                    gconstpointer  data)
{
  PasWorkspace *workspace = fixture->workspace;
  g_autofree char *organisation = NULL;
  gint64 never_represented;

  fill (workspace, PAS_DEMO_SMALL);

  organisation = pas_workspace_get_setting (workspace, "organisation_name", NULL);
  g_assert_nonnull (organisation);
  g_assert_cmpstr (organisation, !=, "");
  g_assert_cmpint (pas_workspace_get_setting_int (workspace, "referent_ratio", 0), ==, 15);
  g_assert_cmpint (pas_workspace_get_setting_int (workspace, "privacy_k", 0), ==, 5);
  g_assert_cmpint (pas_workspace_get_setting_int (workspace, "change_load_threshold", 0), ==, 3);

  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM project WHERE name = 'CRM roll-out' AND phase = 'rollout'"), ==, 1);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM project WHERE phase = 'planning'"), ==, 1);

  /* One or two departments never came to a workshop of the roll-out. */
  never_represented = query_int (workspace,
                                 "SELECT count(*) FROM department d WHERE NOT EXISTS ("
                                 " SELECT 1 FROM workshop_participant wp"
                                 " JOIN workshop w ON w.id = wp.workshop_id"
                                 " JOIN project pr ON pr.id = w.project_id AND pr.name = 'CRM roll-out'"
                                 " JOIN person p ON p.id = wp.person_id"
                                 " WHERE wp.attended AND p.department_id = d.id)");
  g_assert_cmpint (never_represented, >=, 1);
  g_assert_cmpint (never_represented, <=, 2);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM department d WHERE NOT EXISTS ("
                                         " SELECT 1 FROM person p WHERE p.department_id = d.id AND p.is_referent)"),
                   >=, 1);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM department d WHERE headcount > ("
                                         " SELECT count(*) FROM person p WHERE p.department_id = d.id)"),
                   >, 0);

  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM enrollment "
                                         "WHERE status IN ('planned', 'in_progress') AND due_date < date ('now')"),
                   >, 0);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM enrollment e JOIN person p ON p.id = e.coach_id "
                                         "WHERE NOT p.is_referent"),
                   ==, 0);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM enrollment WHERE coach_id IS NOT NULL"), >, 0);

  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM agenda_item WHERE method = 'dot_voting'"), >, 0);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM agenda_item WHERE method GLOB '*[^a-z_]*'"), ==, 0);
  g_assert_cmpint (query_int (workspace, "SELECT count(DISTINCT kind) FROM contribution"), ==, 5);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM contribution WHERE author_id IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (workspace, "SELECT count(DISTINCT category) FROM feedback"), ==, 6);
  g_assert_cmpint (query_int (workspace, "SELECT count(DISTINCT status) FROM feedback"), ==, 5);
  g_assert_cmpint (query_int (workspace, "SELECT count(DISTINCT severity) FROM feedback"), ==, 4);
  g_assert_cmpint (query_int (workspace, "SELECT count(DISTINCT sentiment) FROM feedback"), ==, 5);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM feedback WHERE contribution_id IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM feedback WHERE status IN ('done', 'wont_do') AND response <> ''"),
                   >, query_int (workspace, "SELECT count(*) FROM feedback WHERE status IN ('done', 'wont_do')") / 2);
  g_assert_cmpint (query_int (workspace, "SELECT count(DISTINCT format) FROM training_module"), ==, 5);
  g_assert_cmpint (query_int (workspace, "SELECT count(DISTINCT status) FROM enrollment"), ==, 4);
  g_assert_cmpint (query_int (workspace, "SELECT count(DISTINCT subject) FROM communication"), ==, 3);
  g_assert_cmpint (query_int (workspace, "SELECT count(DISTINCT status) FROM success_story"), ==, 2);
  g_assert_cmpint (query_int (workspace, "SELECT count(DISTINCT consent) FROM story_person"), ==, 2);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM readiness_assessment WHERE department_id IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM pilot_criterion WHERE observed IS NOT NULL"), >, 0);

  /* Workshops past, running and to come; history across the quarter. */
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM workshop WHERE status = 'planned' AND starts_at > unixepoch ()"), >, 0);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM workshop WHERE status = 'running'"), ==, 1);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM feedback WHERE created_at > unixepoch () - 30 * 86400"), >, 0);
  g_assert_cmpint (query_int (workspace, "SELECT count(*) FROM feedback WHERE created_at > unixepoch ()"), ==, 0);
  g_assert_cmpint (query_int (workspace, "SELECT count(DISTINCT strftime ('%Y-%m', assessed_on)) FROM skill_assessment"), >=, 8);

  /* Most people progress on a skill; some stay stuck. */
  g_assert_cmpint (query_int (workspace,
                              "SELECT count(*) FROM skill_assessment a WHERE a.assessed_on = ("
                              " SELECT max (assessed_on) FROM skill_assessment b"
                              " WHERE b.person_id = a.person_id AND b.skill_id = a.skill_id)"
                              " AND a.level > (SELECT level FROM skill_assessment c"
                              "  WHERE c.person_id = a.person_id AND c.skill_id = a.skill_id ORDER BY assessed_on LIMIT 1)"),
                   >, 0);
  g_assert_cmpint (query_int (workspace,
                              "SELECT count(*) FROM (SELECT person_id, skill_id FROM skill_assessment"
                              " GROUP BY person_id, skill_id HAVING count(*) > 1 AND max (level) <= 1)"),
                   >, 0);
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PasWorkspace) other = open_new_workspace (fixture->folder, "other.passerelle");
  const char *sql = "SELECT group_concat (name || coalesce (email, '') || job_title || coalesce (comfort, ''), ';') FROM person";
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *feedback = NULL;
  g_autofree char *other_feedback = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *other_uuid = NULL;

  fill (fixture->workspace, PAS_DEMO_SMALL);
  fill (other, PAS_DEMO_SMALL);
  first = query_text (fixture->workspace, sql);
  second = query_text (other, sql);
  g_assert_cmpstr (first, ==, second);
  feedback = query_text (fixture->workspace, "SELECT group_concat (text || category || status, ';') FROM feedback");
  other_feedback = query_text (other, "SELECT group_concat (text || category || status, ';') FROM feedback");
  g_assert_cmpstr (feedback, ==, other_feedback);

  /* ... but every workspace has its own uuids. */
  uuid = query_text (fixture->workspace, "SELECT uuid FROM person LIMIT 1");
  other_uuid = query_text (other, "SELECT uuid FROM person LIMIT 1");
  g_assert_true (g_uuid_string_is_valid (uuid));
  g_assert_cmpstr (uuid, !=, other_uuid);
}

static void
test_refuses_non_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fill (fixture->workspace, PAS_DEMO_SMALL);
  g_assert_false (pas_demo_fill (fixture->workspace, PAS_DEMO_SMALL, &error));
  g_assert_error (error, PAS_WORKSPACE_ERROR, PAS_WORKSPACE_ERROR_INVALID);
  assert_counts (fixture->workspace, small_counts, G_N_ELEMENTS (small_counts));
}

static void
test_large_counts (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;

  fill (fixture->workspace, PAS_DEMO_LARGE);
  assert_counts (fixture->workspace, large_counts, G_N_ELEMENTS (large_counts));
  g_assert_cmpint (query_int (fixture->workspace, "SELECT count(*) FROM person WHERE is_referent"), ==, 300);
  g_assert_true (pas_workspace_check_integrity (fixture->workspace, &report, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/size-from-string", test_size_from_string);
  g_test_add ("/demo/small/counts", Fixture, NULL, fixture_set_up, test_small_counts, fixture_tear_down);
  g_test_add ("/demo/small/integrity", Fixture, NULL, fixture_set_up, test_small_integrity, fixture_tear_down);
  g_test_add ("/demo/small/content", Fixture, NULL, fixture_set_up, test_small_content, fixture_tear_down);
  g_test_add ("/demo/small/deterministic", Fixture, NULL, fixture_set_up, test_deterministic, fixture_tear_down);
  g_test_add ("/demo/refuses-non-empty", Fixture, NULL, fixture_set_up, test_refuses_non_empty, fixture_tear_down);
  g_test_add ("/demo/large/counts", Fixture, NULL, fixture_set_up, test_large_counts, fixture_tear_down);

  return g_test_run ();
}
