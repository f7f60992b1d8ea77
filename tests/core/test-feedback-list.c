/* test-feedback-list.c — the feedback list of the Pilots & Feedback
 * section: one project's feedback, newest first, filtered and searched
 * in full text in SQL, following changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "pas-feedback-list.h"
#include "pas-feedback-triage.h"

typedef struct
{
  char         *dir;
  PasWorkspace *workspace;
  gint64        project;
  gint64        other_project;
  gint64        sales;
  gint64        old_bug;      /* created first */
  gint64        training;
  gint64        praise;       /* created last */
  gint64        elsewhere;    /* in the other project */
} Fixture;

static gint64
save (PasWorkspace *workspace,
      PasRecord    *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_workspace_save (workspace, record, &error));
  g_assert_no_error (error);
  return pas_record_get_id (record);
}

static gint64
add_project (PasWorkspace *workspace,
             const char   *name)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_PROJECT);

  pas_record_set_string (record, "name", name);
  return save (workspace, record);
}

static gint64
add_feedback (PasWorkspace *workspace,
              gint64        project,
              const char   *text,
              const char   *category,
              const char   *status,
              int           severity,
              gint64        department,
              gint64        created_at)
{
  g_autoptr(PasRecord) record = pas_record_new (PAS_KIND_FEEDBACK);

  pas_record_set_int (record, "project_id", project);
  pas_record_set_string (record, "text", text);
  pas_record_set_string (record, "category", category);
  pas_record_set_string (record, "status", status);
  pas_record_set_int (record, "severity", severity);
  if (department > 0)
    pas_record_set_int (record, "department_id", department);
  pas_record_set_int (record, "created_at", created_at);
  return save (workspace, record);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PasRecord) sales = pas_record_new (PAS_KIND_DEPARTMENT);
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("test-feedback-list-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "test.passerelle", NULL);
  fixture->workspace = pas_workspace_open (path, PAS_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  fixture->project = add_project (fixture->workspace, "CRM");
  fixture->other_project = add_project (fixture->workspace, "Intranet");
  pas_record_set_string (sales, "name", "Sales");
  fixture->sales = save (fixture->workspace, sales);

  fixture->old_bug = add_feedback (fixture->workspace, fixture->project,
                                   "The CRM crashes when exporting a quote", "bug", "new", 4,
                                   fixture->sales, 1000);
  fixture->training = add_feedback (fixture->workspace, fixture->project,
                                    "Nobody showed us the mobile application", "training_need", "triaged", 2,
                                    0, 2000);
  fixture->praise = add_feedback (fixture->workspace, fixture->project,
                                  "Les relances automatiques font gagner du temps", "praise", "done", 1,
                                  fixture->sales, 3000);
  fixture->elsewhere = add_feedback (fixture->workspace, fixture->other_project,
                                     "The intranet crashes too", "bug", "new", 3, 0, 4000);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *names[] = { "test.passerelle", "test.passerelle-wal", "test.passerelle-shm" };

  g_assert_finalize_object (fixture->workspace);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, names[i], NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
assert_ids (PasFeedbackList *list,
            guint            n,
            ...)
{
  va_list args;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
  va_start (args, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (pas_feedback_list_get_id (list, i), ==, va_arg (args, gint64));
  va_end (args);
}

static void
test_newest_first (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PasFeedbackList) list = pas_feedback_list_new (fixture->workspace, fixture->project);
  g_autoptr(PasRecord) first = NULL;

  assert_ids (list, 3, fixture->praise, fixture->training, fixture->old_bug);
  g_assert_cmpint (pas_feedback_list_count_all (list), ==, 3);
  g_assert_false (pas_feedback_list_is_filtered (list));
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (pas_record_get_kind (first), ==, PAS_KIND_FEEDBACK);
  g_assert_cmpstr (pas_record_get_string (first, "category"), ==, "praise");
  g_assert_cmpint (pas_feedback_list_find (list, fixture->old_bug), ==, 2);
  g_assert_cmpint (pas_feedback_list_find (list, fixture->elsewhere), ==, -1);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PasFeedbackList) list = pas_feedback_list_new (fixture->workspace, fixture->project);

  /* Prefixes, any case, any accent, every word, never the other project. */
  pas_feedback_list_set_search (list, "CRAS");
  assert_ids (list, 1, fixture->old_bug);
  g_assert_true (pas_feedback_list_is_filtered (list));
  pas_feedback_list_set_search (list, "relancés  temps");
  assert_ids (list, 1, fixture->praise);
  pas_feedback_list_set_search (list, "mobile crm");
  assert_ids (list, 0);
  /* FTS5 syntax typed is only text. */
  pas_feedback_list_set_search (list, "\"crm OR (");
  assert_ids (list, 0);
  pas_feedback_list_set_search (list, "  ");
  g_assert_null (pas_feedback_list_get_search (list));
  assert_ids (list, 3, fixture->praise, fixture->training, fixture->old_bug);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(PasFeedbackList) list = pas_feedback_list_new (fixture->workspace, fixture->project);

  pas_feedback_list_set_status (list, "triaged");
  assert_ids (list, 1, fixture->training);
  pas_feedback_list_set_status (list, NULL);
  pas_feedback_list_set_category (list, "bug");
  assert_ids (list, 1, fixture->old_bug);
  pas_feedback_list_set_category (list, NULL);
  pas_feedback_list_set_severity (list, 1);
  assert_ids (list, 1, fixture->praise);
  pas_feedback_list_set_severity (list, 0);
  pas_feedback_list_set_department (list, fixture->sales);
  assert_ids (list, 2, fixture->praise, fixture->old_bug);
  pas_feedback_list_set_department (list, PAS_FEEDBACK_NO_DEPARTMENT);
  assert_ids (list, 1, fixture->training);
  pas_feedback_list_set_department (list, PAS_FEEDBACK_ANY_DEPARTMENT);
  /* Filters and search together. */
  pas_feedback_list_set_search (list, "crash");
  pas_feedback_list_set_status (list, "done");
  assert_ids (list, 0);
  pas_feedback_list_set_status (list, "new");
  assert_ids (list, 1, fixture->old_bug);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *n_signals)
{
  (*n_signals)++;
}

static void
test_follows_changes (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PasFeedbackList) list = pas_feedback_list_new (fixture->workspace, fixture->project);
  g_autoptr(PasRecord) training = NULL;
  g_autoptr(GError) error = NULL;
  guint n_signals = 0;
  gint64 added;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &n_signals);
  pas_feedback_list_set_status (list, "new");
  g_assert_cmpuint (n_signals, ==, 1);
  assert_ids (list, 1, fixture->old_bug);

  /* A new item of the project comes first; one of another project does not show. */
  added = add_feedback (fixture->workspace, fixture->project, "Where is the help?", "other", "new", 2, 0, 5000);
  assert_ids (list, 2, added, fixture->old_bug);
  add_feedback (fixture->workspace, fixture->other_project, "Where is the intranet?", "other", "new", 2, 0, 6000);
  assert_ids (list, 2, added, fixture->old_bug);

  /* Triaged elsewhere: it leaves the filtered list. */
  training = pas_workspace_load (fixture->workspace, PAS_KIND_FEEDBACK, fixture->training, &error);
  g_assert_no_error (error);
  pas_record_set_string (training, "status", "new");
  save (fixture->workspace, training);
  assert_ids (list, 3, added, fixture->training, fixture->old_bug);

  /* A response is searched too. */
  pas_feedback_list_set_status (list, NULL);
  pas_record_set_string (training, "response", "A video tutorial is online");
  save (fixture->workspace, training);
  pas_feedback_list_set_search (list, "tutorial");
  assert_ids (list, 1, fixture->training);

  g_assert_true (pas_workspace_delete (fixture->workspace, PAS_KIND_FEEDBACK, fixture->training, &error));
  g_assert_no_error (error);
  assert_ids (list, 0);
  g_assert_cmpint (pas_feedback_list_count_all (list), ==, 3);
}

static void
test_quick_entry (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PasFeedbackList) list = pas_feedback_list_new (fixture->workspace, fixture->project);
  g_autoptr(PasRecord) feedback = pas_feedback_new (fixture->project, "  Too many clicks to log a call \n", "usability", 9000);
  g_autoptr(PasRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pas_feedback_check (feedback, &error));
  g_assert_no_error (error);
  save (fixture->workspace, feedback);
  stored = pas_workspace_load (fixture->workspace, PAS_KIND_FEEDBACK, pas_record_get_id (feedback), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pas_record_get_string (stored, "text"), ==, "Too many clicks to log a call");
  g_assert_cmpstr (pas_record_get_string (stored, "category"), ==, "usability");
  g_assert_cmpstr (pas_record_get_string (stored, "status"), ==, "new");
  g_assert_cmpint (pas_record_get_int (stored, "severity"), ==, 2);
  g_assert_cmpint (pas_record_get_int (stored, "created_at"), ==, 9000);
  g_assert_true (pas_record_is_null (stored, "resolved_at"));
  g_assert_cmpint (pas_feedback_list_get_id (list, 0), ==, pas_record_get_id (feedback));
}

static void
test_check (void)
{
  g_autoptr(PasRecord) feedback = pas_feedback_new (1, " \t ", NULL, 100);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (pas_record_get_string (feedback, "category"), ==, "other");
  g_assert_false (pas_feedback_check (feedback, &error));
  g_assert_error (error, PAS_FEEDBACK_ERROR, PAS_FEEDBACK_ERROR_NO_TEXT);
  g_clear_error (&error);

  pas_record_set_string (feedback, "text", "Fine");
  pas_record_set_int (feedback, "severity", 5);
  g_assert_false (pas_feedback_check (feedback, &error));
  g_assert_error (error, PAS_FEEDBACK_ERROR, PAS_FEEDBACK_ERROR_INVALID);
  g_clear_error (&error);

  pas_record_set_int (feedback, "severity", 4);
  pas_record_set_string (feedback, "status", "closed");
  g_assert_false (pas_feedback_check (feedback, &error));
  g_assert_error (error, PAS_FEEDBACK_ERROR, PAS_FEEDBACK_ERROR_INVALID);
  g_clear_error (&error);

  pas_record_set_string (feedback, "status", "wont_do");
  g_assert_true (pas_feedback_check (feedback, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (pas_feedback_severity_get_label (1), ==, "Minor");
  g_assert_cmpstr (pas_feedback_severity_get_label (4), ==, "Blocking");
  g_assert_null (pas_feedback_severity_get_label (0));
  g_assert_null (pas_feedback_severity_get_label (5));
}

static void
test_resolved_at (void)
{
  g_autoptr(PasRecord) feedback = pas_feedback_new (1, "Slow search", "bug", 1000);

  pas_feedback_set_status (feedback, "triaged", 1500);
  g_assert_true (pas_record_is_null (feedback, "resolved_at"));
  g_assert_false (pas_feedback_is_closed ("planned"));

  /* Closed: resolved now; closed again another way, it keeps the first time. */
  pas_feedback_set_status (feedback, "done", 2000);
  g_assert_cmpint (pas_record_get_int (feedback, "resolved_at"), ==, 2000);
  pas_feedback_set_status (feedback, "wont_do", 3000);
  g_assert_cmpint (pas_record_get_int (feedback, "resolved_at"), ==, 2000);
  g_assert_cmpstr (pas_record_get_string (feedback, "status"), ==, "wont_do");

  /* Reopened: no longer resolved. */
  pas_feedback_set_status (feedback, "planned", 4000);
  g_assert_true (pas_record_is_null (feedback, "resolved_at"));

  /* A clock behind the creation time never makes it resolved before created. */
  pas_feedback_set_status (feedback, "done", 10);
  g_assert_cmpint (pas_record_get_int (feedback, "resolved_at"), ==, 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/feedback-list/newest-first", test_newest_first);
  ADD ("/feedback-list/search", test_search);
  ADD ("/feedback-list/filters", test_filters);
  ADD ("/feedback-list/follows-changes", test_follows_changes);
  ADD ("/feedback-list/quick-entry", test_quick_entry);
  g_test_add_func ("/feedback-triage/check", test_check);
  g_test_add_func ("/feedback-triage/resolved-at", test_resolved_at);
#undef ADD

  return g_test_run ();
}
